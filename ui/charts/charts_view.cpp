#include "charts/charts_view.h"

#include "charts/chart_page.h"
#include "charts/cost_breakdown_chart.h"
#include "charts/frontier_chart.h"
#include "charts/sensitivity_chart.h"
#include "charts/solved_task_chart.h"
#include "charts/throughput_chart.h"
#include "charts/uncertainty_chart.h"
#include "charts/volume_chart.h"

#include <QGridLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pertoken::ui {

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto *overview = new QWidget(m_tabs);
    auto *grid = new QGridLayout(overview);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(6);
    m_overviewPages = {new ChartPage(new CostBreakdownChart, overview),
                       new ChartPage(new VolumeChart, overview),
                       new ChartPage(new ThroughputChart, overview),
                       new ChartPage(new SensitivityChart, overview)};
    for (int i = 0; i < m_overviewPages.size(); ++i)
        grid->addWidget(m_overviewPages[i], i / 2, i % 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_tabs->addTab(overview, tr("Overview"));

    const QList<std::pair<DashboardChart *, QString>> single = {
        {new CostBreakdownChart, tr("Cost")},      {new VolumeChart, tr("Volume")},
        {new ThroughputChart, tr("Throughput")},   {new SensitivityChart, tr("Sensitivity")},
        {new UncertaintyChart, tr("Uncertainty")}, {new FrontierChart, tr("Frontier")},
        {new SolvedTaskChart, tr("Solved tasks")},
    };
    for (const auto &[chart, title] : single) {
        auto *page = new ChartPage(chart, m_tabs);
        m_chartPages.append(page);
        m_tabs->addTab(page, title);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { bringUpToDate(visiblePages()); });
}

ChartsView::~ChartsView() = default;

void ChartsView::setEvaluation(const Evaluation &evaluation)
{
    // Charts on hidden tabs wait: re-laying out a chart costs milliseconds, and a slider drag
    // must stay within one frame for the charts in view.
    m_evaluation = evaluation;
    for (ChartPage *page : m_overviewPages + m_chartPages)
        m_stale.insert(page);
    bringUpToDate(visiblePages());
}

QList<ChartPage *> ChartsView::visiblePages() const
{
    if (m_tabs->currentIndex() == 0)
        return m_overviewPages;
    for (ChartPage *page : m_chartPages) {
        if (m_tabs->currentWidget() == page)
            return {page};
    }
    return {};
}

void ChartsView::bringUpToDate(const QList<ChartPage *> &pages) const
{
    for (ChartPage *page : pages) {
        if (m_stale.remove(page))
            page->chart()->setEvaluation(m_evaluation);
    }
}

void ChartsView::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

QList<DashboardChart *> ChartsView::charts() const
{
    bringUpToDate(m_chartPages);
    QList<DashboardChart *> charts;
    for (const ChartPage *page : m_chartPages)
        charts.append(page->chart());
    return charts;
}

QList<DashboardChart *> ChartsView::overviewCharts() const
{
    bringUpToDate(m_overviewPages);
    QList<DashboardChart *> charts;
    for (const ChartPage *page : m_overviewPages)
        charts.append(page->chart());
    return charts;
}

QList<ChartPage *> ChartsView::pages() const
{
    const QList<ChartPage *> all = m_overviewPages + m_chartPages;
    bringUpToDate(all);
    return all;
}

void ChartsView::setLiveEdit(bool live)
{
    const QList<ChartPage *> all = m_overviewPages + m_chartPages;
    for (ChartPage *page : all)
        page->chart()->setRangesHeld(live);
    if (!live)
        setEvaluation(m_evaluation);
}

void ChartsView::setSensitivityOptionId(const QString &optionId)
{
    for (ChartPage *page : m_overviewPages + m_chartPages) {
        if (auto *sensitivity = qobject_cast<SensitivityChart *>(page->chart()))
            sensitivity->setOptionId(optionId);
    }
}

} // namespace pertoken::ui
