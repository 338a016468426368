#pragma once

#include "charts/dashboard_chart.h"

#include <QList>

#include <memory>

namespace pertoken::ui {

/// Cost per solved task of each enabled option that has a success probability for the
/// scenario's task: one bar with one sample per task, one at the number of samples that costs
/// least per solved task (cost/solved_task.h). Without a task, or when no option has a score for
/// it, the chart is replaced by a note saying so.
class SolvedTaskChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SolvedTaskChart)

public:
    explicit SolvedTaskChart(QWidget *parent = nullptr);
    ~SolvedTaskChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;

    static QString chartTitle();
    /// The text shown instead of the chart when the evaluation has no cost per solved task.
    static QString noTaskText();
    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation,
                                              const ChartStyle &style);
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style);
    /// The numbers drawn: one row per option with a success probability.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation);

    struct Bar {
        SolvedTaskResult solved;
        QString name;
    };
    struct Plot {
        QList<Bar> bars;
    };
    static Plot plot(const Evaluation &evaluation);

protected:
    QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) override;
    void connectHover(QAbstractSeries &series) override;

private:
    QString barToolTip(int category) const;

    Plot m_plot;
};

} // namespace pertoken::ui
