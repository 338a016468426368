// Where throughput and latency come from: the roofline, a measured serving rate, or the roofline
// over a measured machine. Every expected figure is worked out by hand in the test.

#include "cost/option_costing.h"
#include "cost/serving_point.h"
#include "scenario/evaluate.h"

#include <QTest>

#include "../support/datasheet_fixtures.h"

using namespace pertoken;
using namespace pertoken::fixtures;
using namespace Qt::StringLiterals;

namespace {

bool close(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

Workload workload()
{
    Workload w;
    w.requestsPerMonth = 1000;
    w.inputTokensPerRequest = 1000;
    w.outputTokensPerRequest = 200;
    w.peakConcurrentRequests = 20;
    w.ttftTargetMs = 500;
    w.tpotTargetMs = 50;
    return w;
}

// Llama 3.1 8B in FP8 on one rented H100 (data-sheet figures), drawing 700 W × 0.5 × PUE 1.0.
DeploymentOption gpu()
{
    SelfHostedOption s;
    s.accelerator = h100();
    s.model = llama8b();
    s.quantization = Quantization{u"fp8"_s, u"FP8"_s, 8, ComputePrecision::Fp8, {}};
    s.gpusPerReplica = 1;
    s.acquisition = Acquisition::Rent;
    s.rentalUsdPerGpuHour = 2;
    s.powerWattsPerGpu = 700;
    s.averagePowerFraction = 0.5;
    s.pue = 1.0;
    s.operationsUsdPerMonth = 0;
    DeploymentOption option;
    option.id = u"gpu"_s;
    option.name = u"GPU"_s;
    option.spec = s;
    return option;
}

// An endpoint measurement: 400 output tokens/s at 8 requests in flight, median TTFT 300 ms and
// TPOT 20 ms.
DeploymentOption measuredGpu()
{
    DeploymentOption option = gpu();
    option.measuredOutputTokensPerSecond = 400;
    option.measuredConcurrency = 8;
    option.measuredTtftMs = 300;
    option.measuredTpotMs = 20;
    option.measuredSource = u"test endpoint"_s;
    return option;
}

} // namespace

class TestServingPoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rooflineKeepsItsOwnFigures();
    void measurementSetsEveryFigure();
    void missingLatenciesFollowTheMeasurement();
    void measuredLatencyDecidesTheTargets();
    void evaluationFollowsTheMeasurement();
    void measuredMachineIsCalibrated();
};

void TestServingPoint::rooflineKeepsItsOwnFigures()
{
    const Workload w = workload();
    const PreparedOption prepared = prepareOption(gpu(), w);
    const RooflineResult &r = prepared.roofline;
    const ServingPoint &point = prepared.serving;
    QCOMPARE(point.basis, ThroughputBasis::Roofline);
    QCOMPARE(point.batch, r.batch);
    QCOMPARE(point.ttftMs, r.prefillSeconds * 1e3);
    QCOMPARE(point.tpotMs, r.decodeStepSeconds * 1e3);
    QCOMPARE(point.requestsPerSecond, r.requestsPerSecond);
    // The prefill share is batch · prefill / (batch · prefill + output tokens · step).
    const double prefill = r.batch * r.prefillSeconds;
    QVERIFY(close(point.inputTimeShare, prefill / (prefill + 200 * r.decodeStepSeconds)));
}

void TestServingPoint::measurementSetsEveryFigure()
{
    const ServingPoint point = servingPoint(measuredGpu(), workload(), RooflineResult{});
    QCOMPARE(point.basis, ThroughputBasis::Measured);
    QCOMPARE(point.batch, 8);
    QCOMPARE(point.outputTokensPerSecond, 400.0);
    QCOMPARE(point.requestsPerSecond, 2.0); // 400 tokens/s ÷ 200 output tokens per request
    QCOMPARE(point.ttftMs, 300.0);
    QCOMPARE(point.tpotMs, 20.0);
    QVERIFY(point.ttftMeasured && point.tpotMeasured);
    // 8 · 300 ms of prefill against 200 · 20 ms of decode: 2,400 / 6,400 = 0.375.
    QVERIFY(close(point.inputTimeShare, 0.375));
    QVERIFY(point.meetsTtftTarget && point.meetsTpotTarget);
}

