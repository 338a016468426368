// The scenario file format and the built-in default scenario.

#include "scenario/evaluate.h"
#include "scenario/evaluation_json.h"
#include "scenario/parameters.h"
#include "scenario/scenario_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

QJsonObject defaultJson()
{
    return scenarioToJson(defaultScenario());
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject withOption(QJsonObject root, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray options = root.value(u"options"_s).toArray();
    QJsonObject option = options[index].toObject();
    if (value.isUndefined())
        option.remove(key);
    else
        option.insert(key, value);
    options[index] = option;
    root.insert(u"options"_s, options);
    return root;
}

} // namespace

class TestScenario : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultScenarioIsComplete();
    void roundTripKeepsEveryField();
    void engineProfileIsOptional();
    void saveThenLoad();
    void malformed_data();
    void malformed();
    void newerSchemaIsRefused();
    void parametersRejectOutOfRange();
    void maiImageEfficientCost();
    void evaluationJsonHasTheContractFields();
    void evaluationIsFiniteEverywhere();
    void plannerPricesFromTheScenario();
    void volumeCurveSamplesWholeDecades();
};

void TestScenario::defaultScenarioIsComplete()
{
    const Scenario s = defaultScenario();
    QCOMPARE(s.options.size(), 6);
    const Evaluation e = evaluate(s);
    for (const OptionResult &r : e.options)
        QVERIFY2(r.feasible, qPrintable(r.name + u": "_s + r.infeasibleReason));
    QVERIFY(!e.cheapestId.isEmpty());
    // Every pair of the six options: 6 · 5 / 2 = 15 break-even entries.
    QCOMPARE(e.breakEven.size(), 15);
    QCOMPARE(e.uncertainty.size(), 3); // one band per option with a range
    // The 70B model in FP8 (70.6e9 bytes) fits one H100: 80 GiB · 0.9 = 77.31e9 bytes usable
    // leave 6.71e9 for KV cache, more than one 1,800-token sequence's 1800 · 327,680 =
    // 0.59e9 (read as 80e9 bytes and cut twice to 64.8e9 it needed two). The laptop runs it
    // at 4-bit.
    QCOMPARE(e.option(u"llama-70b-h100-owned"_s)->gpusPerReplica, 1);
    QVERIFY(e.option(u"llama-70b-q4-laptop"_s)->roofline->fits);
}

void TestScenario::roundTripKeepsEveryField()
{
    const Scenario original = defaultScenario();
    const Result<Scenario> parsed = scenarioFromBytes(scenarioToBytes(original), u"memory"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY(*parsed == original);
    // And the bytes are stable: writing the parsed scenario gives the same file.
    QCOMPARE(scenarioToBytes(*parsed), scenarioToBytes(original));

    // The memo's question and the break-even rule too; a file without them (written before
    // they existed) reads as no question and peak concurrency in proportion to volume.
    Scenario edited = original;
    edited.question = u"Should support answers move off the API?"_s;
    edited.workload.breakEvenPeak = BreakEvenPeak::Fixed;
    const Result<Scenario> again = scenarioFromBytes(scenarioToBytes(edited), u"memory"_s);
    QVERIFY(again.ok());
    QVERIFY(*again == edited);
    QJsonObject old = QJsonDocument::fromJson(scenarioToBytes(edited)).object();
    old.remove(u"question"_s);
    QJsonObject workload = old.value(u"workload"_s).toObject();
    workload.remove(u"breakEvenPeak"_s);
    old.insert(u"workload"_s, workload);
    const Result<Scenario> older = scenarioFromBytes(QJsonDocument(old).toJson(), u"memory"_s);
    QVERIFY(older.ok());
    QVERIFY(older->question.isEmpty());
    QCOMPARE(older->workload.breakEvenPeak, BreakEvenPeak::Proportional);
}

void TestScenario::engineProfileIsOptional()
{
    // The default scenario's files carry no "engine": its options batch continuously, as every
    // option did before the field existed.
    const Scenario original = defaultScenario();
    QVERIFY(!scenarioToBytes(original).contains("\"engine\""));
    for (const DeploymentOption &option : original.options) {
        if (const auto *s = std::get_if<SelfHostedOption>(&option.spec))
            QCOMPARE(s->engine, EngineProfile::ContinuousBatching);
    }
    // A layer split is written and read back.
    Scenario split = original;
    for (DeploymentOption &option : split.options) {
        if (auto *s = std::get_if<SelfHostedOption>(&option.spec))
            s->engine = EngineProfile::LayerSplit;
    }
    const QByteArray bytes = scenarioToBytes(split);
    QVERIFY(bytes.contains("\"engine\": \"layer-split\""));
    const Result<Scenario> parsed = scenarioFromBytes(bytes, u"memory"_s);
    QVERIFY(parsed.ok());
    QVERIFY(*parsed == split);
    // So is expert parallelism, which files leave out when it is off.
    QVERIFY(!scenarioToBytes(original).contains("\"expertParallel\""));
    Scenario expert = original;
    for (DeploymentOption &option : expert.options) {
        if (auto *s = std::get_if<SelfHostedOption>(&option.spec))
            s->expertParallel = true;
    }
    const Result<Scenario> expertParsed = scenarioFromBytes(scenarioToBytes(expert), u"memory"_s);
    QVERIFY(expertParsed.ok());
    QVERIFY(*expertParsed == expert);
}

void TestScenario::saveThenLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.pertoken"_s);
    Scenario s = defaultScenario();
    QVERIFY(setParameterValue(s, u"llama-8b-h100-rented"_s, u"rentalUsdPerGpuHour"_s, 2.49));
    QVERIFY(!saveScenarioFile(s, path).has_value());
    const Result<Scenario> loaded = loadScenarioFile(path);
    QVERIFY(loaded.ok());
    QVERIFY(*loaded == s);
}

