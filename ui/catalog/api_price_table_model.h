#pragma once

#include "pricing/api_price.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace pertoken::ui {

/// The API price catalog as a table: built-in entries followed by the user's custom ones, every
/// field with its unit, the as-of date and the source. Read-only: entries change through
/// CatalogDialog's editor, never in place.
class ApiPriceTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiPriceTableModel)

public:
    enum Column {
        Provider,
        Model,
        Id,
        Input,
        Output,
        CachedInput,
        BatchDiscount,
        LongContextThreshold,
        LongContextInput,
        LongContextOutput,
        LongContextCachedInput,
        OutputModality,
        ContextWindow,
        AsOf,
        Source,
        Origin,
        ColumnCount
    };

    struct Row {
        ApiPrice price;
        bool custom = false;
    };

    explicit ApiPriceTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }
    /// Prices older than `months` on `today` (isPriceStale(), pricing/price_age.h) get a mark
    /// after their date and a tooltip saying how old they are.
    void setStaleAfterMonths(int months, const QDate &today);
    bool isStale(int row) const;
    /// "Read on 2025-09-05, more than 6 months ago: …": the note every view of an old price
    /// shows (tables, chart tooltips).
    static QString staleNote(const ApiPrice &price, int months);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString text(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    int m_staleAfterMonths;
    QDate m_today;
};

} // namespace pertoken::ui
