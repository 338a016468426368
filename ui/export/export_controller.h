#pragma once

#include "pricing/price_age.h"

#include <QHash>
#include <QObject>
#include <QSize>

#include <functional>

class QAction;
class QWidget;

namespace pertoken::ui {

class Dashboard;
class ScenarioDocument;
class Settings;

/// The dashboard's export commands: one chart to PNG, SVG, PDF or CSV (through the export
/// dialog: format, size, resolution, file), the decision-memo bundle, and a chart to the
/// clipboard. Each renders the current Evaluation offscreen in the export theme; failures are
/// shown naming the file.
class ExportController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    /// `settings` keeps the export dialog's last choices.
    ExportController(ScenarioDocument *document, Dashboard *dashboard, Settings *settings,
                     QWidget *window);
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
    /// Opens the export dialog with chart `chartId` selected (a chart's context menu); an empty
    /// id selects the chart exported last.
    void exportChartInteractively(const QString &chartId);
    /// Where the dialog learns each chart's size on screen ("As shown on screen").
    void setShownSizes(std::function<QHash<QString, QSize>()> shownSizes);
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
    Settings *m_settings;
    std::function<QHash<QString, QSize>()> m_shownSizes;
    QWidget *m_window;
    QAction *m_exportChart;
    QAction *m_exportMemo;
    int m_staleAfterMonths = kDefaultStaleAfterMonths;
    QAction *m_copyChart;
};

} // namespace pertoken::ui
