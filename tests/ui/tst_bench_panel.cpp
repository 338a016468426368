#include "../support/form_input.h"
#include "autosave.h"
#include "bench/calibration/calibration_server_thread.h"
#include "bench/results/bench_history.h"
#include "benchmark/bench_panel.h"
#include "benchmark/bench_results_model.h"
#include "charts/bench_live_chart.h"
#include "main_window.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using pertoken::BenchKind;
using pertoken::BenchResult;
using pertoken::CalibrationFault;
using pertoken::CalibrationServer;
using pertoken::CalibrationServerThread;
using pertoken::CalibrationTiming;
using pertoken::ui::BenchLiveChart;
using pertoken::ui::BenchPanel;
using pertoken::ui::BenchResultsModel;

using pertoken::testing::child;
using pertoken::testing::typeInto;

namespace {

/// Fills the "Inference server" tab through its widgets, as a user would.
void fillServerForm(BenchPanel &panel, const QString &url, const QString &concurrency,
                    const QString &requests, const QString &warmup)
{
    child<QTabWidget>(panel, u"modeTabs"_s)->setCurrentIndex(1);
    typeInto(child<QLineEdit>(panel, u"urlEdit"_s), url);
    typeInto(child<QLineEdit>(panel, u"modelEdit"_s), u"m"_s);
    typeInto(child<QLineEdit>(panel, u"concurrencyEdit"_s), concurrency);
    typeInto(child<QSpinBox>(panel, u"requestsSpin"_s), requests);
    typeInto(child<QSpinBox>(panel, u"warmupSpin"_s), warmup);
    typeInto(child<QSpinBox>(panel, u"promptTokensSpin"_s), u"16"_s);
    typeInto(child<QSpinBox>(panel, u"maxTokensSpin"_s), u"8"_s);
}

/// A cell of the results table as the user reads it.
QString cell(const QTableView &table, int row, int column)
{
    return table.model()->index(row, column).data().toString();
}

QStringList historyFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({u"*.json"_s}, QDir::Files);
}

} // namespace

class TestBenchPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAgainstCalibrationServer();
    void resultsTableSortsNumerically();
    void startVisibleInDockOnSmallScreen();
    void dockFloatsAndKeepsItsState();
    void repeatedRunShowsConfidenceIntervals();
    void cancelKeepsPartialResult();
    void faultyServerLeavesGuiResponsive();
    void unreachableEndpointIsNamed();
    void hardwareProbeCancels();
};

void TestBenchPanel::initTestCase()
{
    // The main window's settings, autosave and benchmark history go to test folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_bench_panel"_s);
    QDir(pertoken::ui::Autosave::directory()).removeRecursively();
}

