// llama-bench import: the published RTX 4080 result (../shared/data), an older build's JSONL,
// a newer build's field set, a truncated array, and running a stand-in llama-bench program.

#include "bench/llamabench/llama_bench.h"
#include "bench/results/bench_result.h"

#include <QFile>
#include <QTest>

#include <thread>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString testData(const QString &name)
{
    return QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/bench/"_s + name;
}

const QString kSharedFile =
    QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/llama-bench-qwen2-7b-rtx4080.json"_s;

} // namespace

class TestBenchLlama : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publishedRtx4080Result();
    void olderBuildJsonl();
    void newerBuildFieldSet();
    void truncatedArrayKeepsCompleteTests();
    void missingFieldsAreNamed_data();
    void missingFieldsAreNamed();
    void runsTheProgram();
    void programFailureIsReported();
    void cancelKillsAndKeepsCompletedTests();
    void roundTrips();
};

void TestBenchLlama::publishedRtx4080Result()
{
    const QByteArray bytes = readAll(kSharedFile);
    if (bytes.isEmpty())
        QSKIP("../shared/data/llama-bench-qwen2-7b-rtx4080.json is absent");
    const Result<LlamaBenchResult> r = parseLlamaBenchOutput(bytes, kSharedFile);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->format, u"json"_s);
    QCOMPARE(r->tests.size(), 2);
    // avg_ts as the file states them (llama.cpp tools/llama-bench/README.md, build 5163).
    const LlamaBenchTest *pp = r->prefillTest();
    const LlamaBenchTest *tg = r->decodeTest();
    QVERIFY(pp && tg);
    QCOMPARE(pp->label, u"pp512"_s);
    QCOMPARE(pp->avgTokensPerSecond, 7100.002165);
    QCOMPARE(pp->stddevTokensPerSecond, 140.34152);
    QCOMPARE(tg->label, u"tg128"_s);
    QCOMPARE(tg->avgTokensPerSecond, 118.881588);
    QCOMPARE(tg->samplesTokensPerSecond.size(), 5);
    QCOMPARE(tg->modelType, u"qwen2 7B Q4_K - Medium"_s);
    QCOMPARE(tg->gpuInfo, u"NVIDIA GeForce RTX 4080"_s);
    QCOMPARE(tg->buildNumber, 5163);
    // Unknown keys of newer builds are kept, not dropped: repack, fit_target, use_direct_io.
    QVERIFY(tg->raw.contains(u"repack"_s));
    QCOMPARE(tg->raw.value(u"flash_attn"_s).toInt(), -1);
    // The file's test_time values, 2025-04-24T11:58:50Z and 11:58:51Z: the run is dated by its
    // later test, and so is the result an import makes of it, whenever it is imported.
    QCOMPARE(pp->testTime, QDateTime(QDate(2025, 4, 24), QTime(11, 58, 50), Qt::UTC));
    QCOMPARE(r->runTime(), QDateTime(QDate(2025, 4, 24), QTime(11, 58, 51), Qt::UTC));
    QCOMPARE(benchResultFrom(*r, SystemInfo{}).createdAt, r->runTime());
}

void TestBenchLlama::olderBuildJsonl()
{
    const Result<LlamaBenchResult> r =
        parseLlamaBenchOutput(readAll(testData(u"llama-bench-old.jsonl"_s)), u"old"_s);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->format, u"jsonl"_s);
    QCOMPARE(r->tests.size(), 2);
    QCOMPARE(r->tests[0].avgTokensPerSecond, 669.34); // avg_ts as written; no n_depth → 0
    QCOMPARE(r->tests[0].nDepth, 0);
    // Its later test_time, as written.
    QCOMPARE(r->runTime(), QDateTime(QDate(2023, 11, 28), QTime(10, 2, 20), Qt::UTC));
    // A run whose tests carry no time has no date of its own: its import is dated by the import.
    LlamaBenchResult undated = *r;
    for (LlamaBenchTest &test : undated.tests)
        test.testTime = {};
    QVERIFY(!undated.runTime().isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime imported = benchResultFrom(undated, SystemInfo{}).createdAt;
    QVERIFY(imported >= before && imported <= QDateTime::currentDateTimeUtc());
    // The second test has no avg_ts and no samples_ts: from samples_ns, 128 tokens in 1.0 s and
    // 1.066666667 s give 128 and 120.0 t/s, mean 124.0.
    const LlamaBenchTest &tg = r->tests[1];
    QCOMPARE(tg.samplesTokensPerSecond.size(), 2);
    QVERIFY(qAbs(tg.avgTokensPerSecond - 124.0) < 1e-6);
    QVERIFY(qAbs(tg.stddevTokensPerSecond - std::sqrt(32.0)) < 1e-6); // |128 − 120| / √2
    QCOMPARE(tg.label, u"tg128"_s);
}

