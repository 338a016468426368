#include "charts/planner_charts.h"

#include "charts/chart_axes.h"
#include "charts/chart_format.h"
#include "charts/chart_series.h"
#include "charts/chart_style.h"
#include "charts/chart_table_model.h"

#include "charts/data_table_view.h"

#include <QAction>
#include <QApplication>
#include <QStackedWidget>

#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const char *const kHoverConnected = "pertokenHoverConnected";

/// A log axis over FLOPs (or dollars), labelled 1e+23: the spans are too wide for k/M/B/T.
QLogValueAxis &scientificAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment,
                              const QString &title, const ChartStyle &style)
{
    auto *axis = qobject_cast<QLogValueAxis *>(findAxis(chart, objectName));
    if (!axis) {
        axis = new QLogValueAxis;
        axis->setObjectName(objectName);
        axis->setBase(10);
        axis->setLabelFormat(u"%.0e"_s);
        chart.addAxis(axis, alignment);
    }
    styleAxis(*axis, style);
    axis->setTitleText(title);
    return *axis;
}

struct Bounds {
    double minX = std::numeric_limits<double>::max();
    double maxX = 0;
    double minY = std::numeric_limits<double>::max();
    double maxY = -std::numeric_limits<double>::max();

    void include(const QList<QPointF> &points)
    {
        for (const QPointF &p : points) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    bool empty() const { return maxX <= 0; }
};

void setDecades(QLogValueAxis &axis, double min, double max)
{
    axis.setRange(std::pow(10.0, std::floor(std::log10(min))),
                  std::pow(10.0, std::ceil(std::log10(max) + 1e-9)));
}

template <typename Series>
Series &drawn(QChart &chart, const QString &name, const QString &label, QAbstractAxis &x,
              QAbstractAxis &y, QSet<QString> &keep)
{
    auto &series = seriesNamed<Series>(chart, name);
    attachOnce(series, x);
    attachOnce(series, y);
    series.setName(label);
    keep.insert(name);
    return series;
}

QString scientific(double value)
{
    return QLocale().toString(value, 'e', 3);
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

QString PlannerCharts::chartId(Kind kind)
{
    switch (kind) {
    case Kind::Loss:
        return u"scaling-loss"_s;
    case Kind::Queries:
        return u"scaling-queries"_s;
    case Kind::Budget:
        break;
    }
    return u"scaling-budget"_s;
}

std::optional<PlannerCharts::Kind> PlannerCharts::kindForId(const QString &id)
{
    for (Kind kind : {Kind::Loss, Kind::Queries, Kind::Budget}) {
        if (chartId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString PlannerCharts::chartTitle(Kind kind)
{
    switch (kind) {
    case Kind::Loss:
        return tr("Loss against training compute");
    case Kind::Queries:
        return tr("Model size against query volume");
    case Kind::Budget:
        break;
    }
    return tr("Best pass@k against budget");
}

std::unique_ptr<QChart> PlannerCharts::buildChart(Kind kind, const PlanResult &plan,
                                                  const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    applyChartStyle(*chart, style);
    fillChart(kind, *chart, plan, style);
    return chart;
}

void PlannerCharts::fillChart(Kind kind, QChart &chart, const PlanResult &plan,
                              const ChartStyle &style)
{
    switch (kind) {
    case Kind::Loss:
        fillLossChart(chart, plan, style);
        return;
    case Kind::Queries:
        fillQueriesChart(chart, plan, style);
        return;
    case Kind::Budget:
        fillBudgetChart(chart, plan, style);
        return;
    }
}

void PlannerCharts::fillTable(Kind kind, ChartTableModel &table, const PlanResult &plan)
{
    QList<QVariantList> rows;
    const auto addPoints = [&rows](const QString &series, const QList<QPointF> &points) {
        for (const QPointF &p : points)
            rows.append({series, p.x(), p.y()});
    };
    switch (kind) {
    case Kind::Loss:
        for (const LossCurve &curve : plan.lossCurves)
            addPoints(tr("%1 parameters").arg(formatCount(curve.params)), curve.points);
        addPoints(tr("Compute-optimal frontier"), plan.computeOptimalFrontier);
        if (const auto &point = plan.computeOptimal)
            rows.append({tr("Your budget"), point->computeFlops, point->loss});
        table.setTable(
            {{tr("Series")}, {tr("Training compute (FLOPs)")}, {tr("Loss (nats per token)")}},
            rows);
        return;
    case Kind::Queries:
        // One row per query volume: runPlan() sweeps the four series over the same volumes.
        for (qsizetype i = 0; i < plan.optimalParamsByQueries.size(); ++i) {
            const auto yAt = [i](const QList<QPointF> &points) {
                return i < points.size() ? QVariant(points[i].y()) : QVariant();
            };
            rows.append({plan.optimalParamsByQueries[i].x(), plan.optimalParamsByQueries[i].y(),
                         yAt(plan.chinchillaParamsByQueries), yAt(plan.tokensPerParamByQueries),
                         yAt(plan.samplesByQueries)});
        }
        table.setTable({{tr("Lifetime queries (queries)"), NumberKind::Count},
                        {tr("Parameters, T² optimum (count)"), NumberKind::Count},
                        {tr("Parameters, Chinchilla point (count)"), NumberKind::Count},
                        {tr("Tokens per parameter, T² optimum")},
                        {tr("Samples per query, T² optimum")}},
                       rows);
        return;
    case Kind::Budget:
        addPoints(tr("T² optimum (best k)"), plan.bestPassAtKByBudget);
        addPoints(tr("Chinchilla point (k = 1)"), plan.chinchillaPassAtKByBudget);
        if (const auto &t2 = plan.trainToTest) {
            const TrainToTestPoint &o = t2->optimum;
            const double budget =
                plan.budgetInUsd ? o.trainUsd + o.inferenceUsd : o.trainFlops + o.inferenceFlops;
            rows.append({tr("T² optimum at your budget"), budget, o.passAtK});
            rows.append({tr("Chinchilla point at your budget"), budget, t2->chinchilla.passAtK});
        }
        table.setTable(
            {{tr("Series")},
             {plan.budgetInUsd ? tr("End-to-end budget (USD)") : tr("End-to-end budget (FLOPs)")},
             {tr("pass@k (share of questions)")}},
            rows);
        return;
    }
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

void PlannerCharts::fillLossChart(QChart &chart, const PlanResult &plan, const ChartStyle &style)
{
    chart.setTitle(tr("Loss against training compute"));
    QLogValueAxis &x =
        scientificAxis(chart, u"compute"_s, Qt::AlignBottom, tr("Training compute (FLOPs)"), style);
    QCategoryAxis &y =
        linearAxis(chart, u"loss"_s, Qt::AlignLeft, tr("Loss (nats per token)"), style);
    Bounds bounds;
    bounds.include(plan.computeOptimalFrontier);
    QSet<QString> keep;
    for (qsizetype i = 0; i < plan.lossCurves.size(); ++i) {
        const LossCurve &curve = plan.lossCurves[i];
        auto &series =
            drawn<QLineSeries>(chart, u"curve:%1"_s.arg(i),
                               tr("%1 parameters").arg(formatCount(curve.params)), x, y, keep);
        series.setProperty("params", curve.params);
        setLinePen(series, style.optionColor(i), 1.5);
        replacePoints(series, curve.points);
        bounds.include(curve.points);
    }
    auto &frontier =
        drawn<QLineSeries>(chart, u"frontier"_s, tr("Compute-optimal frontier"), x, y, keep);
    setLinePen(frontier, style.text, 2.5, Qt::DashLine);
    replacePoints(frontier, plan.computeOptimalFrontier);
    if (const auto &point = plan.computeOptimal) {
        auto &marker =
            drawn<QScatterSeries>(chart, u"compute-optimal"_s, tr("Your budget"), x, y, keep);
        marker.setMarkerSize(10);
        marker.setColor(style.markerColor());
        replacePoints(marker, {{point->computeFlops, point->loss}});
    }
    removeSeriesExcept(chart, keep);
    if (!bounds.empty()) {
        setDecades(x, bounds.minX, bounds.maxX);
        setLinearRange(y, bounds.minY, bounds.maxY, NumberKind::Plain, 6);
    }
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignRight);
}

void PlannerCharts::fillQueriesChart(QChart &chart, const PlanResult &plan, const ChartStyle &style)
{
    const bool empty = plan.optimalParamsByQueries.isEmpty();
    chart.setTitle(empty ? tr("Model size against query volume: no queries to plan for")
                         : tr("Model size against query volume (train-to-test)"));
    const LogAxis x =
        logAxis(chart, u"queries"_s, Qt::AlignBottom, 10, tr("Lifetime queries (queries)"), style);
    const LogAxis params =
        logAxis(chart, u"params"_s, Qt::AlignLeft, 10, tr("Parameters (count)"), style);
    const LogAxis ratio =
        logAxis(chart, u"ratio"_s, Qt::AlignRight, 10, tr("Training tokens per parameter"), style);
    QSet<QString> keep;
    auto &optimal = drawn<QLineSeries>(chart, u"t2-params"_s, tr("Parameters, T² optimum"),
                                       *x.scale, *params.scale, keep);
    setLinePen(optimal, style.optionColor(0), 2.2);
    replacePoints(optimal, plan.optimalParamsByQueries);
    auto &chinchilla =
        drawn<QLineSeries>(chart, u"chinchilla-params"_s, tr("Parameters, Chinchilla point"),
                           *x.scale, *params.scale, keep);
    // The Chinchilla point keeps one colour in both train-to-test charts.
    setLinePen(chinchilla, style.optionColor(2), 1.8, Qt::DashLine);
    replacePoints(chinchilla, plan.chinchillaParamsByQueries);
    auto &tokensPerParam = drawn<QLineSeries>(
        chart, u"t2-ratio"_s, tr("Tokens per parameter, T² optimum"), *x.scale, *ratio.scale, keep);
    setLinePen(tokensPerParam, style.optionColor(1), 2.2);
    replacePoints(tokensPerParam, plan.tokensPerParamByQueries);
    removeSeriesExcept(chart, keep);

    Bounds sizes;
    sizes.include(plan.optimalParamsByQueries);
    sizes.include(plan.chinchillaParamsByQueries);
    Bounds ratios;
    ratios.include(plan.tokensPerParamByQueries);
    if (!sizes.empty() && !ratios.empty()) {
        setLogRange(x, sizes.minX, sizes.maxX, NumberKind::Count);
        setLogRange(params, sizes.minY, sizes.maxY, NumberKind::Count);
        setLogRange(ratio, ratios.minY, ratios.maxY, NumberKind::Count);
    }
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

void PlannerCharts::fillBudgetChart(QChart &chart, const PlanResult &plan, const ChartStyle &style)
{
    const bool empty = plan.bestPassAtKByBudget.isEmpty();
    chart.setTitle(empty ? tr("Best pass@k against budget: no queries to plan for")
                         : tr("Best pass@k against budget (train-to-test)"));
    QLogValueAxis &x = scientificAxis(
        chart, u"budget"_s, Qt::AlignBottom,
        plan.budgetInUsd ? tr("End-to-end budget (USD)") : tr("End-to-end budget (FLOPs)"), style);
    QCategoryAxis &y =
        linearAxis(chart, u"pass"_s, Qt::AlignLeft, tr("pass@k (share of questions)"), style);
    QSet<QString> keep;
    auto &best = drawn<QLineSeries>(chart, u"t2-pass"_s, tr("T² optimum (best k)"), x, y, keep);
    setLinePen(best, style.optionColor(0), 2.2);
    replacePoints(best, plan.bestPassAtKByBudget);
    auto &chinchilla =
        drawn<QLineSeries>(chart, u"chinchilla-pass"_s, tr("Chinchilla point (k = 1)"), x, y, keep);
    setLinePen(chinchilla, style.optionColor(2), 1.8, Qt::DashLine);
    replacePoints(chinchilla, plan.chinchillaPassAtKByBudget);
    if (const auto &t2 = plan.trainToTest) {
        const TrainToTestPoint &o = t2->optimum;
        const double budget =
            plan.budgetInUsd ? o.trainUsd + o.inferenceUsd : o.trainFlops + o.inferenceFlops;
        auto &optimum = drawn<QScatterSeries>(chart, u"t2-at-budget"_s,
                                              tr("T² optimum at your budget"), x, y, keep);
        optimum.setMarkerSize(10);
        optimum.setColor(style.optionColor(0));
        replacePoints(optimum, {{budget, o.passAtK}});
        auto &reference = drawn<QScatterSeries>(chart, u"chinchilla-at-budget"_s,
                                                tr("Chinchilla point at your budget"), x, y, keep);
        reference.setMarkerSize(10);
        reference.setColor(style.optionColor(2));
        replacePoints(reference, {{budget, t2->chinchilla.passAtK}});
        // The two lines' legend entries name them; the markers explain themselves on hover.
        for (QAbstractSeries *marker : {static_cast<QAbstractSeries *>(&optimum),
                                        static_cast<QAbstractSeries *>(&reference)}) {
            const auto entries = chart.legend()->markers(marker);
            for (QLegendMarker *entry : entries)
                entry->setVisible(false);
        }
    }
    removeSeriesExcept(chart, keep);
    Bounds bounds;
    bounds.include(plan.bestPassAtKByBudget);
    if (!bounds.empty()) {
        setDecades(x, bounds.minX, bounds.maxX);
        setLinearRange(y, 0.0, std::max(0.1, bounds.maxY), NumberKind::Plain, 6);
    }
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
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
