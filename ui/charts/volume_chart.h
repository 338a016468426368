#pragma once

#include "charts/dashboard_chart.h"

#include <QList>
#include <QPointF>

#include <memory>

namespace pertoken::ui {

/// Monthly cost against monthly token volume on log–log axes: one line per feasible option,
/// the break-even volumes marked, and a vertical marker at the scenario's volume.
class VolumeChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeChart)

public:
    explicit VolumeChart(QWidget *parent = nullptr);
    ~VolumeChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;

    static QString chartTitle();
    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation,
                                              const ChartStyle &style);
    /// Creates or refreshes the series and axes of `chart` in place.
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style);
    /// The numbers drawn: every point of every line, each break-even point, the volume marker.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation);

    /// Object names of the series: "option:<id>" per line, and these two.
    static QString breakEvenSeriesName();
    static QString volumeMarkerSeriesName();

    struct Line {
        QString id;
        QString name;
        qsizetype colorIndex = 0;
        QList<QPointF> points; ///< tokens/month, USD/month; only points a log axis can show
        QString priceAsOf;     ///< OptionResult::priceAsOf
    };
    struct Crossing {
        QString nameA;
        QString nameB;
        QPointF point; ///< tokens/month, USD/month
    };
    struct Plot {
        QList<Line> lines;
        QList<Crossing> crossings;
        double tokensPerMonth = 0;
    };
    static Plot plot(const Evaluation &evaluation);

    /// The tooltip of series `seriesName` nearest to `position` (tokens/month, USD/month).
    QString hoverText(const QString &seriesName, const QPointF &position) const;

protected:
    QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) override;
    void connectHover(QAbstractSeries &series) override;

private:
    Plot m_plot;
};

} // namespace pertoken::ui
