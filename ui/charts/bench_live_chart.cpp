#include "charts/bench_live_chart.h"

#include "charts/chart_style.h"

#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kRefreshIntervalMs = 100;

double largestY(const QList<QPointF> &points)
{
    double largest = 0;
    for (const QPointF &point : points)
        largest = std::max(largest, point.y());
    return largest;
}

/// A rounded upper bound with 10% head room, so the axis does not jump with every sample.
double niceUpper(double value)
{
    if (value <= 0)
        return 1;
    const double padded = value * 1.1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(padded)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= padded)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

BenchLiveChart::BenchLiveChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_refreshTimer(new QTimer(this))
{
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    applyChartStyle(*m_chart, style);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_timeAxis = new QValueAxis;
    m_timeAxis->setTitleText(tr("Elapsed time (s)"));
    m_rateAxis = new QValueAxis;
    m_rateAxis->setTitleText(tr("Output throughput (tokens/s)"));
    m_latencyAxis = new QValueAxis;
    m_latencyAxis->setTitleText(tr("Latency (ms)"));
    m_latencyAxis->setGridLineVisible(false);
    for (QValueAxis *axis : {m_timeAxis, m_rateAxis, m_latencyAxis}) {
        axis->setLabelFormat(u"%.4g"_s);
        axis->setRange(0, 1);
        styleAxis(*axis, style);
    }
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_latencyAxis, Qt::AlignRight);

    const auto addSeries = [&](const QString &name, QValueAxis *yAxis, const QColor &color,
                               Qt::PenStyle penStyle) {
        auto *series = new QLineSeries;
        series->setName(name);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(yAxis);
        QPen pen(color, 2, penStyle);
        series->setPen(pen);
        series->setPointsVisible(true);
        return series;
    };
    m_throughput =
        addSeries(tr("Output tokens/s"), m_rateAxis, style.optionColor(0), Qt::SolidLine);
    m_ttft = addSeries(tr("TTFT (ms)"), m_latencyAxis, style.optionColor(1), Qt::DashLine);
    m_tpot = addSeries(tr("TPOT (ms)"), m_latencyAxis, style.optionColor(2), Qt::DotLine);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &BenchLiveChart::refresh);
}

BenchLiveChart::~BenchLiveChart() = default;

void BenchLiveChart::clear()
{
    m_refreshTimer->stop();
    m_throughputPoints.clear();
    m_ttftPoints.clear();
    m_tpotPoints.clear();
    refresh();
}

void BenchLiveChart::addSample(double elapsedSeconds, double outputTokensPerSecond,
                               std::optional<double> ttftMs, std::optional<double> tpotMs)
{
    m_throughputPoints.append({elapsedSeconds, outputTokensPerSecond});
    if (ttftMs)
        m_ttftPoints.append({elapsedSeconds, *ttftMs});
    if (tpotMs)
        m_tpotPoints.append({elapsedSeconds, *tpotMs});
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void BenchLiveChart::flush()
{
    m_refreshTimer->stop();
    refresh();
}

qsizetype BenchLiveChart::throughputPointCount() const
{
    return m_throughput->count();
}

qsizetype BenchLiveChart::latencyPointCount() const
{
    return m_ttft->count() + m_tpot->count();
}

void BenchLiveChart::refresh()
{
    m_throughput->replace(m_throughputPoints);
    m_ttft->replace(m_ttftPoints);
    m_tpot->replace(m_tpotPoints);
    double lastSeconds = 0;
    for (const QList<QPointF> *points : {&m_throughputPoints, &m_ttftPoints, &m_tpotPoints}) {
        if (!points->isEmpty())
            lastSeconds = std::max(lastSeconds, points->last().x());
    }
    m_timeAxis->setRange(0, niceUpper(lastSeconds));
    m_rateAxis->setRange(0, niceUpper(largestY(m_throughputPoints)));
    m_latencyAxis->setRange(0, niceUpper(std::max(largestY(m_ttftPoints), largestY(m_tpotPoints))));
}

} // namespace pertoken::ui
