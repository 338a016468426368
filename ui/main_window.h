#pragma once

#include "autosave.h"

#include <QMainWindow>

class QMenu;

namespace pertoken {
struct BenchResult;
}

namespace pertoken::ui {

class BenchPanel;
class CatalogDialog;
class ChartsView;
class Dashboard;
class ExportController;
class OptionPanel;
class OptionsPanel;
class PlannerPanel;
class ScenarioDocument;
class Settings;
class StatusLine;
class SummaryPanel;
class Theme;
class InventoryWindow;
class UserGuideWindow;
class WorkloadPanel;

/// The dashboard window. It assembles the scenario docks (workload, options, selected option),
/// the summary and the charts, the menus and the status line, and routes file commands to the
/// document. Editing lives in the panels and undo commands, evaluation in Dashboard.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Starts with the built-in default scenario, after offering any autosave a crashed session
    /// left behind.
    explicit MainWindow(QWidget *parent = nullptr);
    /// As above, with `recoveryPrompt` deciding about autosaves instead of a message box.
    explicit MainWindow(const RecoveryPrompt &recoveryPrompt, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a scenario file after offering to save unsaved changes. A file that cannot be read
    /// is reported in a message box naming the file and the field; the open scenario stays.
    bool openFile(const QString &path);
    /// Saves to `path`, which becomes the document's file; a failure is reported in a message box.
    bool saveFile(const QString &path);

    ScenarioDocument *document() const { return m_document; }
    Dashboard *dashboard() const { return m_dashboard; }
    Autosave *autosave() const { return m_autosave; }
    ChartsView *chartsView() const { return m_charts; }
    SummaryPanel *summaryPanel() const { return m_summary; }
    OptionsPanel *optionsPanel() const { return m_options; }
    PlannerPanel *plannerPanel() const { return m_planner; }
    BenchPanel *benchPanel() const { return m_bench; }
    ExportController *exportController() const { return m_export; }
    /// "Use in scenario": a benchmark result replaces the selected option's throughput estimate
    /// (or, for a hardware probe, its device), as one undoable edit.
    bool useMeasurement(const pertoken::BenchResult &result);
    /// Fits the current option's efficiencies to `result` (bench/results/calibrate_option.h),
    /// one undo step.
    bool calibrateFromMeasurement(const pertoken::BenchResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    /// Makes the window shortcuts of `menu` and its submenus application shortcuts.
    static void useEverywhere(QMenu *menu);
    void updateTitle();
    void updateRecentFiles();
    void readSettings();
    void writeSettings();

    void newScenario();
    void open();
    bool save();
    bool saveAs();
    bool maybeSave();
    /// Opens the catalogs dialog, its choices wired to the options panel.
    CatalogDialog *showCatalogs();
    void showPreferences();
    void about();
    /// Opens the user guide window, or brings it to the front.
    void showUserGuide();
    /// Opens the local AI inventory window, or brings it to the front.
    void showInventory();

    Settings *m_settings;
    Theme *m_theme;
    ScenarioDocument *m_document;
    Dashboard *m_dashboard;
    Autosave *m_autosave;
    WorkloadPanel *m_workload;
    OptionsPanel *m_options;
    OptionPanel *m_option;
    SummaryPanel *m_summary;
    ChartsView *m_charts;
    PlannerPanel *m_planner;
    BenchPanel *m_bench;
    ExportController *m_export = nullptr;
    StatusLine *m_status;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    UserGuideWindow *m_guide = nullptr;
    InventoryWindow *m_inventory = nullptr;
};

} // namespace pertoken::ui