void TestScenario::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QString() << u"not valid JSON"_s;
    QTest::newRow("array at the top") << QByteArray("[]") << QString() << u"JSON object"_s;

    QJsonObject root = defaultJson();
    root.insert(u"format"_s, u"something.else"_s);
    QTest::newRow("wrong format") << bytes(root) << u"format"_s << u"pertoken.scenario"_s;

    root = defaultJson();
    root.remove(u"workload"_s);
    QTest::newRow("missing workload") << bytes(root) << u"workload"_s << u"missing"_s;

    root = defaultJson();
    QJsonObject workload = root.value(u"workload"_s).toObject();
    workload.insert(u"requestsPerMonth"_s, u"lots"_s);
    root.insert(u"workload"_s, workload);
    QTest::newRow("wrong type") << bytes(root) << u"workload.requestsPerMonth"_s
                                << u"must be a number, not a string"_s;

    root = defaultJson();
    workload = root.value(u"workload"_s).toObject();
    workload.insert(u"breakEvenPeak"_s, u"sideways"_s);
    root.insert(u"workload"_s, workload);
    QTest::newRow("unknown break-even rule")
        << bytes(root) << u"workload.breakEvenPeak"_s << u"\"proportional\" or \"fixed\""_s;

    root = withOption(defaultJson(), 3, u"rentalUsdPerGpuHour"_s, -1.0);
    QTest::newRow("negative price")
        << bytes(root) << u"options[3].rentalUsdPerGpuHour"_s << u"at least"_s;

    root = withOption(defaultJson(), 4, u"pue"_s, QJsonValue(QJsonValue::Undefined));
    QTest::newRow("missing field") << bytes(root) << u"options[4].pue"_s << u"missing"_s;

    root = withOption(defaultJson(), 1, u"kind"_s, u"mainframe"_s);
    QTest::newRow("unknown kind") << bytes(root) << u"options[1].kind"_s << u"mainframe"_s;

    root = withOption(defaultJson(), 3, u"engine"_s, u"pipeline"_s);
    QTest::newRow("unknown engine profile")
        << bytes(root) << u"options[3].engine"_s << u"layer-split"_s;

    root = withOption(withOption(defaultJson(), 3, u"engine"_s, u"layer-split"_s), 3,
                      u"expertParallel"_s, true);
    QTest::newRow("expert parallel on a layer split")
        << bytes(root) << u"options[3].expertParallel"_s << u"continuous-batching"_s;

    root = withOption(defaultJson(), 2, u"id"_s, u"gpt-4o"_s);
    QTest::newRow("duplicate id") << bytes(root) << u"options[2].id"_s << u"unique"_s;

    root = defaultJson();
    QJsonObject uncertainty = root.value(u"uncertainty"_s).toObject();
    QJsonArray ranges = uncertainty.value(u"ranges"_s).toArray();
    QJsonObject range = ranges[0].toObject();
    range.insert(u"low"_s, 5.0);
    range.insert(u"high"_s, 1.0);
    ranges[0] = range;
    uncertainty.insert(u"ranges"_s, ranges);
    root.insert(u"uncertainty"_s, uncertainty);
    QTest::newRow("inverted range") << bytes(root) << u"uncertainty.ranges[0]"_s << u"low"_s;
}

