#include "charts/planner_charts.h"

#include "panels/number_format.h"

#include "charts/chart_format.h"
#include "charts/chart_style.h"
#include "charts/chart_table_model.h"

#include "charts/data_table_view.h"
#include "panels/number_format.h"

#include <QAction>
#include <QApplication>
#include <QStackedWidget>

#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QXYSeries>

#include <cmath>
#include <limits>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const char *const kHoverConnected = "pertokenHoverConnected";

// "5.76 × 10²³" in the interface language.
QString scientific(double value)
{
    return formatScientific(value, {}, NumberFormat::language(), 3);
}

QPointF nearest(const QList<QPointF> &points, double x)
{
    QPointF best;
    double distance = std::numeric_limits<double>::max();
    for (const QPointF &p : points) {
        const double d = std::abs(std::log(p.x() / x));
        if (d < distance) {
            distance = d;
            best = p;
        }
    }
    return best;
}

} // namespace

PlannerCharts::PlannerCharts(QWidget *parent)
    : QWidget(parent)
    , m_style(ChartStyle::fromPalette(palette(), font()))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Kind kind : {Kind::Loss, Kind::Queries, Kind::Budget}) {
        Slot &slot = m_slots[int(kind)];
        slot.view = new QChartView(new QChart);
        slot.view->setRenderHint(QPainter::Antialiasing);
        slot.view->setAccessibleName(chartTitle(kind));
        slot.view->chart()->setAnimationOptions(QChart::NoAnimation);
        slot.model = new ChartTableModel(this);
        slot.table = new DataTableView;
        slot.table->setModel(slot.model);
        slot.table->setAccessibleName(tr("%1: data").arg(chartTitle(kind)));
        slot.stack = new QStackedWidget(this);
        slot.stack->addWidget(slot.view);
        slot.stack->addWidget(slot.table);

        // The same tools as a dashboard chart's: its numbers as a table (the view a keyboard or
        // screen-reader user reads), export and copy, in the chart's and the table's menus.
        slot.showTable = new QAction(tr("Show data table"), slot.stack);
        slot.showTable->setCheckable(true);
        slot.showTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        slot.showTable->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        slot.showTable->setToolTip(tr("Show the numbers this chart draws as a table"));
        connect(slot.showTable, &QAction::toggled, this,
                [this, kind](bool shown) { setTableShown(kind, shown); });
        auto *exportChart = new QAction(tr("Export chart…"), slot.stack);
        exportChart->setObjectName(u"export:"_s + chartId(kind));
        exportChart->setToolTip(tr("Save this chart as PNG, SVG or PDF, or its data as CSV"));
        connect(exportChart, &QAction::triggered, this,
                [this, id = chartId(kind)] { Q_EMIT exportRequested(id); });
        auto *copyImage = new QAction(tr("Copy chart as image"), slot.stack);
        connect(copyImage, &QAction::triggered, this,
                [this, id = chartId(kind)] { Q_EMIT copyImageRequested(id); });
        slot.stack->addAction(slot.showTable);
        for (QWidget *widget :
             {static_cast<QWidget *>(slot.view), static_cast<QWidget *>(slot.table)}) {
            widget->addAction(slot.showTable);
            widget->addAction(exportChart);
            widget->addAction(copyImage);
            widget->setContextMenuPolicy(Qt::ActionsContextMenu);
        }
    }
    m_lossView = m_slots[int(Kind::Loss)].view;
    m_queriesView = m_slots[int(Kind::Queries)].view;
    m_budgetView = m_slots[int(Kind::Budget)].view;
    layout->addWidget(m_slots[int(Kind::Loss)].stack, 0, 0, 1, 2);
    layout->addWidget(m_slots[int(Kind::Queries)].stack, 1, 0);
    layout->addWidget(m_slots[int(Kind::Budget)].stack, 1, 1);
    restyle();
}

QAction *PlannerCharts::showTableAction(Kind kind) const
{
    return m_slots[int(kind)].showTable;
}

DataTableView *PlannerCharts::tableView(Kind kind) const
{
    return m_slots[int(kind)].table;
}

QWidget *PlannerCharts::chartWidget(Kind kind) const
{
    return m_slots[int(kind)].view;
}

bool PlannerCharts::isTableShown(Kind kind) const
{
    const Slot &slot = m_slots[int(kind)];
    return slot.stack->currentWidget() == slot.table;
}

void PlannerCharts::setTableShown(Kind kind, bool shown)
{
    Slot &slot = m_slots[int(kind)];
    // Whoever had the focus in this chart keeps it on what replaces the chart.
    const bool hadFocus = slot.stack->isAncestorOf(QApplication::focusWidget());
    slot.stack->setCurrentWidget(shown ? static_cast<QWidget *>(slot.table)
                                       : static_cast<QWidget *>(slot.view));
    slot.showTable->setText(shown ? tr("Show chart") : tr("Show data table"));
    if (hadFocus)
        slot.stack->currentWidget()->setFocus(Qt::OtherFocusReason);
}