void TestBenchPanel::runsAgainstCalibrationServer()
{
    // 50 ms to the first token, then one token every 10 ms, 8 tokens: about 120 ms a request.
    CalibrationServerThread server(CalibrationTiming{50, 10, 8, 1});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir history;
    QVERIFY(history.isValid());

    BenchPanel panel(history.path());
    auto *list = child<QListWidget>(panel, u"historyList"_s);
    QCOMPARE(list->count(), 0);
    fillServerForm(panel, u"http://127.0.0.1:%1"_s.arg(server.port()), u"1,2"_s, u"4"_s, u"2"_s);
    QSignalSpy useSpy(&panel, &BenchPanel::useInScenario);

    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(!child<QPushButton>(panel, u"startButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);

    auto *status = child<QLabel>(panel, u"statusLabel"_s);
    auto *progress = child<QProgressBar>(panel, u"progressBar"_s);
    // 2 warm-up requests + 2 levels × 4 requests = 10 steps, all of them done.
    QCOMPARE(progress->maximum(), 10);
    QVERIFY2(progress->value() == progress->maximum(), qPrintable(status->text()));
    // One throughput sample per completed measured request: 2 levels × 4 = 8 points.
    QCOMPARE(child<BenchLiveChart>(panel, u"liveChart"_s)->throughputPointCount(), 8);
    QVERIFY(child<BenchLiveChart>(panel, u"liveChart"_s)->latencyPointCount() > 0);
    QCOMPARE(list->count(), 1);
    QCOMPARE(historyFiles(history).size(), 1);
    const QString summary = child<QLabel>(panel, u"summaryLabel"_s)->text();
    QVERIFY(!summary.isEmpty());
    // This machine's power during the run: measured, or "not measured" with why; never 0 W.
    QVERIFY2(summary.contains(u"Power: "_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"Power: 0.0 W"_s));

    QTest::mouseClick(child<QPushButton>(panel, u"useInScenarioButton"_s), Qt::LeftButton);
    QCOMPARE(useSpy.count(), 1);
    const auto result = qvariant_cast<BenchResult>(useSpy.at(0).at(0));
    QVERIFY(result.kind == BenchKind::Endpoint);
    QCOMPARE(result.endpoint.levels.size(), 2);
    QCOMPARE(result.endpoint.levels[0].concurrency, 1);
    QCOMPARE(result.endpoint.levels[1].concurrency, 2);
    QCOMPARE(result.endpoint.levels[0].completed, 4);
    QCOMPARE(result.endpoint.levels[1].completed, 4);
    QCOMPARE(result.power.request, u"auto"_s);
    QVERIFY(result.power.measured() || !result.power.notMeasuredReason.isEmpty());

    // The table shows the same result, one row per level, figures as the result holds them.
    const auto *table = child<QTableView>(panel, u"resultsTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    const QLocale locale;
    for (int row = 0; row < 2; ++row) {
        const pertoken::LevelSummary &level = result.endpoint.levels[row];
        QCOMPARE(cell(*table, row, BenchResultsModel::LevelColumn),
                 locale.toString(level.concurrency));
        QCOMPARE(cell(*table, row, BenchResultsModel::RequestsColumn), u"4"_s);
        QCOMPARE(cell(*table, row, BenchResultsModel::OutputTokensPerSecondColumn),
                 locale.toString(level.outputTokensPerSecond, 'f', 1));
        QCOMPARE(cell(*table, row, BenchResultsModel::TtftP50Column),
                 locale.toString(level.ttftMs.p50, 'f', 1));
        QCOMPARE(cell(*table, row, BenchResultsModel::TpotP99Column),
                 locale.toString(level.tpotMs.p99, 'f', 1));
        QCOMPARE(cell(*table, row, BenchResultsModel::ErrorsColumn), u"0"_s);
    }
    // The headers carry the units.
    QCOMPARE(table->model()->headerData(BenchResultsModel::TtftP99Column, Qt::Horizontal),
             QVariant(u"TTFT p99 (ms)"_s));
}

void TestBenchPanel::repeatedRunShowsConfidenceIntervals()
{
    // Two levels of 2 requests, each run 3 times: 1 warm-up + 2 × 3 × 2 = 13 progress steps.
    CalibrationServerThread server(CalibrationTiming{20, 10, 4, 1});
    QVERIFY(server.start());
    QTemporaryDir history;
    BenchPanel panel(history.path());
    fillServerForm(panel, u"http://127.0.0.1:%1"_s.arg(server.port()), u"1,2"_s, u"2"_s, u"1"_s);
    typeInto(child<QSpinBox>(panel, u"repeatSpin"_s), u"3"_s);
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
    auto *progress = child<QProgressBar>(panel, u"progressBar"_s);
    QCOMPARE(progress->maximum(), 13);
    QCOMPARE(progress->value(), 13);
    // The summary gives each level's figures as mean ± 95 % half-width, from the same
    // repeatStatistics() the command line and the JSON use.
    const QString summary = child<QLabel>(panel, u"summaryLabel"_s)->text();
    // 2 levels × (3 figures + the "mean ± 95% confidence interval" legend).
    QVERIFY2(summary.count(u"±"_s) == 8, qPrintable(summary));
    QVERIFY2(summary.contains(u"3 run"_s), qPrintable(summary));
    // The saved history file carries the intervals too.
    const pertoken::Result<BenchResult> saved =
        pertoken::readBenchResultFile(QDir(history.path()).filePath(historyFiles(history).first()));
    QVERIFY(saved);
    QCOMPARE(saved->endpoint.config.repeats, 3);
    QCOMPARE(saved->endpoint.levels.size(), 6);

    // The table: one row per level over its 3 runs. Requests are summed (3 runs × 2 = 6); the
    // figures are mean ± 95 % half-width, the mean being what the row sorts by.
    const auto *table = child<QTableView>(panel, u"resultsTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(cell(*table, row, BenchResultsModel::RequestsColumn), u"6"_s);
        for (int column = BenchResultsModel::OutputTokensPerSecondColumn;
             column <= BenchResultsModel::GoodputColumn; ++column)
            QVERIFY2(cell(*table, row, column).contains(u" ± "_s),
                     qPrintable(cell(*table, row, column)));
    }
    double meanOutput = 0;
    for (int run = 0; run < 3; ++run)
        meanOutput += saved->endpoint.levels[run].outputTokensPerSecond / 3;
    QCOMPARE(table->model()
                 ->index(0, BenchResultsModel::OutputTokensPerSecondColumn)
                 .data(BenchResultsModel::SortRole)
                 .toDouble(),
             meanOutput);
}

void TestBenchPanel::resultsTableSortsNumerically()
{
    // Concurrency 10 is run first, then 2: sorted as text "10" comes before "2", sorted as
    // numbers 2 comes first. 10 requests a level, so each level has its full concurrency in
    // flight.
    CalibrationServerThread server(CalibrationTiming{20, 10, 4, 1});
    QVERIFY(server.start());
    QTemporaryDir history;
    BenchPanel panel(history.path());
    fillServerForm(panel, u"http://127.0.0.1:%1"_s.arg(server.port()), u"10,2"_s, u"10"_s, u"1"_s);
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 20000);
    auto *table = child<QTableView>(panel, u"resultsTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    // Levels ascending until a header is clicked.
    QCOMPARE(cell(*table, 0, BenchResultsModel::LevelColumn), u"2"_s);
    QCOMPARE(cell(*table, 1, BenchResultsModel::LevelColumn), u"10"_s);

    table->sortByColumn(BenchResultsModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(cell(*table, 0, BenchResultsModel::LevelColumn), u"10"_s);
    QCOMPARE(cell(*table, 1, BenchResultsModel::LevelColumn), u"2"_s);
    table->sortByColumn(BenchResultsModel::LevelColumn, Qt::AscendingOrder);
    QCOMPARE(cell(*table, 0, BenchResultsModel::LevelColumn), u"2"_s);
    QCOMPARE(cell(*table, 1, BenchResultsModel::LevelColumn), u"10"_s);
    table->sortByColumn(BenchResultsModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(cell(*table, 0, BenchResultsModel::LevelColumn), u"10"_s);

    // A selected row stays selected on the level it showed when the table is sorted again.
    table->selectRow(0);
    table->sortByColumn(BenchResultsModel::LevelColumn, Qt::AscendingOrder);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 1);
    QCOMPARE(selected.first().data().toString(), u"10"_s);

    // Every figure column sorts by its number: ascending values down the column.
    for (int column = 0; column < BenchResultsModel::ColumnCount; ++column) {
        table->sortByColumn(column, Qt::AscendingOrder);
        const double first =
            table->model()->index(0, column).data(BenchResultsModel::SortRole).toDouble();
        const double second =
            table->model()->index(1, column).data(BenchResultsModel::SortRole).toDouble();
        QVERIFY2(first <= second, qPrintable(u"column %1"_s.arg(column)));
    }

    // A result from the history fills the table too (double-click), in the kept sort order.
    BenchPanel reopened(history.path());
    auto *list = child<QListWidget>(reopened, u"historyList"_s);
    QCOMPARE(list->count(), 1);
    auto *reopenedTable = child<QTableView>(reopened, u"resultsTable"_s);
    QCOMPARE(reopenedTable->model()->rowCount(), 0);
    auto *chart = child<BenchLiveChart>(reopened, u"liveChart"_s);
    QCOMPARE(chart->throughputPointCount(), 0);
    Q_EMIT list->itemDoubleClicked(list->item(0));
    QCOMPARE(reopenedTable->model()->rowCount(), 2);
    // The chart beside it draws the saved requests as it drew them live: one throughput point
    // per completed measured request, 2 levels × 10 = 20, as the run itself drew.
    QCOMPARE(chart->throughputPointCount(),
             child<BenchLiveChart>(panel, u"liveChart"_s)->throughputPointCount());
    QCOMPARE(chart->throughputPointCount(), 20);
}

void TestBenchPanel::startVisibleInDockOnSmallScreen()
{
    // The smallest window tst_screen_fit opens: 1280×720.
    pertoken::ui::MainWindow window;
    window.setWindowState(Qt::WindowNoState);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(u"benchDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isHidden());
    dock->toggleViewAction()->trigger(); // Benchmark ▸ Benchmark Panel, Ctrl+B
    QTRY_VERIFY(dock->isVisible());
    QTest::qWait(50);
    // It opens as a window of its own inside the screen, and the main window keeps its size.
    QCOMPARE(window.size(), QSize(1280, 720));
    QVERIFY(dock->isFloating());
    QVERIFY2(
        dock->screen()->availableGeometry().contains(dock->frameGeometry()),
        qPrintable(
            u"%1,%2 %3x%4"_s.arg(dock->x()).arg(dock->y()).arg(dock->width()).arg(dock->height())));

    for (const QString &name : {u"startButton"_s, u"cancelButton"_s}) {
        auto *button = dock->findChild<QPushButton *>(name);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        // Not inside anything that scrolls: it cannot be scrolled away.
        for (QWidget *parent = button->parentWidget(); parent != dock;
             parent = parent->parentWidget())
            QVERIFY2(!qobject_cast<QScrollArea *>(parent), qPrintable(name));
        // Wholly inside the dock's contents and the window, and not clipped by any parent.
        const QRect inDock(button->mapTo(dock->widget(), QPoint(0, 0)), button->size());
        QVERIFY2(dock->widget()->rect().contains(inDock), qPrintable(name));
        const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
        QVERIFY2(window.rect().contains(inWindow), qPrintable(name));
        QCOMPARE(button->visibleRegion(), QRegion(button->rect()));
    }
    // The results table and the chart beside it have room as well.
    auto *table = dock->findChild<QTableView *>(u"resultsTable"_s);
    QVERIFY(table->isVisible());
    QVERIFY(table->height() > 0);
    QVERIFY(dock->findChild<BenchLiveChart *>(u"liveChart"_s)->isVisible());
}

void TestBenchPanel::dockFloatsAndKeepsItsState()
{
    pertoken::ui::MainWindow window;
    window.setWindowState(Qt::WindowNoState);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(u"benchDock"_s);
    QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetFloatable));
    QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetMovable));
    dock->show();
    dock->setFloating(true);
    QVERIFY(dock->isFloating());
    QVERIFY(dock->isWindow());
    // Floating, it can be made larger than the docked panel and no smaller than its minimum.
    dock->resize(1000, 700);
    QTRY_COMPARE(dock->size(), QSize(1000, 700));
    dock->resize(100, 100);
    QVERIFY(dock->width() >= dock->widget()->minimumWidth());
    QVERIFY(dock->height() >= dock->widget()->minimumHeight());
    QVERIFY(dock->widget()->minimumWidth() >= 400);
    QVERIFY(child<QPushButton>(*dock, u"startButton"_s)->isVisible());

    // The window's saved state brings it back floating.
    const QByteArray state = window.saveState(1);
    dock->setFloating(false);
    QVERIFY(!dock->isFloating());
    QVERIFY(window.restoreState(state, 1));
    QVERIFY(dock->isFloating());
}

void TestBenchPanel::cancelKeepsPartialResult()
{
    // 2 s to the first token: a request is still waiting when the run is cancelled at 300 ms.
    CalibrationServerThread server(CalibrationTiming{2000, 10, 8, 1});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir history;
    QVERIFY(history.isValid());

    BenchPanel panel(history.path());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    fillServerForm(panel, u"http://127.0.0.1:%1"_s.arg(server.port()), u"1"_s, u"3"_s, u"0"_s);
    QSignalSpy useSpy(&panel, &BenchPanel::useInScenario);
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTest::qWait(300);
    QVERIFY(panel.isRunning());

    QElapsedTimer sinceCancel;
    sinceCancel.start();
    // Esc cancels, as the Cancel button does.
    QTest::keyClick(&panel, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 1500);
    QVERIFY2(sinceCancel.elapsed() < 1500, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(child<QPushButton>(panel, u"startButton"_s)->isEnabled());

    // The partial result (level 1 with its in-flight request cancelled) is in the history.
    QCOMPARE(child<QListWidget>(panel, u"historyList"_s)->count(), 1);
    QCOMPARE(historyFiles(history).size(), 1);
    QTest::mouseClick(child<QPushButton>(panel, u"useInScenarioButton"_s), Qt::LeftButton);
    QCOMPARE(useSpy.count(), 1);
    const auto result = qvariant_cast<BenchResult>(useSpy.at(0).at(0));
    QVERIFY(result.kind == BenchKind::Endpoint);
    QVERIFY(result.endpoint.cancelled);
    QCOMPARE(result.endpoint.levels.size(), 1);
    QCOMPARE(result.endpoint.levels[0].completed, 0);
    QCOMPARE(result.endpoint.levels[0].cancelled, 1);
}

void TestBenchPanel::faultyServerLeavesGuiResponsive()
{
    // Request 0 is answered; request 1 gets a line that never ends (the client cuts it at its
    // 1 MiB limit); request 2 is read and never answered, on a connection left open. Meanwhile
    // the GUI thread's event loop keeps turning: a 10 ms timer keeps firing, and Cancel works.
    CalibrationServerThread server(
        CalibrationTiming{20, 5, 8, 1},
        {CalibrationFault::None, CalibrationFault::EndlessLine, CalibrationFault::Silent});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir history;
    QVERIFY(history.isValid());

    BenchPanel panel(history.path());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    fillServerForm(panel, u"http://127.0.0.1:%1"_s.arg(server.port()), u"1"_s, u"3"_s, u"0"_s);
    QSignalSpy useSpy(&panel, &BenchPanel::useInScenario);

    QElapsedTimer clock;
    clock.start();
    int ticks = 0;
    qint64 lastTickMs = 0;
    qint64 longestGapMs = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGapMs = std::max(longestGapMs, now - lastTickMs);
        lastTickMs = now;
        ++ticks;
    });
    heartbeat.start(10);
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    // Long enough for the first request, the endless line and the silence to have begun.
    QTRY_VERIFY_WITH_TIMEOUT(server.log().size() >= 3, 5000);
    QTest::qWait(500);
    QVERIFY(panel.isRunning());
    // Never a stall of the GUI thread: no gap between ticks longer than 250 ms, on a loaded
    // two-core machine, under sanitizers.
    qInfo("%d ticks in %lld ms, longest gap %lld ms", ticks, clock.elapsed(), longestGapMs);
    QVERIFY2(longestGapMs < 250, qPrintable(QString::number(longestGapMs)));
    QVERIFY(ticks >= clock.elapsed() / 10 / 4);

    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QTest::mouseClick(child<QPushButton>(panel, u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 1500);
    QVERIFY2(sinceCancel.elapsed() < 1500, qPrintable(QString::number(sinceCancel.elapsed())));

    // What was measured before the faults is kept, in the panel's result and the history.
    QCOMPARE(historyFiles(history).size(), 1);
    QTest::mouseClick(child<QPushButton>(panel, u"useInScenarioButton"_s), Qt::LeftButton);
    QCOMPARE(useSpy.count(), 1);
    const auto result = qvariant_cast<BenchResult>(useSpy.at(0).at(0));
    QVERIFY(result.endpoint.cancelled);
    QCOMPARE(result.endpoint.records.size(), 3);
    QVERIFY(result.endpoint.records[0].completed());
    QCOMPARE(result.endpoint.records[1].failure, pertoken::FailureKind::MalformedChunk);
    QCOMPARE(result.endpoint.records[2].failure, pertoken::FailureKind::Cancelled);
    QCOMPARE(result.endpoint.levels[0].completed, 1);
}

void TestBenchPanel::unreachableEndpointIsNamed()
{
    QTemporaryDir history;
    QVERIFY(history.isValid());
    BenchPanel panel(history.path());
    auto *status = child<QLabel>(panel, u"statusLabel"_s);

    // A URL without a scheme is refused before anything runs, naming the field.
    fillServerForm(panel, u"not a url"_s, u"1"_s, u"1"_s, u"0"_s);
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QVERIFY(!panel.isRunning());
    QVERIFY2(status->text().contains(u"url"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"not a url"_s), qPrintable(status->text()));

    const quint16 port = CalibrationServer::refusedPort();
    QVERIFY(port != 0);
    typeInto(child<QLineEdit>(panel, u"urlEdit"_s), u"http://127.0.0.1:%1"_s.arg(port));
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 10000);
    QVERIFY2(status->text().contains(u"cannot connect"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(status->text()));
    QCOMPARE(child<QListWidget>(panel, u"historyList"_s)->count(), 0);
    QCOMPARE(historyFiles(history).size(), 0);
}

void TestBenchPanel::hardwareProbeCancels()
{
    QTemporaryDir history;
    QVERIFY(history.isValid());
    BenchPanel panel(history.path());
    child<QTabWidget>(panel, u"modeTabs"_s)->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTest::qWait(500);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QTest::mouseClick(child<QPushButton>(panel, u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 1500);
    QVERIFY2(sinceCancel.elapsed() < 1500, qPrintable(QString::number(sinceCancel.elapsed())));
    // Whatever the probe had measured is in the history, and the list shows every saved file.
    QCOMPARE(child<QListWidget>(panel, u"historyList"_s)->count(), historyFiles(history).size());
    QVERIFY(!child<QLabel>(panel, u"statusLabel"_s)->text().isEmpty());
}

QTEST_MAIN(TestBenchPanel)
#include "tst_bench_panel.moc"
