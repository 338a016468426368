// Cost per solved task agrees: the dashboard's "Solved tasks" chart (its data table, the
// numbers it draws) and `pertoken eval --json`'s "solvedTask" object give the same figures for
// the same scenario file, before and after the task is edited in Scenario ▸ Task (one undo step).

#include "autosave.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "dashboard.h"
#include "main_window.h"
#include "panels/task_dialog.h"
#include "scenario/scenario.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"
#include "widgets/live_label.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "../support/cli_run.h"

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

// The default scenario with HumanEval as its task, up to 8 samples checked at $0.0005 each,
// and 95% of tasks to be solved.
Scenario withTask()
{
    Scenario s = defaultScenario();
    s.task.benchmark = u"HumanEval"_s;
    s.task.maxSamples = 8;
    s.task.verifierUsdPerAttempt = 0.0005;
    s.task.minSuccessFraction = 0.95;
    return s;
}

DashboardChart *solvedTaskChart(MainWindow &window)
{
    auto *tabs = window.chartsView()->findChild<QTabWidget *>();
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->tabText(i) == u"Solved tasks")
            tabs->setCurrentIndex(i);
    }
    for (DashboardChart *chart : window.chartsView()->charts()) {
        if (chart->chartId() == u"solved-task")
            return chart;
    }
    return nullptr;
}

QJsonObject evalSolvedTask(const QString &path)
{
    const testing::CliRun run =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, path, u"--json"_s});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out).object().value(u"solvedTask"_s).toObject();
}

} // namespace

class TestSolvedTaskAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartAndEvalJsonAgree();
    void evalTextHasTheSection();

private:
    /// Every option with a figure in `json` has the same row in the chart's table.
    void compare(DashboardChart &chart, const QJsonObject &json, const Scenario &scenario);
    QTemporaryDir m_dir;
};

void TestSolvedTaskAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_solved_task_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
    QVERIFY(!saveScenarioFile(withTask(), m_dir.filePath(u"task.pertoken"_s)));
}

void TestSolvedTaskAgree::compare(DashboardChart &chart, const QJsonObject &json,
                                  const Scenario &scenario)
{
    QList<QJsonObject> expected;
    for (const QJsonValue &value : json.value(u"options"_s).toArray()) {
        const QJsonObject option = value.toObject();
        const DeploymentOption *o = scenario.option(option.value(u"option"_s).toString());
        if (o && o->enabled && option.value(u"hasSuccess"_s).toBool())
            expected.append(option);
    }
    QVERIFY(!expected.isEmpty());
    QAbstractItemModel *table = chart.dataModel();
    QTRY_COMPARE(table->rowCount(), expected.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QJsonObject &option = expected[row];
        const QString name = scenario.option(option.value(u"option"_s).toString())->name;
        const auto cell = [&](int column) {
            return table->data(table->index(row, column), Qt::EditRole);
        };
        QCOMPARE(cell(0).toString(), name);
        QCOMPARE(cell(1).toDouble(), option.value(u"usdPerAttempt"_s).toDouble());
        QCOMPARE(cell(2).toDouble(), option.value(u"successProbability"_s).toDouble());
        QCOMPARE(cell(3).toDouble(), option.value(u"usdPerSolvedTaskOneSample"_s).toDouble());
        QCOMPARE(cell(4).toInt(), option.value(u"bestSamples"_s).toInt());
        QCOMPARE(cell(5).toDouble(), option.value(u"passAtBestSamples"_s).toDouble());
        QCOMPARE(cell(6).toDouble(), option.value(u"usdPerSolvedTask"_s).toDouble());
    }
}

void TestSolvedTaskAgree::chartAndEvalJsonAgree()
{
    const QString path = m_dir.filePath(u"task.pertoken"_s);
    const QJsonObject json = evalSolvedTask(path);
    QCOMPARE(json.value(u"benchmark"_s).toString(), u"HumanEval"_s);

    MainWindow window(discardAll);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(!window.dashboard()->isPending());
    DashboardChart *chart = solvedTaskChart(window);
    QVERIFY(chart);
    compare(*chart, json, window.document()->scenario());
    // The Cheapest card names the same cheapest option per solved task as eval's headline.
    const QString solvingId = json.value(u"cheapestSolving"_s).toString();
    QVERIFY(!solvingId.isEmpty());
    auto *caption = window.findChild<LiveLabel *>(u"cheapestCaption"_s);
    QVERIFY(caption);
    QVERIFY2(caption->text().contains(window.document()->scenario().option(solvingId)->name),
             qPrintable(caption->text()));

    // Scenario ▸ Task: GPQA Diamond instead, one undo step; the file saved from the dashboard
    // evaluates on the command line to what the chart now shows.
    {
        TaskDialog dialog(window.document(), &window);
        auto *benchmark = dialog.findChild<QComboBox *>(u"benchmark"_s);
        QVERIFY(benchmark);
        QVERIFY(benchmark->findText(u"GPQA Diamond"_s) >= 0); // offered from the scores
        benchmark->setCurrentText(u"GPQA Diamond"_s);
        dialog.accept();
    }
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(window.document()->scenario().task.benchmark, u"GPQA Diamond"_s);
    QTRY_VERIFY(!window.dashboard()->isPending());
    const QString edited = m_dir.filePath(u"edited.pertoken"_s);
    QVERIFY(!window.document()->saveAs(edited));
    const QJsonObject editedJson = evalSolvedTask(edited);
    QCOMPARE(editedJson.value(u"benchmark"_s).toString(), u"GPQA Diamond"_s);
    compare(*chart, editedJson, window.document()->scenario());

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->scenario().task, withTask().task);
    QTRY_VERIFY(!window.dashboard()->isPending());
    compare(*chart, json, window.document()->scenario());
}

void TestSolvedTaskAgree::evalTextHasTheSection()
{
    const testing::CliRun run =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, m_dir.filePath(u"task.pertoken"_s)});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"Cost per solved task (HumanEval; up to 8 samples"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"no published HumanEval score"_s)); // Claude Sonnet 4
}

QTEST_MAIN(TestSolvedTaskAgree)
#include "tst_solved_task_agree.moc"
