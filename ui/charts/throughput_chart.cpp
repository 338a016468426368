#include "charts/throughput_chart.h"

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

void drawPlot(QChart &chart, const ThroughputChart::Plot &plot, const ChartStyle &style)
{
    const LogAxis batchAxis =
        logAxis(chart, u"batch"_s, Qt::AlignBottom, 2,
                {ThroughputChart::tr("Batch size (sequences) · dashed: memory limit"),
                 //: Short axis titles where the long ones do not fit.
                 ThroughputChart::tr("Batch size (sequences)"), ThroughputChart::tr("Batch size")},
                style);
    QCategoryAxis &throughputAxis = linearAxis(
        chart, u"throughput"_s, Qt::AlignLeft,
        {ThroughputChart::tr("Tokens/s (solid)"), ThroughputChart::tr("Tokens/s")}, style);
    QCategoryAxis &latencyAxis = linearAxis(
        chart, u"latency"_s, Qt::AlignRight,
        {ThroughputChart::tr("ms per token (dotted)"), ThroughputChart::tr("ms/token")}, style);
    latencyAxis.setGridLineVisible(false);

    double largestBatch = 2;
    double highestThroughput = 0;
    double highestLatency = 0;
    for (const ThroughputChart::Curve &curve : plot.curves) {
        largestBatch = std::max(largestBatch, static_cast<double>(curve.maxBatch));
        for (const BatchPoint &point : curve.points) {
            largestBatch = std::max(largestBatch, static_cast<double>(point.batch));
            highestThroughput = std::max(highestThroughput, point.outputTokensPerSecond);
            highestLatency = std::max(highestLatency, point.tpotMs);
        }
    }
    setLogRange(batchAxis, 1, largestBatch, NumberKind::Plain);
    setLinearRange(throughputAxis, 0, highestThroughput > 0 ? highestThroughput : 1,
                   NumberKind::Plain, 6);
    setLinearRange(latencyAxis, 0, highestLatency > 0 ? highestLatency : 1, NumberKind::Plain, 6);

    QSet<QString> keep;
    for (const ThroughputChart::Curve &curve : plot.curves) {
        const QColor color = style.optionColor(curve.colorIndex);
        QList<QPointF> throughput;
        QList<QPointF> latency;
        for (const BatchPoint &point : curve.points) {
            throughput.append({static_cast<double>(point.batch), point.outputTokensPerSecond});
            latency.append({static_cast<double>(point.batch), point.tpotMs});
        }

        auto &tokens =
            seriesNamed<QLineSeries>(chart, ThroughputChart::throughputSeriesName(curve.id));
        attachOnce(tokens, *batchAxis.scale);
        attachOnce(tokens, throughputAxis);
        tokens.setName(curve.name);
        setLegendGroup(tokens, ThroughputChart::legendGroup(curve.id), true);
        setLinePen(tokens, color, 2.2);
        tokens.setPointsVisible(true);
        replacePoints(tokens, throughput);

        auto &tpot = seriesNamed<QLineSeries>(chart, ThroughputChart::latencySeriesName(curve.id));
        attachOnce(tpot, *batchAxis.scale);
        attachOnce(tpot, latencyAxis);
        tpot.setName(ThroughputChart::tr("%1 · TPOT").arg(curve.name));
        setLegendGroup(tpot, ThroughputChart::legendGroup(curve.id), false);
        setLinePen(tpot, color, 2, Qt::DotLine);
        replacePoints(tpot, latency);
        keep << tokens.objectName() << tpot.objectName();

        if (curve.maxBatch > 0) {
            auto &limit =
                seriesNamed<QLineSeries>(chart, ThroughputChart::memoryLimitSeriesName(curve.id));
            attachOnce(limit, *batchAxis.scale);
            attachOnce(limit, throughputAxis);
            limit.setName(ThroughputChart::tr("%1 · memory limit (%2)")
                              .arg(curve.name, QString::number(curve.maxBatch)));
            setLegendGroup(limit, ThroughputChart::legendGroup(curve.id), false);
            setLinePen(limit, color, 1.5, Qt::DashLine);
            replacePoints(limit, {{static_cast<double>(curve.maxBatch), throughputAxis.min()},
                                  {static_cast<double>(curve.maxBatch), throughputAxis.max()}});
            keep << limit.objectName();
        }
    }
    removeSeriesExcept(chart, keep);
    hideGroupMemberMarkers(chart);
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

double log2Distance(double a, double b)
{
    return std::abs(std::log2(std::max(a, 1e-9)) - std::log2(std::max(b, 1e-9)));
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : DashboardChart(u"throughput"_s, chartTitle(), parent)
{}

ThroughputChart::~ThroughputChart() = default;

QString ThroughputChart::chartTitle()
{
    return tr("Throughput and latency against batch size");
}

QString ThroughputChart::legendGroup(const QString &optionId)
{
    return u"option:"_s + optionId;
}

QString ThroughputChart::throughputSeriesName(const QString &optionId)
{
    return u"tokens:"_s + optionId;
}

QString ThroughputChart::latencySeriesName(const QString &optionId)
{
    return u"tpot:"_s + optionId;
}

QString ThroughputChart::memoryLimitSeriesName(const QString &optionId)
{
    return u"limit:"_s + optionId;
}

void ThroughputChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

ThroughputChart::Plot ThroughputChart::plot(const Evaluation &evaluation)
{
    Plot plot;
    const auto options = enabledOptions(evaluation);
    for (const OptionResult *option : options) {
        if (option->kind == OptionKind::CloudApi)
            continue;
        Curve curve{option->id,
                    option->name,
                    optionIndex(evaluation, option->id),
                    {},
                    option->roofline ? option->roofline->maxBatch : 0,
                    option->basisNote};
        for (const BatchPoint &point : option->batchSweep) {
            if (point.fits && point.batch > 0)
                curve.points.append(point);
        }
        std::sort(curve.points.begin(), curve.points.end(),
                  [](const BatchPoint &a, const BatchPoint &b) { return a.batch < b.batch; });
        if (!curve.points.isEmpty())
            plot.curves.append(curve);
    }
    return plot;
}

std::unique_ptr<QChart> ThroughputChart::buildChart(const Evaluation &evaluation,
                                                    const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style);
    return chart;
}

void ThroughputChart::fillChart(QChart &chart, const Evaluation &evaluation,
                                const ChartStyle &style)
{
    drawPlot(chart, plot(evaluation), style);
}

void ThroughputChart::fillTable(ChartTableModel &table, const Evaluation &evaluation)
{
    const Plot drawn = plot(evaluation);
    QList<QVariantList> rows;
    for (const Curve &curve : drawn.curves) {
        for (const BatchPoint &point : curve.points)
            rows.append(
                {curve.name, point.batch, point.outputTokensPerSecond, point.tpotMs, QString()});
        if (curve.maxBatch > 0)
            rows.append({curve.name, curve.maxBatch, QVariant(), QVariant(), tr("memory limit")});
    }
    table.setTable({{tr("Option")},
                    {tr("Batch size (sequences)"), NumberKind::Plain},
                    {tr("Output throughput (tokens/s)"), NumberKind::Plain},
                    {tr("Time per output token (ms)"), NumberKind::Plain},
                    {tr("Note")}},
                   rows);
}

QString ThroughputChart::fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation)
{
    m_plot = plot(evaluation);
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation);
    return m_plot.curves.isEmpty()
               ? tr("No self-hosted or on-device option whose model fits in memory is enabled.")
               : QString();
}