void TestScenario::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<Scenario> parsed = scenarioFromBytes(data, u"bad.pertoken"_s);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().source, u"bad.pertoken"_s);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().toString().startsWith(u"bad.pertoken: "_s));
}

void TestScenario::newerSchemaIsRefused()
{
    QJsonObject root = defaultJson();
    root.insert(u"schemaVersion"_s, 7);
    const Result<Scenario> parsed = scenarioFromBytes(bytes(root), u"future.pertoken"_s);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, u"schemaVersion"_s);
    QVERIFY(parsed.error().message.contains(u"newer PerToken"_s));
}

void TestScenario::parametersRejectOutOfRange()
{
    Scenario s = defaultScenario();
    const Scenario before = s;
    QVERIFY(!setParameterValue(s, u"llama-8b-h100-rented"_s, u"rentalUsdPerGpuHour"_s, -2));
    QVERIFY(!setParameterValue(s, u"llama-8b-h100-rented"_s, u"mbu"_s, std::nan("")));
    QVERIFY(!setParameterValue(s, u"no-such-option"_s, u"mbu"_s, 0.5));
    QVERIFY(!setParameterValue(s, {}, u"requestsPerMonth"_s, 0));
    QVERIFY(s == before);
}

void TestScenario::maiImageEfficientCost()
{
    // MAI-Image-2-Efficient: $5.00/M text input, $19.50/M image output, no cached-input rate
    // (cached tokens are billed as input). Per request: 1,500 · 5 / 1e6 + 300 · 19.5 / 1e6 =
    // 0.0075 + 0.00585 = $0.01335; per million tokens: 0.01335 / 1,800 · 1e6 = $7.41667.
    const Evaluation e = evaluate(defaultScenario());
    const OptionResult *mai = e.option(u"mai-image-2-efficient"_s);
    QVERIFY(mai);
    QVERIFY(std::abs(mai->usdPerMillionTokens - 7.416667) < 1e-5);
    QVERIFY(std::abs(mai->usdPerMillionInputTokens - 5.0) < 1e-9);
    QVERIFY(std::abs(mai->usdPerMillionOutputTokens - 19.5) < 1e-9);
    // 2e6 requests · $0.01335 = $26,700 a month.
    QVERIFY(std::abs(mai->monthlyUsd - 26700) < 1e-6);
}

