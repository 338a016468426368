// The cost–speed frontier: its points against hand calculations, the Pareto front, the reverse
// queries and the published API speed on the price record.

#include "cost/frontier.h"
#include "cost/option_costing.h"
#include "memo/memo_text.h"
#include "pricing/price_catalog.h"
#include "scenario/evaluate.h"
#include "scenario/frontier_json.h"

#include <QJsonArray>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

bool close(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

// A made-up accelerator with round figures, so that every point can be worked out by hand:
// 100 GB (90% usable), 1,000 GB/s, 1,000 TFLOPS BF16, no link to other devices.
Accelerator testGpu()
{
    Accelerator a;
    a.id = u"test-gpu"_s;
    a.name = u"Test GPU"_s;
    a.memoryGB = 100;
    a.usableMemoryFraction = 0.9;
    a.bandwidthGBps = 1000;
    a.bf16Tflops = 1000;
    a.powerWatts = 500;
    return a;
}

// A dense 10e9-parameter model, 10 layers × 10 KV heads × head dim 100: at 16 bits the KV cache
// takes 2 · 10 · 10 · 100 · 2 B = 40,000 B per token.
ModelArchitecture testModel()
{
    ModelArchitecture m;
    m.name = u"Test 10B"_s;
    m.totalParams = m.activeParams = 10e9;
    m.layers = 10;
    m.attentionHeads = 10;
    m.kvHeads = 10;
    m.headDim = 100;
    return m;
}

// 100 prompt tokens and 100 output tokens per request.
Workload workload()
{
    Workload w;
    w.requestsPerMonth = 1e6;
    w.inputTokensPerRequest = 100;
    w.outputTokensPerRequest = 100;
    w.peakConcurrentRequests = 10;
    return w;
}

// Rented at $2 per GPU-hour, MFU 0.5 and MBU 0.5, no fixed time per step, at most 256 sequences.
DeploymentOption rented(const Accelerator &accelerator)
{
    SelfHostedOption s;
    s.accelerator = accelerator;
    s.model = testModel();
    s.quantization = Quantization{u"bf16"_s, u"BF16"_s, 16, ComputePrecision::Bf16, {}};
    s.gpusPerReplica = 1;
    s.maxBatch = 256;
    s.mfu = 0.5;
    s.mbu = 0.5;
    s.stepOverheadMs = 0;
    s.rentalUsdPerGpuHour = 2;
    s.operationsUsdPerMonth = 1000; // fixed per deployment: not part of the frontier
    DeploymentOption option;
    option.id = u"rented"_s;
    option.name = u"Rented"_s;
    option.spec = s;
    return option;
}

FrontierCurve curveOf(const DeploymentOption &option, double apiUsdPerMillion = 0)
{
    const Workload w = workload();
    return frontierCurve(option, w, prepareOption(option, w), apiUsdPerMillion);
}

bool dominates(const FrontierPoint &a, const FrontierPoint &b)
{
    return a.userTokensPerSecond >= b.userTokensPerSecond &&
           a.usdPerMillionTokens <= b.usdPerMillionTokens &&
           (a.userTokensPerSecond > b.userTokensPerSecond ||
            a.usdPerMillionTokens < b.usdPerMillionTokens);
}

} // namespace

class TestFrontier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pointsMatchHandCalculation();
    void layoutsNeedAnInterconnect();
    void frontIsMonotoneAndUndominated();
    void cheapestAtSpeedInterpolatesThroughput();
    void fastestUnderCostInterpolatesThroughput();
    void queriesOutsideTheRangeAreFlagged();
    void onDeviceCostsItsHours();
    void apiPointNeedsAPublishedSpeed();
    void outputSpeedRoundTripsThroughTheCatalog();
    void outputSpeedNeedsADate();
    void defaultScenarioHasAFrontier();
    void memoStatesEachFront();
};

