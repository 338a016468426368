// The main window's wiring beyond editing: the planner page follows its sliders, a benchmark
// result becomes one undoable edit of the selected option, and a memo bundle written from the
// window opens again as the same scenario.

#include "bench/llamabench/llama_bench.h"
#include "bench/results/bench_result.h"
#include "charts/chart_page.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "commands/set_parameter_command.h"
#include "dashboard.h"
#include "export/export_controller.h"
#include "main_window.h"
#include "panels/options_panel.h"
#include "panels/parameter_form.h"
#include "panels/planner_panel.h"
#include "scenario/evaluate.h"
#include "scenario/parameters.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

} // namespace

class TestDashboardWiring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plannerSliderChangesThePlan();
    void measurementIsOneUndoableEdit();
    void memoBundleOpensAsTheSameScenario();
    void chartContextMenuCopiesTheChart();

private:
    QTemporaryDir m_dir;
};

void TestDashboardWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_dashboard_wiring"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
}

void TestDashboardWiring::plannerSliderChangesThePlan()
{
    MainWindow window(discardAll);
    window.resize(1600, 1000);
    window.show();
    // The planner page updates while it is shown: open its tab as a user would.
    auto *tabs = window.chartsView()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->indexOf(window.plannerPanel()) >= 0);
    tabs->setCurrentWidget(window.plannerPanel());
    auto *answers = window.plannerPanel()->findChild<QLabel *>(u"plannerAnswers"_s);
    QVERIFY(answers);
    QTRY_VERIFY(answers->text().contains(u"Train-to-test"_s));
    const QString before = answers->text();
    const double queriesBefore = window.document()->scenario().planner.queries;

    ParameterEditor *queries = window.plannerPanel()->form()->editor(u"planner.queries"_s);
    QVERIFY(queries);
    // Typing a value is one edit, as a user would enter it in the spin box.
    Q_EMIT queries->editStarted();
    Q_EMIT queries->valueEdited(queriesBefore * 100);
    Q_EMIT queries->editFinished();
    QCOMPARE(window.document()->scenario().planner.queries, queriesBefore * 100);
    QTRY_VERIFY(answers->text() != before);
    // The page shows what evaluate() says for the edited scenario.
    const Evaluation expected = evaluate(window.document()->scenario());
    QCOMPARE(window.dashboard()->evaluation().plan.trainToTest->optimum.params,
             expected.plan.trainToTest->optimum.params);

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->scenario().planner.queries, queriesBefore);
}

void TestDashboardWiring::measurementIsOneUndoableEdit()
{
    const QString file =
        QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/llama-bench-qwen2-7b-rtx4080.json"_s;
    if (!QFile::exists(file))
        QSKIP("../shared/data/llama-bench-qwen2-7b-rtx4080.json is not present");
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const Result<LlamaBenchResult> bench = parseLlamaBenchOutput(input.readAll(), file);
    QVERIFY(bench.ok());
    const BenchResult result = benchResultFrom(*bench, SystemInfo{});

    MainWindow window(discardAll);
    window.show();
    const QString optionId = u"llama-8b-h100-rented"_s;
    window.optionsPanel()->setCurrentOptionId(optionId);
    const int steps = window.document()->undoStack()->count();
    QVERIFY(window.useMeasurement(result));
    // llama-bench's tg128 on the RTX 4080: 118.881588 tokens/s in the published JSON.
    const DeploymentOption *option = window.document()->scenario().option(optionId);
    QVERIFY(std::abs(option->measuredOutputTokensPerSecond - 118.881588) < 1e-6);
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    QTRY_COMPARE(window.dashboard()->evaluation().option(optionId)->basis,
                 ThroughputBasis::Measured);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->scenario().option(optionId)->measuredOutputTokensPerSecond, 0.0);
}

void TestDashboardWiring::memoBundleOpensAsTheSameScenario()
{
    MainWindow window(discardAll);
    window.show();
    window.document()->push(new SetParameterCommand(window.document(), u"llama-8b-h100-rented"_s,
                                                    u"rentalUsdPerGpuHour"_s, 2.49));
    QCOMPARE(*parameterValue(window.document()->scenario(), u"llama-8b-h100-rented"_s,
                             u"rentalUsdPerGpuHour"_s),
             2.49);
    const Scenario edited = window.document()->scenario();
    const QString path = m_dir.filePath(u"memo.zip"_s);
    QVERIFY(window.exportController()->exportMemo(path));
    QVERIFY(QFile::exists(path));

    MainWindow other(discardAll);
    QVERIFY(other.openFile(path));
    QVERIFY(other.document()->scenario() == edited);
    // Opened from a bundle, the scenario is untitled: Save never writes into the zip.
    QVERIFY(other.document()->filePath().isEmpty());
}

void TestDashboardWiring::chartContextMenuCopiesTheChart()
{
    MainWindow window(discardAll);
    window.show();
    QGuiApplication::clipboard()->clear();
    ChartPage *page = window.chartsView()->pages().value(1); // the Overview's volume chart
    QVERIFY(page);
    QVERIFY(page->chart()->actions().contains(page->exportAction()));
    page->copyImageAction()->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    // The export renders 800×500 logical pixels at 192 dpi: 1600×1000.
    QCOMPARE(copied.size(), QSize(1600, 1000));
}

QTEST_MAIN(TestDashboardWiring)
#include "tst_dashboard_wiring.moc"