void TestBenchLlama::newerBuildFieldSet()
{
    const Result<LlamaBenchResult> r =
        parseLlamaBenchOutput(readAll(testData(u"llama-bench-newer.json"_s)), u"newer"_s);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->tests.first().label, u"tg128 @ d4096"_s);
    QCOMPARE(r->tests.first().avgTokensPerSecond, 224.0);
    QVERIFY(r->tests.first().raw.value(u"flash_attn"_s).isBool());
    QVERIFY(r->tests.first().raw.contains(u"moe_cache"_s));
}

void TestBenchLlama::truncatedArrayKeepsCompleteTests()
{
    const QByteArray bytes = readAll(kSharedFile);
    if (bytes.isEmpty())
        QSKIP("../shared/data/llama-bench-qwen2-7b-rtx4080.json is absent");
    // Cut inside the second object, as an interrupted `-o json` run leaves the file.
    const QByteArray cut = bytes.left(bytes.indexOf("\"n_prompt\": 0"));
    const Result<LlamaBenchResult> r = parseLlamaBenchOutput(cut, u"cut"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->tests.size(), 1);
    QCOMPARE(r->tests.first().label, u"pp512"_s);
    QCOMPARE(r->warnings.size(), 1);
}

void TestBenchLlama::missingFieldsAreNamed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field");
    QTest::newRow("no n_gen") << QByteArray(R"([{"n_prompt": 512, "avg_ts": 1}])")
                              << u"[0].n_gen"_s;
    QTest::newRow("no rate") << QByteArray(R"({"n_prompt": 0, "n_gen": 128})")
                             << u"line 1.avg_ts"_s;
    QTest::newRow("bad line") << QByteArray("{\"n_prompt\": 1, \"n_gen\": 0, \"avg_ts\": 1}\n{oops")
                              << u"line 2"_s;
    QTest::newRow("text") << QByteArray("| model | size |") << QString();
}

void TestBenchLlama::missingFieldsAreNamed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    const Result<LlamaBenchResult> r = parseLlamaBenchOutput(input, u"f.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().source, u"f.json"_s);
    QCOMPARE(r.error().field, field);
}

void TestBenchLlama::runsTheProgram()
{
    qunsetenv("FAKE_LLAMA_MODE");
    QStringList progress;
    const Result<LlamaBenchResult> r =
        runLlamaBench(u"/bin/sh"_s, {testData(u"fake-llama-bench.sh"_s), u"-m"_s, u"x.gguf"_s},
                      [&](const QString &line) { progress.append(line); });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->tests.size(), 1);
    QCOMPARE(r->tests.first().avgTokensPerSecond, 224.0);
    QVERIFY(progress.contains(u"llama-bench: benchmark 1/1: starting"_s));
}

void TestBenchLlama::programFailureIsReported()
{
    qputenv("FAKE_LLAMA_MODE", "fail");
    const Result<LlamaBenchResult> r =
        runLlamaBench(u"/bin/sh"_s, {testData(u"fake-llama-bench.sh"_s)});
    qunsetenv("FAKE_LLAMA_MODE");
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"failed to load model"_s));
    const Result<LlamaBenchResult> missing = runLlamaBench(u"/nonexistent/llama-bench"_s, {});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"cannot be started"_s));
}

void TestBenchLlama::cancelKillsAndKeepsCompletedTests()
{
    qputenv("FAKE_LLAMA_MODE", "slow");
    std::atomic<bool> cancel{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const Result<LlamaBenchResult> r =
        runLlamaBench(u"/bin/sh"_s, {testData(u"fake-llama-bench.sh"_s)}, {}, &cancel);
    const qint64 elapsedMs = timer.elapsed();
    canceller.join();
    qunsetenv("FAKE_LLAMA_MODE");
    QVERIFY2(elapsedMs < 1500, qPrintable(QString::number(elapsedMs))); // not the script's 30 s
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->tests.size(), 1);
    QCOMPARE(r->tests.first().avgTokensPerSecond, 1000.5);
    QVERIFY(r->warnings.join(u' ').contains(u"cancelled"_s));
}

void TestBenchLlama::roundTrips()
{
    const Result<LlamaBenchResult> r =
        parseLlamaBenchOutput(readAll(testData(u"llama-bench-old.jsonl"_s)), u"old"_s);
    QVERIFY(r.ok());
    const Result<LlamaBenchResult> back = llamaBenchFromJson(llamaBenchToJson(*r), u"back"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back->tests.size(), 2);
    QCOMPARE(back->tests[1].avgTokensPerSecond, r->tests[1].avgTokensPerSecond);
    QCOMPARE(back->tests[0].raw, r->tests[0].raw);
}

QTEST_APPLESS_MAIN(TestBenchLlama)
#include "tst_bench_llama.moc"
