// The planner (core/scaling/planner.h): defaults, validation, the scenario JSON round trip,
// the pertoken.plan/1 document and the chart series.

#include "scaling/planner.h"
#include "scaling/planner_ranges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

bool allFinite(const QList<QPointF> &points)
{
    for (const QPointF &p : points)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    return true;
}

bool increasingX(const QList<QPointF> &points)
{
    for (qsizetype i = 1; i < points.size(); ++i)
        if (!(points[i].x() > points[i - 1].x()))
            return false;
    return true;
}

PlannerInputs inDollars()
{
    PlannerInputs inputs = defaultPlannerInputs();
    inputs.law = kaplanLaw();
    inputs.targetLoss = 2.3;
    // H100: $2 per GPU-hour at 9.89e14 FLOP/s (beyond-chinchilla's defaults).
    inputs.prices.trainingUsdPerFlop = 2.0 / (3600 * 9.89e14);
    inputs.prices.inferenceUsdPerFlop = 2.0 / (3600 * 9.89e14);
    inputs.budgetUsd = 5e6;
    inputs.passAtK.form = PassAtKForm::PowerLaw;
    return inputs;
}

} // namespace

class TestPlanner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValidAndAnswerEverything();
    void sectionsFollowRequests();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonIsStrict_data();
    void jsonIsStrict();
    void planDocument();
    void chartSeries();
    void warmStartedSweepsMatchColdSolves();
    void deterministic();
    void finiteOverDocumentedRanges();
};

void TestPlanner::defaultsAreValidAndAnswerEverything()
{
    const PlannerInputs inputs = defaultPlannerInputs();
    QVERIFY(!validatePlannerInputs(inputs));
    QCOMPARE(inputs.law, epochRefitLaw());
    const PlanResult result = runPlan(inputs);
    QVERIFY(!result.error);
    QVERIFY(result.computeOptimal && result.inferenceAware && result.trainToTest);
    QVERIFY(!result.budgetInUsd);
    // The compute-optimal answer is computeOptimal() itself.
    QCOMPARE(result.computeOptimal->params,
             computeOptimal(inputs.law, kChinchillaComputeFlops).params);
}

void TestPlanner::sectionsFollowRequests()
{
    PlannerInputs inputs = defaultPlannerInputs();
    inputs.computeFlops = 0;
    inputs.targetLoss = 0;
    inputs.queries = 0;
    const PlanResult none = runPlan(inputs);
    QVERIFY(!none.error);
    QVERIFY(!none.computeOptimal && !none.inferenceAware && !none.trainToTest);
    QVERIFY(none.optimalParamsByQueries.isEmpty() && none.bestPassAtKByBudget.isEmpty());
    QVERIFY(!none.computeOptimalFrontier.isEmpty()); // the loss chart always has a budget
    QCOMPARE(none.chartComputeFlops, inputs.budgetFlops);
}

void TestPlanner::validationNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::newRow("negative compute") << u"computeFlops"_s << -1.0;
    QTest::newRow("compute below range") << u"computeFlops"_s << 1e3;
    QTest::newRow("target at E") << u"targetLoss"_s << 1.8172;
    QTest::newRow("target below E") << u"targetLoss"_s << 1.5;
    QTest::newRow("negative target") << u"targetLoss"_s << -2.0;
    QTest::newRow("negative inference") << u"inferenceTokens"_s << -1.0;
    QTest::newRow("no samples") << u"maxSamples"_s << 0.0;
    QTest::newRow("negative queries") << u"queries"_s << -1.0;
    QTest::newRow("negative budget") << u"budgetFlops"_s << -5.76e23;
    QTest::newRow("no budget with queries") << u"budgetFlops"_s << 0.0;
    QTest::newRow("NaN prompt") << u"promptTokens"_s << std::nan("");
    QTest::newRow("zero-token samples") << u"tokensPerSample"_s << 0.0;
}

