// Every numeric input evaluate() reads, set in turn to zero, −1, a huge value, NaN, ±infinity,
// its range's edges and just beyond them: the scenario is either refused with an error naming
// the field, or evaluated to numbers that are all finite. The scenario reader refuses the same
// values in a file, naming the JSON path.

#include "scaling/planner.h"
#include "scenario/evaluate.h"
#include "scenario/parameters.h"
#include "scenario/scenario_json.h"
#include "scenario/scenario_validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <climits>
#include <cmath>
#include <functional>
#include <limits>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One input: the option it belongs to (empty: workload or planner) and its key.
struct Input {
    QString optionId;
    QString key;
    ParameterSpec spec;
};

// The default scenario, plus each self-hosted option in its other acquisition mode and each
// on-device option in its other attribution, so every parameter of every mode is read.
Scenario scenarioWithEveryMode()
{
    Scenario scenario = defaultScenario();
    const QList<DeploymentOption> originals = scenario.options;
    for (DeploymentOption option : originals) {
        if (auto *s = std::get_if<SelfHostedOption>(&option.spec))
            s->acquisition =
                s->acquisition == Acquisition::Rent ? Acquisition::Buy : Acquisition::Rent;
        else if (auto *d = std::get_if<OnDeviceOption>(&option.spec))
            d->attribution = d->attribution == Attribution::Amortized ? Attribution::Marginal
                                                                      : Attribution::Amortized;
        else
            continue;
        option.id += u"-other-mode"_s;
        scenario.options.append(option);
    }
    return scenario;
}

QList<Input> everyInput(const Scenario &scenario)
{
    QList<Input> inputs;
    for (const ParameterSpec &spec : workloadParameters())
        inputs.append({{}, spec.key, spec});
    for (const DeploymentOption &option : scenario.options) {
        for (const ParameterSpec &spec : parametersOfKind(option.kind()))
            inputs.append({option.id, spec.key, spec});
        ParameterSpec measured;
        measured.key = u"measuredOutputTokensPerSecond"_s;
        measured.min = 0;
        measured.max = 1e9;
        inputs.append({option.id, measured.key, measured});
    }
    for (const ParameterSpec &spec : plannerParameters())
        inputs.append({{}, spec.key, spec});
    return inputs;
}

void checkFinite(QStringList &bad, const QString &path, double value)
{
    if (!std::isfinite(value))
        bad.append(u"%1 = %2"_s.arg(path).arg(value));
}

void checkPoints(QStringList &bad, const QString &path, const QList<QPointF> &points)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        checkFinite(bad, u"%1[%2].x"_s.arg(path).arg(i), points[i].x());
        checkFinite(bad, u"%1[%2].y"_s.arg(path).arg(i), points[i].y());
    }
}

