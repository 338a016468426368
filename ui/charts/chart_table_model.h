#pragma once

#include "charts/chart_format.h"

#include <QAbstractTableModel>
#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QVariant>

namespace pertoken::ui {

/// The numbers a chart draws, one row per drawn value, as a table: the chart's accessible view
/// and what data export writes. Numeric cells hold the exact double (EditRole) and show it
/// formatted (DisplayRole); headers carry the unit.
class ChartTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartTableModel)

public:
    struct Column {
        QString header;                      ///< with its unit: "Cost (USD per million tokens)"
        NumberKind kind = NumberKind::Plain; ///< how numeric cells are shown
    };

    explicit ChartTableModel(QObject *parent = nullptr);
    ~ChartTableModel() override;

    /// Replaces the table. Keeps views' selection when only values changed.
    void setTable(const QList<Column> &columns, const QList<QVariantList> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

/// Tab-separated text of `model` with a header row: the selected cells (their rows and
/// columns, in model order) or the whole table when `selection` is empty. Numbers are written
/// exactly (EditRole), so a spreadsheet receives values rather than formatted text.
QString tableToTabSeparated(const QAbstractItemModel &model,
                            const QModelIndexList &selection = QModelIndexList());

} // namespace pertoken::ui
