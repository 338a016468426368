#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;

namespace pertoken::ui {

class DashboardChart;
class DataTableView;

/// One chart with its title and tools: "Show data table" swaps the chart for a table of the
/// numbers it draws (the accessible view), "Copy data" puts them on the clipboard. Both are also
/// in the chart's context menu.
class ChartPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPage)

public:
    /// Takes ownership of `chart`.
    explicit ChartPage(DashboardChart *chart, QWidget *parent = nullptr);
    ~ChartPage() override;

    DashboardChart *chart() const { return m_chart; }
    DataTableView *tableView() const { return m_table; }
    QAction *showTableAction() const { return m_showTable; }
    QAction *copyDataAction() const { return m_copyData; }
    QAction *exportAction() const { return m_export; }
    QAction *copyImageAction() const { return m_copyImage; }
    bool isTableShown() const;

Q_SIGNALS:
    /// The user asked to save this chart to a file, or to copy it as an image.
    void exportRequested(const QString &chartId);
    void copyImageRequested(const QString &chartId);

private:
    void setTableShown(bool shown);

    DashboardChart *m_chart = nullptr;
    DataTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QAction *m_showTable = nullptr;
    QAction *m_copyData = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copyImage = nullptr;
};

} // namespace pertoken::ui