void TestPlanner::validationNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    PlannerInputs inputs = defaultPlannerInputs();
    if (field == u"computeFlops")
        inputs.computeFlops = value;
    else if (field == u"targetLoss")
        inputs.targetLoss = value;
    else if (field == u"inferenceTokens")
        inputs.inferenceTokens = value;
    else if (field == u"maxSamples")
        inputs.maxSamples = int(value);
    else if (field == u"queries")
        inputs.queries = value;
    else if (field == u"budgetFlops")
        inputs.budgetFlops = value;
    else if (field == u"promptTokens")
        inputs.promptTokens = value;
    else if (field == u"tokensPerSample")
        inputs.tokensPerSample = value;
    const std::optional<InputError> problem = validatePlannerInputs(inputs);
    QVERIFY(problem);
    QCOMPARE(problem->field, field);
    QVERIFY(!problem->message.isEmpty());
    const PlanResult result = runPlan(inputs);
    QVERIFY(result.error);
    QCOMPARE(result.error->field, field);
}

void TestPlanner::jsonRoundTrip_data()
{
    QTest::addColumn<PlannerInputs>("inputs");
    QTest::newRow("defaults") << defaultPlannerInputs();
    QTest::newRow("kaplan in dollars") << inDollars();
}

void TestPlanner::jsonRoundTrip()
{
    QFETCH(PlannerInputs, inputs);
    const QJsonObject object = plannerInputsToJson(inputs);
    // Through text as well, as a scenario file would.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(object).toJson()).object();
    const Result<PlannerInputs> back = plannerInputsFromJson(reread, u"plan.json"_s, u"planner"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QVERIFY(back.value() == inputs);
}

void TestPlanner::jsonIsStrict_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
    QTest::addColumn<QString>("field");
    QTest::newRow("missing E") << u"law"_s << u"E"_s << QJsonValue(QJsonValue::Undefined)
                               << u"planner.law.E"_s;
    QTest::newRow("text budget") << QString() << u"budgetFlops"_s << QJsonValue(u"lots"_s)
                                 << u"planner.budgetFlops"_s;
    QTest::newRow("unknown form") << u"law"_s << u"form"_s << QJsonValue(u"gpt"_s)
                                  << u"planner.law.form"_s;
    QTest::newRow("fractional k") << QString() << u"maxSamples"_s << QJsonValue(2.5)
                                  << u"planner.maxSamples"_s;
    QTest::newRow("target below E")
        << QString() << u"targetLoss"_s << QJsonValue(1.0) << u"planner.targetLoss"_s;
    QTest::newRow("rising link") << u"passAtK"_s << u"linkSlopePerNat"_s << QJsonValue(1.0)
                                 << u"planner.passAtK.linkSlopePerNat"_s;
    QTest::newRow("missing prices")
        << QString() << u"prices"_s << QJsonValue(QJsonValue::Undefined) << u"planner.prices"_s;
}

void TestPlanner::jsonIsStrict()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject object = plannerInputsToJson(defaultPlannerInputs());
    const auto edit = [&](QJsonObject &target) {
        if (value.isUndefined())
            target.remove(key);
        else
            target.insert(key, value);
    };
    if (section.isEmpty()) {
        edit(object);
    } else {
        QJsonObject inner = object.value(section).toObject();
        edit(inner);
        object.insert(section, inner);
    }
    const Result<PlannerInputs> back = plannerInputsFromJson(object, u"plan.json"_s, u"planner"_s);
    QVERIFY(!back.ok());
    QCOMPARE(back.error().source, u"plan.json"_s);
    QCOMPARE(back.error().field, field);
}

