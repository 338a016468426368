#include "charts/volume_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"
#include "charts/stale_price_note.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>

#include <cmath>
#include <limits>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const QString kOptionPrefix = u"option:"_s;

bool drawable(const QPointF &point)
{
    return std::isfinite(point.x()) && std::isfinite(point.y()) && point.x() > 0 && point.y() > 0;
}

double logDistance(const QPointF &a, const QPointF &b)
{
    const double dx = std::log10(a.x()) - std::log10(std::max(b.x(), 1e-300));
    const double dy = std::log10(a.y()) - std::log10(std::max(b.y(), 1e-300));
    return dx * dx + dy * dy;
}

void drawPlot(QChart &chart, const VolumeChart::Plot &plot, const ChartStyle &style)
{
    const LogAxis x = logAxis(chart, u"volume"_s, Qt::AlignBottom, 10,
                              {VolumeChart::tr("Monthly volume (tokens per month)"),
                               //: Short axis title where the long one does not fit.
                               VolumeChart::tr("Tokens/month")},
                              style);
    const LogAxis y =
        logAxis(chart, u"monthly-cost"_s, Qt::AlignLeft, 10,
                {inDisplayCurrency(VolumeChart::tr("Monthly cost (USD per month)")),
                 //: Short axis title where the long one does not fit; %1 a currency code.
                 VolumeChart::tr("%1/month").arg(displayCurrencyCode())},
                style);

    double xMin = std::numeric_limits<double>::max();
    double yMin = xMin;
    double xMax = 0;
    double yMax = 0;
    const auto include = [&](const QPointF &p) {
        xMin = std::min(xMin, p.x());
        xMax = std::max(xMax, p.x());
        yMin = std::min(yMin, p.y());
        yMax = std::max(yMax, p.y());
    };
    for (const VolumeChart::Line &line : plot.lines) {
        for (const QPointF &point : line.points)
            include(point);
    }
    for (const VolumeChart::Crossing &crossing : plot.crossings)
        include(crossing.point);
    if (xMax == 0) {
        xMin = 1e3;
        xMax = 1e9;
        yMin = 1;
        yMax = 1e3;
    }
    if (plot.tokensPerMonth > 0) {
        xMin = std::min(xMin, plot.tokensPerMonth);
        xMax = std::max(xMax, plot.tokensPerMonth);
    }
    setLogRange(x, xMin, xMax, NumberKind::Count);
    setLogRange(y, yMin, yMax, NumberKind::Usd);

    QSet<QString> keep;
    const auto attach = [&](QAbstractSeries &series) {
        attachOnce(series, *x.scale);
        attachOnce(series, *y.scale);
    };
    for (const VolumeChart::Line &line : plot.lines) {
        const QString name = kOptionPrefix + line.id;
        auto &series = seriesNamed<QLineSeries>(chart, name);
        attach(series);
        series.setName(line.name);
        setLinePen(series, style.optionColor(line.colorIndex), 2.2);
        replacePoints(series, line.points);
        keep.insert(name);
    }
    if (!plot.crossings.isEmpty()) {
        auto &series = seriesNamed<QScatterSeries>(chart, VolumeChart::breakEvenSeriesName());
        attach(series);
        series.setName(VolumeChart::tr("Break-even"));
        series.setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series.setMarkerSize(11);
        series.setColor(style.background);
        series.setBorderColor(style.text);
        QList<QPointF> points;
        for (const VolumeChart::Crossing &crossing : plot.crossings)
            points.append(crossing.point);
        replacePoints(series, points);
        keep.insert(series.objectName());
    }
    if (plot.tokensPerMonth > 0) {
        auto &series = seriesNamed<QLineSeries>(chart, VolumeChart::volumeMarkerSeriesName());
        attach(series);
        // A fixed name: a legend entry that changes width would re-lay out the whole chart on
        // every change of volume. The tooltip and the table give the value.
        series.setName(VolumeChart::tr("Your volume"));
        setLinePen(series, style.markerColor(), 1.5, Qt::DashLine);
        replacePoints(
            series, {{plot.tokensPerMonth, y.scale->min()}, {plot.tokensPerMonth, y.scale->max()}});
        keep.insert(series.objectName());
    }
    removeSeriesExcept(chart, keep);
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignRight);
    chart.legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

} // namespace

VolumeChart::VolumeChart(QWidget *parent)
    : DashboardChart(u"volume"_s, chartTitle(), parent)
{}

VolumeChart::~VolumeChart() = default;

QString VolumeChart::chartTitle()
{
    return tr("Monthly cost against monthly volume");
}

QString VolumeChart::breakEvenSeriesName()
{
    return u"break-even"_s;
}

