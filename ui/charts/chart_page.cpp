#include "charts/chart_page.h"

#include "charts/dashboard_chart.h"
#include "charts/data_table_view.h"

#include <QtCharts/QChartView>

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pertoken::ui {

ChartPage::ChartPage(DashboardChart *chart, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    m_title = new QLabel(chart->title(), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A narrow chart (a 2×2 overview on a small screen) wraps its title rather than widen.
    m_title->setWordWrap(true);

    m_showTable = new QAction(tr("Show data table"), this);
    m_showTable->setCheckable(true);
    m_showTable->setToolTip(tr("Show the numbers this chart draws as a table"));
    // Ctrl+T while the chart, its table or its buttons have the focus: the keyboard's way to the
    // numbers.
    m_showTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_showTable->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_showTable);
    connect(m_showTable, &QAction::toggled, this, &ChartPage::setTableShown);

    m_copyData = new QAction(tr("Copy data"), this);
    m_copyData->setToolTip(tr("Copy the chart's numbers as tab-separated text"));
    connect(m_copyData, &QAction::triggered, this,
            [this] { copyTableToClipboard(*m_chart->dataModel()); });

    auto *tableButton = new QToolButton(this);
    tableButton->setDefaultAction(m_showTable);
    tableButton->setAutoRaise(true);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copyData);
    copyButton->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 2, 4, 0);
    header->addWidget(m_title, 1);
    header->addWidget(tableButton);
    header->addWidget(copyButton);

    m_table = new DataTableView(this);
    m_table->setModel(chart->dataModel());
    m_table->setAccessibleName(tr("%1: data").arg(chart->title()));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(chart);
    m_stack->addWidget(m_table);

    m_export = new QAction(tr("Export chart…"), this);
    m_export->setToolTip(tr("Save this chart as PNG, SVG or PDF, or its data as CSV"));
    connect(m_export, &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(m_chart->chartId()); });
    m_copyImage = new QAction(tr("Copy chart as image"), this);
    connect(m_copyImage, &QAction::triggered, this,
            [this] { Q_EMIT copyImageRequested(m_chart->chartId()); });

    chart->addAction(m_showTable);
    chart->addAction(m_copyData);
    chart->addAction(m_export);
    chart->addAction(m_copyImage);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

ChartPage::~ChartPage() = default;

bool ChartPage::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPage::setTableShown(bool shown)
{
    // Focus on the chart or its table stays on what replaces it.
    const bool hadFocus = m_stack->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table)
                                    : static_cast<QWidget *>(m_chart));
    if (hadFocus) {
        QWidget *target =
            shown ? static_cast<QWidget *>(m_table) : static_cast<QWidget *>(m_chart->chartView());
        target->setFocus(Qt::OtherFocusReason);
    }
    m_showTable->setText(shown ? tr("Show chart") : tr("Show data table"));
}

} // namespace pertoken::ui
