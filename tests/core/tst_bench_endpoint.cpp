// The serving benchmark against the calibration server on loopback: measured timing against the
// known timing, every fault reported per request, timeouts, cancel, unreachable endpoints and the
// API key. The server runs on its own thread. Timings are 25 ms per token and 200 ms to the first
// token, so the tolerance (2 % or 1 ms, DESIGN.md budgets) stays well above scheduling noise on a
// loaded 2-core machine. QTEST_GUILESS_MAIN: sockets need a QCoreApplication event loop.

#include "bench/calibration/bench_selftest.h"
#include "bench/calibration/calibration_server_thread.h"
#include "bench/endpoint/endpoint_benchmark.h"
#include "bench/endpoint/prompt_builder.h"
#include "bench/endpoint/records_file.h"
#include "bench/endpoint/repeat_statistics.h"
#include "bench/endpoint/shard_merge.h"
#include "bench/results/bench_history.h"
#include "common/monotonic_clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <thread>

using namespace pertoken;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pertoken::StreamApi)
Q_DECLARE_METATYPE(pertoken::CalibrationFault)

namespace {

EndpointConfig configFor(const CalibrationServerThread &server, StreamApi api)
{
    EndpointConfig config;
    config.url = server.baseUrl();
    config.api = api;
    config.model = u"calibration"_s;
    config.promptTokens = 64;
    config.maxTokens = 64;
    config.connectTimeoutMs = 2000;
    config.firstTokenTimeoutMs = 3000;
    config.idleTimeoutMs = 2000;
    config.totalTimeoutMs = 10000;
    return config;
}

// This process's resident memory in bytes (Linux /proc), 0 where it cannot be read.
qint64 residentBytes()
{
    QFile status(u"/proc/self/statm"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

// The largest resident size seen while `work` runs: a timer samples it every 5 ms from inside
// the benchmark's own event loop, which runs on this thread.
template <typename Work> qint64 peakResidentGrowth(Work work)
{
    const qint64 before = residentBytes();
    qint64 peak = before;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&peak] { peak = std::max(peak, residentBytes()); });
    sampler.start(5);
    work();
    peak = std::max(peak, residentBytes());
    return peak - before;
}

// Tolerance of the timing budget: 2 % of the known value or 1 ms, whichever is larger.
double tolerance(double knownMs)
{
    return std::max(0.02 * knownMs, 1.0);
}

} // namespace

class TestBenchEndpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void measuresKnownTiming_data();
    void measuresKnownTiming();
    void faultsAreReportedPerRequest();
    void firstTokenTimeout();
    void unreachableEndpointFails();
    void cancelStopsWithinASecond();
    void apiKeyIsSentButNeverWritten();
    void endlessLineIsCutWithBoundedMemory_data();
    void endlessLineIsCutWithBoundedMemory();
    void silentServerTimesOutAndKeepsEarlierResults();
    void runDeadlineStopsANeverEndingRun();
    void multiTokenChunksCountFromUsage();
    void promptTokensComeFromTheServer();
    void resultRoundTrips();
    void selftestIsWithinBudget();
    void openLoopKeepsTheAskedRate_data();
    void openLoopKeepsTheAskedRate();
    void openLoopLatencyIncludesServerQueueing();
    void clientThatFallsBehindCannotHideTheWait();
    void repeatsGiveConfidenceIntervals();
    void shardsOfARealRunMergeExactly();
};

void TestBenchEndpoint::measuresKnownTiming_data()
{
    QTest::addColumn<StreamApi>("api");
    QTest::addColumn<QString>("tokenSource");
    QTest::newRow("openai chat") << StreamApi::OpenAiChat << u"usage"_s;
    QTest::newRow("openai completions") << StreamApi::OpenAiCompletions << u"usage"_s;
    QTest::newRow("ollama generate") << StreamApi::OllamaGenerate << u"native"_s;
}