void checkJson(QStringList &bad, const QString &path, const QJsonValue &value)
{
    if (value.isDouble()) {
        checkFinite(bad, path, value.toDouble());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            checkJson(bad, path + u'.' + it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkJson(bad, u"%1[%2]"_s.arg(path).arg(i), array[i]);
    }
}

// Every number of an evaluation that is not finite, by path; empty when all are.
QStringList nonFinite(const Scenario &scenario, const Evaluation &e)
{
    QStringList bad;
    checkFinite(bad, u"tokensPerMonth"_s, e.tokensPerMonth);
    for (const OptionResult &r : e.options) {
        const QString at = u"options[%1]."_s.arg(r.id);
        checkFinite(bad, at + u"monthlyUsd", r.monthlyUsd);
        checkFinite(bad, at + u"usdPerMillionTokens", r.usdPerMillionTokens);
        checkFinite(bad, at + u"usdPerMillionInputTokens", r.usdPerMillionInputTokens);
        checkFinite(bad, at + u"usdPerMillionOutputTokens", r.usdPerMillionOutputTokens);
        for (const CostPart &part : r.breakdown) {
            checkFinite(bad, at + part.key + u".usdPerMonth", part.usdPerMonth);
            checkFinite(bad, at + part.key + u".usdPerMillionTokens", part.usdPerMillionTokens);
        }
        if (r.roofline) {
            const RooflineResult &f = *r.roofline;
            const double values[] = {
                f.weightBytes,         f.kvBytesPerToken,   f.kvBytesPerSequence,
                f.usableMemoryBytes,   f.peakFlops,         f.bandwidthBytesPerSecond,
                f.prefillSeconds,      f.decodeStepSeconds, f.bytesPerDecodeStep,
                f.flopsPerDecodeStep,  f.requestsPerSecond, f.outputTokensPerSecond,
                f.inputTokensPerSecond};
            for (double v : values)
                checkFinite(bad, at + u"roofline", v);
        }
        checkFinite(bad, at + u"replicas", r.replicas);
        checkFinite(bad, at + u"busyFraction", r.busyFraction);
        checkFinite(bad, at + u"outputTokensPerSecond", r.outputTokensPerSecond);
        checkFinite(bad, at + u"usageBasedUsdPerMillionTokens", r.usageBasedUsdPerMillionTokens);
        checkFinite(bad, at + u"joulesPerToken", r.joulesPerToken);
        checkFinite(bad, at + u"tokensPerKWh", r.tokensPerKWh);
        for (const BatchPoint &p : r.batchSweep) {
            checkFinite(bad, at + u"batchSweep.outputTokensPerSecond", p.outputTokensPerSecond);
            checkFinite(bad, at + u"batchSweep.tpotMs", p.tpotMs);
            checkFinite(bad, at + u"batchSweep.ttftMs", p.ttftMs);
        }
        checkPoints(bad, at + u"volumeCurve", r.volumeCurve);
    }
    for (const BreakEven &b : e.breakEven) {
        if (b.tokensPerMonth)
            checkFinite(bad, u"breakEven.tokensPerMonth"_s, *b.tokensPerMonth);
        checkFinite(bad, u"breakEven.usdPerMonth"_s, b.usdPerMonth);
    }
    for (const SensitivityRow &row : e.sensitivity) {
        checkFinite(bad, u"sensitivity.%1.base"_s.arg(row.parameter), row.baseValue);
        checkFinite(bad, u"sensitivity.%1.low"_s.arg(row.parameter), row.lowUsdPerMillionTokens);
        checkFinite(bad, u"sensitivity.%1.high"_s.arg(row.parameter), row.highUsdPerMillionTokens);
    }
    for (const UncertaintyBand &band : e.uncertainty) {
        checkFinite(bad, u"uncertainty.p10"_s, band.p10);
        checkFinite(bad, u"uncertainty.p50"_s, band.p50);
        checkFinite(bad, u"uncertainty.p90"_s, band.p90);
    }
    checkFinite(bad, u"plan.chartComputeFlops"_s, e.plan.chartComputeFlops);
    for (const LossCurve &curve : e.plan.lossCurves)
        checkPoints(bad, u"plan.lossCurves"_s, curve.points);
    checkPoints(bad, u"plan.computeOptimalFrontier"_s, e.plan.computeOptimalFrontier);
    checkPoints(bad, u"plan.optimalParamsByQueries"_s, e.plan.optimalParamsByQueries);
    checkPoints(bad, u"plan.tokensPerParamByQueries"_s, e.plan.tokensPerParamByQueries);
    checkPoints(bad, u"plan.samplesByQueries"_s, e.plan.samplesByQueries);
    checkPoints(bad, u"plan.chinchillaParamsByQueries"_s, e.plan.chinchillaParamsByQueries);
    checkPoints(bad, u"plan.bestPassAtKByBudget"_s, e.plan.bestPassAtKByBudget);
    checkPoints(bad, u"plan.chinchillaPassAtKByBudget"_s, e.plan.chinchillaPassAtKByBudget);
    checkJson(bad, u"plan"_s, planResultToJson(e.plan, scenario.planner));
    return bad;
}

// The values each input is tried with: the list plus the range's edges and just beyond.
QList<double> edgeValues(const ParameterSpec &spec)
{
    const double below = spec.min > 0 ? spec.min / 2 : spec.min - 1;
    return {0, -1, 1e300, kNaN, kInf, -kInf, spec.min, spec.max, below, spec.max * 2 + 1};
}

bool inRange(const ParameterSpec &spec, double value)
{
    return std::isfinite(value) && value >= spec.min && value <= spec.max &&
           (!spec.integer || value == std::floor(value));
}

// A cloud API's cached-input price below zero means "no cache discount" (api_price.h).
bool valid(const Input &input, double value)
{
    if (input.key == u"cachedInputUsdPerMTok" && std::isfinite(value) && value < 0)
        return true;
    return inRange(input.spec, value);
}

double storedValue(const Scenario &scenario, const Input &input)
{
    if (input.key == u"measuredOutputTokensPerSecond")
        return scenario.option(input.optionId)->measuredOutputTokensPerSecond;
    return *parameterValue(scenario, input.optionId, input.key);
}

} // namespace

class TestEdgeValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInputAtItsEdges();
    void everyWorkloadInputAtOnce();
    void uncertaintyRangesAtTheirEdges();
    void catalogRecordsAtTheirEdges();
    void readerRefusesNonFiniteAndOutOfRange_data();
    void readerRefusesNonFiniteAndOutOfRange();
    void readerRefusesNonFiniteJsonText_data();
    void readerRefusesNonFiniteJsonText();
};

void TestEdgeValues::everyInputAtItsEdges()
{
    const Scenario base = scenarioWithEveryMode();
    QVERIFY(!validateScenario(base));
    QVERIFY(nonFinite(base, evaluate(base)).isEmpty());
    // The check finds a number that is not finite where one is.
    Evaluation probe = evaluate(base);
    probe.options.first().usdPerMillionTokens = kNaN;
    probe.sensitivity.first().highUsdPerMillionTokens = kInf;
    QCOMPARE(nonFinite(base, probe).size(), 2);
    int refused = 0;
    int evaluated = 0;
    for (const Input &input : everyInput(base)) {
        const bool planner = input.key.startsWith(u"planner.");
        for (double value : edgeValues(input.spec)) {
            Scenario scenario = base;
            QVERIFY(setParameterValueUnchecked(scenario, input.optionId, input.key, value));
            const QString what =
                u"%1/%2 = %3"_s.arg(input.optionId, input.key, QString::number(value));
            const std::optional<InputError> error = validateScenario(scenario);
            // What the field holds: a whole-number field cannot hold NaN or 1e300.
            const double stored = storedValue(scenario, input);
            // The planner's own ranges (validatePlannerInputs) are wider than its sliders', and
            // one planner input can make another required: its errors name a planner field.
            if (!planner && !valid(input, stored))
                QVERIFY2(error, qPrintable(what + u": accepted"_s));
            if (!planner && valid(input, stored))
                QVERIFY2(!error, qPrintable(what + u": "_s + (error ? error->toString() : u""_s)));
            if (error) {
                ++refused;
                if (planner)
                    QVERIFY2(error->field.startsWith(u"planner."_s),
                             qPrintable(what + u": names "_s + error->field));
                else
                    QVERIFY2(error->field.endsWith(u'.' + input.key),
                             qPrintable(what + u": names "_s + error->field));
                QVERIFY2(!error->message.isEmpty(), qPrintable(what));
            } else {
                ++evaluated;
            }
            // Refused or not, evaluate() never shows a number that is not finite.
            const Evaluation e = evaluate(scenario);
            const QStringList bad = nonFinite(scenario, e);
            QVERIFY2(bad.isEmpty(), qPrintable(what + u": "_s + bad.join(u", "_s)));
            if (error && !planner) {
                for (const OptionResult &r : e.options)
                    QVERIFY2(!r.feasible && r.infeasibleReason.contains(input.key),
                             qPrintable(what + u": "_s + r.id));
            }
        }
    }
    qInfo("%d values refused with the field named, %d evaluated to finite numbers", refused,
          evaluated);
    QVERIFY(refused > 0 && evaluated > 0);
}

void TestEdgeValues::everyWorkloadInputAtOnce()
{
    // The workload's corners, all inputs together at their lowest and at their highest.
    for (const bool highest : {false, true}) {
        Scenario scenario = scenarioWithEveryMode();
        for (const ParameterSpec &spec : workloadParameters())
            QVERIFY(setParameterValue(scenario.workload, spec.key, highest ? spec.max : spec.min));
        QVERIFY(!validateScenario(scenario));
        const QStringList bad = nonFinite(scenario, evaluate(scenario));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u", "_s)));
    }
}

