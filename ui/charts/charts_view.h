#pragma once

#include "scenario/evaluation.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QTabWidget;

namespace pertoken::ui {

class ChartPage;
class DashboardChart;
class SensitivityChart;

/// The dashboard's charts in tabs: "Overview" (cost breakdown, volume, throughput and
/// sensitivity in a 2×2 grid), then one tab per chart. Every chart has its data table and copy.
class ChartsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    /// Shows `evaluation`: at once in the charts of the current tab, and in the others when
    /// their tab is opened (or when they are asked for through the accessors below).
    void setEvaluation(const pertoken::Evaluation &evaluation);
    /// Adds a tab after the chart tabs (the scaling-law planner, for one).
    void addTab(QWidget *page, const QString &title);
    /// The chart of each id on its own tab, in tab order: cost-breakdown, volume, throughput,
    /// sensitivity, uncertainty. Brought up to date with the last evaluation first.
    QList<DashboardChart *> charts() const;
    /// The charts of the Overview tab, up to date.
    QList<DashboardChart *> overviewCharts() const;
    /// Every chart page, overview first, up to date.
    QList<ChartPage *> pages() const;
    /// Shows the tornado of this option in both sensitivity charts (empty: the cheapest).
    void setSensitivityOptionId(const QString &optionId);
    /// A slider drag starts or ends (ScenarioDocument::liveEditChanged): charts hold their axes
    /// while it lasts and fit them to the data again when it ends.
    void setLiveEdit(bool live);
    QTabWidget *tabWidget() const { return m_tabs; }

private:
    /// Pages that show the evaluation now: the current tab's.
    QList<ChartPage *> visiblePages() const;
    /// Gives the last evaluation to those of `pages` that have not seen it.
    void bringUpToDate(const QList<ChartPage *> &pages) const;

    QTabWidget *m_tabs = nullptr;
    QList<ChartPage *> m_overviewPages;
    QList<ChartPage *> m_chartPages;
    Evaluation m_evaluation;
    mutable QSet<ChartPage *> m_stale; // pages that have not seen m_evaluation yet
};

} // namespace pertoken::ui