void TestBenchEndpoint::measuresKnownTiming()
{
    QFETCH(StreamApi, api);
    QFETCH(QString, tokenSource);
    // Known timing: first token 200 ms after the request, then one token every 25 ms, 8 tokens:
    // TTFT 200 ms, TPOT 25 ms, E2E = 200 + 7 × 25 = 375 ms, every inter-chunk gap 25 ms.
    const CalibrationTiming timing{200, 25, 8, 1};
    CalibrationServerThread server(timing);
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, api);
    config.concurrencyLevels = {1, 4};
    config.requestsPerLevel = 4;
    config.warmupRequests = 1;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    QCOMPARE(run.levels.size(), 2);
    QCOMPARE(run.records.size(), 9); // 1 warm-up + 2 levels × 4
    for (const LevelSummary &level : run.levels) {
        qInfo("concurrency %d: TTFT p50 %.2f ms (known 200), TPOT p50 %.3f ms (known 25), "
              "E2E p50 %.2f ms (known 375), ITL p50 %.3f ms",
              level.concurrency, level.ttftMs.p50, level.tpotMs.p50, level.e2eMs.p50,
              level.itlMs.p50);
        QCOMPARE(level.completed, 4);
        QCOMPARE(level.failed, 0);
        QCOMPARE(level.tokenCountSource, tokenSource);
        QCOMPARE(level.meanOutputTokens, 8.0);
        QCOMPARE(level.itlMs.count, 4 * 7); // 7 gaps between 8 chunks, 4 requests
    }

    // The known timing is what the server actually did, read from its own log on the same
    // monotonic clock: a loaded machine may write a token a few milliseconds late, and the
    // client must report that lateness, not hide it. Each request's measured TTFT, TPOT and
    // E2E must match the server's within 2% or 1 ms.
    const QList<CalibrationLogEntry> log = server.log();
    int compared = 0;
    for (const RequestRecord &record : run.records) {
        if (record.warmup)
            continue;
        const auto served = std::find_if(log.cbegin(), log.cend(), [&](const auto &entry) {
            return entry.requestId == record.requestId.toLatin1();
        });
        QVERIFY2(served != log.cend(), qPrintable(record.requestId));
        const double servedTtft = (served->firstTokenNs - record.sendNs) / 1e6;
        const double servedE2e = (served->lastTokenNs - record.sendNs) / 1e6;
        const double servedTpot = (served->lastTokenNs - served->firstTokenNs) / 1e6 / 7;
        QVERIFY2(
            std::abs(*record.ttftMs() - servedTtft) <= tolerance(servedTtft),
            qPrintable(u"TTFT %1 ms against %2 ms served"_s.arg(*record.ttftMs()).arg(servedTtft)));
        QVERIFY2(
            std::abs(*record.e2eMs() - servedE2e) <= tolerance(servedE2e),
            qPrintable(u"E2E %1 ms against %2 ms served"_s.arg(*record.e2eMs()).arg(servedE2e)));
        QVERIFY2(
            std::abs(*record.tpotMs() - servedTpot) <= tolerance(servedTpot),
            qPrintable(u"TPOT %1 ms against %2 ms served"_s.arg(*record.tpotMs()).arg(servedTpot)));
        // And the server kept to its schedule closely enough for the comparison to mean
        // something: first token 200 ms after the request arrived, within 10%.
        QVERIFY(std::abs((served->firstTokenNs - served->receivedNs) / 1e6 - 200) < 20);
        ++compared;
    }
    QCOMPARE(compared, 8);
    // Four requests at concurrency 4 run side by side: 4 × 8 tokens in about 375 ms, so
    // 32 / 0.375 = 85 tokens/s, 10 % slack for connection set-up.
    QVERIFY2(std::abs(run.levels[1].outputTokensPerSecond - 32 / 0.375) < 0.1 * 32 / 0.375,
             qPrintable(QString::number(run.levels[1].outputTokensPerSecond)));
    // At concurrency 1 the 4th request waits for the three before it: queue ≈ 3 × 375 ms.
    QVERIFY(run.levels[0].queueMs.max > 3 * 375 * 0.95);
    QVERIFY(run.levels[1].queueMs.max < 50);
    QVERIFY(run.records.first().warmup);
}

