#pragma once

#include "pricing/price_age.h"

#include <QObject>

class QAction;
class QWidget;

namespace pertoken::ui {

class Dashboard;
class ScenarioDocument;

/// The dashboard's export commands: one chart to PNG, SVG, PDF or CSV, the decision-memo
/// bundle, and a chart to the clipboard. Each renders the current Evaluation offscreen in the
/// export theme; failures are shown in a message box naming the file.
class ExportController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(ScenarioDocument *document, Dashboard *dashboard, QWidget *window);
    ~ExportController() override;

    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportMemoAction() const { return m_exportMemo; }
    QAction *copyChartAction() const { return m_copyChart; }

    /// Exports chart `chartId` to `path` (format from the suffix); true on success.
    bool exportChart(const QString &chartId, const QString &path);
    /// The memo marks API prices older than this many months (Preferences; six by default).
    void setStaleAfterMonths(int months) { m_staleAfterMonths = months; }
    /// Writes the memo bundle to `path`; true on success.
    bool exportMemo(const QString &path);
    /// Asks for a file name and exports chart `chartId` (a chart's context menu).
    void exportChartInteractively(const QString &chartId);
    /// Puts chart `chartId` on the clipboard as an image.
    void copyChartImage(const QString &chartId);

private:
    void chooseAndExportChart();
    void chooseAndExportMemo();
    void copyChart();
    QString chooseChart(const QString &title);
    void reportError(const QString &title, const QString &message);

    ScenarioDocument *m_document;
    Dashboard *m_dashboard;
    QWidget *m_window;
    QAction *m_exportChart;
    QAction *m_exportMemo;
    int m_staleAfterMonths = kDefaultStaleAfterMonths;
    QAction *m_copyChart;
};

} // namespace pertoken::ui
