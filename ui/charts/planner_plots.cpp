// The Scaling tab's charts drawn from a PlanResult into any QChart, and the tables of their
// numbers: what the Scaling tab shows and what chart export writes (no widgets here).

#include "charts/planner_charts.h"

#include "charts/chart_axes.h"
#include "charts/chart_format.h"
#include "charts/chart_series.h"
#include "charts/chart_style.h"
#include "charts/chart_table_model.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
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

} // namespace

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
        // A budget in dollars is shown in the display currency (the header says which); CSV
        // keeps US dollars like every money column.
        table.setTable({{tr("Series")},
                        plan.budgetInUsd ? ChartTableModel::Column{tr("End-to-end budget (USD)"),
                                                                   NumberKind::Usd}
                                         : ChartTableModel::Column{tr("End-to-end budget (FLOPs)")},
                        {tr("pass@k (share of questions)")}},
                       rows);
        return;
    }
}

void PlannerCharts::fillLossChart(QChart &chart, const PlanResult &plan, const ChartStyle &style)
{
    chart.setTitle(tr("Loss against training compute"));
    QLogValueAxis &x =
        scientificAxis(chart, u"compute"_s, Qt::AlignBottom, tr("Training compute (FLOPs)"), style);
    QCategoryAxis &y =
        linearAxis(chart, u"loss"_s, Qt::AlignLeft, {tr("Loss (nats per token)")}, style);
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
    const LogAxis x = logAxis(chart, u"queries"_s, Qt::AlignBottom, 10,
                              {tr("Lifetime queries (queries)")}, style);
    const LogAxis params =
        logAxis(chart, u"params"_s, Qt::AlignLeft, 10, {tr("Parameters (count)")}, style);
    const LogAxis ratio = logAxis(chart, u"ratio"_s, Qt::AlignRight, 10,
                                  {tr("Training tokens per parameter")}, style);
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
    // FLOPs along a scientific axis; dollars along a money axis in the display currency. The
    // chart keeps only the axis of the budget's current unit.
    const QStringList unused = plan.budgetInUsd
                                   ? QStringList{u"budget"_s}
                                   : QStringList{u"budget-usd"_s, u"budget-usd.labels"_s};
    for (const QString &name : unused) {
        if (QAbstractAxis *old = findAxis(chart, name)) {
            chart.removeAxis(old);
            delete old;
        }
    }
    LogAxis usdAxis;
    if (plan.budgetInUsd) {
        usdAxis = logAxis(chart, u"budget-usd"_s, Qt::AlignBottom, 10,
                          {inDisplayCurrency(tr("End-to-end budget (USD)"))}, style);
    }
    QLogValueAxis &x = plan.budgetInUsd ? *usdAxis.scale
                                        : scientificAxis(chart, u"budget"_s, Qt::AlignBottom,
                                                         tr("End-to-end budget (FLOPs)"), style);
    QCategoryAxis &y =
        linearAxis(chart, u"pass"_s, Qt::AlignLeft, {tr("pass@k (share of questions)")}, style);
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
        if (plan.budgetInUsd)
            setLogRange(usdAxis, bounds.minX, bounds.maxX, NumberKind::Usd);
        else
            setDecades(x, bounds.minX, bounds.maxX);
        setLinearRange(y, 0.0, std::max(0.1, bounds.maxY), NumberKind::Plain, 6);
    }
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

} // namespace pertoken::ui
