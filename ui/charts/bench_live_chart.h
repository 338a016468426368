#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace pertoken::ui {

/// A small live chart of a running serving benchmark: output tokens per second (left axis) and
/// the TTFT and TPOT of each finished request (right axis, ms) against the time since the run
/// started. Samples are buffered and drawn with QXYSeries::replace() at most every 100 ms, so a
/// burst of finished requests costs one redraw.
class BenchLiveChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchLiveChart)

public:
    explicit BenchLiveChart(QWidget *parent = nullptr);
    ~BenchLiveChart() override;

    /// Forgets every sample and empties the series.
    void clear();
    /// One finished request: the level's output tokens/s so far, and the request's latencies
    /// (absent when it measured none).
    void addSample(double elapsedSeconds, double outputTokensPerSecond,
                   std::optional<double> ttftMs, std::optional<double> tpotMs);
    /// Draws pending samples now (at the end of a run).
    void flush();

    /// Points drawn in the series (after the last refresh).
    qsizetype throughputPointCount() const;
    qsizetype latencyPointCount() const;

private:
    void refresh();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_throughput = nullptr;
    QLineSeries *m_ttft = nullptr;
    QLineSeries *m_tpot = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_latencyAxis = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QList<QPointF> m_throughputPoints;
    QList<QPointF> m_ttftPoints;
    QList<QPointF> m_tpotPoints;
};

} // namespace pertoken::ui
