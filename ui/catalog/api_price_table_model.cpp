#include "catalog/api_price_table_model.h"

#include "catalog/catalog_filter_proxy.h"
#include "catalog/catalog_format.h"
#include "pricing/price_age.h"

namespace pertoken::ui {

using namespace Qt::StringLiterals;

ApiPriceTableModel::ApiPriceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_staleAfterMonths(kDefaultStaleAfterMonths)
    , m_today(QDate::currentDate())
{}

void ApiPriceTableModel::setStaleAfterMonths(int months, const QDate &today)
{
    beginResetModel();
    m_staleAfterMonths = months;
    m_today = today;
    endResetModel();
}

bool ApiPriceTableModel::isStale(int row) const
{
    return row >= 0 && row < m_rows.size() &&
           isPriceStale(m_rows.at(row).price.asOf, m_today, m_staleAfterMonths);
}

QString ApiPriceTableModel::staleNote(const ApiPrice &price, int months)
{
    //: Tooltip of a price older than the limit set in Preferences. %1 the date it was read.
    return tr("Read on %1, more than %n month(s) ago: the provider may charge something else "
              "now. Update prices from the Catalogs dialog.",
              nullptr, months)
        .arg(price.asOf);
}

void ApiPriceTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ApiPriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApiPriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiPriceTableModel::text(const Row &row, int column) const
{
    const ApiPrice &p = row.price;
    const bool tier = p.longContextThresholdTokens > 0;
    switch (column) {
    case Provider:
        return p.provider;
    case Model:
        return p.model;
    case Id:
        return p.id;
    case Input:
        return catalogPrice(p.inputUsdPerMTok);
    case Output:
        return catalogPrice(p.outputUsdPerMTok);
    case CachedInput:
        return catalogPrice(p.cachedInputUsdPerMTok);
    case BatchDiscount:
        return p.batchDiscount > 0 ? catalogNumber(p.batchDiscount * 100) : u"–"_s;
    case LongContextThreshold:
        return catalogTokens(p.longContextThresholdTokens);
    case LongContextInput:
        return tier ? catalogPrice(p.longContextInputUsdPerMTok) : u"–"_s;
    case LongContextOutput:
        return tier ? catalogPrice(p.longContextOutputUsdPerMTok) : u"–"_s;
    case LongContextCachedInput:
        return tier ? catalogPrice(p.longContextCachedInputUsdPerMTok) : u"–"_s;
    case OutputModality:
        switch (p.outputModality) {
        case pertoken::OutputModality::Text:
            return tr("text");
        case pertoken::OutputModality::Image:
            return tr("image");
        case pertoken::OutputModality::Audio:
            return tr("audio");
        case pertoken::OutputModality::Embedding:
            return tr("embedding");
        }
        return {};
    case ContextWindow:
        return catalogTokens(p.contextWindowTokens);
    case AsOf:
        if (p.asOf.isEmpty())
            return u"–"_s;
        //: Suffix after the date of a price older than the limit set in Preferences.
        return isPriceStale(p.asOf, m_today, m_staleAfterMonths) ? tr("%1 (old)").arg(p.asOf)
                                                                 : p.asOf;
    case Source:
        return p.source;
    case Origin:
        return row.custom ? tr("Custom") : tr("Built-in");
    }
    return {};
}

QVariant ApiPriceTableModel::sortValue(const Row &row, int column) const
{
    const ApiPrice &p = row.price;
    switch (column) {
    case Input:
        return p.inputUsdPerMTok;
    case Output:
        return p.outputUsdPerMTok;
    case CachedInput:
        return p.cachedInputUsdPerMTok;
    case BatchDiscount:
        return p.batchDiscount;
    case LongContextThreshold:
        return p.longContextThresholdTokens;
    case LongContextInput:
        return p.longContextInputUsdPerMTok;
    case LongContextOutput:
        return p.longContextOutputUsdPerMTok;
    case LongContextCachedInput:
        return p.longContextCachedInputUsdPerMTok;
    case ContextWindow:
        return p.contextWindowTokens;
    default:
        return text(row, column);
    }
}

QVariant ApiPriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Source)
            return row.price.source;
        if (isPriceStale(row.price.asOf, m_today, m_staleAfterMonths))
            return staleNote(row.price, m_staleAfterMonths);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Input && index.column() <= LongContextCachedInput)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == ContextWindow)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return sortValue(row, index.column());
    case kCatalogSearchTextRole:
        return QStringList{row.price.id, row.price.provider, row.price.model, row.price.source}
            .join(u' ')
            .toLower();
    case kCatalogGroupRole:
        return row.price.provider;
    case kCatalogCustomRole:
        return row.custom;
    default:
        return {};
    }
}

QVariant ApiPriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model");
    case Id:
        return tr("Id");
    case Input:
        return tr("Input ($/M tokens)");
    case Output:
        return tr("Output ($/M tokens)");
    case CachedInput:
        return tr("Cached input ($/M tokens)");
    case BatchDiscount:
        return tr("Batch discount (%)");
    case LongContextThreshold:
        return tr("Long context above (tokens)");
    case LongContextInput:
        return tr("Long-context input ($/M tokens)");
    case LongContextOutput:
        return tr("Long-context output ($/M tokens)");
    case LongContextCachedInput:
        return tr("Long-context cached input ($/M tokens)");
    case OutputModality:
        return tr("Output");
    case ContextWindow:
        return tr("Context window (tokens)");
    case AsOf:
        return tr("As of");
    case Source:
        return tr("Source");
    case Origin:
        return tr("Origin");
    }
    return {};
}

Qt::ItemFlags ApiPriceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace pertoken::ui
