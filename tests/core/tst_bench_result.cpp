// Result documents (pertoken.bench/1), the history folder, and applying a result to a
// deployment option ("use in scenario").

#include "bench/endpoint/endpoint_options.h"
#include "bench/results/apply_bench_result.h"
#include "bench/results/bench_history.h"
#include "bench/results/bench_result.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMs = 1'000'000;

// Two levels measured by hand. Concurrency 1: two requests of 4 tokens sent at 0 and 200 ms,
// TTFT 100 ms, TPOT 20 ms, so the last chunk lands at 200 + 100 + 3 × 20 = 360 ms: 8 tokens in
// 0.36 s = 22.2 tokens/s. Concurrency 4: four requests sent together at 1000 ms, TTFT 300 ms,
// ending at 1360 ms: 16 tokens in 0.36 s = 44.4 tokens/s.
EndpointRun handMadeRun()
{
    EndpointRun run;
    run.config.url = QUrl(u"http://127.0.0.1:8000"_s);
    run.endpointUrl = QUrl(u"http://user:secret@127.0.0.1:8000/v1/chat/completions?key=k"_s);
    run.config.model = u"llama-3.1-8b"_s;
    run.config.concurrencyLevels = {1, 4};
    run.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15), Qt::UTC);
    run.originNs = 0;
    int index = 0;
    const auto add = [&](int concurrency, qint64 sendMs, qint64 ttftMs) {
        RequestRecord r;
        r.index = index;
        r.requestId = u"pertoken-%1"_s.arg(index++);
        r.concurrency = concurrency;
        r.sendNs = sendMs * kMs;
        for (int k = 0; k < 4; ++k)
            r.chunkNs.append((sendMs + ttftMs + 20 * k) * kMs);
        r.endNs = r.chunkNs.last();
        r.outputTokens = 4;
        r.tokenSource = TokenCountSource::Usage;
        run.records.append(r);
        return r;
    };
    QList<RequestRecord> one{add(1, 0, 100), add(1, 200, 100)};
    QList<RequestRecord> four{add(4, 1000, 300), add(4, 1000, 300), add(4, 1000, 300),
                              add(4, 1000, 300)};
    run.levels.append(summarizeLevel(one, 1, {}));
    run.levels.append(summarizeLevel(four, 4, {}));
    return run;
}

DeploymentOption selfHosted()
{
    DeploymentOption option;
    option.id = u"gpu"_s;
    option.name = u"8B on a rented GPU"_s;
    option.spec = SelfHostedOption{};
    return option;
}

} // namespace

class TestBenchResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void endpointDocument();
    void hardwareDocument();
    void regressionTokenCountBeyondInt();
    void refusesOtherSchemas();
    void history();
    void applyEndpoint();
    void applyWithTargets();
    void applyLlamaBench();
    void applyHardware();
    void cloudApiTakesNoMeasurement();
    void endpointOptions();
    void badEndpointOptions_data();
    void badEndpointOptions();
};

void TestBenchResult::endpointDocument()
{
    const EndpointRun run = handMadeRun();
    // The level's duration runs from the first send to the last end.
    QCOMPARE(run.levels[0].durationSeconds, 0.36);
    QCOMPARE(run.levels[0].outputTokensPerSecond, 8 / 0.36);
    const BenchResult result = benchResultFrom(run, SystemInfo{});
    const QByteArray json = benchResultToJson(result);
    QVERIFY(json.startsWith("{\n    \"schema\": \"pertoken.bench/1\""));
    QVERIFY(!json.contains("secret")); // user info and query never reach the file
    QVERIFY(!json.contains("key=k"));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(u"kind"_s).toString(), u"endpoint"_s);
    QVERIFY(o.value(u"system"_s).isObject());
    const QJsonObject level = o.value(u"levels"_s).toArray().at(1).toObject();
    for (const QString &key :
         {u"concurrency"_s, u"requests"_s, u"completed"_s, u"failed"_s, u"outputTokensPerSecond"_s,
          u"requestsPerSecond"_s, u"tokenCountSource"_s, u"failuresByKind"_s})
        QVERIFY2(level.contains(key), qPrintable(key));
    for (const QString &key : {u"ttftMs"_s, u"tpotMs"_s, u"itlMs"_s, u"e2eMs"_s})
        for (const QString &stat : {u"p50"_s, u"p90"_s, u"p99"_s, u"mean"_s})
            QVERIFY2(level.value(key).toObject().contains(stat), qPrintable(key + stat));
    QCOMPARE(level.value(u"ttftMs"_s).toObject().value(u"p50"_s).toDouble(), 300.0);
    QCOMPARE(o.value(u"requests"_s).toArray().size(), 6); // every raw record

    const Result<BenchResult> back = parseBenchResult(json, u"r.json"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back->kind, BenchKind::Endpoint);
    QCOMPARE(back->createdAt, run.startedAt);
    QCOMPARE(back->endpoint.levels[1].outputTokensPerSecond, run.levels[1].outputTokensPerSecond);
    QCOMPARE(back->endpoint.records.size(), 6);
}

