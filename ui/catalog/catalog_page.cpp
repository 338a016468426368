#include "catalog/catalog_page.h"

#include "catalog/catalog_filter_proxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

CatalogPage::CatalogPage(QAbstractItemModel *model, const QString &name,
                         const QString &allGroupsLabel, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CatalogFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_buttons(new QHBoxLayout)
    , m_add(new QPushButton(tr("Add custom…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_duplicate(new QPushButton(tr("Duplicate as custom…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_use(new QPushButton(tr("Use in scenario"), this))
    , m_allGroupsLabel(allGroupsLabel)
{
    m_proxy->setSourceModel(model);
    m_search->setObjectName(name + u"Search"_s);
    m_search->setPlaceholderText(tr("Search id, name, provider or source"));
    m_search->setClearButtonEnabled(true);
    m_group->setObjectName(name + u"Filter"_s);
    m_table->setObjectName(name + u"Table"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_add->setObjectName(name + u"Add"_s);
    m_edit->setObjectName(name + u"Edit"_s);
    m_duplicate->setObjectName(name + u"Duplicate"_s);
    m_remove->setObjectName(name + u"Remove"_s);
    m_use->setObjectName(name + u"Use"_s);
    m_use->setToolTip(tr("Put the selected entry into the current scenario"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_group);
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_duplicate);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CatalogFilterProxy::setSearchText);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setGroup(m_group->itemData(index).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CatalogPage::addRequested);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { Q_EMIT editRequested(currentSourceRow()); });
    connect(m_duplicate, &QPushButton::clicked, this,
            [this] { Q_EMIT duplicateRequested(currentSourceRow()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { Q_EMIT removeRequested(currentSourceRow()); });
    connect(m_use, &QPushButton::clicked, this,
            [this] { Q_EMIT useRequested(currentSourceRow()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (currentIsCustom())
            Q_EMIT editRequested(currentSourceRow());
    });

    refreshGroups();
    m_table->resizeColumnsToContents();
    updateButtons();
}

int CatalogPage::currentSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void CatalogPage::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void CatalogPage::refreshGroups()
{
    const QString current = m_group->currentData().toString();
    QSet<QString> unique;
    for (int row = 0; row < m_model->rowCount(); ++row)
        unique.insert(m_model->index(row, 0).data(kCatalogGroupRole).toString());
    QStringList groups(unique.begin(), unique.end());
    std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(m_allGroupsLabel, QString());
    for (const QString &group : groups)
        m_group->addItem(group, group);
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(std::max(index, 0));
    m_proxy->setGroup(m_group->currentData().toString());
}

void CatalogPage::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_remove) + 1, button);
}

bool CatalogPage::currentIsCustom() const
{
    const int row = currentSourceRow();
    return row >= 0 && m_model->index(row, 0).data(kCatalogCustomRole).toBool();
}

void CatalogPage::updateButtons()
{
    const bool selected = currentSourceRow() >= 0;
    const bool custom = currentIsCustom();
    m_edit->setEnabled(custom);
    m_remove->setEnabled(custom);
    m_duplicate->setEnabled(selected);
    m_use->setEnabled(selected);
    m_edit->setToolTip(selected && !custom
                           ? tr("Built-in entries are read-only; duplicate one to change it")
                           : QString());
}

} // namespace pertoken::ui
