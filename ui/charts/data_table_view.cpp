#include "charts/data_table_view.h"

#include "charts/chart_table_model.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>

namespace pertoken::ui {

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    // Columns are fitted when the table is shown, not on every change of the chart's numbers:
    // fitting measures every cell.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setVisible(false);

    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataTableView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

DataTableView::~DataTableView() = default;

void DataTableView::copySelection()
{
    if (!model())
        return;
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    QGuiApplication::clipboard()->setText(tableToTabSeparated(*model(), selected));
}

void DataTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    resizeColumnsToContents();
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void copyTableToClipboard(const QAbstractItemModel &model)
{
    QGuiApplication::clipboard()->setText(tableToTabSeparated(model));
}

} // namespace pertoken::ui