void TestFrontier::pointsMatchHandCalculation()
{
    const FrontierCurve curve = curveOf(rented(testGpu()));
    QCOMPARE(curve.kind, OptionKind::SelfHosted);
    // No interconnect: one device only, batches 1, 2, 4, ..., 256 (the option's limit; memory
    // would hold (90 − 20) GB / (150 tokens · 40,000 B) = 11,666 sequences).
    QCOMPARE(curve.points.size(), 9);
    QCOMPARE(curve.points.first().batch, 1);
    QCOMPARE(curve.points.last().batch, 256);

    // Hand calculation. Weights 10e9 · 2 B = 20e9 B; bytes rate 1,000 GB/s · 0.5 = 500e9 B/s;
    // FLOP rate 1,000 TFLOPS · 0.5 = 500e12 FLOP/s.
    // Prefill of 100 tokens: memory (20e9 + 100 · 40,000) B / 500e9 = 40.008 ms beats compute
    // 2 · 10e9 · 100 / 500e12 = 4 ms.
    // Decode at batch B, mean context 100 + 100/2 = 150 tokens: (20e9 + B · 150 · 40,000) / 500e9.
    //   B = 1:   40.012 ms → 24.9925 tokens/s per user.
    //            cycle 1 · 40.008 ms + 100 · 40.012 ms = 4.041208 s → 0.247451 requests/s
    //            · 200 tokens = 49.49015 tokens/s; $2 / (3,600 · 49.49015) · 1e6 = $11.22558/M.
    //   B = 256: 43.072 ms → 23.21694 tokens/s per user.
    //            cycle 256 · 40.008 ms + 100 · 43.072 ms = 14.549248 s → 17.59541 requests/s
    //            · 200 = 3,519.082 tokens/s; $2 / (3,600 · 3,519.082) · 1e6 = $0.1578694/M.
    const FrontierPoint &one = curve.points.first();
    QCOMPARE(one.devices, 1);
    QVERIFY(close(one.userTokensPerSecond, 1 / 0.040012));
    QVERIFY(close(one.replicaTokensPerSecond, 49.49015245));
    QCOMPARE(one.usdPerHour, 2.0); // operations per month left out
    QVERIFY(close(one.usdPerMillionTokens, 11.22557778));
    const FrontierPoint &most = curve.points.last();
    QVERIFY(close(most.userTokensPerSecond, 1 / 0.043072));
    QVERIFY(close(most.replicaTokensPerSecond, 3519.082223));
    QVERIFY(close(most.usdPerMillionTokens, 0.1578694444));
    // Every batch is on the front here: a larger batch is slower per user and cheaper.
    QCOMPARE(curve.front.size(), curve.points.size());
}

void TestFrontier::layoutsNeedAnInterconnect()
{
    Accelerator linked = testGpu();
    linked.interconnect = u"nvlink"_s;
    linked.interconnectGBps = 450;
    linked.interconnectLatencyUs = 8;
    const FrontierCurve curve = curveOf(rented(linked));
    QList<int> layouts;
    for (const FrontierPoint &point : curve.points) {
        if (!layouts.contains(point.devices))
            layouts.append(point.devices);
        // A group of d devices costs d GPU-hours an hour.
        QCOMPARE(point.usdPerHour, 2.0 * point.devices);
    }
    QCOMPARE(layouts, (QList<int>{1, 2, 4, 8}));
    // Splitting the weights over 8 devices reads an eighth of them per device: faster per user
    // than any single-device point (40.012 ms at best on one).
    double fastest = 0;
    for (const FrontierPoint &point : curve.front)
        fastest = std::max(fastest, point.userTokensPerSecond);
    QVERIFY(fastest > 1 / 0.040012 * 4);
}

void TestFrontier::frontIsMonotoneAndUndominated()
{
    Accelerator linked = testGpu();
    linked.interconnect = u"nvlink"_s;
    linked.interconnectGBps = 450;
    linked.interconnectLatencyUs = 8;
    QList<FrontierCurve> curves{curveOf(rented(linked))};
    curves += evaluate(defaultScenario()).frontier;
    for (const FrontierCurve &curve : curves) {
        for (qsizetype i = 1; i < curve.front.size(); ++i) {
            QVERIFY(curve.front[i].userTokensPerSecond > curve.front[i - 1].userTokensPerSecond);
            QVERIFY(curve.front[i].usdPerMillionTokens > curve.front[i - 1].usdPerMillionTokens);
        }
        for (const FrontierPoint &kept : curve.front) {
            for (const FrontierPoint &point : curve.points)
                QVERIFY2(!dominates(point, kept), qPrintable(curve.optionName));
        }
        // Every point left off the front is dominated by one on it.
        for (const FrontierPoint &point : curve.points) {
            const bool onFront =
                std::any_of(curve.front.begin(), curve.front.end(), [&](const FrontierPoint &f) {
                    return f.devices == point.devices && f.batch == point.batch;
                });
            if (!onFront)
                QVERIFY(std::any_of(curve.front.begin(), curve.front.end(),
                                    [&](const FrontierPoint &f) { return dominates(f, point); }));
        }
    }
}

