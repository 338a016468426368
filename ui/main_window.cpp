#include "main_window.h"

#include "bench/results/apply_bench_result.h"
#include "bench/results/bench_history.h"
#include "benchmark/bench_panel.h"
#include "commands/option_commands.h"
#include "export/export_controller.h"
#include "help/user_guide_window.h"
#include "panels/planner_panel.h"

#include "catalog/catalog_dialog.h"
#include "charts/chart_page.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "charts/planner_charts.h"
#include "charts/stale_price_note.h"
#include "dashboard.h"
#include "models/model_import.h"
#include "panels/option_panel.h"
#include "panels/options_panel.h"
#include "panels/status_line.h"
#include "panels/summary_panel.h"
#include "panels/workload_panel.h"
#include "preferences_dialog.h"
#include "pricing/custom_catalog.h"
#include "scenario_document.h"
#include "settings.h"
#include "theme.h"
#include "widgets/input_guard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kStateVersion = 1;
// The size the dashboard opens at the first time, where the screen has room for it.
constexpr QSize kPreferredSize(1600, 1000);
const QString kScenarioSuffix = u"pertoken"_s;

// Scenario files, and memo bundles (whose scenario opens untitled).
bool isScenarioFile(const QUrl &url)
{
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return url.isLocalFile() && (suffix == kScenarioSuffix || suffix == u"zip");
}

