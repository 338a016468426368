#include "benchmark/bench_results_model.h"

#include "bench/endpoint/repeat_statistics.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

/// Decimals shown per column: counts as integers, rates and latencies to one decimal.
int decimals(int column)
{
    switch (column) {
    case BenchResultsModel::RequestsColumn:
    case BenchResultsModel::ErrorsColumn:
    case BenchResultsModel::BehindScheduleColumn:
        return 0;
    case BenchResultsModel::GoodputColumn:
    case BenchResultsModel::AchievedRateColumn:
        return 2;
    default:
        return 1;
    }
}

/// The repeat-statistics metric each figure column shows; empty for counts and the level.
QString metricId(int column)
{
    switch (column) {
    case BenchResultsModel::OutputTokensPerSecondColumn:
        return u"outputTokensPerSecond"_s;
    case BenchResultsModel::TtftP50Column:
        return u"ttftP50Ms"_s;
    case BenchResultsModel::TtftP99Column:
        return u"ttftP99Ms"_s;
    case BenchResultsModel::TpotP50Column:
        return u"tpotP50Ms"_s;
    case BenchResultsModel::TpotP99Column:
        return u"tpotP99Ms"_s;
    case BenchResultsModel::GoodputColumn:
        return u"goodputRequestsPerSecond"_s;
    case BenchResultsModel::AchievedRateColumn:
        return u"achievedRatePerSecond"_s;
    default:
        return {};
    }
}

} // namespace

BenchResultsModel::BenchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

BenchResultsModel::~BenchResultsModel() = default;

void BenchResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_openLoop = false;
    endResetModel();
}

void BenchResultsModel::setResult(const BenchResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_openLoop = false;
    if (result.kind == BenchKind::Endpoint) {
        const QList<LevelSummary> &levels = result.endpoint.levels;
        m_openLoop = result.endpoint.config.openLoop();
        const QLocale locale;
        const QList<RepeatedLevel> repeated = repeatStatistics(levels);
        const bool showIntervals = result.endpoint.config.repeats > 1;
        // The same grouping as repeatStatistics(): a repeat 0 starts a level.
        int group = -1;
        for (const LevelSummary &level : levels) {
            if (level.repeat == 0 || group < 0) {
                ++group;
                m_rows.append(Row{});
                Row &row = m_rows.last();
                row.values[LevelColumn] = m_openLoop ? level.ratePerSecond : level.concurrency;
                row.values[OutputTokensPerSecondColumn] = level.outputTokensPerSecond;
                row.values[TtftP50Column] = level.ttftMs.p50;
                row.values[TtftP99Column] = level.ttftMs.p99;
                row.values[TpotP50Column] = level.tpotMs.p50;
                row.values[TpotP99Column] = level.tpotMs.p99;
                row.values[GoodputColumn] = level.goodputRequestsPerSecond;
                row.values[AchievedRateColumn] = level.achievedRatePerSecond;
            }
            Row &row = m_rows.last();
            row.values[RequestsColumn] += level.requests;
            row.values[ErrorsColumn] += level.failed;
            if (level.clientBehindSchedule)
                row.values[BehindScheduleColumn] = 1;
        }
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            Row &row = m_rows[r];
            row.texts[LevelColumn] =
                locale.toString(row.values[LevelColumn], 'f', m_openLoop ? 2 : 0);
            if (m_openLoop) {
                //: Results table, "Behind schedule" column: the client could not send the
                //: requests at their scheduled times, so the rate the server saw was lower.
                row.texts[BehindScheduleColumn] =
                    row.values[BehindScheduleColumn] > 0 ? tr("yes") : tr("no");
            }
            for (int column = RequestsColumn; column < ColumnCount; ++column) {
                if (!m_openLoop && column >= ClosedLoopColumnCount)
                    break;
                const QString id = metricId(column);
                if (showIntervals && !id.isEmpty() && r < repeated.size()) {
                    for (const auto &[name, interval] : repeated[r].metrics) {
                        if (name != id)
                            continue;
                        row.values[column] = interval.mean;
                        //: A table cell: mean ± half-width of the 95 % confidence interval.
                        row.texts[column] = tr("%1 ± %2").arg(
                            locale.toString(interval.mean, 'f', decimals(column)),
                            locale.toString(interval.halfWidth95, 'f', decimals(column)));
                    }
                }
                if (row.texts[column].isEmpty())
                    row.texts[column] = locale.toString(row.values[column], 'f', decimals(column));
            }
        }
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

int BenchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchResultsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_openLoop ? ColumnCount : ClosedLoopColumnCount;
}

QVariant BenchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.texts[index.column()];
    case SortRole:
        return row.values[index.column()];
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant BenchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == BehindScheduleColumn)
        return tr("Whether the client sent requests later than scheduled (p99 lag above one "
                  "arrival gap or 10 ms): then the server saw a lower rate than asked.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return m_openLoop ? tr("Rate (requests/s)") : tr("Concurrency");
    case RequestsColumn:
        return tr("Requests");
    case OutputTokensPerSecondColumn:
        return tr("Output (tokens/s)");
    case TtftP50Column:
        return tr("TTFT p50 (ms)");
    case TtftP99Column:
        return tr("TTFT p99 (ms)");
    case TpotP50Column:
        return tr("TPOT p50 (ms)");
    case TpotP99Column:
        return tr("TPOT p99 (ms)");
    case GoodputColumn:
        return tr("Goodput (requests/s)");
    case ErrorsColumn:
        return tr("Errors");
    case AchievedRateColumn:
        return tr("Achieved (requests/s)");
    case BehindScheduleColumn:
        return tr("Behind schedule");
    default:
        return {};
    }
}

void BenchResultsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<qsizetype> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [&](qsizetype a, qsizetype b) {
        const double x = m_rows[a].values[column];
        const double y = m_rows[b].values[column];
        return order == Qt::AscendingOrder ? x < y : x > y;
    });
    // Selections and current cells follow their rows.
    QList<qsizetype> newRow(m_rows.size());
    QList<Row> sorted;
    sorted.reserve(m_rows.size());
    for (qsizetype i = 0; i < permutation.size(); ++i) {
        newRow[permutation[i]] = i;
        sorted.append(m_rows[permutation[i]]);
    }
    m_rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(int(newRow[index.row()]), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace pertoken::ui