void TestFrontier::cheapestAtSpeedInterpolatesThroughput()
{
    const QList<FrontierCurve> curves{curveOf(rented(testGpu()))};
    // Halfway between batch 128 and 256 in per-user speed. Batch 128: decode (20e9 + 128 · 6e6) /
    // 500e9 = 41.536 ms → 24.07550 tokens/s; cycle 128 · 40.008 ms + 100 · 41.536 ms = 9.27462 s
    // → 13.80110 requests/s → 2,760.220 tokens/s. Batch 256 as in pointsMatchHandCalculation.
    // At speed (24.07550 + 23.21694) / 2 = 23.64622 the throughput is the mean, 3,139.651
    // tokens/s, and the cost $2 / (3,600 · 3,139.651) · 1e6 = $0.1769482/M: below the mean of
    // the two costs ($0.1795708), since cost is not linear in throughput.
    const double speed = (1 / 0.041536 + 1 / 0.043072) / 2;
    const FrontierAnswer answer = cheapestAtSpeed(curves, speed);
    QVERIFY(answer.found);
    QVERIFY(!answer.outsideRange);
    QCOMPARE(answer.optionId, u"rented"_s);
    QVERIFY(answer.point.interpolated);
    QVERIFY(close(answer.point.userTokensPerSecond, speed));
    QVERIFY(close(answer.point.replicaTokensPerSecond, 3139.650968));
    QVERIFY(close(answer.point.usdPerMillionTokens, 0.1769481898));
    // On the front: between its neighbours, and no computed point dominates it.
    for (const FrontierPoint &point : curves.first().points)
        QVERIFY(!dominates(point, answer.point));

    // A speed a computed point gives exactly: that point.
    const FrontierAnswer exact = cheapestAtSpeed(curves, 1 / 0.040012);
    QVERIFY(exact.found && !exact.point.interpolated);
    QCOMPARE(exact.point.batch, 1);
}

void TestFrontier::fastestUnderCostInterpolatesThroughput()
{
    const QList<FrontierCurve> curves{curveOf(rented(testGpu()))};
    // $0.20/M lies between batch 128 ($0.2012722) and 256 ($0.1578694). The throughput that
    // costs exactly $0.20/M: $2 · 1e6 / (3,600 · 0.20) = 2,777.778 tokens/s, a share
    // (2,777.778 − 2,760.220) / (3,519.082 − 2,760.220) = 0.0231373 of the way from batch 128,
    // so the speed is 24.07550 + 0.0231373 · (23.21694 − 24.07550) = 24.05564 tokens/s.
    const FrontierAnswer answer = fastestUnderCost(curves, 0.20);
    QVERIFY(answer.found);
    QVERIFY(answer.point.interpolated);
    QVERIFY(close(answer.point.usdPerMillionTokens, 0.20));
    QVERIFY(close(answer.point.replicaTokensPerSecond, 2777.777778));
    QVERIFY(close(answer.point.userTokensPerSecond, 24.05563593));
    for (const FrontierPoint &point : curves.first().points)
        QVERIFY(!dominates(point, answer.point));

    // A bound above every point's cost: the fastest point, batch 1, computed not interpolated.
    const FrontierAnswer loose = fastestUnderCost(curves, 100);
    QVERIFY(loose.found && !loose.point.interpolated);
    QCOMPARE(loose.point.batch, 1);
}

