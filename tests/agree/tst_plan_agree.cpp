// `pertoken plan --scenario F` and the dashboard's Scaling tab plan the same scenario file alike:
// in dollars where the scenario prices FLOPs on its hardware, with the same values in the
// planner's spin boxes as evaluate() uses, and with the same refusal of an out-of-range value.

#include "autosave.h"
#include "charts/chart_axes.h"
#include "charts/charts_view.h"
#include "charts/planner_charts.h"
#include "common/number_format.h"
#include "dashboard.h"
#include "main_window.h"
#include "panels/parameter_form.h"
#include "panels/planner_panel.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>

#include "../support/cli_run.h"

#include <cmath>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

testing::CliRun plan(const QString &path)
{
    return testing::runPertoken({u"plan"_s, u"--scenario"_s, path, u"--json"_s});
}

QJsonObject json(const testing::CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestPlanAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plansInDollarsAlike();
    void spinBoxesShowTheValuesUsed();
    void outOfRangeFileRefusedAlike();

private:
    /// The dashboard with `path` open and its Scaling tab (the planner) showing.
    void openInDashboard(MainWindow &window, const QString &path);
    QString save(const Scenario &scenario, const QString &name);

    QTemporaryDir m_dir;
};

void TestPlanAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_plan_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
}

QString TestPlanAgree::save(const Scenario &scenario, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const std::optional<InputError> problem = saveScenarioFile(scenario, path);
    return problem ? QString() : path;
}

void TestPlanAgree::openInDashboard(MainWindow &window, const QString &path)
{
    const std::optional<InputError> problem = window.document()->load(path);
    QVERIFY2(!problem, problem ? qPrintable(problem->toString()) : "");
    window.resize(1600, 1000);
    window.show();
    auto *tabs = window.chartsView()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->indexOf(window.plannerPanel()) >= 0);
    tabs->setCurrentWidget(window.plannerPanel());
}

void TestPlanAgree::plansInDollarsAlike()
{
    // The default scenario, planning in dollars on its first enabled self-hosted option's GPUs
    // (an H100 at its rental price): no dollar budget is given, so both front ends derive it
    // from the 5.76e23 FLOP budget.
    Scenario scenario = defaultScenario();
    scenario.plannerPricesFromScenario = true;
    scenario.planner.budgetUsd = 0;
    const QString path = save(scenario, u"dollars.pertoken"_s);
    QVERIFY(!path.isEmpty());

    const testing::CliRun run = plan(path);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject cli = json(run);
    const QJsonObject aware = cli.value(u"inferenceAware"_s).toObject();
    const QJsonObject t2 = cli.value(u"trainToTest"_s).toObject();
    // The command line plans in dollars: the dollar fields are present only then.
    QVERIFY2(aware.contains(u"totalUsd"_s), run.out.constData());
    QVERIFY2(t2.contains(u"trainUsd"_s), run.out.constData());

    MainWindow window(discardAll);
    openInDashboard(window, path);
    auto *answers = window.plannerPanel()->findChild<QLabel *>(u"plannerAnswers"_s);
    QVERIFY(answers);
    // The dashboard re-evaluates once per event-loop turn after the file is opened.
    QTRY_VERIFY(window.dashboard()->evaluation().plan.budgetInUsd);
    QTRY_VERIFY(answers->text().contains(ui::formatUsd(aware.value(u"totalUsd"_s).toDouble())));
    // What the Scaling tab shows: the same lifetime cost and train-to-test training cost.
    const QString shown = answers->text();
    QVERIFY2(shown.contains(ui::formatUsd(aware.value(u"totalUsd"_s).toDouble())),
             qPrintable(shown));
    QVERIFY2(shown.contains(ui::formatUsd(t2.value(u"trainUsd"_s).toDouble())), qPrintable(shown));
    // And the evaluation behind it, to the last digit JSON carries.
    const PlanResult &dashboard = window.dashboard()->evaluation().plan;
    QVERIFY(dashboard.budgetInUsd && dashboard.inferenceAware && dashboard.trainToTest);
    QVERIFY(close(dashboard.inferenceAware->totalUsd, aware.value(u"totalUsd"_s).toDouble()));
    QVERIFY(close(dashboard.inferenceAware->params, aware.value(u"params"_s).toDouble()));
    QVERIFY(close(dashboard.trainToTest->optimum.params, t2.value(u"params"_s).toDouble()));
    QCOMPARE(double(dashboard.trainToTest->optimum.samples), t2.value(u"samples"_s).toDouble());

    // The budget chart draws a dollar budget on a money axis (labels "$1 M", …), not on the
    // FLOP axis it uses for a budget in FLOPs.
    auto *charts = window.plannerPanel()->findChild<PlannerCharts *>();
    QVERIFY(charts);
    QChart &budget = *charts->budgetChart();
    QTRY_VERIFY(findAxis(budget, u"budget-usd.labels"_s));
    QVERIFY(!findAxis(budget, u"budget"_s));
    auto *money = qobject_cast<QCategoryAxis *>(findAxis(budget, u"budget-usd.labels"_s));
    QVERIFY(money && money->categoriesLabels().size() >= 2);
    for (const QString &label : money->categoriesLabels())
        QVERIFY2(label.isEmpty() || label.startsWith(u'$'), qPrintable(label));
    QCOMPARE(money->titleText(), u"End-to-end budget (USD)"_s);
}

