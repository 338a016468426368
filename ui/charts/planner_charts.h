#pragma once

#include "charts/chart_style.h"
#include "scaling/planner.h"

#include <QHash>
#include <QSize>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QChart;
class QChartView;
class QStackedWidget;
class QXYSeries;

namespace pertoken::ui {

class ChartTableModel;
class DataTableView;

/// The model-size planner's three charts, drawn from a PlanResult (no scaling math here):
/// loss against training compute with the compute-optimal frontier; the train-to-test model
/// size and tokens per parameter against lifetime queries; the best pass@k against the
/// end-to-end budget beside the Chinchilla point's. Log axes where the inputs span decades,
/// hover tooltips with exact values and units, series refreshed in place, no animations.
class PlannerCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannerCharts)

public:
    /// The three charts, in the order the Scaling tab shows them.
    enum class Kind { Loss, Queries, Budget };

    explicit PlannerCharts(QWidget *parent = nullptr);
    ~PlannerCharts() override;

    void setPlan(const pertoken::PlanResult &plan);

    QChart *lossChart() const;
    QChart *queriesChart() const;
    QChart *budgetChart() const;

    /// "Show data table" (Ctrl+T while the chart or its table has the focus) swaps a chart for
    /// a table of the numbers it draws, as on the dashboard's charts.
    QAction *showTableAction(Kind kind) const;
    DataTableView *tableView(Kind kind) const;
    QWidget *chartWidget(Kind kind) const;
    bool isTableShown(Kind kind) const;

    /// The size of each chart now on screen, by chart id; hidden charts are left out.
    QHash<QString, QSize> shownSizes() const;

    /// Stable ids for export: "scaling-loss", "scaling-queries", "scaling-budget".
    static QString chartId(Kind kind);
    static std::optional<Kind> kindForId(const QString &id);
    static QString chartTitle(Kind kind);
    /// An independent chart (for export): the same series, axes and style as the widget's.
    static std::unique_ptr<QChart> buildChart(Kind kind, const PlanResult &plan,
                                              const ChartStyle &style);
    /// Creates or refreshes the series and axes of `chart` in place.
    static void fillChart(Kind kind, QChart &chart, const PlanResult &plan,
                          const ChartStyle &style);
    /// The numbers drawn: every point of every series, one row each, units in the headers.
    static void fillTable(Kind kind, ChartTableModel &table, const PlanResult &plan);

Q_SIGNALS:
    /// The user asked to save chart `chartId` to a file, or to copy it as an image.
    void exportRequested(const QString &chartId);
    void copyImageRequested(const QString &chartId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void refresh();
    static void fillLossChart(QChart &chart, const PlanResult &plan, const ChartStyle &style);
    static void fillQueriesChart(QChart &chart, const PlanResult &plan, const ChartStyle &style);
    static void fillBudgetChart(QChart &chart, const PlanResult &plan, const ChartStyle &style);
    /// Connects the hover tooltip of a series the first time it is drawn.
    void connectHover(QXYSeries &series);
    QString hoverText(const QXYSeries &series, const QPointF &position) const;

    void setTableShown(Kind kind, bool shown);

    struct Slot {
        QChartView *view = nullptr;
        DataTableView *table = nullptr;
        ChartTableModel *model = nullptr;
        QStackedWidget *stack = nullptr;
        QAction *showTable = nullptr;
    };
    Slot m_slots[3];
    PlanResult m_plan;
    ChartStyle m_style;
    QChartView *m_lossView = nullptr;
    QChartView *m_queriesView = nullptr;
    QChartView *m_budgetView = nullptr;
};

} // namespace pertoken::ui