void TestEdgeValues::uncertaintyRangesAtTheirEdges()
{
    const Scenario base = scenarioWithEveryMode();
    for (const Input &input : everyInput(base)) {
        if (input.key.startsWith(u"planner.") || input.key == u"measuredOutputTokensPerSecond")
            continue;
        const QString what = input.optionId + u'/' + input.key;
        // The whole range: a valid input whose bands are finite.
        Scenario scenario = base;
        scenario.monteCarloSamples = 50;
        scenario.ranges = {{input.optionId, input.key, input.spec.min, input.spec.max}};
        QVERIFY2(!validateScenario(scenario), qPrintable(what));
        const QStringList bad = nonFinite(scenario, evaluate(scenario));
        QVERIFY2(bad.isEmpty(), qPrintable(what + u": "_s + bad.join(u", "_s)));
        // Ends that are not finite, reversed or outside the parameter's range are refused.
        const QList<QPair<double, double>> wrong = {{kNaN, input.spec.max},
                                                    {input.spec.min, kInf},
                                                    {-kInf, input.spec.max},
                                                    {input.spec.max, input.spec.min},
                                                    {input.spec.min - 1, input.spec.max}};
        for (const auto &[low, high] : wrong) {
            if (low == high)
                continue;
            scenario.ranges = {{input.optionId, input.key, low, high}};
            const std::optional<InputError> error = validateScenario(scenario);
            QVERIFY2(error, qPrintable(what + u" %1..%2"_s.arg(low).arg(high)));
            QCOMPARE(error->field, u"uncertainty.ranges[0]"_s);
            QVERIFY(nonFinite(scenario, evaluate(scenario)).isEmpty());
        }
    }
}

void TestEdgeValues::catalogRecordsAtTheirEdges()
{
    // The records an option embeds (accelerator or device, model, quantization, price) are
    // inputs too: each number set to the values is refused naming the record's field,
    // or evaluates to finite numbers.
    using Edit = std::function<void(DeploymentOption &, double)>;
    const auto device = [](DeploymentOption &o) -> Accelerator & {
        if (auto *s = std::get_if<SelfHostedOption>(&o.spec))
            return s->accelerator;
        return std::get<OnDeviceOption>(o.spec).device;
    };
    const auto model = [](DeploymentOption &o) -> ModelArchitecture & {
        if (auto *s = std::get_if<SelfHostedOption>(&o.spec))
            return s->model;
        return std::get<OnDeviceOption>(o.spec).model;
    };
    const auto toInt = [](double v) {
        return std::isfinite(v) && std::abs(v) < 1e9 ? int(v) : (v > 0 ? INT_MAX : -1);
    };
    const QList<QPair<QString, Edit>> hardwareEdits{
        {u"memoryGB"_s, [&](DeploymentOption &o, double v) { device(o).memoryGB = v; }},
        {u"bandwidthGBps"_s, [&](DeploymentOption &o, double v) { device(o).bandwidthGBps = v; }},
        {u"bf16Tflops"_s, [&](DeploymentOption &o, double v) { device(o).bf16Tflops = v; }},
        {u"powerWatts"_s, [&](DeploymentOption &o, double v) { device(o).powerWatts = v; }},
        {u"totalParams"_s, [&](DeploymentOption &o, double v) { model(o).totalParams = v; }},
        {u"activeParams"_s, [&](DeploymentOption &o, double v) { model(o).activeParams = v; }},
        {u"layers"_s, [&](DeploymentOption &o, double v) { model(o).layers = toInt(v); }},
        {u"kvHeads"_s, [&](DeploymentOption &o, double v) { model(o).kvHeads = toInt(v); }},
        {u"headDim"_s, [&](DeploymentOption &o, double v) { model(o).headDim = toInt(v); }},
        {u"contextLength"_s,
         [&](DeploymentOption &o, double v) { model(o).contextLength = toInt(v); }},
        {u"bitsPerWeight"_s,
         [](DeploymentOption &o, double v) {
             if (auto *s = std::get_if<SelfHostedOption>(&o.spec))
                 s->quantization.bitsPerWeight = v;
             else
                 std::get<OnDeviceOption>(o.spec).quantization.bitsPerWeight = v;
         }},
    };
    const Scenario base = scenarioWithEveryMode();
    int refused = 0;
    for (qsizetype i = 0; i < base.options.size(); ++i) {
        const bool cloud = base.options[i].kind() == OptionKind::CloudApi;
        for (double value : {0.0, -1.0, 1e300, kNaN, kInf, -kInf}) {
            QList<QPair<QString, Edit>> edits = hardwareEdits;
            if (cloud)
                edits = {{u"outputUsdPerMTok"_s, [](DeploymentOption &o, double v) {
                              std::get<CloudApiOption>(o.spec).price.outputUsdPerMTok = v;
                          }}};
            for (const auto &[key, edit] : edits) {
                Scenario scenario = base;
                edit(scenario.options[i], value);
                const QString what = u"%1/%2 = %3"_s.arg(base.options[i].id, key).arg(value);
                const std::optional<InputError> error = validateScenario(scenario);
                if (error) {
                    ++refused;
                    QVERIFY2(error->field.startsWith(u"options[%1]."_s.arg(i)) &&
                                 error->field.endsWith(key),
                             qPrintable(what + u": names "_s + error->field));
                }
                const QStringList bad = nonFinite(scenario, evaluate(scenario));
                QVERIFY2(bad.isEmpty(), qPrintable(what + u": "_s + bad.join(u", "_s)));
                // Not a number and infinity are never accepted.
                if (!std::isfinite(value))
                    QVERIFY2(error || key == u"layers" || key == u"kvHeads" || key == u"headDim" ||
                                 key == u"contextLength",
                             qPrintable(what + u": accepted"_s));
            }
        }
    }
    QVERIFY(refused > 0);
}

