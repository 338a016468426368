#include "catalog/accelerator_table_model.h"

#include "catalog/catalog_filter_proxy.h"
#include "catalog/catalog_format.h"

namespace pertoken::ui {

using namespace Qt::StringLiterals;

AcceleratorTableModel::AcceleratorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AcceleratorTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AcceleratorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AcceleratorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AcceleratorTableModel::deviceClassLabel(pertoken::DeviceClass deviceClass)
{
    switch (deviceClass) {
    case pertoken::DeviceClass::DatacenterGpu:
        return tr("Data-centre GPU");
    case pertoken::DeviceClass::WorkstationGpu:
        return tr("Workstation GPU");
    case pertoken::DeviceClass::ConsumerGpu:
        return tr("Consumer GPU");
    case pertoken::DeviceClass::Laptop:
        return tr("Laptop");
    case pertoken::DeviceClass::Desktop:
        return tr("Desktop");
    }
    return {};
}

QString AcceleratorTableModel::text(const Row &row, int column) const
{
    const Accelerator &a = row.accelerator;
    switch (column) {
    case Vendor:
        return a.vendor;
    case Name:
        return a.name;
    case Id:
        return a.id;
    case DeviceClass:
        return deviceClassLabel(a.deviceClass);
    case Memory:
        return catalogNumber(a.memoryGB);
    case UsableMemory:
        return catalogNumber(a.usableMemoryFraction * 100);
    case Bandwidth:
        return catalogNumber(a.bandwidthGBps);
    case Bf16:
        return catalogNumber(a.bf16Tflops);
    case Fp8:
        return a.fp8Tflops > 0 ? catalogNumber(a.fp8Tflops) : u"–"_s;
    case Power:
        return a.powerWatts > 0 ? catalogNumber(a.powerWatts) : u"–"_s;
    case Purchase:
        return a.purchaseUsd > 0 ? catalogNumber(a.purchaseUsd) : u"–"_s;
    case Rental:
        return a.rentalUsdPerHour > 0 ? catalogNumber(a.rentalUsdPerHour, 2) : u"–"_s;
    case AsOf:
        return a.asOf.isEmpty() ? u"–"_s : a.asOf;
    case Source:
        return a.source;
    case Origin:
        if (a.measured)
            return tr("Measured");
        return row.custom ? tr("Custom") : tr("Built-in");
    }
    return {};
}

QVariant AcceleratorTableModel::sortValue(const Row &row, int column) const
{
    const Accelerator &a = row.accelerator;
    switch (column) {
    case Memory:
        return a.memoryGB;
    case UsableMemory:
        return a.usableMemoryFraction;
    case Bandwidth:
        return a.bandwidthGBps;
    case Bf16:
        return a.bf16Tflops;
    case Fp8:
        return a.fp8Tflops;
    case Power:
        return a.powerWatts;
    case Purchase:
        return a.purchaseUsd;
    case Rental:
        return a.rentalUsdPerHour;
    default:
        return text(row, column);
    }
}

QVariant AcceleratorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Source ? row.accelerator.source : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= Memory && index.column() <= Rental)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return sortValue(row, index.column());
    case kCatalogSearchTextRole:
        return QStringList{row.accelerator.id, row.accelerator.name, row.accelerator.vendor,
                           deviceClassId(row.accelerator.deviceClass), row.accelerator.source}
            .join(u' ')
            .toLower();
    case kCatalogGroupRole:
        return row.accelerator.vendor;
    case kCatalogCustomRole:
        return row.custom;
    default:
        return {};
    }
}

QVariant AcceleratorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Vendor:
        return tr("Vendor");
    case Name:
        return tr("Name");
    case Id:
        return tr("Id");
    case DeviceClass:
        return tr("Class");
    case Memory:
        return tr("Memory (GB)");
    case UsableMemory:
        return tr("Usable memory (%)");
    case Bandwidth:
        return tr("Bandwidth (GB/s)");
    case Bf16:
        return tr("BF16 dense (TFLOPS)");
    case Fp8:
        return tr("FP8/INT8 dense (TFLOPS)");
    case Power:
        return tr("Power (W)");
    case Purchase:
        return tr("Purchase ($)");
    case Rental:
        return tr("Rental ($/hour)");
    case AsOf:
        return tr("As of");
    case Source:
        return tr("Source");
    case Origin:
        return tr("Origin");
    }
    return {};
}

Qt::ItemFlags AcceleratorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace pertoken::ui
