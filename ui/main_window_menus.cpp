// The main window's menus, tool bar and window-wide shortcuts: every action the dashboard
// offers, with its shortcut and status tip, in one place.
#include "main_window.h"

#include "benchmark/bench_panel.h"
#include "catalog/catalog_dialog.h"
#include "export/export_controller.h"
#include "panels/options_panel.h"
#include "panels/task_dialog.h"
#include "scenario_document.h"
#include "scenario_properties_dialog.h"
#include "settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

void MainWindow::createMenus()
{
    const auto icon = [this](QStyle::StandardPixmap pixmap) {
        return style()->standardIcon(pixmap);
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(icon(QStyle::SP_FileIcon), tr("&New"), QKeySequence::New,
                                         this, &MainWindow::newScenario);
    QAction *openAction = file->addAction(icon(QStyle::SP_DialogOpenButton), tr("&Open…"),
                                          QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentFilesMenu"_s);
    connect(m_settings, &Settings::recentFilesChanged, this, &MainWindow::updateRecentFiles);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFiles);
    updateRecentFiles();
    QAction *saveAction = file->addAction(icon(QStyle::SP_DialogSaveButton), tr("&Save"),
                                          QKeySequence::Save, this, &MainWindow::save);
    // Where the desktop has no standard key for Save As or Quit (Windows), the common ones.
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcuts(
        QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
            : QKeySequence::keyBindings(QKeySequence::SaveAs));
    file->addSeparator();
    file->addAction(m_export->exportChartAction());
    file->addAction(m_export->exportMemoAction());
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                                 ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                 : QKeySequence::keyBindings(QKeySequence::Quit));
    newAction->setStatusTip(tr("Start again from the built-in default scenario"));
    openAction->setStatusTip(tr("Open a scenario file"));
    saveAction->setStatusTip(tr("Save the scenario to its file"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(QKeySequence::Redo);
    undo->setIcon(icon(QStyle::SP_ArrowBack));
    redo->setIcon(icon(QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_export->copyChartAction());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    // Desktops without a standard Preferences shortcut (most Linux ones) get Ctrl+,.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    // Alt+1… shows or hides the docks, in the order they are listed.
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    int dockKey = Qt::Key_1;
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        if (dock->objectName() != u"benchDock") // Benchmark ▸ Benchmark Panel, Ctrl+B
            toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(dockKey++)));
        m_viewMenu->addAction(toggle);
    }
    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    theme->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(this);
    const std::pair<ThemeMode, QString> modes[] = {{ThemeMode::System, tr("Follow the &System")},
                                                   {ThemeMode::Light, tr("&Light")},
                                                   {ThemeMode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : modes) {
        QAction *action = theme->addAction(label);
        action->setCheckable(true);
        action->setChecked(mode == m_settings->themeMode());
        themes->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, m = mode] { m_settings->setThemeMode(m); });
    }

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    QAction *properties = scenario->addAction(tr("&Properties…"), this, [this] {
        auto *dialog = new ScenarioPropertiesDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    properties->setObjectName(u"scenarioProperties"_s);
    properties->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    properties->setStatusTip(
        tr("Edit the scenario's name, description and the question its memo answers"));
    scenario->addSeparator();
    QMenu *add = scenario->addMenu(tr("&Add Option"));
    add->addActions({m_options->addCloudApiAction(), m_options->addSelfHostedAction(),
                     m_options->addOnDeviceAction()});
    scenario->addAction(m_options->duplicateAction());
    scenario->addAction(m_options->removeAction());
    QAction *task = scenario->addAction(tr("&Task…"), this, [this] {
        TaskDialog dialog(m_document, this);
        dialog.exec();
    });
    task->setObjectName(u"editTask"_s);
    task->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    task->setStatusTip(tr("Say what a task is (a benchmark or measured success rates) to compare "
                          "options per solved task"));
    scenario->addSeparator();
    QAction *catalogs = scenario->addAction(icon(QStyle::SP_FileDialogDetailedView),
                                            tr("&Catalogs…"), this, &MainWindow::showCatalogs);
    catalogs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    catalogs->setStatusTip(tr("Browse and edit API prices, hardware and models; apply an entry "
                              "to the selected option"));
    QMenu *models = scenario->addMenu(tr("&Models"));
    models->setObjectName(u"modelsMenu"_s);
    QAction *importModelFile = models->addAction(
        tr("&Import Model File…"), this, [this] { showCatalogs()->chooseModelFile(false); });
    importModelFile->setObjectName(u"importModelFile"_s);
    importModelFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    importModelFile->setStatusTip(tr("Read a .gguf file, a Hugging Face config.json or a "
                                     "safetensors index into your model catalog (headers only)"));
    QAction *importModelFolder = models->addAction(
        tr("Import Model &Folder…"), this, [this] { showCatalogs()->chooseModelFile(true); });
    importModelFolder->setObjectName(u"importModelFolder"_s);
    importModelFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M));
    importModelFolder->setStatusTip(
        tr("Read a Hugging Face snapshot or a model from an Ollama store into your model "
           "catalog"));
    QAction *addModel = models->addAction(tr("Add Model by &Hand…"), this,
                                          [this] { showCatalogs()->addModelByHand(); });
    addModel->setObjectName(u"addModelByHand"_s);
    addModel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QAction *updatePrices = scenario->addAction(tr("&Update Prices…"), this,
                                                [this] { showCatalogs()->showPriceUpdate(); });
    updatePrices->setObjectName(u"updatePrices"_s);
    updatePrices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    updatePrices->setStatusTip(tr("Download LiteLLM's published price list, see what changed and "
                                  "replace the API prices only if you apply it"));

    QMenu *benchmark = menuBar()->addMenu(tr("&Benchmark"));
    QAction *showBench = findChild<QDockWidget *>(u"benchDock"_s)->toggleViewAction();
    showBench->setText(tr("&Benchmark Panel"));
    showBench->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    benchmark->addAction(showBench);
    QAction *inventory =
        benchmark->addAction(tr("Local AI &Inventory…"), this, &MainWindow::showInventory);
    inventory->setObjectName(u"showInventory"_s);
    inventory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    inventory->setStatusTip(tr("The models and inference servers on this machine, how exposed "
                               "they are, and what each model costs here"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(icon(QStyle::SP_DialogHelpButton), tr("&User Guide"), this,
                                     &MainWindow::showUserGuide);
    guide->setObjectName(u"userGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How PerToken answers its four questions, in the dashboard and on the "
                           "command line"));
    help->addSeparator();
    help->addAction(tr("&About PerToken"), this, &MainWindow::about)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F1));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({newAction, openAction, saveAction});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addAction(catalogs);
    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setShortcut(QKeySequence(Qt::ALT | Qt::Key(dockKey)));
    m_viewMenu->addAction(showToolBar);

    // Shortcuts work from every widget of the window, docks that float in windows of their own
    // included; a number field with focus keeps only its editing keys (InputGuard).
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menu : menus)
        useEverywhere(menu->menu());
}

void MainWindow::useEverywhere(QMenu *menu)
{
    if (!menu)
        return;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->menu()) {
            useEverywhere(action->menu());
        } else if (!action->shortcuts().isEmpty() &&
                   action->shortcutContext() == Qt::WindowShortcut) {
            action->setShortcutContext(Qt::ApplicationShortcut);
        }
    }
}

} // namespace pertoken::ui
