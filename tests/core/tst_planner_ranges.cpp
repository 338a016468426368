// The planner's table of inputs is the one rule for their ranges: the dashboard's parameters,
// the planner's validation, the scenario reader and the defaults all follow it.

#include "scaling/planner.h"
#include "scaling/planner_ranges.h"
#include "scenario/parameters.h"
#include "scenario/scenario_json.h"
#include "scenario/scenario_plan.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

// Defaults with no train-to-test request and a reachable loss, so that one input at a time
// meets only the table's rule (the budget a request for queries needs, and a loss above the
// law's E, are rules of their own).
PlannerInputs neutral()
{
    PlannerInputs inputs = defaultPlannerInputs();
    inputs.queries = 0;
    return inputs;
}

} // namespace

class TestPlannerRanges final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dashboardParametersAreTheTable();
    void defaultsAreTheTable();
    void validationFollowsTheTable_data();
    void validationFollowsTheTable();
    void scenarioReaderRefusesWithTheTableWords();
    void dollarBudgetFollowsTheFlopBudget();
};

void TestPlannerRanges::dashboardParametersAreTheTable()
{
    QVERIFY(!plannerParameters().isEmpty());
    for (const ParameterSpec &parameter : plannerParameters()) {
        QVERIFY(parameter.key.startsWith(u"planner."_s));
        const PlannerInputSpec *input = findPlannerInput(parameter.key.mid(8));
        QVERIFY2(input, qPrintable(parameter.key));
        QCOMPARE(parameter.min, input->min);
        QCOMPARE(parameter.max, input->max);
        QCOMPARE(parameter.unit, input->unit);
        QCOMPARE(parameter.integer, input->integer);
        QCOMPARE(parameter.logarithmic, input->logarithmic);
        QVERIFY(parameter.zero == input->zero);
        // setParameterValue accepts exactly what the table accepts.
        Scenario scenario = defaultScenario();
        for (double v : {0.0, input->min, input->max, input->min * 0.5, input->max * 1.5}) {
            QCOMPARE(setParameterValue(scenario, {}, parameter.key, v), input->accepts(v));
        }
    }
}

void TestPlannerRanges::defaultsAreTheTable()
{
    // defaultPlannerInputs() documents Chinchilla's 5.76e23 FLOPs, loss 2.0, 2e12 inference
    // tokens, 1e9 queries of 70 + 215 tokens, k ≤ 1024; the table carries the same numbers.
    const PlannerInputs defaults = defaultPlannerInputs();
    for (const PlannerInputSpec &spec : plannerInputSpecs()) {
        QCOMPARE(spec.get(defaults), spec.defaultValue);
        QVERIFY2(spec.accepts(spec.defaultValue), qPrintable(spec.key));
    }
    QCOMPARE(defaults.computeFlops, 5.76e23);
    QCOMPARE(defaults.maxSamples, 1024);
    QVERIFY(!validatePlannerInputs(defaults));
    // PlannerInputs holds k as an int; the table refuses a fractional k before it is stored.
    QVERIFY(!findPlannerInput(u"maxSamples"_s)->accepts(2.5));
}

void TestPlannerRanges::validationFollowsTheTable_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    for (const PlannerInputSpec &spec : plannerInputSpecs()) {
        const QByteArray key = spec.key.toLatin1();
        if (spec.key != u"targetLoss") // its lowest value lies below the Epoch law's E
            QTest::newRow(QByteArray(key + " min").constData()) << spec.key << spec.min << true;
        QTest::newRow(QByteArray(key + " max").constData()) << spec.key << spec.max << true;
        QTest::newRow(QByteArray(key + " above max").constData())
            << spec.key << spec.max * 2 << false;
        QTest::newRow(QByteArray(key + " zero").constData())
            << spec.key << 0.0 << (spec.zero != ZeroMeans::Refused || spec.min <= 0);
        QTest::newRow(QByteArray(key + " negative").constData()) << spec.key << -1.0 << false;
    }
}

void TestPlannerRanges::validationFollowsTheTable()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    const PlannerInputSpec &spec = *findPlannerInput(key);
    PlannerInputs inputs = neutral();
    spec.set(inputs, value);
    const std::optional<InputError> problem = validatePlannerInputs(inputs);
    QCOMPARE(!problem.has_value(), accepted);
    if (problem) {
        QCOMPARE(problem->field, key);
        QVERIFY2(problem->message.contains(spec.rangeText()), qPrintable(problem->message));
    }
}

void TestPlannerRanges::scenarioReaderRefusesWithTheTableWords()
{
    // 1e31 FLOPs is ten times the table's highest budget (1e30).
    PlannerInputs inputs = defaultPlannerInputs();
    QJsonObject object = plannerInputsToJson(inputs);
    object.insert(u"computeFlops"_s, 1e31);
    const Result<PlannerInputs> read = plannerInputsFromJson(object, u"f.pertoken"_s, u"planner"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, u"planner.computeFlops"_s);
    QCOMPARE(read.error().message,
             u"must be %1 (got 1e31)"_s.arg(findPlannerInput(u"computeFlops"_s)->rangeText()));
}

void TestPlannerRanges::dollarBudgetFollowsTheFlopBudget()
{
    // With plannerPricesFromScenario, a budget given in FLOPs costs what its training costs on
    // the scenario's hardware: budgetUsd = budgetFlops × trainingUsdPerFlop / trainingUtilization.
    Scenario scenario = defaultScenario();
    scenario.plannerPricesFromScenario = true;
    scenario.planner.budgetUsd = 0;
    const ScenarioPlannerInputs planned = plannerInputsFor(scenario);
    QVERIFY(planned.warning.isEmpty());
    QVERIFY(planned.inputs.prices.inUsd());
    const FlopPrices &prices = planned.inputs.prices;
    QCOMPARE(planned.inputs.budgetUsd,
             scenario.planner.budgetFlops * prices.trainingUsdPerFlop / prices.trainingUtilization);
    // Without a self-hosted option to price on, it plans in FLOPs and says why.
    for (DeploymentOption &option : scenario.options)
        option.enabled = option.kind() != OptionKind::SelfHosted;
    const ScenarioPlannerInputs inFlops = plannerInputsFor(scenario);
    QVERIFY(!inFlops.warning.isEmpty());
    QVERIFY(!inFlops.inputs.prices.inUsd());
    QCOMPARE(inFlops.inputs.budgetUsd, 0.0);
}

QTEST_APPLESS_MAIN(TestPlannerRanges)
#include "tst_planner_ranges.moc"
