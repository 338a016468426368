// Undo is the only way to change the scenario from the dashboard: every edit a user can make
// through the window's widgets (a workload slider, an option's slider, adding, duplicating and
// removing an option, "Use in scenario" in the benchmark panel) is exactly one undo step, undo
// gives back the scenario as it was, and redo the edited one.
#include "autosave.h"
#include "bench/llamabench/llama_bench.h"
#include "bench/results/bench_history.h"
#include "bench/results/bench_result.h"
#include "benchmark/bench_panel.h"
#include "dashboard.h"
#include "main_window.h"
#include "panels/option_panel.h"
#include "panels/options_panel.h"
#include "panels/parameter_form.h"
#include "scenario/evaluate.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

// A slider drag the way QSlider reports one: pressed, moved through positions, released.
void drag(QSlider *slider, int to)
{
    slider->setSliderDown(true);
    const int from = slider->sliderPosition();
    const int step = to > from ? 5 : -5;
    for (int position = from + step; step > 0 ? position < to : position > to; position += step) {
        slider->setSliderPosition(position);
        QCoreApplication::processEvents();
    }
    slider->setSliderPosition(to);
    slider->setSliderDown(false);
}

// Runs `edit`, then checks it changed the scenario in exactly one undo step that undo and redo
// take back and forth.
void checkOneUndoableStep(MainWindow &window, const std::function<void()> &edit)
{
    ScenarioDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    const Scenario before = document->scenario();
    const int steps = stack->count();

    edit();
    QTRY_VERIFY(!window.dashboard()->isPending());
    const Scenario after = document->scenario();
    QVERIFY2(after != before, "the edit changed the scenario");
    QCOMPARE(stack->count(), steps + 1);

    stack->undo();
    QCOMPARE(document->scenario(), before);
    stack->redo();
    QCOMPARE(document->scenario(), after);
}

} // namespace

class TestUndoPaths final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyEditPathIsOneUndoStep_data();
    void everyEditPathIsOneUndoStep();
};

void TestUndoPaths::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_undo_paths"_s);
}

void TestUndoPaths::init()
{
    QDir(Autosave::directory()).removeRecursively();
    QDir(BenchHistory::defaultDirectory()).removeRecursively();
}

void TestUndoPaths::everyEditPathIsOneUndoStep_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("workload slider") << u"workload"_s;
    QTest::newRow("option slider") << u"option"_s;
    QTest::newRow("add option") << u"add"_s;
    QTest::newRow("duplicate option") << u"duplicate"_s;
    QTest::newRow("remove option") << u"remove"_s;
    QTest::newRow("use in scenario") << u"measurement"_s;
    QTest::newRow("calibrate option") << u"calibrate"_s;
    QTest::newRow("engine profile") << u"engine"_s;
}

void TestUndoPaths::everyEditPathIsOneUndoStep()
{
    QFETCH(QString, path);
    if (path == u"measurement" || path == u"calibrate") {
        // A llama-bench result in the history, as the panel keeps every run or import.
        QFile file(QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/bench/llama-bench-newer.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<LlamaBenchResult> bench =
            parseLlamaBenchOutput(file.readAll(), file.fileName());
        QVERIFY(bench.ok());
        QVERIFY(BenchHistory().save(benchResultFrom(*bench, SystemInfo{})).ok());
    }

    MainWindow window(discardAll);
    window.show();
    const QString optionId = u"llama-8b-h100-rented"_s;
    window.optionsPanel()->setCurrentOptionId(optionId);
    QTRY_VERIFY(!window.dashboard()->isPending());

    if (path == u"workload") {
        auto *requests = window.findChild<ParameterEditor *>(u"requestsPerMonth"_s);
        QVERIFY(requests);
        checkOneUndoableStep(window,
                             [&] { drag(requests->slider(), requests->slider()->value() - 80); });
    } else if (path == u"option") {
        ParameterEditor *rental =
            window.findChild<OptionPanel *>()->form()->editor(u"rentalUsdPerGpuHour"_s);
        QVERIFY(rental);
        checkOneUndoableStep(window,
                             [&] { drag(rental->slider(), rental->slider()->value() + 100); });
    } else if (path == u"add") {
        checkOneUndoableStep(window,
                             [&] { window.optionsPanel()->addSelfHostedAction()->trigger(); });
    } else if (path == u"duplicate") {
        checkOneUndoableStep(window, [&] { window.optionsPanel()->duplicateAction()->trigger(); });
    } else if (path == u"remove") {
        checkOneUndoableStep(window, [&] { window.optionsPanel()->removeAction()->trigger(); });
    } else if (path == u"measurement") {
        auto *history = window.benchPanel()->findChild<QListWidget *>(u"historyList"_s);
        auto *use = window.benchPanel()->findChild<QPushButton *>(u"useInScenarioButton"_s);
        QVERIFY(history && use);
        QCOMPARE(history->count(), 1);
        history->setCurrentRow(0);
        QVERIFY(use->isEnabled());
        checkOneUndoableStep(window, [&] { use->click(); });
        // The measured throughput is what was undone and redone.
        QVERIFY(window.document()->scenario().option(optionId)->measuredOutputTokensPerSecond > 0);
    } else if (path == u"calibrate") {
        auto *history = window.benchPanel()->findChild<QListWidget *>(u"historyList"_s);
        auto *calibrate = window.benchPanel()->findChild<QPushButton *>(u"calibrateButton"_s);
        QVERIFY(history && calibrate);
        history->setCurrentRow(0);
        QVERIFY(calibrate->isEnabled());
        checkOneUndoableStep(window, [&] { calibrate->click(); });
        // The fitted efficiencies, and what they were fitted to, were undone and redone.
        const DeploymentOption *option = window.document()->scenario().option(optionId);
        QVERIFY(!option->calibrationSource.isEmpty());
        QVERIFY(std::get<SelfHostedOption>(option->spec).mbu > 0);
    } else if (path == u"engine") {
        auto *engine = window.findChild<OptionPanel *>()->findChild<QComboBox *>(u"engineCombo"_s);
        QVERIFY(engine && engine->isVisibleTo(window.findChild<OptionPanel *>()));
        const int layerSplit = engine->findData(int(EngineProfile::LayerSplit));
        QVERIFY(layerSplit >= 0);
        checkOneUndoableStep(window, [&] {
            engine->setCurrentIndex(layerSplit);
            Q_EMIT engine->activated(layerSplit);
        });
        QCOMPARE(
            std::get<SelfHostedOption>(window.document()->scenario().option(optionId)->spec).engine,
            EngineProfile::LayerSplit);
    }
}

QTEST_MAIN(TestUndoPaths)
#include "tst_undo_paths.moc"
