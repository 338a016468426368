#pragma once

#include "charts/dashboard_chart.h"

#include <QList>

#include <memory>

namespace pertoken::ui {

/// Output tokens per second (left axis) and time per output token (right axis) against batch
/// size for self-hosted and on-device options, with each option's memory limit (the largest
/// batch whose KV cache fits beside the weights) as a vertical dashed line. Batch sizes that do
/// not fit in memory are not drawn.
class ThroughputChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;

    static QString chartTitle();
    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation,
                                              const ChartStyle &style);
    /// Creates or refreshes the series and axes of `chart` in place.
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style);
    /// The numbers drawn: one row per batch size that fits, and one per memory limit.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation);

    /// An option's three series share one legend entry (its name), which toggles all three.
    static QString legendGroup(const QString &optionId);
    /// Object names of an option's series: throughput, latency and memory limit.
    static QString throughputSeriesName(const QString &optionId);
    static QString latencySeriesName(const QString &optionId);
    static QString memoryLimitSeriesName(const QString &optionId);

    struct Curve {
        QString id;
        QString name;
        qsizetype colorIndex = 0;
        QList<BatchPoint> points; ///< the batch sizes that fit, ascending
        int maxBatch = 0;         ///< memory limit; 0 when unknown
        QString basisNote;
    };
    struct Plot {
        QList<Curve> curves;
    };
    static Plot plot(const Evaluation &evaluation);

protected:
    QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) override;
    void connectHover(QAbstractSeries &series) override;

private:
    QString hoverText(const QString &seriesName, const QPointF &position) const;

    Plot m_plot;
};

} // namespace pertoken::ui