void TestBenchResult::regressionTokenCountBeyondInt()
{
    // Found by fuzz_bench_result (corpus: regression-token-count-beyond-int.json): a request's
    // promptTokens of 1.1e15 was converted to int, which is undefined. It is refused, named.
    QJsonObject o =
        QJsonDocument::fromJson(benchResultToJson(benchResultFrom(handMadeRun(), SystemInfo{})))
            .object();
    QJsonArray requests = o.value(u"requests"_s).toArray();
    QJsonObject first = requests.at(0).toObject();
    first.insert(u"promptTokens"_s, 1.11111e15);
    requests.replace(0, first);
    o.insert(u"requests"_s, requests);
    const Result<BenchResult> back = parseBenchResult(QJsonDocument(o).toJson(), u"r.json"_s);
    QVERIFY(!back.ok());
    const QString message = back.error().toString();
    QVERIFY2(message.contains(u"requests[0].promptTokens"_s), qPrintable(message));
}

void TestBenchResult::hardwareDocument()
{
    HardwareProbeResult h;
    h.measuredAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    h.memory.repetitions = 4;
    h.memory.validated = true;
    h.memory.triad.bestGBps = 22.4;
    h.memory.copy.bestGBps = 20.1;
    h.gemmAllThreads = GemmResult{1024, 2, 95.0, {90.0, 95.0}, true, false, {}};
    h.gemmSingleThread = GemmResult{1024, 1, 50.0, {50.0}, true, false, {}};
    const QJsonObject o = QJsonDocument::fromJson(benchResultToJson(benchResultFrom(h))).object();
    QCOMPARE(o.value(u"schema"_s).toString(), u"pertoken.bench/1"_s);
    QCOMPARE(o.value(u"kind"_s).toString(), u"hardware"_s);
    QCOMPARE(o.value(u"memoryBandwidthGBps"_s).toDouble(), 22.4);
    QCOMPARE(o.value(u"gemmGflops"_s).toDouble(), 95.0);
    QCOMPARE(o.value(u"gemmGflopsSingleThread"_s).toDouble(), 50.0);
    const Result<BenchResult> back =
        parseBenchResult(QJsonDocument(o).toJson(), u"hardware.json"_s);
    QVERIFY(back.ok());
    QCOMPARE(back->hardware.memoryBandwidthGBps(), 22.4);
    QCOMPARE(back->hardware.gemmGflops(), 95.0);
}

void TestBenchResult::refusesOtherSchemas()
{
    Result<BenchResult> r =
        parseBenchResult(R"({"schema": "pertoken.bench/2", "kind": "hardware"})", u"f.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, u"schema"_s);
    QVERIFY(r.error().message.contains(u"newer"_s));
    r = parseBenchResult(R"({"schema": "pertoken.bench/1", "kind": "gpu", "createdAt": "x",
                            "system": {}})",
                         u"f.json"_s);
    QCOMPARE(r.error().field, u"kind"_s);
    QVERIFY(!parseBenchResult("not json", u"f.json"_s).ok());
}

void TestBenchResult::history()
{
    QTemporaryDir dir;
    const BenchHistory history(dir.path() + u"/bench-history"_s);
    BenchResult older = benchResultFrom(handMadeRun(), {});
    BenchResult newer = older;
    newer.createdAt = older.createdAt.addSecs(3600);
    const Result<QString> a = history.save(older);
    const Result<QString> b = history.save(newer);
    const Result<QString> c = history.save(newer); // same second: a second file, not overwritten
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(*b != *c);
    QVERIFY(QFileInfo(*a).fileName().startsWith(u"20261124-101500-endpoint"_s));
    QFile junk(dir.path() + u"/bench-history/broken.json"_s);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{");
    junk.close();
    QStringList unreadable;
    const QList<BenchHistory::Entry> entries = history.list(&unreadable);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.first().createdAt, newer.createdAt); // newest first
    QCOMPARE(entries.last().path, *a);
    QCOMPARE(unreadable.size(), 1);
    QVERIFY(entries.first().summary.contains(u"llama-3.1-8b"_s));
    const Result<BenchResult> loaded = history.load(*a);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->endpoint.levels.size(), 2);
}

void TestBenchResult::applyEndpoint()
{
    const BenchResult result = benchResultFrom(handMadeRun(), {});
    const Result<DeploymentOption> option = applyBenchResult(result, selfHosted());
    QVERIFY(option.ok());
    // Without targets the level of highest throughput: concurrency 4, 16 tokens / 0.36 s.
    QCOMPARE(option->measuredOutputTokensPerSecond, 16 / 0.36);
    QVERIFY(option->measuredSource.contains(u"concurrency 4"_s));
    QVERIFY(option->measuredSource.contains(u"2026-11-24"_s));
    const Result<DeploymentOption> first = applyBenchResult(result, selfHosted(), {0});
    QCOMPARE(first->measuredOutputTokensPerSecond, 8 / 0.36);
    QVERIFY(!applyBenchResult(result, selfHosted(), {5}).ok());
}