bool isModelFile(const QUrl &url)
{
    return url.isLocalFile() && isModelImportPath(url.toLocalFile());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(RecoveryPrompt(), parent)
{}

MainWindow::MainWindow(const RecoveryPrompt &recoveryPrompt, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new Settings(this))
    , m_theme(new Theme(m_settings->themeMode(), this))
    , m_document(new ScenarioDocument(this))
    , m_dashboard(new Dashboard(m_document, this))
    , m_autosave(new Autosave(m_document, m_settings->autosaveIntervalSeconds(), this))
    , m_workload(new WorkloadPanel(m_document))
    , m_options(new OptionsPanel(m_document))
    , m_option(new OptionPanel(m_document))
    , m_summary(new SummaryPanel)
    , m_charts(new ChartsView)
    , m_planner(new PlannerPanel(m_document))
    , m_bench(new BenchPanel(BenchHistory::defaultDirectory()))
    , m_status(new StatusLine)
{
    setAcceptDrops(true);
    InputGuard::install();
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    auto *central = new QSplitter(Qt::Vertical, this);
    central->setChildrenCollapsible(false);
    central->addWidget(m_summary);
    central->addWidget(m_charts);
    central->setStretchFactor(0, 0);
    central->setStretchFactor(1, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    m_charts->addTab(m_planner, tr("Scaling"));
    m_export = new ExportController(m_document, m_dashboard, m_settings, this);
    m_export->setStaleAfterMonths(m_settings->staleAfterMonths());
    StalePriceNote::setStaleAfterMonths(m_settings->staleAfterMonths());
    connect(m_settings, &Settings::staleAfterMonthsChanged, m_export, [this](int months) {
        m_export->setStaleAfterMonths(months);
        StalePriceNote::setStaleAfterMonths(months);
    });
    createDocks();
    createMenus();
    connect(m_bench, &BenchPanel::useInScenario, this, &MainWindow::useMeasurement);
    const QList<ChartPage *> pages = m_charts->pages();
    for (ChartPage *page : pages) {
        connect(page, &ChartPage::exportRequested, m_export,
                &ExportController::exportChartInteractively);
        connect(page, &ChartPage::copyImageRequested, m_export, &ExportController::copyChartImage);
    }
    connect(m_planner->charts(), &PlannerCharts::exportRequested, m_export,
            &ExportController::exportChartInteractively);
    connect(m_planner->charts(), &PlannerCharts::copyImageRequested, m_export,
            &ExportController::copyChartImage);
    m_export->setShownSizes([this] {
        QHash<QString, QSize> sizes = m_planner->charts()->shownSizes();
        const QList<ChartPage *> shown = m_charts->pages();
        for (const ChartPage *page : shown) {
            if (page->chart()->isVisible())
                sizes.insert(page->chart()->chartId(), page->chart()->size());
        }
        return sizes;
    });

    connect(m_options, &OptionsPanel::currentOptionChanged, m_option, &OptionPanel::setOptionId);
    connect(m_options, &OptionsPanel::currentOptionChanged, m_charts,
            &ChartsView::setSensitivityOptionId);
    m_option->setOptionId(m_options->currentOptionId());
    connect(m_dashboard, &Dashboard::evaluated, this,
            [this](const Evaluation &evaluation, double milliseconds) {
                m_summary->setEvaluation(evaluation);
                m_charts->setEvaluation(evaluation);
                m_planner->setEvaluation(evaluation);
                m_status->setEvaluationTime(milliseconds);
            });
    connect(m_document, &ScenarioDocument::liveEditChanged, m_charts, &ChartsView::setLiveEdit);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_autosave, &Autosave::autosaved, m_status, &StatusLine::setAutosaved);
    connect(m_autosave, &Autosave::failed, m_status, &StatusLine::setAutosaveFailed);
    connect(m_settings, &Settings::autosaveIntervalChanged, m_autosave,
            &Autosave::setIntervalSeconds);
    connect(m_settings, &Settings::themeModeChanged, m_theme, &Theme::setMode);

    readSettings();
    m_autosave->recover(recoveryPrompt ? recoveryPrompt : [this](const RecoveryCandidate &c) {
        return Autosave::askUser(this, c);
    });
    updateTitle();
    m_dashboard->evaluateNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    // Every panel scrolls inside its dock: on a small screen, or in a dock the user made
    // narrow, it keeps its size and scrolls rather than squeezing or cutting off its fields.
    const auto addDock = [this](QWidget *panel, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
        auto *scroll = new QScrollArea(dock);
        scroll->setWidget(panel);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        dock->setWidget(scroll);
        addDockWidget(Qt::LeftDockWidgetArea, dock);
        return dock;
    };
    // Extra height goes to the selected option: the workload and the options list are given
    // what their rows need.
    m_workload->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_options->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    addDock(m_workload, tr("Workload"), u"workloadDock"_s);
    addDock(m_options, tr("Deployment options"), u"optionsDock"_s);
    addDock(m_option, tr("Selected option"), u"optionDock"_s);
    // The benchmark panel scrolls its form itself and keeps Start and Cancel in a fixed row, so
    // it goes into its dock as it is. It can float as a window of its own and be resized;
    // where it is and how large is kept with the window's state (saveState()).
    auto *benchDock = new QDockWidget(tr("Benchmark"), this);
    benchDock->setObjectName(u"benchDock"_s);
    benchDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    benchDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                           QDockWidget::DockWidgetFloatable);
    // Room for the button row, a few form fields and a short table.
    m_bench->setMinimumSize(480, 240);
    benchDock->setWidget(m_bench);
    addDockWidget(Qt::BottomDockWidgetArea, benchDock);
    benchDock->hide();
    // Docked under the dashboard on a laptop screen it would take the height the charts need
    // (the window would outgrow a 720-pixel screen), so it first opens as a window of its own,
    // centred on the screen; the user may dock it. A saved window state overrides this.
    benchDock->setFloating(true);
    const QRect available = screen()->availableGeometry();
    const QSize benchSize = (available.size() * 0.9).boundedTo(QSize(1100, 700));
    benchDock->setGeometry(
        QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, benchSize, available));
    auto *history = new QUndoView(m_document->undoStack());
    history->setEmptyLabel(tr("Opened scenario"));
    QDockWidget *historyDock = addDock(history, tr("History"), u"historyDock"_s);
    historyDock->hide();
}

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
    QMenu *add = scenario->addMenu(tr("&Add Option"));
    add->addActions({m_options->addCloudApiAction(), m_options->addSelfHostedAction(),
                     m_options->addOnDeviceAction()});
    scenario->addAction(m_options->duplicateAction());
    scenario->addAction(m_options->removeAction());
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(icon(QStyle::SP_DialogHelpButton), tr("&User Guide"), this,
                                     &MainWindow::showUserGuide);
    guide->setObjectName(u"userGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How PerToken answers its four questions, in the dashboard and on the "
                           "command line"));
    help->addSeparator();
    help->addAction(tr("&About PerToken"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

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

void MainWindow::updateTitle()
{
    //: Window title: the scenario's file name; [*] marks unsaved changes.
    setWindowTitle(tr("%1[*] — PerToken").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    m_status->setDocument(m_document->displayName(), m_document->isModified());
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList paths = m_settings->recentFiles();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { openFile(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!m_recentMenu->isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent Files"), m_settings, &Settings::clearRecentFiles)
        ->setEnabled(!paths.isEmpty());
}

void MainWindow::readSettings()
{
    const QRect available = screen()->availableGeometry();
    if (restoreGeometry(m_settings->windowGeometry())) {
        // Saved on a larger screen: keep the whole window on this one.
        QRect normal = geometry();
        normal.setSize(normal.size().boundedTo(available.size()));
        normal.moveLeft(
            std::clamp(normal.left(), available.left(), available.right() - normal.width() + 1));
        normal.moveTop(
            std::clamp(normal.top(), available.top(), available.bottom() - normal.height() + 1));
        setGeometry(normal);
    } else if (available.width() >= kPreferredSize.width() &&
               available.height() >= kPreferredSize.height()) {
        setGeometry(
            QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, kPreferredSize, available));
    } else {
        // A laptop screen: all of it. The normal geometry stays inside the available area for
        // a desktop without a window manager to maximise it.
        setGeometry(available);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(m_settings->windowState(), kStateVersion);

    // The summary takes what its cards and table rows need, up to a third of the height; the
    // charts take the rest, which on a laptop screen is what keeps their axes readable.
    if (auto *central = qobject_cast<QSplitter *>(centralWidget())) {
        const int height = central->height() > 100 ? central->height() : this->height() * 8 / 10;
        const int summary = std::clamp(m_summary->sizeHint().height(),
                                       m_summary->minimumSizeHint().height(), height / 3);
        central->setSizes({summary, height - summary});
    }
}

void MainWindow::writeSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState(kStateVersion));
    m_settings->sync();
}

void MainWindow::newScenario()
{
    if (maybeSave())
        m_document->replaceScenarioAndClearHistory(defaultScenario(), QString());
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), m_settings->lastDirectory(),
        tr("PerToken scenarios and memo bundles (*.%1 *.zip);;All files (*)").arg(kScenarioSuffix));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    if (const std::optional<InputError> error = m_document->load(path)) {
        QMessageBox::critical(this, tr("Cannot Open Scenario"),
                              tr("The scenario could not be opened.\n\n%1").arg(error->toString()));
        if (!QFileInfo::exists(path))
            m_settings->removeRecentFile(path);
        return false;
    }
    if (!m_document->filePath().isEmpty())
        m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    return true;
}

bool MainWindow::useMeasurement(const BenchResult &result)
{
    const QString optionId = m_options->currentOptionId();
    const DeploymentOption *option = m_document->scenario().option(optionId);
    if (!option) {
        QMessageBox::information(this, tr("Use Measurement"),
                                 tr("Select the deployment option the measurement is for."));
        return false;
    }
    ApplyChoice choice;
    if (const OptionResult *evaluated = m_dashboard->evaluation().option(optionId))
        choice.evaluatedGpusPerReplica = evaluated->gpusPerReplica;
    const Result<DeploymentOption> applied = applyBenchResult(result, *option, choice);
    if (!applied) {
        QMessageBox::warning(this, tr("Use Measurement"),
                             tr("The measurement cannot be used for %1.\n\n%2")
                                 .arg(option->name, applied.error().toString()));
        return false;
    }
    m_document->push(new EditOptionCommand(m_document, *applied,
                                           tr("Use measurement for %1").arg(option->name)));
    if (result.power.measured() && !applied->measuredPowerSource.isEmpty())
        statusBar()->showMessage(tr("%1 now uses the measured throughput and power (%2 W)")
                                     .arg(option->name)
                                     .arg(QLocale().toString(result.power.averageWatts(), 'f', 1)),
                                 4000);
    else
        statusBar()->showMessage(tr("%1 now uses the measured throughput").arg(option->name), 4000);
    return true;
}

bool MainWindow::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveFile(m_document->filePath());
}

