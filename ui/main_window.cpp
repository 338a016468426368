#include "main_window.h"

#include "bench/results/apply_bench_result.h"
#include "bench/results/bench_history.h"
#include "bench/results/calibrate_option.h"
#include "benchmark/bench_panel.h"
#include "commands/option_commands.h"
#include "export/export_controller.h"
#include "help/user_guide_window.h"
#include "local_inventory/inventory_window.h"
#include "panels/planner_panel.h"

#include "catalog/catalog_dialog.h"
#include "charts/chart_page.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "charts/planner_charts.h"
#include "charts/stale_price_note.h"
#include "dashboard.h"
#include "models/model_import.h"
#include "panels/number_format.h"
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

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
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
    NumberFormat::setDisplayCurrency(m_settings->displayCurrency());
    connect(m_settings, &Settings::displayCurrencyChanged, this, [this] {
        NumberFormat::setDisplayCurrency(m_settings->displayCurrency());
        m_dashboard->evaluateNow();
    });
    createDocks();
    createMenus();
    connect(m_bench, &BenchPanel::useInScenario, this, &MainWindow::useMeasurement);
    connect(m_bench, &BenchPanel::calibrateOption, this, &MainWindow::calibrateFromMeasurement);
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
        action->setData(path); // a file entry, numbered by the menu rather than a shortcut
    }
    if (!m_recentMenu->isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear =
        m_recentMenu->addAction(tr("&Clear Recent Files"), m_settings, &Settings::clearRecentFiles);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    clear->setEnabled(!paths.isEmpty());
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

bool MainWindow::calibrateFromMeasurement(const BenchResult &result)
{
    const QString optionId = m_options->currentOptionId();
    const DeploymentOption *option = m_document->scenario().option(optionId);
    if (!option) {
        QMessageBox::information(this, tr("Calibrate Option"),
                                 tr("Select the deployment option the measurement is for."));
        return false;
    }
    const Result<DeploymentOption> calibrated = calibrateOption(result, *option);
    if (!calibrated) {
        QMessageBox::warning(this, tr("Calibrate Option"),
                             tr("%1 cannot be calibrated from this measurement.\n\n%2")
                                 .arg(option->name, calibrated.error().message));
        return false;
    }
    m_document->push(
        new EditOptionCommand(m_document, *calibrated, tr("Calibrate %1").arg(option->name)));
    statusBar()->showMessage(
        tr("%1 is now calibrated: %2").arg(option->name, calibrated->calibrationSource), 6000);
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

void MainWindow::showInventory()
{
    if (!m_inventory)
        m_inventory = new InventoryWindow(m_document, this);
    m_inventory->show();
    m_inventory->raise();
    m_inventory->activateWindow();
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
