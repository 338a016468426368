#pragma once

#include <QSortFilterProxyModel>

namespace pertoken::ui {

/// Roles the catalog table models answer on column 0 of every row.
inline constexpr int kCatalogSearchTextRole = Qt::UserRole + 1; ///< lower-case text to search
inline constexpr int kCatalogGroupRole = Qt::UserRole + 2;      ///< provider or vendor
inline constexpr int kCatalogCustomRole = Qt::UserRole + 3;     ///< true for a custom entry

/// Filters a catalog table by a search text (every word must appear in the row's search text)
/// and by one provider or vendor; empty means no filter.
class CatalogFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterProxy)

public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setGroup(const QString &group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_group;
};

} // namespace pertoken::ui
