#pragma once

#include "bench/results/bench_result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace pertoken::ui {

/// A serving benchmark's levels as a table, one row per level: concurrency (or the asked arrival
/// rate of an open-loop run), requests, output tokens/s, TTFT and TPOT p50/p99, goodput and
/// errors; an open-loop run adds the arrival rate achieved and whether the client fell behind
/// its schedule (in any run of the level). When the run repeated its levels, a row is one level
/// over all its runs: the figures are mean ± the half-width of their 95 % confidence interval
/// (repeatStatistics()), requests and errors the sums. Sorting compares the figures (the means),
/// not their text. Other kinds of result leave the table empty.
class BenchResultsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchResultsModel)

public:
    enum Column {
        LevelColumn,
        RequestsColumn,
        OutputTokensPerSecondColumn,
        TtftP50Column,
        TtftP99Column,
        TpotP50Column,
        TpotP99Column,
        GoodputColumn,
        ErrorsColumn,
        AchievedRateColumn,   ///< open loop only
        BehindScheduleColumn, ///< open loop only: 1 when behind, sorts as a number
        ColumnCount
    };
    /// The number a cell sorts by (a double).
    static constexpr int SortRole = Qt::UserRole;
    /// The columns a closed-loop run shows (the open-loop ones follow them).
    static constexpr int ClosedLoopColumnCount = AchievedRateColumn;

    explicit BenchResultsModel(QObject *parent = nullptr);
    ~BenchResultsModel() override;

    void setResult(const BenchResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row {
        double values[ColumnCount] = {};
        QString texts[ColumnCount];
    };

    QList<Row> m_rows;
    bool m_openLoop = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace pertoken::ui
