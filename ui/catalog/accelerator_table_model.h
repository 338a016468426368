#pragma once

#include "hardware/accelerator.h"

#include <QAbstractTableModel>
#include <QList>

namespace pertoken::ui {

/// The hardware catalog as a table: built-in accelerators and devices followed by the user's
/// custom ones, every figure with its unit, the as-of date and the source. Read-only: entries
/// change through CatalogDialog's editor, never in place.
class AcceleratorTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceleratorTableModel)

public:
    enum Column {
        Vendor,
        Name,
        Id,
        DeviceClass,
        Memory,
        UsableMemory,
        Bandwidth,
        Bf16,
        Fp8,
        Power,
        Purchase,
        Rental,
        AsOf,
        Source,
        Origin,
        ColumnCount
    };

    struct Row {
        Accelerator accelerator;
        bool custom = false;
    };

    explicit AcceleratorTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString deviceClassLabel(pertoken::DeviceClass deviceClass);

private:
    QString text(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace pertoken::ui
