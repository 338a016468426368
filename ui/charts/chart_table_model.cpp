#include "charts/chart_table_model.h"

#include <QSet>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

bool isNumber(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
           value.typeId() == QMetaType::LongLong;
}

QString exactText(const QVariant &value)
{
    if (isNumber(value))
        return QString::number(value.toDouble(), 'g', 12);
    // Tabs and line breaks would split a cell.
    QString text = value.toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

ChartTableModel::ChartTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ChartTableModel::~ChartTableModel() = default;

void ChartTableModel::setTable(const QList<Column> &columns, const QList<QVariantList> &rows)
{
    bool sameShape = columns.size() == m_columns.size() && rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < columns.size(); ++i)
        sameShape = columns[i].header == m_columns[i].header;
    if (!sameShape) {
        beginResetModel();
        m_columns = columns;
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows == m_rows)
        return;
    m_columns = columns;
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QVariant value = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (isNumber(value))
            return formatValue(value.toDouble(), m_columns[index.column()].kind);
        return value;
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return isNumber(value) ? QVariant(exactText(value)) : QVariant();
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section >= m_columns.size())
        return {};
    const Column &column = m_columns[section];
    return column.kind == NumberKind::Usd ? inDisplayCurrency(column.header) : column.header;
}

QString tableToTabSeparated(const QAbstractItemModel &model, const QModelIndexList &selection)
{
    QList<int> rows;
    QList<int> columns;
    if (selection.isEmpty()) {
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(row);
        for (int column = 0; column < model.columnCount(); ++column)
            columns.append(column);
    } else {
        QSet<int> rowSet;
        QSet<int> columnSet;
        for (const QModelIndex &index : selection) {
            rowSet.insert(index.row());
            columnSet.insert(index.column());
        }
        rows = QList<int>(rowSet.begin(), rowSet.end());
        columns = QList<int>(columnSet.begin(), columnSet.end());
        std::sort(rows.begin(), rows.end());
        std::sort(columns.begin(), columns.end());
    }

    QStringList lines;
    QStringList cells;
    for (const int column : std::as_const(columns))
        cells.append(exactText(model.headerData(column, Qt::Horizontal)));
    lines.append(cells.join(u'\t'));
    for (const int row : std::as_const(rows)) {
        cells.clear();
        for (const int column : std::as_const(columns))
            cells.append(exactText(model.data(model.index(row, column), Qt::EditRole)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace pertoken::ui