QHash<QString, QSize> PlannerCharts::shownSizes() const
{
    QHash<QString, QSize> sizes;
    for (const auto &[view, kind] :
         {std::pair{m_lossView, Kind::Loss}, std::pair{m_queriesView, Kind::Queries},
          std::pair{m_budgetView, Kind::Budget}}) {
        if (view->isVisible())
            sizes.insert(chartId(kind), view->size());
        else if (m_slots[int(kind)].stack->isVisible())
            sizes.insert(chartId(kind), m_slots[int(kind)].stack->size());
    }
    return sizes;
}

PlannerCharts::~PlannerCharts() = default;

QChart *PlannerCharts::lossChart() const
{
    return m_lossView->chart();
}

QChart *PlannerCharts::queriesChart() const
{
    return m_queriesView->chart();
}

QChart *PlannerCharts::budgetChart() const
{
    return m_budgetView->chart();
}

void PlannerCharts::setPlan(const PlanResult &plan)
{
    m_plan = plan;
    refresh();
}

void PlannerCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::ApplicationPaletteChange)
        restyle();
}

void PlannerCharts::restyle()
{
    m_style = ChartStyle::fromPalette(palette(), font());
    for (QChartView *view : {m_lossView, m_queriesView, m_budgetView})
        applyChartStyle(*view->chart(), m_style);
    refresh();
}

void PlannerCharts::refresh()
{
    fillLossChart(*lossChart(), m_plan, m_style);
    fillQueriesChart(*queriesChart(), m_plan, m_style);
    fillBudgetChart(*budgetChart(), m_plan, m_style);
    for (Kind kind : {Kind::Loss, Kind::Queries, Kind::Budget})
        fillTable(kind, *m_slots[int(kind)].model, m_plan);
    for (QChartView *view : {m_lossView, m_queriesView, m_budgetView}) {
        const auto all = view->chart()->series();
        for (QAbstractSeries *series : all)
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                connectHover(*xy);
    }
}

void PlannerCharts::connectHover(QXYSeries &series)
{
    if (series.property(kHoverConnected).toBool())
        return;
    series.setProperty(kHoverConnected, true);
    connect(&series, &QXYSeries::hovered, this,
            [this, &series](const QPointF &position, bool entered) {
                if (!entered) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(), hoverText(series, position), this);
            });
}

QString PlannerCharts::hoverText(const QXYSeries &series, const QPointF &position) const
{
    const QList<QPointF> points = series.points();
    if (points.isEmpty() || !(position.x() > 0))
        return {};
    const QPointF p = nearest(points, position.x());
    const QString name = series.objectName();
    if (name.startsWith(u"curve:"_s) || name == u"frontier" || name == u"compute-optimal") {
        QString text = tr("%1\nTraining compute: %2 FLOPs\nLoss: %3 nats per token")
                           .arg(series.name(), scientific(p.x()), formatFixed(p.y(), 4));
        const double params = name == u"frontier" || name == u"compute-optimal"
                                  ? 0.0
                                  : series.property("params").toDouble();
        if (params > 0)
            text += tr("\nTraining tokens: %1").arg(formatCount(p.x() / (6.0 * params)));
        return text;
    }
    if (name == u"t2-params" || name == u"chinchilla-params" || name == u"t2-ratio") {
        const QPointF size = nearest(name == u"chinchilla-params" ? m_plan.chinchillaParamsByQueries
                                                                  : m_plan.optimalParamsByQueries,
                                     p.x());
        const QPointF ratio = nearest(m_plan.tokensPerParamByQueries, p.x());
        const QPointF samples = nearest(m_plan.samplesByQueries, p.x());
        if (name == u"chinchilla-params")
            return tr("%1\nLifetime queries: %2\nParameters: %3 (1 sample per query)")
                .arg(series.name(), formatCount(p.x()), formatCount(size.y()));
        return tr("%1\nLifetime queries: %2\nParameters: %3\nTraining tokens per parameter: "
                  "%4\nSamples per query: %5")
            .arg(series.name(), formatCount(p.x()), formatCount(size.y()), formatPlain(ratio.y()),
                 QLocale().toString(qRound(samples.y())));
    }
    const QString budget =
        m_plan.budgetInUsd ? formatUsd(p.x()) : tr("%1 FLOPs").arg(scientific(p.x()));
    QString text =
        tr("%1\nBudget: %2\npass@k: %3%").arg(series.name(), budget, formatFixed(p.y() * 100, 1));
    if (m_plan.trainToTest && (name == u"t2-at-budget" || name == u"chinchilla-at-budget")) {
        const TrainToTestPoint &point =
            name == u"t2-at-budget" ? m_plan.trainToTest->optimum : m_plan.trainToTest->chinchilla;
        text += tr("\nParameters: %1\nTraining tokens: %2\nSamples per query: %3")
                    .arg(formatCount(point.params), formatCount(point.tokens),
                         QLocale().toString(point.samples));
    }
    return text;
}

} // namespace pertoken::ui