void TestPlanner::planDocument()
{
    const PlannerInputs inputs = defaultPlannerInputs();
    const QJsonObject document = planResultToJson(runPlan(inputs), inputs);
    QCOMPARE(document.value(u"schema"_s).toString(), u"pertoken.plan/1"_s);
    QCOMPARE(document.value(u"law"_s).toString(), u"epoch"_s);
    const QJsonObject constants = document.value(u"constants"_s).toObject();
    QCOMPARE(constants.value(u"E"_s).toDouble(), 1.8172);
    QCOMPARE(constants.value(u"beta"_s).toDouble(), 0.3658);
    const auto hasKeys = [](const QJsonObject &object, const QStringList &keys) {
        for (const QString &key : keys)
            if (!object.value(key).isDouble())
                return false;
        return true;
    };
    QVERIFY(hasKeys(document.value(u"computeOptimal"_s).toObject(),
                    {u"computeFlops"_s, u"params"_s, u"tokens"_s, u"loss"_s, u"tokensPerParam"_s}));
    const QJsonObject aware = document.value(u"inferenceAware"_s).toObject();
    QVERIFY(hasKeys(aware, {u"targetLoss"_s, u"inferenceTokens"_s, u"params"_s, u"tokens"_s,
                            u"trainFlops"_s, u"inferenceFlops"_s, u"totalFlops"_s}));
    QVERIFY(hasKeys(aware.value(u"vsComputeOptimal"_s).toObject(),
                    {u"params"_s, u"tokens"_s, u"totalFlops"_s}));
    // More inference than nothing: a smaller model than compute-optimal.
    QVERIFY(aware.value(u"vsComputeOptimal"_s).toObject().value(u"params"_s).toDouble() < 1);
    const QJsonObject t2 = document.value(u"trainToTest"_s).toObject();
    QVERIFY(hasKeys(t2, {u"params"_s, u"tokens"_s, u"samples"_s, u"passAtK"_s, u"trainFlops"_s,
                         u"inferenceFlops"_s}));
    QCOMPARE(t2.value(u"samples"_s).toDouble(), std::floor(t2.value(u"samples"_s).toDouble()));

    PlannerInputs onlyCompute = inputs;
    onlyCompute.targetLoss = 0;
    onlyCompute.queries = 0;
    const QJsonObject partial = planResultToJson(runPlan(onlyCompute), onlyCompute);
    QVERIFY(partial.contains(u"computeOptimal"_s));
    QVERIFY(!partial.contains(u"inferenceAware"_s) && !partial.contains(u"trainToTest"_s));
}

void TestPlanner::chartSeries()
{
    const PlanResult result = runPlan(defaultPlannerInputs());
    QCOMPARE(result.computeOptimalFrontier.size(), 40);
    QVERIFY(result.lossCurves.size() >= 3);
    QCOMPARE(result.optimalParamsByQueries.size(), 20);
    QCOMPARE(result.bestPassAtKByBudget.size(), 20);
    const QList<QList<QPointF>> all = {
        result.computeOptimalFrontier,    result.optimalParamsByQueries,
        result.tokensPerParamByQueries,   result.samplesByQueries,
        result.chinchillaParamsByQueries, result.bestPassAtKByBudget,
        result.chinchillaPassAtKByBudget};
    for (const QList<QPointF> &series : all) {
        QVERIFY(allFinite(series));
        QVERIFY(increasingX(series));
    }
    // The frontier is the lower envelope of the fixed-size curves.
    for (const LossCurve &curve : result.lossCurves)
        for (const QPointF &point : curve.points)
            QVERIFY(point.y() >= computeOptimal(epochRefitLaw(), point.x()).loss - 1e-12);
    // More budget, better best pass@k; the optimum never loses to the Chinchilla point.
    for (qsizetype i = 0; i < result.bestPassAtKByBudget.size(); ++i) {
        if (i > 0)
            QVERIFY(result.bestPassAtKByBudget[i].y() > result.bestPassAtKByBudget[i - 1].y());
        QVERIFY(result.bestPassAtKByBudget[i].y() >= result.chinchillaPassAtKByBudget[i].y());
    }
}