void TestServingPoint::missingLatenciesFollowTheMeasurement()
{
    DeploymentOption option = measuredGpu();
    option.measuredTpotMs = 0;
    option.measuredTtftMs = 0;
    option.measuredPrefillTokensPerSecond = 5000;
    const ServingPoint point = servingPoint(option, workload(), RooflineResult{});
    // Each of 8 sequences advances one token per step: 8 / 400 tokens/s = 20 ms.
    QCOMPARE(point.tpotMs, 20.0);
    QVERIFY(!point.tpotMeasured);
    // 1,000 prompt tokens at a measured 5,000 tokens/s of prefill: 200 ms.
    QCOMPARE(point.ttftMs, 200.0);
    QVERIFY(point.ttftMeasured);

    // Nothing measured about the first token: the roofline's prefill fills in, and says so.
    option.measuredPrefillTokensPerSecond = 0;
    RooflineResult estimate;
    estimate.batch = 32;
    estimate.prefillSeconds = 0.05;
    const ServingPoint filled = servingPoint(option, workload(), estimate);
    QCOMPARE(filled.ttftMs, 50.0);
    QVERIFY(!filled.ttftMeasured);
    QCOMPARE(filled.batch, 8); // the measured concurrency, not the estimate's batch
}

void TestServingPoint::measuredLatencyDecidesTheTargets()
{
    // The roofline puts this 8B model's prefill of 1,000 tokens on an H100 far below 500 ms;
    // the measurement says 900 ms, so the option misses the target.
    Workload w = workload();
    QVERIFY(prepareOption(gpu(), w).serving.meetsTtftTarget);
    DeploymentOption option = measuredGpu();
    option.measuredTtftMs = 900;
    option.measuredTpotMs = 60;
    const PreparedOption prepared = prepareOption(option, w);
    QVERIFY(!prepared.serving.meetsTtftTarget);
    QVERIFY(!prepared.serving.meetsTpotTarget);
}

void TestServingPoint::evaluationFollowsTheMeasurement()
{
    Scenario scenario;
    scenario.workload = workload();
    scenario.options = {measuredGpu()};
    const Evaluation e = evaluate(scenario);
    const OptionResult &r = e.options.first();
    QVERIFY(r.feasible);
    QCOMPARE(r.basis, ThroughputBasis::Measured);
    QCOMPARE(r.operatingBatch, 8);
    QCOMPARE(r.ttftMs, 300.0);
    QCOMPARE(r.tpotMs, 20.0);
    QCOMPARE(r.outputTokensPerSecond, 400.0);
    // Peak concurrency 20 over 8 sequences per replica: ⌈2.5⌉ = 3 replicas (the load, 1,000
    // requests a month at 2 per second, needs far less than one).
    QCOMPARE(r.replicas, 3.0);
    // 350 W per replica over 2 requests/s × 1,200 tokens = 2,400 tokens/s: 0.1458 J per token.
    QVERIFY(close(r.joulesPerToken, 350.0 / 2400.0));
    // 3 replicas × 730 h × $2 = $4,380 a month, split 0.375 : 0.625 between input and output:
    // $1,642.50 over 1e6 input tokens and $2,737.50 over 2e5 output tokens.
    QVERIFY(close(r.monthlyUsd, 4380));
    QVERIFY(close(r.usdPerMillionInputTokens, 1642.5));
    QVERIFY(close(r.usdPerMillionOutputTokens, 2737.5 / 0.2));
    QVERIFY(r.basisNote.contains(u"TTFT 300 ms measured"_s));
}

void TestServingPoint::measuredMachineIsCalibrated()
{
    DeploymentOption option = gpu();
    auto &spec = std::get<SelfHostedOption>(option.spec);
    spec.accelerator.measured = true;
    spec.accelerator.name = u"This machine, measured 2026-11-24"_s;
    const PreparedOption prepared = prepareOption(option, workload());
    QCOMPARE(prepared.serving.basis, ThroughputBasis::Calibrated);
    QVERIFY(basisNote(prepared, option).startsWith(u"calibrated: roofline over This machine"_s));
    QCOMPARE(basisId(ThroughputBasis::Calibrated), u"calibrated"_s);
}

QTEST_APPLESS_MAIN(TestServingPoint)
#include "tst_serving_point.moc"
