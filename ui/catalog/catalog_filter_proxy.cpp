#include "catalog/catalog_filter_proxy.h"

namespace pertoken::ui {

CatalogFilterProxy::CatalogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void CatalogFilterProxy::setSearchText(const QString &text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void CatalogFilterProxy::setGroup(const QString &group)
{
    m_group = group;
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_group.isEmpty() && index.data(kCatalogGroupRole).toString() != m_group)
        return false;
    const QString text = index.data(kCatalogSearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace pertoken::ui