void TestPlanner::warmStartedSweepsMatchColdSolves()
{
    // Each sweep point starts from its neighbour's optimum; solving it from scratch (grid over
    // k) must give the same samples per query and the same pass@k.
    const PlannerInputs inputs = defaultPlannerInputs();
    const PlanResult result = runPlan(inputs);
    TrainToTestInputs t2;
    t2.law = inputs.law;
    t2.passAtK = inputs.passAtK;
    t2.promptTokens = inputs.promptTokens;
    t2.tokensPerSample = inputs.tokensPerSample;
    t2.maxSamples = inputs.maxSamples;
    t2.budgetFlops = inputs.budgetFlops;
    QVERIFY(!result.samplesByQueries.isEmpty());
    for (qsizetype i = 0; i < result.samplesByQueries.size(); ++i) {
        t2.queries = result.samplesByQueries[i].x();
        const Result<TrainToTestResult> cold = optimizeTrainToTest(t2);
        QVERIFY(cold.ok());
        QCOMPARE(double(cold->optimum.samples), result.samplesByQueries[i].y());
        QVERIFY(std::abs(cold->optimum.params / result.optimalParamsByQueries[i].y() - 1) < 1e-6);
    }
    t2.queries = inputs.queries;
    for (const QPointF &point : result.bestPassAtKByBudget) {
        t2.budgetFlops = point.x();
        const Result<TrainToTestResult> cold = optimizeTrainToTest(t2);
        QVERIFY(cold.ok());
        QVERIFY(std::abs(cold->optimum.passAtK - point.y()) < 1e-12);
    }
}

void TestPlanner::deterministic()
{
    const PlannerInputs inputs = inDollars();
    const PlanResult a = runPlan(inputs);
    const PlanResult b = runPlan(inputs);
    QVERIFY(!a.error);
    QVERIFY(a.budgetInUsd);
    QCOMPARE(a.bestPassAtKByBudget, b.bestPassAtKByBudget);
    QCOMPARE(a.samplesByQueries, b.samplesByQueries);
    QCOMPARE(planResultToJson(a, inputs), planResultToJson(b, inputs));
}

void TestPlanner::finiteOverDocumentedRanges()
{
    PlannerInputs inputs = defaultPlannerInputs();
    for (const TrainingLaw &law : {epochRefitLaw(), hoffmannLaw(), kaplanLaw()}) {
        for (double flops : {1e15, 1e22, 1e30}) {
            for (double queries : {0.0, 1.0, 1e9, 1e15}) {
                // Just above E (or the table's lowest loss, 0.5, for Kaplan's E = 0), 1 nat
                // above, and the table's highest loss (10 nats/token).
                const PlannerInputSpec &loss = *findPlannerInput(u"targetLoss"_s);
                for (double target : {std::max(law.E + 1e-6, loss.min), law.E + 1.0, loss.max}) {
                    inputs.law = law;
                    inputs.computeFlops = flops;
                    inputs.budgetFlops = flops;
                    inputs.queries = queries;
                    inputs.targetLoss = target;
                    inputs.inferenceTokens = 1e18;
                    const PlanResult result = runPlan(inputs);
                    if (result.error) {
                        // Only an unaffordable train-to-test request may fail here.
                        QCOMPARE(result.error->field, u"budgetFlops"_s);
                        QVERIFY(!result.trainToTest);
                    }
                    const QJsonObject document = planResultToJson(result, inputs);
                    // QJsonValue stores a NaN or infinity as null: none may appear.
                    const QByteArray text = QJsonDocument(document).toJson();
                    QVERIFY2(!text.contains("null"), text.constData());
                    QVERIFY(allFinite(result.computeOptimalFrontier));
                    QVERIFY(allFinite(result.optimalParamsByQueries));
                    QVERIFY(allFinite(result.tokensPerParamByQueries));
                    QVERIFY(allFinite(result.bestPassAtKByBudget));
                    for (const LossCurve &curve : result.lossCurves)
                        QVERIFY(allFinite(curve.points));
                }
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestPlanner)
#include "tst_planner.moc"
