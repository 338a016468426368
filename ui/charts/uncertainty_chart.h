#pragma once

#include "charts/dashboard_chart.h"

#include <QList>

#include <memory>

namespace pertoken::ui {

/// P10, P50 and P90 of each option's cost per million tokens over the scenario's input ranges:
/// a box from P10 to P90 with a line at P50, one per option. Without input ranges the chart is
/// replaced by a note saying so.
class UncertaintyChart final : public DashboardChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UncertaintyChart)

public:
    explicit UncertaintyChart(QWidget *parent = nullptr);
    ~UncertaintyChart() override;

    void setEvaluation(const pertoken::Evaluation &evaluation) override;

    static QString chartTitle();
    /// The text shown instead of the chart when the evaluation has no bands.
    static QString noRangesText();
    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(const Evaluation &evaluation,
                                              const ChartStyle &style);
    /// Creates or refreshes the series and axes of `chart` in place.
    static void fillChart(QChart &chart, const Evaluation &evaluation, const ChartStyle &style);
    /// The numbers drawn: one row per option with P10, P50 and P90.
    static void fillTable(ChartTableModel &table, const Evaluation &evaluation);

    struct Band {
        UncertaintyBand band;
        QString name;
        qsizetype colorIndex = 0;
    };
    struct Plot {
        QList<Band> bands;
    };
    static Plot plot(const Evaluation &evaluation);

protected:
    QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) override;
    void connectHover(QAbstractSeries &series) override;

private:
    QString boxToolTip(const QString &optionId) const;

    Plot m_plot;
};

} // namespace pertoken::ui
