#pragma once

#include "charts/chart_style.h"
#include "scaling/planner.h"

#include <QWidget>

class QChart;
class QChartView;
class QXYSeries;

namespace pertoken::ui {

/// The model-size planner's three charts, drawn from a PlanResult (no scaling math here):
/// loss against training compute with the compute-optimal frontier; the train-to-test model
/// size and tokens per parameter against lifetime queries; the best pass@k against the
/// end-to-end budget beside the Chinchilla point's. Log axes where the inputs span decades,
/// hover tooltips with exact values and units, series refreshed in place, no animations.
class PlannerCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannerCharts)

public:
    explicit PlannerCharts(QWidget *parent = nullptr);
    ~PlannerCharts() override;

    void setPlan(const pertoken::PlanResult &plan);

    QChart *lossChart() const;
    QChart *queriesChart() const;
    QChart *budgetChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void refresh();
    void fillLossChart(QChart &chart);
    void fillQueriesChart(QChart &chart);
    void fillBudgetChart(QChart &chart);
    /// Connects the hover tooltip of a series the first time it is drawn.
    void connectHover(QXYSeries &series);
    QString hoverText(const QXYSeries &series, const QPointF &position) const;

    PlanResult m_plan;
    ChartStyle m_style;
    QChartView *m_lossView = nullptr;
    QChartView *m_queriesView = nullptr;
    QChartView *m_budgetView = nullptr;
};

} // namespace pertoken::ui