void TestEdgeValues::readerRefusesNonFiniteAndOutOfRange_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    // Values a QJsonObject can hold but a file must not: the reader names the JSON path.
    const Scenario base = defaultScenario();
    qsizetype selfHosted = -1;
    for (qsizetype i = 0; i < base.options.size() && selfHosted < 0; ++i) {
        if (base.options[i].kind() == OptionKind::SelfHosted)
            selfHosted = i;
    }
    const QString option = u"options[%1]"_s.arg(selfHosted);
    for (double value : {kNaN, kInf, -kInf, -1.0, 1e300}) {
        const QString v = QString::number(value);
        QTest::addRow("workload %s", qPrintable(v))
            << u"workload"_s << u"requestsPerMonth"_s << value;
        QTest::addRow("self-hosted %s", qPrintable(v)) << option << u"mfu"_s << value;
        QTest::addRow("planner %s", qPrintable(v)) << u"planner"_s << u"queries"_s << value;
    }
}

void TestEdgeValues::readerRefusesNonFiniteAndOutOfRange()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(double, value);
    QJsonObject root = scenarioToJson(defaultScenario());
    if (section.startsWith(u"options[")) {
        const int index = section.mid(8, section.size() - 9).toInt();
        QJsonArray options = root.value(u"options"_s).toArray();
        QJsonObject option = options[index].toObject();
        option.insert(key, value);
        options[index] = option;
        root.insert(u"options"_s, options);
    } else {
        QJsonObject object = root.value(section).toObject();
        object.insert(key, value);
        root.insert(section, object);
    }
    const Result<Scenario> read = scenarioFromJson(root, u"edge.pertoken"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().field, section + u'.' + key);
    QCOMPARE(read.error().source, u"edge.pertoken"_s);
}

void TestEdgeValues::readerRefusesNonFiniteJsonText_data()
{
    QTest::addColumn<QByteArray>("number");
    // JSON has no NaN or Infinity; a number too large for a double is not a number either.
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("Infinity") << QByteArray("Infinity");
    QTest::newRow("-Infinity") << QByteArray("-Infinity");
    QTest::newRow("1e400") << QByteArray("1e400");
    QTest::newRow("-1e400") << QByteArray("-1e400");
    QTest::newRow("-1") << QByteArray("-1");
    QTest::newRow("null") << QByteArray("null");
}

void TestEdgeValues::readerRefusesNonFiniteJsonText()
{
    QFETCH(QByteArray, number);
    QByteArray text = scenarioToBytes(defaultScenario());
    const QByteArray field = "\"requestsPerMonth\": ";
    const qsizetype at = text.indexOf(field);
    QVERIFY(at >= 0);
    const qsizetype valueStart = at + field.size();
    const qsizetype valueEnd = text.indexOf(',', valueStart);
    text.replace(valueStart, valueEnd - valueStart, number);
    const Result<Scenario> read = scenarioFromBytes(text, u"edge.pertoken"_s);
    QVERIFY(!read);
    const QString message = read.error().toString();
    QVERIFY2(message.startsWith(u"edge.pertoken"_s), qPrintable(message));
    // Either the JSON parser refuses the text (with the byte offset), or the reader refuses
    // the value naming its path.
    QVERIFY2(message.contains(u"workload.requestsPerMonth"_s) ||
                 message.contains(u"is not valid JSON"_s),
             qPrintable(message));
}

QTEST_APPLESS_MAIN(TestEdgeValues)
#include "tst_edge_values.moc"