void TestScenario::evaluationJsonHasTheContractFields()
{
    const Scenario s = defaultScenario();
    const QJsonObject json = evaluationToJson(s, evaluate(s));
    QCOMPARE(json.value(u"schema"_s).toString(), u"pertoken.eval/1"_s);
    const QJsonArray options = json.value(u"options"_s).toArray();
    QCOMPARE(options.size(), s.options.size());
    for (const QJsonValue &value : options) {
        const QJsonObject o = value.toObject();
        for (const QString &key : {u"id"_s, u"name"_s, u"kind"_s, u"usdPerMillionTokens"_s,
                                   u"usdPerMillionInputTokens"_s, u"usdPerMillionOutputTokens"_s,
                                   u"monthlyUsd"_s, u"breakdown"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        if (o.value(u"kind"_s).toString() != u"cloud-api") {
            for (const QString &key :
                 {u"tokensPerSecond"_s, u"fits"_s, u"bound"_s, u"joulesPerToken"_s})
                QVERIFY2(o.contains(key), qPrintable(key));
        }
    }
    QVERIFY(json.value(u"breakEven"_s).toArray().first().toObject().contains(u"tokensPerMonth"_s));
    QVERIFY(json.value(u"cheapest"_s).isString());
}

void TestScenario::evaluationIsFiniteEverywhere()
{
    // Every workload and option parameter at the edges of its range: no NaN, no infinity.
    const Scenario base = defaultScenario();
    const auto finite = [](const Evaluation &e) {
        for (const OptionResult &r : e.options) {
            for (double v :
                 {r.usdPerMillionTokens, r.monthlyUsd, r.usdPerMillionInputTokens,
                  r.usdPerMillionOutputTokens, r.joulesPerToken, r.outputTokensPerSecond})
                if (!std::isfinite(v))
                    return false;
        }
        return true;
    };
    for (const ParameterSpec &spec : workloadParameters()) {
        for (double v : {spec.min, spec.max}) {
            Scenario s = base;
            QVERIFY(setParameterValue(s, {}, spec.key, v));
            QVERIFY2(finite(evaluate(s)), qPrintable(spec.key));
        }
    }
    for (const ParameterSpec &spec : plannerParameters()) {
        for (double v : {spec.min, spec.max}) {
            Scenario s = base;
            QVERIFY2(setParameterValue(s, {}, spec.key, v), qPrintable(spec.key));
            QCOMPARE(*parameterValue(s, {}, spec.key), v);
            const Evaluation e = evaluate(s);
            if (spec.key == u"planner.targetLoss" && v < s.planner.law.E) {
                // The table's lowest loss (0.5) is below the Epoch law's E = 1.8172: the
                // planner says so instead of answering.
                QVERIFY(e.plan.error && e.plan.error->field == u"targetLoss"_s);
                continue;
            }
            QVERIFY2(!e.plan.error.has_value(),
                     qPrintable(spec.key + u": "_s +
                                (e.plan.error ? e.plan.error->toString() : QString())));
            if (e.plan.trainToTest) {
                QVERIFY(std::isfinite(e.plan.trainToTest->optimum.params));
                QVERIFY(std::isfinite(e.plan.trainToTest->optimum.passAtK));
            }
        }
    }
    for (const DeploymentOption &option : base.options) {
        for (const ParameterSpec &spec : optionParameters(option)) {
            for (double v : {spec.min, spec.max}) {
                Scenario s = base;
                QVERIFY(setParameterValue(s, option.id, spec.key, v));
                QVERIFY2(finite(evaluate(s)), qPrintable(option.id + u'.' + spec.key));
            }
        }
    }
}

void TestScenario::plannerPricesFromTheScenario()
{
    // The first enabled self-hosted option is Llama 3.1 8B in FP8 on an H100 SXM rented at
    // $2.99/GPU-h; its FP8 dense peak is 1,979 TFLOPS (NVIDIA data sheet), so one FLOP at peak
    // costs 2.99 / (3,600 · 1.979e15) = 4.19686e-19 USD (Sardana et al.'s $/FLOP definition).
    Scenario s = defaultScenario();
    s.plannerPricesFromScenario = true;
    const Evaluation e = evaluate(s);
    QVERIFY(std::abs(e.planFlopPrices.trainingUsdPerFlop / (2.99 / (3600 * 1.979e15)) - 1) < 1e-9);
    QCOMPARE(e.planFlopPrices.inferenceUsdPerFlop, e.planFlopPrices.trainingUsdPerFlop);
    QVERIFY(!e.plan.error.has_value());
    QVERIFY(e.plan.budgetInUsd);
    // Planning in FLOPs when no self-hosted option is enabled, with a warning saying so.
    for (DeploymentOption &option : s.options) {
        if (option.kind() == OptionKind::SelfHosted)
            option.enabled = false;
    }
    const Evaluation flops = evaluate(s);
    QCOMPARE(flops.planFlopPrices.trainingUsdPerFlop, 0.0);
    QVERIFY(flops.warnings.join(u' ').contains(u"plans in FLOPs"_s));
}

void TestScenario::volumeCurveSamplesWholeDecades()
{
    // 2e6 requests of 1,800 tokens (the default workload) is 3.6e9 tokens/month, in the decade of
    // 1e9: the curves run from 1e5 (four decades below) to 1e14 (five above), six points a
    // decade at 10^(k/6), so 9 · 6 + 1 = 55 points.
    Scenario scenario = defaultScenario();
    QCOMPARE(scenario.workload.tokensPerMonth(), 3.6e9);
    const Evaluation first = evaluate(scenario);
    const QList<QPointF> &curve = first.options.first().volumeCurve;
    QCOMPARE(curve.size(), 55);
    QCOMPARE(curve.first().x(), 1e5);
    QCOMPARE(curve.last().x(), 1e14);
    QCOMPARE(curve.at(6).x(), 1e6);
    QVERIFY(std::abs(curve.at(1).x() / (1e5 * std::pow(10.0, 1.0 / 6)) - 1) < 1e-12);

    // Twice the volume stays in the same decade: an API's curve (cost linear in volume, no
    // dependence on the workload's own volume) is the same, point for point.
    scenario.workload.requestsPerMonth *= 2;
    const Evaluation second = evaluate(scenario);
    QCOMPARE(second.options.first().kind, OptionKind::CloudApi);
    QCOMPARE(second.options.first().volumeCurve, curve);
}

QTEST_APPLESS_MAIN(TestScenario)
#include "tst_scenario.moc"