void TestBenchResult::applyWithTargets()
{
    EndpointRun run = handMadeRun();
    run.config.targets.ttftMs = 200; // concurrency 4's 300 ms TTFT misses it
    const Result<DeploymentOption> option =
        applyBenchResult(benchResultFrom(run, {}), selfHosted());
    QVERIFY(option.ok());
    QCOMPARE(option->measuredOutputTokensPerSecond, 8 / 0.36);
    run.config.targets.ttftMs = 50; // no level meets it
    const Result<DeploymentOption> none = applyBenchResult(benchResultFrom(run, {}), selfHosted());
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(u"targets"_s));
}

void TestBenchResult::applyLlamaBench()
{
    QFile file(QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/llama-bench-qwen2-7b-rtx4080.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/data/llama-bench-qwen2-7b-rtx4080.json is absent");
    const Result<LlamaBenchResult> llama = parseLlamaBenchOutput(file.readAll(), u"rtx4080"_s);
    QVERIFY(llama.ok());
    const Result<DeploymentOption> option =
        applyBenchResult(benchResultFrom(*llama, {}), selfHosted());
    QVERIFY(option.ok());
    QCOMPARE(option->measuredOutputTokensPerSecond, 118.881588); // tg128 avg_ts in the file
    QVERIFY(option->measuredSource.contains(u"tg128"_s));
    QVERIFY(option->measuredSource.contains(u"RTX 4080"_s));
}

void TestBenchResult::applyHardware()
{
    HardwareProbeResult h;
    h.measuredAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    h.memory.repetitions = 4;
    h.memory.validated = true;
    h.memory.triad.bestGBps = 22.4;
    DeploymentOption option = selfHosted();
    option.measuredOutputTokensPerSecond = 99;
    const Result<DeploymentOption> applied = applyBenchResult(benchResultFrom(h), option);
    QVERIFY(applied.ok());
    const auto &spec = std::get<SelfHostedOption>(applied->spec);
    QVERIFY(spec.accelerator.measured);
    QCOMPARE(spec.accelerator.bandwidthGBps, 22.4);
    QCOMPARE(applied->measuredOutputTokensPerSecond, 0.0); // the roofline takes over again
    h.memory.validated = false;
    QVERIFY(!applyBenchResult(benchResultFrom(h), option).ok());
}

void TestBenchResult::cloudApiTakesNoMeasurement()
{
    DeploymentOption cloud;
    cloud.name = u"API"_s;
    cloud.spec = CloudApiOption{};
    const Result<DeploymentOption> r = applyBenchResult(benchResultFrom(handMadeRun(), {}), cloud);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"cloud API"_s));
}

void TestBenchResult::endpointOptions()
{
    const Result<EndpointConfig> c =
        endpointConfigFromOptions({{u"url"_s, u"http://localhost:11434"_s},
                                   {u"model"_s, u"llama3.2"_s},
                                   {u"api"_s, u"ollama"_s},
                                   {u"concurrency"_s, u"1, 8,32"_s},
                                   {u"requests"_s, u"64"_s},
                                   {u"tpot-target-ms"_s, u"50"_s}});
    QVERIFY(c.ok());
    QCOMPARE(c->api, StreamApi::OllamaGenerate);
    QCOMPARE(c->concurrencyLevels, (QList<int>{1, 8, 32}));
    QCOMPARE(c->requestsPerLevel, 64);
    QCOMPARE(c->targets.tpotMs, 50.0);
    QCOMPARE(c->maxTokens, EndpointConfig{}.maxTokens); // absent: the default
    QVERIFY(c->apiKey.isEmpty());
}

void TestBenchResult::badEndpointOptions_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("url") << u"url"_s << u"localhost:8000"_s;
    QTest::newRow("api") << u"api"_s << u"grpc"_s;
    QTest::newRow("endpoint") << u"endpoint"_s << u"embeddings"_s;
    QTest::newRow("concurrency") << u"concurrency"_s << u"4,x"_s;
    QTest::newRow("empty concurrency") << u"concurrency"_s << u","_s;
    QTest::newRow("requests") << u"requests"_s << u"0"_s;
    QTest::newRow("timeout") << u"idle-timeout-ms"_s << u"1.5"_s;
    QTest::newRow("target") << u"ttft-target-ms"_s << u"-3"_s;
}

void TestBenchResult::badEndpointOptions()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QHash<QString, QString> options{{u"url"_s, u"http://h:8000"_s}, {u"model"_s, u"m"_s}};
    options.insert(key, value);
    const Result<EndpointConfig> c = endpointConfigFromOptions(options, u"--"_s);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().source, u"--"_s + key);
}

QTEST_APPLESS_MAIN(TestBenchResult)
#include "tst_bench_result.moc"
