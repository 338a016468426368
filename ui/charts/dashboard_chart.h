#pragma once

#include "charts/chart_style.h"
#include "scenario/evaluation.h"

#include <QSet>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QAbstractSeries;
class QChart;
class QChartView;
class QLabel;
class QLegendMarker;
class QStackedLayout;
class QTimer;

namespace pertoken::ui {

class ChartTableModel;

/// One dashboard chart: renders an `Evaluation`, never computes one. Each chart exposes the
/// numbers it draws as a table model (the accessible view, and what data export writes) and its
/// QChart. Subclasses keep the series construction in static functions that fill any QChart, so
/// export can build an independent chart without a widget.
///
/// Shared behaviour: the palette decides light or dark (re-applied after the theme, which resets
/// customisation); clicking a legend marker hides its series or bar set and dims the marker;
/// hover tooltips; a placeholder text replaces the chart when there is nothing to draw.
class DashboardChart : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChart)

public:
    ~DashboardChart() override;

    virtual void setEvaluation(const pertoken::Evaluation &evaluation) = 0;

    /// Stable id: "cost-breakdown", "volume", "throughput", "sensitivity", "uncertainty".
    QString chartId() const { return m_chartId; }
    QString title() const { return m_title; }
    /// The numbers drawn, one row per value, units in the headers.
    QAbstractItemModel *dataModel() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    const ChartStyle &chartStyle() const { return m_style; }
    /// The axis labels as drawn, "…" where Qt Charts had to shorten one (chart_axes.h).
    QStringList drawnAxisLabels() const;
    QStringList drawnAxisTitles() const;
    /// Shown instead of the chart when there is nothing to draw; empty while the chart shows.
    QString placeholderText() const;

    /// Legend toggles, by the legend key of a series (chart_series.h) or the object name of a bar
    /// set (a cost part key).
    bool isSeriesHidden(const QString &objectName) const;
    void setSeriesHidden(const QString &objectName, bool hidden);

    /// While held (a slider is being dragged), axes only widen and rows keep their order, so the
    /// chart keeps its layout and only its data moves (chart_axes.h), and the view paints without
    /// antialiasing, which more than halves the cost of a repaint. Takes effect from the next
    /// evaluation; releasing refits on the next one and paints smoothly again at once.
    void setRangesHeld(bool held);
    bool rangesHeld() const { return m_rangesHeld; }

Q_SIGNALS:
    /// The chart shows a new evaluation (after series, axes and table were refreshed).
    void evaluationShown();

protected:
    DashboardChart(const QString &chartId, const QString &title, QWidget *parent);

    /// Refreshes `chart` (series replaced in place) and `table` from `evaluation`; returns the
    /// placeholder text, empty when there is something to draw.
    virtual QString fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation) = 0;
    /// Connects hover tooltips of a series added since the last fill (called once per series).
    virtual void connectHover(QAbstractSeries &series) = 0;

    /// Refills from `evaluation` and keeps it for restyling and legend toggles.
    void refresh(const Evaluation &evaluation);
    const Evaluation &evaluation() const { return m_evaluation; }
    /// Shows `text` as a tooltip at the cursor; hides the tooltip when empty.
    void showToolTip(const QString &text);
    /// True the first time it is called for `object`: connect its signals once.
    static bool firstVisit(QObject &object);

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void restyle();
    /// Fills the chart again from the kept evaluation (after a resize), without a signal.
    void redraw();
    void stylePlaceholder();
    void applyLegendState();
    void connectMarker(QLegendMarker &marker);

    QString m_chartId;
    QString m_title;
    ChartStyle m_style;
    Evaluation m_evaluation;
    QSet<QString> m_hidden;
    bool m_rangesHeld = false;
    bool m_filled = false; // refresh() has run
    QTimer *m_refit = nullptr;
    QChart *m_chart = nullptr; // owned by m_view
    QChartView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
    ChartTableModel *m_table = nullptr;
};

} // namespace pertoken::ui
