#include "charts/frontier_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>

#include <algorithm>
#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

void drawPlot(QChart &chart, const FrontierChart::Plot &plot, const ChartStyle &style)
{
    const LogAxis speedAxis = logAxis(chart, u"speed"_s, Qt::AlignBottom, 10,
                                      {FrontierChart::tr("Output tokens/s per user"),
                                       //: Short axis title where the long one does not fit.
                                       FrontierChart::tr("Tokens/s per user")},
                                      style);
    const LogAxis costAxis =
        logAxis(chart, u"cost"_s, Qt::AlignLeft, 10,
                {FrontierChart::tr("Cost per million tokens (input + output)"),
                 //: Short axis title where the long one does not fit; %1 a currency code.
                 FrontierChart::tr("%1/M tokens").arg(displayCurrencyCode())},
                style);

    double lowSpeed = 0;
    double highSpeed = 0;
    double lowCost = 0;
    double highCost = 0;
    for (const FrontierChart::Curve &curve : plot.curves) {
        for (const FrontierPoint &point : curve.front) {
            if (!(point.userTokensPerSecond > 0) || !(point.usdPerMillionTokens > 0))
                continue;
            lowSpeed = lowSpeed > 0 ? std::min(lowSpeed, point.userTokensPerSecond)
                                    : point.userTokensPerSecond;
            highSpeed = std::max(highSpeed, point.userTokensPerSecond);
            lowCost = lowCost > 0 ? std::min(lowCost, point.usdPerMillionTokens)
                                  : point.usdPerMillionTokens;
            highCost = std::max(highCost, point.usdPerMillionTokens);
        }
    }
    setLogRange(speedAxis, lowSpeed > 0 ? lowSpeed : 1, highSpeed > 0 ? highSpeed : 10,
                NumberKind::Plain);
    setLogRange(costAxis, lowCost > 0 ? lowCost : 0.01, highCost > 0 ? highCost : 1,
                NumberKind::Usd);

    QSet<QString> keep;
    for (const FrontierChart::Curve &curve : plot.curves) {
        QList<QPointF> points;
        for (const FrontierPoint &point : curve.front) {
            if (point.userTokensPerSecond > 0 && point.usdPerMillionTokens > 0)
                points.append({point.userTokensPerSecond, point.usdPerMillionTokens});
        }
        auto &series = seriesNamed<QLineSeries>(chart, FrontierChart::seriesName(curve.id));
        attachOnce(series, *speedAxis.scale);
        attachOnce(series, *costAxis.scale);
        series.setName(curve.name);
        setLinePen(series, style.optionColor(curve.colorIndex), 2.2);
        series.setPointsVisible(true);
        replacePoints(series, points);
        keep << series.objectName();
    }
    removeSeriesExcept(chart, keep);
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

double logDistance(double a, double b)
{
    return std::abs(std::log10(std::max(a, 1e-12)) - std::log10(std::max(b, 1e-12)));
}

QString layoutText(const FrontierPoint &point)
{
    if (point.devices == 0)
        return FrontierChart::tr("published speed");
    //: One parallelism layout: devices working together and sequences in a batch.
    return FrontierChart::tr("%n device(s), batch %1", nullptr, point.devices)
        .arg(QString::number(point.batch));
}

} // namespace

FrontierChart::FrontierChart(QWidget *parent)
    : DashboardChart(u"frontier"_s, chartTitle(), parent)
{}

FrontierChart::~FrontierChart() = default;

QString FrontierChart::chartTitle()
{
    return tr("Cost against speed per user (the frontier)");
}

QString FrontierChart::seriesName(const QString &optionId)
{
    return u"frontier:"_s + optionId;
}

void FrontierChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

FrontierChart::Plot FrontierChart::plot(const Evaluation &evaluation)
{
    Plot plot;
    for (const FrontierCurve &curve : evaluation.frontier) {
        if (curve.front.isEmpty())
            continue;
        plot.curves.append({curve.optionId, curve.optionName,
                            optionIndex(evaluation, curve.optionId), curve.front, curve.basis});
    }
    return plot;
}

std::unique_ptr<QChart> FrontierChart::buildChart(const Evaluation &evaluation,
                                                  const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style);
    return chart;
}

void FrontierChart::fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style)
{
    drawPlot(chart, plot(evaluation), style);
}

void FrontierChart::fillTable(ChartTableModel &table, const Evaluation &evaluation)
{
    QList<QVariantList> rows;
    for (const Curve &curve : plot(evaluation).curves) {
        for (const FrontierPoint &point : curve.front) {
            const bool api = point.devices == 0;
            rows.append({curve.name, api ? QVariant() : QVariant(point.devices),
                         api ? QVariant() : QVariant(point.batch), point.userTokensPerSecond,
                         point.usdPerMillionTokens,
                         api ? QVariant() : QVariant(point.replicaTokensPerSecond),
                         api ? curve.basis : QString()});
        }
    }
    table.setTable({{tr("Option")},
                    {tr("Devices"), NumberKind::Plain},
                    {tr("Batch size (sequences)"), NumberKind::Plain},
                    {tr("Output tokens/s per user"), NumberKind::Plain},
                    {tr("Cost per million tokens"), NumberKind::Usd},
                    {tr("Replica tokens/s (input + output)"), NumberKind::Plain},
                    {tr("Note")}},
                   rows);
}

QString FrontierChart::fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation)
{
    m_plot = plot(evaluation);
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation);
    return m_plot.curves.isEmpty()
               ? tr("No enabled option has a frontier: a self-hosted or on-device model must "
                    "fit, and a cloud API needs a published output speed.")
               : QString();
}

void FrontierChart::connectHover(QAbstractSeries &series)
{
    auto *xy = qobject_cast<QXYSeries *>(&series);
    if (!xy)
        return;
    connect(xy, &QXYSeries::hovered, this,
            [this, name = series.objectName()](const QPointF &point, bool state) {
                showToolTip(state ? hoverText(name, point) : QString());
            });
}

QString FrontierChart::hoverText(const QString &seriesName, const QPointF &position) const
{
    for (const Curve &curve : m_plot.curves) {
        if (seriesName != FrontierChart::seriesName(curve.id))
            continue;
        const FrontierPoint *nearest = nullptr;
        for (const FrontierPoint &point : curve.front) {
            if (!nearest || logDistance(point.userTokensPerSecond, position.x()) <
                                logDistance(nearest->userTokensPerSecond, position.x()))
                nearest = &point;
        }
        if (!nearest)
            return {};
        //: Tooltip on a frontier point; the last line names where the speed comes from.
        return tr("%1, %2\n%3 tokens/s per user · %4 per million tokens\n%5")
            .arg(curve.name, layoutText(*nearest), formatPlain(nearest->userTokensPerSecond),
                 formatUsd(nearest->usdPerMillionTokens), curve.basis);
    }
    return {};
}

} // namespace pertoken::ui