void ThroughputChart::connectHover(QAbstractSeries &series)
{
    auto *xy = qobject_cast<QXYSeries *>(&series);
    if (!xy)
        return;
    connect(xy, &QXYSeries::hovered, this,
            [this, name = series.objectName()](const QPointF &point, bool state) {
                showToolTip(state ? hoverText(name, point) : QString());
            });
}

QString ThroughputChart::hoverText(const QString &seriesName, const QPointF &position) const
{
    for (const Curve &curve : m_plot.curves) {
        if (seriesName == memoryLimitSeriesName(curve.id)) {
            return tr("%1: memory limit at batch %2 (the KV cache of more sequences does not "
                      "fit beside the weights)")
                .arg(curve.name, QString::number(curve.maxBatch));
        }
        if (seriesName != throughputSeriesName(curve.id) &&
            seriesName != latencySeriesName(curve.id))
            continue;
        const BatchPoint *nearest = nullptr;
        for (const BatchPoint &point : curve.points) {
            if (!nearest || log2Distance(point.batch, position.x()) <
                                log2Distance(nearest->batch, position.x()))
                nearest = &point;
        }
        if (!nearest)
            return {};
        //: Tooltip on a throughput or latency line; the last line names the estimate's basis.
        return tr("%1 at batch %2\n%3 tokens/s · TPOT %4 ms · TTFT %5 ms\n%6")
            .arg(curve.name, QString::number(nearest->batch),
                 formatPlain(nearest->outputTokensPerSecond), formatPlain(nearest->tpotMs),
                 formatPlain(nearest->ttftMs), curve.basisNote);
    }
    return {};
}

} // namespace pertoken::ui