void TestPlanAgree::spinBoxesShowTheValuesUsed()
{
    // 1e16 FLOPs of training compute lies within the planner's range (1e15 to 1e30 FLOPs), and
    // 0 queries means "no train-to-test answer": the command line plans with exactly these, so
    // the spin boxes must show them rather than a value clamped to a narrower range.
    Scenario scenario = defaultScenario();
    scenario.planner.computeFlops = 1e16;
    scenario.planner.queries = 0;
    const QString path = save(scenario, u"small.pertoken"_s);
    QVERIFY(!path.isEmpty());

    const testing::CliRun run = plan(path);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject cli = json(run);
    const double used =
        cli.value(u"computeOptimal"_s).toObject().value(u"computeFlops"_s).toDouble();
    QCOMPARE(used, 1e16);
    QVERIFY(!cli.contains(u"trainToTest"_s));

    MainWindow window(discardAll);
    openInDashboard(window, path);
    ParameterEditor *compute = window.plannerPanel()->form()->editor(u"planner.computeFlops"_s);
    ParameterEditor *queries = window.plannerPanel()->form()->editor(u"planner.queries"_s);
    QVERIFY(compute && queries);
    QTRY_VERIFY(!window.dashboard()->evaluation().plan.trainToTest);
    QCOMPARE(compute->spinBox()->value(), used);
    QCOMPARE(queries->spinBox()->value(), 0.0);
    QCOMPARE(queries->spinBox()->text(), ParameterEditor::tr("not requested"));
    QVERIFY(!window.dashboard()->evaluation().plan.trainToTest);
}

void TestPlanAgree::outOfRangeFileRefusedAlike()
{
    // 1e31 FLOPs is ten times the planner's highest budget (1e30): one rule refuses the file,
    // with one message, whichever front end opens it.
    Scenario scenario = defaultScenario();
    const QString path = save(scenario, u"huge.pertoken"_s);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject planner = root.value(u"planner"_s).toObject();
    planner.insert(u"computeFlops"_s, 1e31);
    root.insert(u"planner"_s, planner);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const testing::CliRun run = plan(path);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());

    MainWindow window(discardAll);
    const std::optional<InputError> refused = window.document()->load(path);
    QVERIFY(refused);
    QCOMPARE(refused->field, u"planner.computeFlops"_s);
    QVERIFY2(refused->message.contains(u"from 1e15 to 1e30 FLOPs"_s), qPrintable(refused->message));
    QVERIFY2(QString::fromUtf8(run.err).contains(refused->toString()), run.err.constData());
}

QTEST_MAIN(TestPlanAgree)
#include "tst_plan_agree.moc"