QString VolumeChart::volumeMarkerSeriesName()
{
    return u"scenario-volume"_s;
}

void VolumeChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

VolumeChart::Plot VolumeChart::plot(const Evaluation &evaluation)
{
    Plot plot;
    plot.tokensPerMonth = evaluation.tokensPerMonth;
    const auto options = enabledOptions(evaluation);
    for (const OptionResult *option : options) {
        if (!option->feasible)
            continue;
        Line line{option->id,
                  option->meetsTargets()
                      //: Legend entry of an option that misses the workload's latency targets.
                      ? option->name
                      : tr("%1 (misses targets)").arg(option->name),
                  optionIndex(evaluation, option->id),
                  {},
                  option->priceAsOf};
        for (const QPointF &point : option->volumeCurve) {
            if (drawable(point))
                line.points.append(point);
        }
        if (!line.points.isEmpty())
            plot.lines.append(line);
    }
    for (const BreakEven &pair : evaluation.breakEven) {
        if (!pair.tokensPerMonth)
            continue;
        const QPointF point(*pair.tokensPerMonth, pair.usdPerMonth);
        if (drawable(point))
            plot.crossings.append(
                {optionName(evaluation, pair.a), optionName(evaluation, pair.b), point});
    }
    return plot;
}

std::unique_ptr<QChart> VolumeChart::buildChart(const Evaluation &evaluation,
                                                const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style);
    return chart;
}

void VolumeChart::fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style)
{
    drawPlot(chart, plot(evaluation), style);
}

void VolumeChart::fillTable(ChartTableModel &table, const Evaluation &evaluation)
{
    const Plot drawn = plot(evaluation);
    QList<QVariantList> rows;
    for (const Line &line : drawn.lines) {
        for (const QPointF &point : line.points)
            rows.append({line.name, point.x(), point.y()});
    }
    for (const Crossing &crossing : drawn.crossings) {
        rows.append({tr("Break-even: %1 = %2").arg(crossing.nameA, crossing.nameB),
                     crossing.point.x(), crossing.point.y()});
    }
    if (drawn.tokensPerMonth > 0)
        rows.append({tr("Your volume"), drawn.tokensPerMonth, QVariant()});
    table.setTable({{tr("Series")},
                    {tr("Volume (tokens per month)"), NumberKind::Count},
                    {tr("Monthly cost (USD per month)"), NumberKind::Usd}},
                   rows);
}

QString VolumeChart::fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation)
{
    m_plot = plot(evaluation);
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation);
    return m_plot.lines.isEmpty() ? tr("No enabled option can serve this workload.") : QString();
}

void VolumeChart::connectHover(QAbstractSeries &series)
{
    auto *xy = qobject_cast<QXYSeries *>(&series);
    if (!xy)
        return;
    connect(xy, &QXYSeries::hovered, this,
            [this, name = series.objectName()](const QPointF &point, bool state) {
                showToolTip(state ? hoverText(name, point) : QString());
            });
}

QString VolumeChart::hoverText(const QString &seriesName, const QPointF &position) const
{
    if (seriesName == breakEvenSeriesName()) {
        const Crossing *nearest = nullptr;
        for (const Crossing &crossing : m_plot.crossings) {
            if (!nearest ||
                logDistance(crossing.point, position) < logDistance(nearest->point, position))
                nearest = &crossing;
        }
        if (!nearest)
            return {};
        //: Break-even tooltip: "A = B at 41.2 M tokens/month, $12,300/month".
        return tr("%1 = %2 at %3 tokens/month, %4/month")
            .arg(nearest->nameA, nearest->nameB, formatCount(nearest->point.x()),
                 formatUsd(nearest->point.y()));
    }
    if (seriesName == volumeMarkerSeriesName())
        return tr("Your volume: %1 tokens/month").arg(formatCount(m_plot.tokensPerMonth));
    for (const Line &line : m_plot.lines) {
        if (kOptionPrefix + line.id != seriesName)
            continue;
        const QPointF *nearest = nullptr;
        for (const QPointF &point : line.points) {
            if (!nearest || std::abs(std::log10(point.x() / position.x())) <
                                std::abs(std::log10(nearest->x() / position.x())))
                nearest = &point;
        }
        if (!nearest)
            return {};
        //: Tooltip on a cost line: option, monthly cost, monthly volume.
        return StalePriceNote::appendTo(
            tr("%1: %2/month at %3 tokens/month")
                .arg(line.name, formatUsd(nearest->y()), formatCount(nearest->x())),
            line.priceAsOf);
    }
    return {};
}

} // namespace pertoken::ui