void TestBenchEndpoint::faultsAreReportedPerRequest()
{
    const QList<CalibrationFault> cycle{CalibrationFault::None,
                                        CalibrationFault::Http500,
                                        CalibrationFault::StallAfterFirstToken,
                                        CalibrationFault::MalformedChunk,
                                        CalibrationFault::DropMidStream,
                                        CalibrationFault::NoUsage};
    CalibrationServerThread server({50, 20, 6, 1}, cycle);
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {2};
    config.requestsPerLevel = 12;
    config.warmupRequests = 0;
    config.idleTimeoutMs = 400;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    QCOMPARE(run.levels.size(), 1);
    const LevelSummary &level = run.levels.first();
    // 12 requests through a cycle of 6: each outcome twice.
    QCOMPARE(level.requests, 12);
    QCOMPARE(level.completed, 4);
    QCOMPARE(level.failed, 8);
    QCOMPARE(level.failuresByKind.value(u"http-status"_s), 2);
    QCOMPARE(level.failuresByKind.value(u"idle-timeout"_s), 2);
    QCOMPARE(level.failuresByKind.value(u"malformed-chunk"_s), 2);
    QCOMPARE(level.failuresByKind.value(u"dropped"_s), 2);
    QCOMPARE(level.tokenCountSources.value(u"usage"_s), 2);
    QCOMPARE(level.tokenCountSources.value(u"chunks"_s), 2);
    QCOMPARE(level.tokenCountSource, u"mixed"_s);
    QCOMPARE(level.ttftMs.count, 4); // failed requests stay out of the latencies

    // Every request's outcome matches the fault the server logged for its X-Request-Id.
    QHash<QString, CalibrationFault> faults;
    for (const CalibrationLogEntry &entry : server.log())
        faults.insert(QString::fromUtf8(entry.requestId), entry.fault);
    const QHash<CalibrationFault, FailureKind> expected{
        {CalibrationFault::None, FailureKind::None},
        {CalibrationFault::NoUsage, FailureKind::None},
        {CalibrationFault::Http500, FailureKind::HttpStatus},
        {CalibrationFault::StallAfterFirstToken, FailureKind::IdleTimeout},
        {CalibrationFault::MalformedChunk, FailureKind::MalformedChunk},
        {CalibrationFault::DropMidStream, FailureKind::Dropped}};
    QCOMPARE(faults.size(), 12);
    for (const RequestRecord &r : run.records) {
        QVERIFY(faults.contains(r.requestId));
        QCOMPARE(failureKindId(r.failure),
                 failureKindId(expected.value(faults.value(r.requestId))));
        if (r.failure == FailureKind::HttpStatus)
            QCOMPARE(r.httpStatus, 500);
        if (!r.completed())
            QVERIFY(!r.error.isEmpty());
    }
}

void TestBenchEndpoint::firstTokenTimeout()
{
    CalibrationServerThread server({50, 20, 6, 1}, {CalibrationFault::StallBeforeFirstToken});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {2};
    config.requestsPerLevel = 2;
    config.warmupRequests = 0;
    config.firstTokenTimeoutMs = 300;
    EndpointRun run = runEndpointBenchmark(config);
    QCOMPARE(run.levels.size(), 1);
    QCOMPARE(run.levels.first().failuresByKind.value(u"timeout-first-token"_s), 2);
    for (const RequestRecord &r : run.records) {
        // Fails at the timeout, not before, and within the 20 ms watchdog tick after it.
        const double elapsedMs = nsToMs(r.endNs - r.sendNs);
        QVERIFY2(elapsedMs >= 300 && elapsedMs < 500, qPrintable(QString::number(elapsedMs)));
    }

    // A stream that stalls after its first token, with a generous idle timeout: the total
    // timeout ends it.
    CalibrationServerThread stalling({50, 20, 6, 1}, {CalibrationFault::StallAfterFirstToken});
    QVERIFY(stalling.start());
    config = configFor(stalling, StreamApi::OpenAiChat);
    config.concurrencyLevels = {1};
    config.requestsPerLevel = 1;
    config.warmupRequests = 0;
    config.idleTimeoutMs = 5000;
    config.totalTimeoutMs = 400;
    const EndpointRun total = runEndpointBenchmark(config);
    QCOMPARE(total.levels.first().failuresByKind.value(u"timeout-total"_s), 1);
    QCOMPARE(total.records.first().chunkNs.size(), 1); // the token it had is kept in the record
}

void TestBenchEndpoint::unreachableEndpointFails()
{
    EndpointConfig config;
    config.url = QUrl(u"http://127.0.0.1:%1"_s.arg(CalibrationServer::refusedPort()));
    config.model = u"m"_s;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY(run.levels.isEmpty());
    QVERIFY2(run.fatalError.contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(run.fatalError));
}

void TestBenchEndpoint::cancelStopsWithinASecond()
{
    // 100 tokens at 50 ms: each request would take 5 s.
    CalibrationServerThread server({50, 50, 100, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {4};
    config.requestsPerLevel = 8;
    config.warmupRequests = 0;
    config.maxTokens = 100;
    std::atomic<bool> cancel{false};
    std::atomic<qint64> cancelledAtNs{0};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        cancelledAtNs = monotonicNs();
        cancel = true;
    });
    const EndpointRun run = runEndpointBenchmark(config, {}, &cancel);
    const double stopMs = nsToMs(monotonicNs() - cancelledAtNs);
    canceller.join();
    QVERIFY(run.cancelled);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QCOMPARE(run.levels.size(), 1);
    QCOMPARE(run.levels.first().cancelled, 4);
    for (const RequestRecord &r : run.records) {
        QCOMPARE(r.failure, FailureKind::Cancelled);
        QVERIFY(!r.chunkNs.isEmpty()); // what was measured before the cancel is kept
    }
}

