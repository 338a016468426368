#pragma once

#include "charts/dashboard_chart.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace pertoken::ui {

/// Cost per million tokens of each enabled option as a horizontal bar stacked by cost part
/// (GPU rental, capital, power, input tokens, ...). An option that cannot serve the workload is
/// an empty, outlined bar labelled "not feasible" whose tooltip gives the reason.
class CostBreakdownChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostBreakdownChart)

public:
    explicit CostBreakdownChart(QWidget *parent = nullptr);
    ~CostBreakdownChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;

    static QString chartTitle();
    /// Object name of the bar set that outlines options that cannot serve the workload.
    static QString infeasibleSetName();
    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation,
                                              const ChartStyle &style);
    /// Creates or refreshes the series and axes of `chart` in place.
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style);
    /// The numbers drawn: one row per cost part of each option, plus each option's total.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation);

    /// One bar: an option, top to bottom in scenario order.
    struct Bar {
        QString id;
        QString name;
        bool feasible = true;
        QString infeasibleReason;
        double totalUsdPerMillionTokens = 0;
        QList<CostPart> parts; ///< the option's own parts, as in its breakdown
        QString priceAsOf;     ///< OptionResult::priceAsOf
    };
    struct Plot {
        QStringList partKeys; ///< one bar set each, in order of first appearance
        QStringList partLabels;
        QList<Bar> bars;
    };
    static Plot plot(const Evaluation &evaluation);

    /// The tooltip of bar `category` (counted as drawn, bottom up) in the set of `partKey`.
    QString barToolTip(const QString &partKey, int category) const;

protected:
    QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) override;
    void connectHover(QAbstractSeries &series) override;

private:
    Plot m_plot;
};

} // namespace pertoken::ui
