#pragma once

#include "hardware/model_architecture.h"

#include <QAbstractTableModel>
#include <QList>

namespace pertoken::ui {

/// The model catalog as a table: built-in architectures followed by the user's own (imported
/// from a model's files or entered by hand), with parameters, layers, heads, the KV cache per
/// token at 16 bits, and for imported records the source file and the SHA-256 of what was read.
/// Read-only: entries change through CatalogDialog.
class ModelTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTableModel)

public:
    enum Column {
        Name,
        TotalParams,
        ActiveParams,
        Layers,
        Heads,
        KvHeads,
        HeadDim,
        Context,
        KvBytes,
        SourceFile,
        Sha256,
        AsOf,
        Id,
        Source,
        Origin,
        ColumnCount
    };

    struct Row {
        ModelArchitecture model;
        bool custom = false;
    };

    explicit ModelTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// What the SHA-256 of `model` covers, for a tooltip: the whole config.json, or the header
    /// bytes read (never the weights).
    static QString sha256Explanation(const ModelArchitecture &model);

private:
    QString text(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace pertoken::ui