void TestBenchEndpoint::apiKeyIsSentButNeverWritten()
{
    CalibrationServerThread server({20, 20, 4, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {1};
    config.requestsPerLevel = 1;
    config.warmupRequests = 0;
    config.apiKey = "sk-calibration-secret-4711";
    const EndpointRun run = runEndpointBenchmark(config);
    QCOMPARE(run.levels.first().completed, 1);
    QCOMPARE(server.log().first().authorization, QByteArray("Bearer sk-calibration-secret-4711"));
    QVERIFY(run.config.apiKey.isEmpty());
    const QByteArray json = QJsonDocument(endpointRunToJson(run)).toJson();
    QVERIFY(!json.contains("sk-calibration-secret"));
    QVERIFY(json.contains("\"apiKeyUsed\": true"));
}

void TestBenchEndpoint::endlessLineIsCutWithBoundedMemory_data()
{
    QTest::addColumn<CalibrationFault>("fault");
    QTest::addColumn<StreamApi>("api");
    QTest::newRow("endless SSE line") << CalibrationFault::EndlessLine << StreamApi::OpenAiChat;
    QTest::newRow("endless NDJSON line")
        << CalibrationFault::EndlessLine << StreamApi::OllamaGenerate;
    QTest::newRow("endless header line")
        << CalibrationFault::EndlessHeader << StreamApi::OpenAiChat;
}

void TestBenchEndpoint::endlessLineIsCutWithBoundedMemory()
{
    QFETCH(CalibrationFault, fault);
    QFETCH(StreamApi, api);
    // Every second request gets a line that never ends: the server would stream a gigabyte
    // without a line break. The client's limits (1 MiB a stream line, 64 KiB of headers) end
    // the request with a message and close it; the requests before and after are unharmed.
    CalibrationServerThread server({20, 5, 8, 1}, {CalibrationFault::None, fault});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, api);
    config.concurrencyLevels = {1};
    config.requestsPerLevel = 4;
    config.warmupRequests = 0;
    config.maxTokens = 8;
    EndpointRun run;
    const qint64 startNs = monotonicNs();
    const qint64 growth = peakResidentGrowth([&] { run = runEndpointBenchmark(config); });
    const double elapsedMs = nsToMs(monotonicNs() - startNs);

    // Bounded memory: the line limit plus the socket reads queued for parsing, far below what
    // the server offered. 64 MiB leaves room for a sanitizer's quarantine of freed buffers.
    qInfo("resident growth %.1f MiB, run %.0f ms", double(growth) / (1 << 20), elapsedMs);
    QVERIFY2(growth < (qint64(64) << 20), qPrintable(QString::number(growth)));
    // Bounded time: each endless request fails at the limit, long before any timeout.
    QVERIFY2(elapsedMs < config.firstTokenTimeoutMs, qPrintable(QString::number(elapsedMs)));

    QCOMPARE(run.records.size(), 4);
    QCOMPARE(run.levels.first().completed, 2);
    QCOMPARE(run.levels.first().failuresByKind.value(u"malformed-chunk"_s), 2);
    qint64 endlessBytes = 0;
    for (const CalibrationLogEntry &entry : server.log())
        endlessBytes = std::max(endlessBytes, entry.endlessBytes);
    // The line really outgrew the client's limit, and the client's close stopped the server
    // long before its gigabyte.
    QVERIFY2(endlessBytes > (qint64(1) << 16), qPrintable(QString::number(endlessBytes)));
    QVERIFY2(endlessBytes < (qint64(256) << 20), qPrintable(QString::number(endlessBytes)));
    for (int i = 0; i < run.records.size(); ++i) {
        const RequestRecord &r = run.records[i];
        if (i % 2 == 0) {
            QVERIFY2(r.completed(), qPrintable(r.error));
            QCOMPARE(r.outputTokens, 8);
        } else {
            QCOMPARE(r.failure, FailureKind::MalformedChunk);
            QVERIFY2(r.error.contains(u"longer than"_s), qPrintable(r.error));
        }
    }
}

void TestBenchEndpoint::silentServerTimesOutAndKeepsEarlierResults()
{
    // Requests 0 and 1 are answered; request 2 is read and never answered, on a connection the
    // server keeps open. The first-token timeout ends it; the next request is answered again.
    CalibrationServerThread server(
        {20, 5, 8, 1}, {CalibrationFault::None, CalibrationFault::None, CalibrationFault::Silent});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {1};
    config.requestsPerLevel = 4;
    config.warmupRequests = 0;
    config.maxTokens = 8;
    config.firstTokenTimeoutMs = 300;
    const EndpointRun run = runEndpointBenchmark(config);
    QCOMPARE(run.records.size(), 4);
    QCOMPARE(run.levels.first().completed, 3);
    QCOMPARE(run.levels.first().failuresByKind.value(u"timeout-first-token"_s), 1);
    const RequestRecord &silent = run.records[2];
    QCOMPARE(silent.failure, FailureKind::FirstTokenTimeout);
    const double elapsedMs = nsToMs(silent.endNs - silent.sendNs);
    QVERIFY2(elapsedMs >= 300 && elapsedMs < 800, qPrintable(QString::number(elapsedMs)));
    QVERIFY(run.records[3].completed());
}

void TestBenchEndpoint::runDeadlineStopsANeverEndingRun()
{
    // Two answered requests, then a server that goes silent for good, with request timeouts far
    // beyond the run's deadline: the deadline ends the run, and what was measured before it is
    // in the run, its JSON and the history.
    CalibrationServerThread server(
        {20, 5, 8, 1}, {CalibrationFault::None, CalibrationFault::None, CalibrationFault::Silent,
                        CalibrationFault::Silent, CalibrationFault::Silent});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {1};
    config.requestsPerLevel = 5;
    config.warmupRequests = 0;
    config.maxTokens = 8;
    config.firstTokenTimeoutMs = 60000;
    config.totalTimeoutMs = 60000;
    config.runTimeoutMs = 800;
    const qint64 startNs = monotonicNs();
    const EndpointRun run = runEndpointBenchmark(config);
    const double elapsedMs = nsToMs(monotonicNs() - startNs);
    // The deadline plus one watchdog tick, with slack for a loaded machine.
    QVERIFY2(elapsedMs >= 800 && elapsedMs < 1800, qPrintable(QString::number(elapsedMs)));
    QVERIFY(run.cancelled);
    QVERIFY(run.deadlineReached);
    QCOMPARE(run.records.size(), 3);
    QVERIFY(run.records[0].completed());
    QVERIFY(run.records[1].completed());
    QCOMPARE(run.records[2].failure, FailureKind::Cancelled);
    QVERIFY2(run.records[2].error.contains(u"deadline"_s), qPrintable(run.records[2].error));
    QCOMPARE(run.levels.size(), 1);
    QCOMPARE(run.levels.first().completed, 2);

    const QJsonObject json = endpointRunToJson(run);
    QCOMPARE(json.value(u"deadlineReached"_s).toBool(), true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const BenchHistory history(dir.path());
    const Result<QString> saved = history.save(benchResultFrom(run, SystemInfo{}));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    const Result<BenchResult> loaded = history.load(*saved);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const EndpointRun &kept = loaded->endpoint;
    QVERIFY(kept.deadlineReached);
    QCOMPARE(kept.records.size(), 3);
    QVERIFY(kept.records[0].completed());
    QVERIFY(kept.records[1].completed());
    QCOMPARE(kept.records[0].outputTokens, 8);
    QCOMPARE(kept.levels.first().completed, 2);
}

void TestBenchEndpoint::multiTokenChunksCountFromUsage()
{
    // 3 chunks of 4 tokens, 20 ms per token: chunks at 50, 130 and 210 ms. Usage says 12 tokens,
    // so TPOT = (210 − 50) / (12 − 1) = 14.55 ms, while a chunk count would give 3 tokens and
    // (210 − 50) / 2 = 80 ms.
    CalibrationServerThread server({50, 20, 12, 4});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.concurrencyLevels = {1};
    config.requestsPerLevel = 2;
    config.warmupRequests = 0;
    const EndpointRun run = runEndpointBenchmark(config);
    const LevelSummary &level = run.levels.first();
    QCOMPARE(level.tokenCountSource, u"usage"_s);
    QCOMPARE(level.meanOutputTokens, 12.0);
    QVERIFY2(std::abs(level.tpotMs.p50 - 160.0 / 11) <= tolerance(160.0 / 11),
             qPrintable(QString::number(level.tpotMs.p50)));
    QVERIFY2(std::abs(level.itlMs.p50 - 80) <= tolerance(80),
             qPrintable(QString::number(level.itlMs.p50)));
}

void TestBenchEndpoint::promptTokensComeFromTheServer()
{
    // The calibration server counts one token per word; the client aimed at 4 characters per
    // token. The result must carry the server's count, not the requested 64.
    CalibrationServerThread server({20, 20, 4, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiCompletions);
    config.concurrencyLevels = {2};
    config.requestsPerLevel = 4;
    config.warmupRequests = 0;
    const EndpointRun run = runEndpointBenchmark(config);
    double words = 0;
    for (const RequestRecord &r : run.records) {
        const int expected = calibration::countWords(buildPrompt(64, r.index));
        QCOMPARE(r.promptTokens, expected);
        QCOMPARE(r.requestedPromptTokens, 64);
        words += expected;
    }
    QCOMPARE(run.levels.first().meanPromptTokens, words / 4);
    QVERIFY(run.levels.first().meanPromptTokens != 64);
}

void TestBenchEndpoint::resultRoundTrips()
{
    CalibrationServerThread server({20, 20, 4, 1},
                                   {CalibrationFault::None, CalibrationFault::Http500});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OllamaGenerate);
    config.concurrencyLevels = {1, 2};
    config.requestsPerLevel = 2;
    config.warmupRequests = 1;
    const EndpointRun run = runEndpointBenchmark(config);
    const Result<EndpointRun> back = endpointRunFromJson(endpointRunToJson(run), u"run"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QCOMPARE(run.levels.size(), 2);
    QCOMPARE(back->levels.size(), run.levels.size());
    QCOMPARE(back->records.size(), run.records.size());
    QCOMPARE(back->config.api, StreamApi::OllamaGenerate);
    QCOMPARE(back->levels[1].failuresByKind, run.levels[1].failuresByKind);
    QCOMPARE(back->levels[0].ttftMs.p50, run.levels[0].ttftMs.p50);
    for (qsizetype i = 0; i < run.records.size(); ++i) {
        const RequestRecord &a = run.records[i];
        const RequestRecord &b = back->records[i];
        QCOMPARE(b.failure, a.failure);
        QCOMPARE(b.chunkNs.size(), a.chunkNs.size());
        QCOMPARE(b.server, a.server);
        // Times are written with 0.1 µs resolution relative to the run's start.
        if (a.completed())
            QVERIFY(std::abs(*b.ttftMs() - *a.ttftMs()) < 1e-3);
    }
}

void TestBenchEndpoint::selftestIsWithinBudget()
{
    // `pertoken bench selftest` at a CI-friendly size: the harness error (client timestamps
    // against the server's writes, one clock) within 2 % or 1 ms at 1 and 16 streams.
    SelftestOptions options;
    options.timing = {100, 25, 8, 1};
    options.concurrencyLevels = {1, 16};
    const SelftestResult result = runSelftest(options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.levels.size(), 2);
    for (const SelftestLevel &l : result.levels) {
        qInfo(
            "%d streams: TTFT error p50 %.3f ms, TPOT error p50 %.4f ms, client delay p99 %.2f ms",
            l.concurrency, l.ttftErrorMs.p50, l.tpotErrorMs.p50, l.clientDelayMs.p99);
        QCOMPARE(l.completed, std::max(4, l.concurrency));
        QCOMPARE(l.ttftErrorMs.count, l.completed);
        QVERIFY(l.withinBudget);
    }
    QVERIFY(result.withinBudget());
    QCOMPARE(selftestToJson(result).value(u"withinBudget"_s).toBool(), true);
}

void TestBenchEndpoint::openLoopKeepsTheAskedRate_data()
{
    QTest::addColumn<int>("process");
    QTest::addColumn<int>("requests");
    // Constant: 250 requests at 50/s, 4.98 s; Poisson: 150 requests (about 3 s).
    QTest::newRow("constant") << int(ArrivalProcess::Constant) << 250;
    QTest::newRow("poisson") << int(ArrivalProcess::Poisson) << 150;
}

void TestBenchEndpoint::openLoopKeepsTheAskedRate()
{
    QFETCH(int, process);
    QFETCH(int, requests);
    // A fast server (first token after 10 ms, 4 tokens 5 ms apart: 25 ms a request), so at
    // 50 requests/s about two are in flight and the client, not the server, sets the pace.
    CalibrationServerThread server({10, 5, 4, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.maxTokens = 4;
    config.ratePerSecondLevels = {50};
    config.arrivals = ArrivalProcess(process);
    config.seed = 11;
    config.requestsPerLevel = requests;
    config.warmupRequests = 1;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    QCOMPARE(run.levels.size(), 1);
    const LevelSummary &level = run.levels.first();
    QCOMPARE(level.completed, requests);
    // The rate the schedule itself asks for: exactly 50/s when constant ((n − 1) gaps of
    // 20 ms); for a Poisson schedule, (n − 1) / its own span, drawn from the seed.
    const QList<qint64> planned = arrivalOffsetsNs({.ratePerSecond = 50,
                                                    .process = ArrivalProcess(process),
                                                    .seed = config.seed,
                                                    .count = requests});
    const double plannedRate = (requests - 1) / (double(planned.last()) / 1e9);
    if (ArrivalProcess(process) == ArrivalProcess::Constant)
        QVERIFY(std::abs(plannedRate - 50) < 1e-9);
    qInfo("asked 50/s, schedule %.3f/s, achieved %.3f/s; lag p50 %.3f p99 %.3f max %.3f ms",
          plannedRate, level.achievedRatePerSecond, level.queueMs.p50, level.queueMs.p99,
          level.queueMs.max);
    // Within 2 % of the asked rate (the budget of DESIGN.md): the client sent on time.
    QVERIFY2(std::abs(level.achievedRatePerSecond - plannedRate) <= 0.02 * plannedRate,
             qPrintable(QString::number(level.achievedRatePerSecond)));
    QCOMPARE(level.ratePerSecond, 50.0);
    QVERIFY(!level.clientBehindSchedule);
    // Each request's scheduled time is the level's start plus its planned offset.
    const RequestRecord &first = run.records[1];
    const RequestRecord &last = run.records.last();
    QCOMPARE(last.scheduledNs - first.scheduledNs, planned.last());
}

void TestBenchEndpoint::openLoopLatencyIncludesServerQueueing()
{
    // A server with one slot (maxConcurrent 1): first token 40 ms after a request's service
    // starts, 2 tokens 10 ms apart, so each request holds the slot for 50 ms. Arrivals every
    // 20 ms (constant, 50/s): request k (from 0) starts service near k · 50 ms, scheduled at
    // k · 20 ms, so its TTFT from the schedule is about 40 + 30 k ms; the tenth, k = 9, 310 ms.
    CalibrationTiming timing{40, 10, 2, 1};
    timing.maxConcurrent = 1;
    CalibrationServerThread server(timing);
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.maxTokens = 2;
    config.ratePerSecondLevels = {50};
    config.arrivals = ArrivalProcess::Constant;
    config.requestsPerLevel = 10;
    config.warmupRequests = 0;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    const LevelSummary &level = run.levels.first();
    QCOMPARE(level.completed, 10);
    QVERIFY(!level.clientBehindSchedule); // the client kept its schedule; the server queued
    qInfo("TTFT from schedule p50 %.1f max %.1f ms (hand estimate max 310)", level.ttftMs.p50,
          level.ttftMs.max);
    QVERIFY2(level.ttftMs.max > 0.9 * 310, qPrintable(QString::number(level.ttftMs.max)));
    // Each request's TTFT is the server's first token less its scheduled time, on the same
    // monotonic clock, within 2 % or 1 ms: the wait in the server's queue is in it.
    const QList<CalibrationLogEntry> log = server.log();
    for (const RequestRecord &record : run.records) {
        const auto served = std::find_if(log.cbegin(), log.cend(), [&](const auto &entry) {
            return entry.requestId == record.requestId.toLatin1();
        });
        QVERIFY(served != log.cend());
        const double servedTtft = (served->firstTokenNs - record.scheduledNs) / 1e6;
        QVERIFY2(std::abs(*record.ttftMs() - servedTtft) <= tolerance(servedTtft),
                 qPrintable(u"%1 against %2"_s.arg(*record.ttftMs()).arg(servedTtft)));
        // The server's own time from service start to first token stays 40 ms: the growth
        // is queueing, not a slower server.
        QVERIFY(std::abs((served->firstTokenNs - served->servedNs) / 1e6 - 40) < 10);
    }
}

void TestBenchEndpoint::clientThatFallsBehindCannotHideTheWait()
{
    // Coordinated omission: the same 50/s schedule, but the client may hold only one request
    // in flight and each takes 50 ms (first token 40 ms, 2 tokens 10 ms apart). Request k
    // leaves near k · 50 ms instead of k · 20 ms: lag ≈ 30 k ms, 270 ms for the tenth. From
    // its send, TTFT stays 40 ms; from its schedule it is 40 + 30 k ms, 310 ms for the tenth.
    CalibrationServerThread server({40, 10, 2, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.maxTokens = 2;
    config.ratePerSecondLevels = {50};
    config.arrivals = ArrivalProcess::Constant;
    config.maxConcurrency = 1;
    config.requestsPerLevel = 10;
    config.warmupRequests = 1;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    const LevelSummary &level = run.levels.first();
    qInfo("lag max %.1f ms (estimate 270), TTFT from schedule max %.1f (310), from send p50 "
          "%.1f (40), achieved %.2f/s (one per 50 ms = 20)",
          level.queueMs.max, level.ttftMs.max, level.ttftFromSendMs.p50,
          level.achievedRatePerSecond);
    QVERIFY(level.clientBehindSchedule);
    QVERIFY(level.warnings.join(u' ').contains(u"could not keep the schedule"_s));
    QVERIFY(level.queueMs.max > 0.9 * 270);
    QVERIFY(level.ttftMs.max > 0.9 * 310);
    QVERIFY(std::abs(level.ttftFromSendMs.p50 - 40) < 10);
    // One request per 50 ms at best: the server saw at most 20/s, not the 50 asked.
    QVERIFY(level.achievedRatePerSecond < 21);
}

void TestBenchEndpoint::repeatsGiveConfidenceIntervals()
{
    CalibrationServerThread server({20, 10, 4, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.maxTokens = 4;
    config.concurrencyLevels = {1, 2};
    config.requestsPerLevel = 2;
    config.warmupRequests = 1;
    config.repeats = 3;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    QCOMPARE(run.levels.size(), 6); // 2 levels × 3 runs, each level's runs in a row
    QCOMPARE(run.levels[2].repeat, 2);
    QCOMPARE(run.levels[3].concurrency, 2);
    QCOMPARE(run.levels[3].repeat, 0);
    const QList<RepeatedLevel> repeated = repeatStatistics(run.levels);
    QCOMPARE(repeated.size(), 2);
    // By hand from the three runs of level 1: mean, s with n − 1, t(0.975, 2) = 4.3027.
    QList<double> values;
    for (int i = 0; i < 3; ++i)
        values.append(run.levels[i].ttftMs.p50);
    const double mean = (values[0] + values[1] + values[2]) / 3;
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    const double halfWidth = 4.3027 * std::sqrt(squares / 2) / std::sqrt(3.0);
    const MeanInterval &ttft = repeated[0].metrics.first().second;
    QCOMPARE(repeated[0].metrics.first().first, u"ttftP50Ms"_s);
    QVERIFY(std::abs(ttft.mean - mean) < 1e-9);
    QVERIFY(std::abs(ttft.halfWidth95 - halfWidth) < 1e-9);
    // The result file and the history carry them.
    const QJsonObject json = endpointRunToJson(run);
    QCOMPARE(json.value(u"repeatStatistics"_s).toArray().size(), 2);
    const Result<EndpointRun> back = endpointRunFromJson(json, u"run.json"_s);
    QVERIFY(back);
    QCOMPARE(back->config.repeats, 3);
    QCOMPARE(back->levels[2].repeat, 2);
}

void TestBenchEndpoint::shardsOfARealRunMergeExactly()
{
    // One real open-loop run, its records split by hand into three shards (request k to shard
    // k mod 3, each file as that shard's client would have written it): the merge of the three
    // gives the whole run's figures exactly, bit for bit.
    CalibrationServerThread server({15, 5, 4, 1});
    QVERIFY(server.start());
    EndpointConfig config = configFor(server, StreamApi::OpenAiChat);
    config.maxTokens = 4;
    config.ratePerSecondLevels = {40, 80};
    config.seed = 5;
    config.requestsPerLevel = 20;
    config.warmupRequests = 1;
    const EndpointRun run = runEndpointBenchmark(config);
    QVERIFY2(run.fatalError.isEmpty(), qPrintable(run.fatalError));
    QCOMPARE(run.levels.size(), 2);
    QTemporaryDir dir;
    QStringList paths;
    for (int shard = 0; shard < 3; ++shard) {
        EndpointRun part = run;
        part.config.shardIndex = shard;
        part.config.shardCount = 3;
        part.records.clear();
        for (const RequestRecord &r : run.records) {
            if (r.index % 3 == shard)
                part.records.append(r);
        }
        paths.append(dir.filePath(u"shard%1.jsonl"_s.arg(shard)));
        QVERIFY(!writeRecordsFile(part, paths.last()));
    }
    QList<RecordsShard> shards;
    for (const QString &path : paths) {
        Result<RecordsShard> shard = readRecordsFile(path);
        QVERIFY2(shard, shard ? "" : qPrintable(shard.error().toString()));
        shards.append(*shard);
    }
    const Result<MergedRun> merged = mergeShards(shards, QDateTime::currentDateTimeUtc());
    QVERIFY2(merged, merged ? "" : qPrintable(merged.error().toString()));
    QCOMPARE(merged->run.levels.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const LevelSummary &whole = run.levels[i];
        const LevelSummary &pooled = merged->run.levels[i];
        QCOMPARE(pooled.ratePerSecond, whole.ratePerSecond);
        QCOMPARE(pooled.completed, whole.completed);
        QCOMPARE(pooled.ttftMs, whole.ttftMs);
        QCOMPARE(pooled.e2eMs, whole.e2eMs);
        QCOMPARE(pooled.tpotMs, whole.tpotMs);
        QCOMPARE(pooled.itlMs, whole.itlMs);
        QCOMPARE(pooled.queueMs, whole.queueMs);
        QCOMPARE(pooled.outputTokensPerSecond, whole.outputTokensPerSecond);
        QCOMPARE(pooled.achievedRatePerSecond, whole.achievedRatePerSecond);
    }
    QCOMPARE(merged->run.records.size(), run.records.size()); // no request lost
    QCOMPARE(merged->clockSkewMs, 0.0);
}

QTEST_GUILESS_MAIN(TestBenchEndpoint)
#include "tst_bench_endpoint.moc"
