#include "catalog/model_table_model.h"

#include "catalog/catalog_filter_proxy.h"
#include "catalog/catalog_format.h"
#include "inference/kv_cache.h"

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString count(int value)
{
    return value > 0 ? catalogNumber(value) : u"–"_s;
}

} // namespace

ModelTableModel::ModelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ModelTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ModelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ModelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelTableModel::sha256Explanation(const ModelArchitecture &model)
{
    if (model.sourceSha256.isEmpty())
        return tr("Entered by hand or built in: no file was read");
    if (model.sourceSha256Scope == u"file")
        //: %1 file name, %2 hex digest.
        return tr("SHA-256 of the whole file %1: %2").arg(model.sourceFile, model.sourceSha256);
    //: %1 file name, %2 hex digest.
    return tr("SHA-256 of the header of %1 (the bytes read; the weights are not read or "
              "hashed): %2")
        .arg(model.sourceFile, model.sourceSha256);
}

QString ModelTableModel::text(const Row &row, int column) const
{
    const ModelArchitecture &m = row.model;
    switch (column) {
    case Name:
        return m.name;
    case Id:
        return m.id;
    case TotalParams:
        return catalogNumber(m.totalParams / 1e9, 0, 3);
    case ActiveParams:
        return catalogNumber(m.activeParams / 1e9, 0, 3);
    case Layers:
        return count(m.layers);
    case Heads:
        return count(m.attentionHeads);
    case KvHeads:
        return count(m.kvHeads);
    case HeadDim:
        return count(m.headDim);
    case Context:
        return count(m.contextLength);
    case KvBytes:
        return m.layers > 0 && m.kvHeads > 0 && m.headDim > 0
                   ? catalogNumber(kvCacheBytesPerToken(m, 16))
                   : u"–"_s;
    case SourceFile:
        return m.sourceFile.isEmpty() ? u"–"_s : m.sourceFile;
    case Sha256:
        return m.sourceSha256.isEmpty() ? u"–"_s : m.sourceSha256.left(12) + u'…';
    case AsOf:
        return m.asOf.isEmpty() ? u"–"_s : m.asOf;
    case Source:
        return m.source;
    case Origin:
        if (!m.sourceFile.isEmpty())
            return tr("Imported");
        return row.custom ? tr("Custom") : tr("Built-in");
    }
    return {};
}

QVariant ModelTableModel::sortValue(const Row &row, int column) const
{
    const ModelArchitecture &m = row.model;
    switch (column) {
    case TotalParams:
        return m.totalParams;
    case ActiveParams:
        return m.activeParams;
    case Layers:
        return m.layers;
    case Heads:
        return m.attentionHeads;
    case KvHeads:
        return m.kvHeads;
    case HeadDim:
        return m.headDim;
    case Context:
        return m.contextLength;
    case KvBytes:
        return m.layers > 0 ? kvCacheBytesPerToken(m, 16) : 0.0;
    default:
        return text(row, column);
    }
}

QVariant ModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Sha256 || index.column() == SourceFile)
            return sha256Explanation(row.model);
        return index.column() == Source ? row.model.source : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= TotalParams && index.column() <= KvBytes)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return sortValue(row, index.column());
    case kCatalogSearchTextRole:
        return QStringList{row.model.id, row.model.name, row.model.source, row.model.sourceFile,
                           row.model.sourceSha256}
            .join(u' ')
            .toLower();
    case kCatalogGroupRole:
        return text(row, Origin);
    case kCatalogCustomRole:
        return row.custom;
    default:
        return {};
    }
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Id");
    case TotalParams:
        return tr("Parameters (B)");
    case ActiveParams:
        return tr("Active (B)");
    case Layers:
        return tr("Layers");
    case Heads:
        return tr("Heads");
    case KvHeads:
        return tr("KV heads");
    case HeadDim:
        return tr("Head dim");
    case Context:
        return tr("Context (tokens)");
    case KvBytes:
        return tr("KV cache (bytes/token, 16-bit)");
    case SourceFile:
        return tr("Source file");
    case Sha256:
        return tr("SHA-256");
    case AsOf:
        return tr("As of");
    case Source:
        return tr("Source");
    case Origin:
        return tr("Origin");
    }
    return {};
}

Qt::ItemFlags ModelTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace pertoken::ui