void TestFrontier::queriesOutsideTheRangeAreFlagged()
{
    const QList<FrontierCurve> curves{curveOf(rented(testGpu()))};
    // The fastest point gives 24.99 tokens/s per user; 30 is beyond anything computed.
    const FrontierAnswer tooFast = cheapestAtSpeed(curves, 30);
    QVERIFY(!tooFast.found);
    QVERIFY(tooFast.outsideRange);
    QVERIFY(tooFast.note.contains(u"25.0"_s));
    // The cheapest point costs $0.158/M; $0.10 is below anything computed.
    const FrontierAnswer tooCheap = fastestUnderCost(curves, 0.10);
    QVERIFY(!tooCheap.found);
    QVERIFY(tooCheap.outsideRange);
    QVERIFY(tooCheap.note.contains(u"0.1579"_s));
    // Both answers say so in the JSON.
    const QJsonObject json = frontierToJson(curves, 30.0, 0.10);
    QCOMPARE(json[u"cheapestAtSpeed"_s][u"outsideRange"_s].toBool(), true);
    QCOMPARE(json[u"fastestUnderCost"_s][u"found"_s].toBool(), false);
    QCOMPARE(json[u"options"_s].toArray().size(), 1);
}

void TestFrontier::onDeviceCostsItsHours()
{
    OnDeviceOption d;
    d.device = testGpu();
    d.device.deviceClass = DeviceClass::Laptop;
    d.model = testModel();
    d.quantization = Quantization{u"bf16"_s, u"BF16"_s, 16, ComputePrecision::Bf16, {}};
    d.mfu = 0.5;
    d.mbu = 0.5;
    d.stepOverheadMs = 0;
    d.attribution = Attribution::Amortized;
    d.attributionShare = 0.25;
    d.devicePriceUsd = 3000;
    d.lifetimeYears = 3;
    d.hoursInUsePerDay = 8;
    d.powerWatts = 60;
    d.electricityUsdPerKWh = 0.30;
    DeploymentOption option;
    option.id = u"device"_s;
    option.name = u"Device"_s;
    option.spec = d;
    const FrontierCurve curve = curveOf(option);
    QVERIFY(!curve.points.isEmpty());
    // $3,000 · 0.25 / 36 months = $20.8333 a month over 8 h · 730/24 days = 243.333 h, plus
    // 60 W · $0.30/kWh = $0.018 an hour busy: $0.0856164 + $0.018 = $0.1036164 per hour.
    for (const FrontierPoint &point : curve.points) {
        QCOMPARE(point.devices, 1);
        QVERIFY(close(point.usdPerHour, 0.1036164384));
    }
}

void TestFrontier::apiPointNeedsAPublishedSpeed()
{
    CloudApiOption cloud;
    cloud.price.id = u"test/api"_s;
    cloud.price.provider = u"Test"_s;
    cloud.price.model = u"Test API"_s;
    cloud.price.inputUsdPerMTok = 1;
    cloud.price.outputUsdPerMTok = 4;
    DeploymentOption option;
    option.id = u"api"_s;
    option.name = u"API"_s;
    option.spec = cloud;
    // No published speed: no point.
    QVERIFY(curveOf(option, 2.5).points.isEmpty());

    cloud.price.outputTokensPerSecond = 80;
    cloud.price.speedSource = u"https://example.org/speeds"_s;
    cloud.price.speedAsOf = u"2026-11-01"_s;
    option.spec = cloud;
    // One point: the published speed at the option's blended cost per million (passed in).
    const FrontierCurve curve = curveOf(option, 2.5);
    QCOMPARE(curve.front.size(), 1);
    QCOMPARE(curve.front.first().userTokensPerSecond, 80.0);
    QCOMPARE(curve.front.first().usdPerMillionTokens, 2.5);
    QCOMPARE(curve.front.first().devices, 0);
    QVERIFY(curve.basis.contains(u"https://example.org/speeds"_s));
    QVERIFY(curve.basis.contains(u"2026-11-01"_s));
    // It takes part in the reverse queries like any other point.
    const FrontierAnswer answer = cheapestAtSpeed({curve, curveOf(rented(testGpu()))}, 50);
    QCOMPARE(answer.optionId, u"api"_s);
}

