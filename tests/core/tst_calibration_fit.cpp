// Calibration from the user's own measurement, end to end: the project's calibration server is set
// to behave like a bandwidth-bound engine (each token interval grows by a fixed step per sequence
// in service, as a decode step grows with the KV caches it reads), benchmarked at concurrency 1
// and 4; the option is calibrated from that run; the time per output token it then predicts at
// concurrency 16 is compared with a third run measured at 16. The bar: within 10%.

#include "bench/calibration/calibration_server_thread.h"
#include "bench/endpoint/endpoint_benchmark.h"
#include "bench/results/calibrate_option.h"
#include "cost/option_builder.h"
#include "cost/option_costing.h"
#include "hardware/hardware_catalog.h"

#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

// The engine the server stands in for: 55 ms per step plus 2 ms per sequence in service, first
// token after 400 ms, 16 tokens per response. Its steady-state TPOT at concurrency c is
// 55 + 2 · c ms: 57 at 1, 63 at 4, 87 at 16.
const CalibrationTiming kEngine{400, 55, 16, 1, 0, 2.0};

EndpointConfig configFor(const CalibrationServerThread &server, int concurrency, int requests)
{
    EndpointConfig config;
    config.url = server.baseUrl();
    config.api = StreamApi::OpenAiCompletions;
    config.model = u"calibration"_s;
    config.promptTokens = 4000;
    config.maxTokens = 16;
    config.concurrencyLevels = {concurrency};
    // The first `concurrency` requests start together and see 1, 2, ... sequences in service;
    // the rest start as others end and see `concurrency`. Three times as many requests as the
    // concurrency put the median in that steady state.
    config.requestsPerLevel = requests;
    config.warmupRequests = 0;
    config.connectTimeoutMs = 2000;
    config.firstTokenTimeoutMs = 5000;
    config.idleTimeoutMs = 5000;
    config.totalTimeoutMs = 20000;
    return config;
}

// Llama 3.1 8B in FP8 on one L4 (300 GB/s, catalog): the slope of 2 ms per sequence is the KV
// cache of one sequence read at an MBU the fit finds, well inside 0.02–1.
DeploymentOption l4Option()
{
    DeploymentOption option = hardwareOption(*findAccelerator(u"l4"_s));
    applyModel(option, *findModel(u"llama-3.1-8b"_s));
    applyQuantization(option, *findQuantization(u"fp8"_s));
    std::get<SelfHostedOption>(option.spec).gpusPerReplica = 1;
    return option;
}

} // namespace

class TestCalibrationFit final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void predictsAThirdConcurrency();
    void refusesWhatCannotBeCalibrated();
};

void TestCalibrationFit::predictsAThirdConcurrency()
{
    CalibrationServerThread server(kEngine);
    QVERIFY(server.start());

    EndpointConfig config = configFor(server, 1, 4);
    config.concurrencyLevels = {1, 4};
    config.requestsPerLevel = 12;
    const EndpointRun measured = runEndpointBenchmark(config);
    QVERIFY2(measured.fatalError.isEmpty(), qPrintable(measured.fatalError));
    QCOMPARE(measured.levels.size(), 2);
    for (const LevelSummary &level : measured.levels)
        qInfo("concurrency %d: TPOT p50 %.2f ms, TTFT p50 %.1f ms, prompt %.0f tokens",
              level.concurrency, level.tpotMs.p50, level.ttftMs.p50, level.meanPromptTokens);
    BenchResult result = benchResultFrom(measured, SystemInfo{});

    const Result<DeploymentOption> calibrated = calibrateOption(result, l4Option());
    QVERIFY2(calibrated.ok(), qPrintable(calibrated ? QString() : calibrated.error().message));
    const auto &spec = std::get<SelfHostedOption>(calibrated->spec);
    qInfo("fitted MBU %.3f, MFU %.3f, overhead %.2f ms; %s", spec.mbu, spec.mfu,
          spec.stepOverheadMs, qPrintable(calibrated->calibrationSource));
    QVERIFY(calibrated->calibrationSource.contains(u"concurrency 1, 4"_s));

    // The third run, at a concurrency the fit never saw.
    const EndpointRun third = runEndpointBenchmark(configFor(server, 16, 48));
    QVERIFY2(third.fatalError.isEmpty(), qPrintable(third.fatalError));
    QCOMPARE(third.levels.size(), 1);
    const LevelSummary &at16 = third.levels.constFirst();

    Workload w;
    w.requestsPerMonth = 1e6;
    w.inputTokensPerRequest = at16.meanPromptTokens;
    w.outputTokensPerRequest = at16.meanOutputTokens;
    w.peakConcurrentRequests = 16;
    const PreparedOption prepared = prepareOption(*calibrated, w);
    QVERIFY(prepared.feasible);
    QCOMPARE(prepared.serving.basis, ThroughputBasis::Calibrated);
    RooflineInput in = *preparedRooflineInput(*calibrated, w, prepared);
    in.batch = 16;
    const double predictedMs = roofline(in).decodeStepSeconds * 1e3;
    const double error = predictedMs / at16.tpotMs.p50 - 1;
    qInfo("concurrency 16: predicted TPOT %.2f ms, measured %.2f ms (error %+.1f%%; the server's "
          "steady state is 55 + 2 x 16 = 87 ms)",
          predictedMs, at16.tpotMs.p50, error * 100);
    QVERIFY2(std::abs(error) <= 0.10, qPrintable(QString::number(error * 100, 'f', 1)));
}

void TestCalibrationFit::refusesWhatCannotBeCalibrated()
{
    // A hardware probe has no level; a cloud API option has no roofline.
    BenchResult probe;
    probe.kind = BenchKind::Hardware;
    const Result<DeploymentOption> fromProbe = calibrateOption(probe, l4Option());
    QVERIFY(!fromProbe.ok());
    QVERIFY(fromProbe.error().message.contains(u"no level to calibrate"_s));

    const QList<CalibrationPoint> points{{1, 100, 16, 40, 0}};
    DeploymentOption cloud;
    cloud.spec = CloudApiOption{};
    const Result<CalibrationFit> fromCloud = fitCalibration(cloud, points);
    QVERIFY(!fromCloud.ok());
    QVERIFY(fromCloud.error().message.contains(u"cloud API"_s));
}

QTEST_GUILESS_MAIN(TestCalibrationFit)
#include "tst_calibration_fit.moc"