bool MainWindow::saveAs()
{
    const QString suggested =
        m_document->filePath().isEmpty()
            ? QDir(m_settings->lastDirectory()).filePath(tr("scenario.%1").arg(kScenarioSuffix))
            : m_document->filePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggested,
                                     tr("PerToken scenarios (*.%1)").arg(kScenarioSuffix));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + kScenarioSuffix;
    return saveFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    if (const std::optional<InputError> error = m_document->saveAs(path)) {
        QMessageBox::critical(this, tr("Cannot Save Scenario"),
                              tr("The scenario could not be saved.\n\n%1").arg(error->toString()));
        return false;
    }
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastDirectory(QFileInfo(m_document->filePath()).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosave->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && (isScenarioFile(urls.first()) || isModelFile(urls.first())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && !isScenarioFile(urls.first()) && isModelFile(urls.first())) {
        event->acceptProposedAction();
        const QString path = urls.first().toLocalFile();
        // A model goes into the model catalog, where it can be chosen for an option.
        QMetaObject::invokeMethod(
            this, [this, path] { showCatalogs()->importModelPath(path); }, Qt::QueuedConnection);
        return;
    }
    if (urls.size() != 1 || !isScenarioFile(urls.first()))
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Opening may ask about unsaved changes: not inside the drag source's event handling.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

CatalogDialog *MainWindow::showCatalogs()
{
    // One dialog at a time: a second request (a drop, a menu) raises the open one.
    if (auto *open = findChild<CatalogDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new CatalogDialog(defaultCustomCatalogPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStaleAfterMonths(m_settings->staleAfterMonths());
    dialog->setPriceUpdateUrl(m_settings->priceUpdateUrl());
    connect(dialog, &CatalogDialog::priceUpdateUrlUsed, m_settings, &Settings::setPriceUpdateUrl);
    connect(dialog, &CatalogDialog::apiPriceChosen, m_options, &OptionsPanel::applyApiPrice);
    connect(dialog, &CatalogDialog::acceleratorChosen, m_options, &OptionsPanel::applyAccelerator);
    connect(dialog, &CatalogDialog::modelChosen, m_options, &OptionsPanel::applyModel);
    dialog->show();
    return dialog;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About PerToken"),
        tr("<h3>PerToken %1</h3><p>AI deployment economics: what a million tokens costs through "
           "a cloud API, on self-hosted GPUs or on devices you own, where each option breaks "
           "even, and how to size a model once inference is counted.</p><p>Licensed under the "
           "GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(PERTOKEN_VERSION)));
}

} // namespace pertoken::ui
