#pragma once

#include "charts/dashboard_chart.h"

#include <QList>

#include <memory>

namespace pertoken::ui {

/// The cost–speed frontier: cost per million tokens against output tokens per second per user,
/// both on log axes, one line per option through its Pareto front (every layout and batch no
/// other beats on both), and a cloud API as a single point where its price record has a published
/// output speed (cost/frontier.h).
class FrontierChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontierChart)

public:
    explicit FrontierChart(QWidget *parent = nullptr);
    ~FrontierChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;

    static QString chartTitle();
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation,
                                              const ChartStyle &style);
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style);
    /// The numbers drawn: one row per front point.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation);
    /// Object name of an option's series.
    static QString seriesName(const QString &optionId);

    struct Curve {
        QString id;
        QString name;
        qsizetype colorIndex = 0;
        QList<FrontierPoint> front; ///< slowest first
        QString basis;
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