void TestFrontier::outputSpeedRoundTripsThroughTheCatalog()
{
    ApiPrice price;
    price.id = u"test/api"_s;
    price.provider = u"Test"_s;
    price.model = u"Test API"_s;
    price.inputUsdPerMTok = 1;
    price.outputUsdPerMTok = 4;
    price.asOf = u"2026-11-01"_s;
    price.source = u"https://example.org/prices"_s;
    price.outputTokensPerSecond = 81;
    price.speedSource = u"https://example.org/speeds"_s;
    price.speedAsOf = u"2026-10-30"_s;
    const Result<ApiPrice> back = apiPriceFromJson(apiPriceToJson(price), u"test"_s, u"p"_s);
    QVERIFY(back.ok());
    QCOMPARE(*back, price);
}

void TestFrontier::outputSpeedNeedsADate()
{
    ApiPrice price;
    price.id = u"test/api"_s;
    price.provider = u"Test"_s;
    price.model = u"Test API"_s;
    price.inputUsdPerMTok = 1;
    price.outputUsdPerMTok = 4;
    price.source = u"https://example.org/prices"_s;
    QJsonObject json = apiPriceToJson(price);
    json.insert(u"outputSpeed"_s, QJsonObject{{u"outputTokensPerSecond"_s, 81},
                                              {u"source"_s, u"https://example.org/speeds"_s},
                                              {u"asOf"_s, u"last week"_s}});
    const Result<ApiPrice> bad = apiPriceFromJson(json, u"prices.json"_s, u"prices[0]"_s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().toString().contains(u"prices[0].outputSpeed.asOf"_s));
}

void TestFrontier::defaultScenarioHasAFrontier()
{
    const Scenario scenario = defaultScenario();
    const Evaluation e = evaluate(scenario);
    // One curve per feasible enabled option, in the options' order.
    qsizetype expected = 0;
    for (const OptionResult &r : e.options)
        expected += r.enabled && r.feasible;
    QCOMPARE(e.frontier.size(), expected);
    bool selfHosted = false;
    for (const FrontierCurve &curve : e.frontier) {
        if (curve.kind == OptionKind::SelfHosted) {
            selfHosted = true;
            QVERIFY(!curve.front.isEmpty());
        }
    }
    QVERIFY(selfHosted);

    // Each front names what it stands on: the fitted roofline, a calibration, or a measured
    // point that covers one batch only.
    Scenario calibrated = scenario;
    calibrated.option(u"llama-8b-h100-rented"_s)->calibrationSource = u"endpoint run, c = 1, 4"_s;
    Scenario measured = scenario;
    measured.option(u"llama-8b-h100-rented"_s)->measuredOutputTokensPerSecond = 2000;
    const auto basisOf = [](const Evaluation &evaluation) {
        for (const FrontierCurve &curve : evaluation.frontier) {
            if (curve.optionId == u"llama-8b-h100-rented")
                return curve.basis;
        }
        return QString();
    };
    QCOMPARE(basisOf(e), u"roofline"_s);
    QCOMPARE(basisOf(evaluate(calibrated)), u"calibrated"_s);
    QVERIFY(basisOf(evaluate(measured)).contains(u"the front is estimated"_s));
}

void TestFrontier::memoStatesEachFront()
{
    Scenario scenario;
    scenario.name = u"Frontier"_s;
    scenario.options = {rented(testGpu())};
    scenario.workload = workload();
    const QString md =
        memoMarkdown(scenario, evaluate(scenario), {},
                     QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC), u"0.1.0"_s);
    QVERIFY2(md.contains(u"## Cost against speed per user"_s), qPrintable(md));
    // From the cheapest point (batch 256: 23.2 tokens/s, $0.158/M, pointsMatchHandCalculation)
    // to the fastest (batch 1: 25.0 tokens/s, $11.23/M).
    const qsizetype line = md.indexOf(u"- Rented: 23.2 tokens/s per user at $0.1"_s);
    QVERIFY2(line >= 0, qPrintable(md));
    QVERIFY(md.mid(line).section(u'\n', 0, 0).contains(u"to 25.0 tokens/s at $11.2"_s));
    QVERIFY(md.mid(line).section(u'\n', 0, 0).contains(u"(1 device, batch 256)"_s));
}

QTEST_APPLESS_MAIN(TestFrontier)
#include "tst_frontier.moc"
