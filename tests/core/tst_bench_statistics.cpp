// Percentiles and the per-level summary, on records whose timing is written out by hand.

#include "bench/endpoint/bench_statistics.h"
#include "bench/endpoint/endpoint_summary.h"

#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMs = 1'000'000; // ns per ms

RequestRecord completed(int index, qint64 sendMs, QList<qint64> chunkMs, int outputTokens)
{
    RequestRecord r;
    r.index = index;
    r.maxTokens = 6;
    r.scheduledNs = 0;
    r.sendNs = sendMs * kMs;
    for (qint64 t : chunkMs)
        r.chunkNs.append(t * kMs);
    r.endNs = r.chunkNs.last() + kMs;
    r.outputTokens = outputTokens;
    r.promptTokens = 20 + index;
    r.tokenSource = TokenCountSource::Usage;
    return r;
}

} // namespace

class TestBenchStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentiles_data();
    void percentiles();
    void stddev();
    void requestDefinitions();
    void levelSummary();
    void goodputCountsFailuresAgainst();
    void liveThroughputFollowsTheLevel();
};

void TestBenchStatistics::percentiles_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p90");
    QTest::addColumn<double>("p99");
    QTest::addColumn<double>("mean");
    // 1..10, linear interpolation: rank = q/100 × 9. p50: rank 4.5 → 5 + 0.5 × 1 = 5.5;
    // p90: rank 8.1 → 9 + 0.1 = 9.1; p99: rank 8.91 → 9 + 0.91 = 9.91 (numpy gives the same).
    QTest::newRow("1..10") << QList<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 5.5 << 9.1 << 9.91
                           << 5.5;
    QTest::newRow("one value") << QList<double>{42} << 42.0 << 42.0 << 42.0 << 42.0;
    // {100, 200}: p50 = 150, p90 = 100 + 0.9 × 100 = 190, p99 = 199.
    QTest::newRow("two values") << QList<double>{200, 100} << 150.0 << 190.0 << 199.0 << 150.0;
}

void TestBenchStatistics::percentiles()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p50);
    QFETCH(double, p90);
    QFETCH(double, p99);
    QFETCH(double, mean);
    const Distribution d = summarize(values);
    QCOMPARE(d.count, values.size());
    QCOMPARE(d.p50, p50);
    QCOMPARE(d.p90, p90);
    QVERIFY(qFuzzyCompare(d.p99, p99));
    QCOMPARE(d.mean, mean);
    QCOMPARE(summarize({}).count, 0);
    QCOMPARE(distributionToJson(summarize({})).value(u"p50"_s).isUndefined(), true);
}

void TestBenchStatistics::stddev()
{
    // {2,4,4,4,5,5,7,9}: mean 5, Σ(x − 5)² = 32, sample variance 32/7, sd = 2.13809.
    QVERIFY(qAbs(sampleStdDev({2, 4, 4, 4, 5, 5, 7, 9}) - std::sqrt(32.0 / 7)) < 1e-12);
    QCOMPARE(sampleStdDev({3}), 0.0);
}

void TestBenchStatistics::requestDefinitions()
{
    // Sent at 0 ms; chunks at 100, 120, 140, 160 ms; 4 tokens.
    const RequestRecord r = completed(0, 0, {100, 120, 140, 160}, 4);
    QCOMPARE(*r.ttftMs(), 100.0);
    QCOMPARE(*r.e2eMs(), 160.0);
    QCOMPARE(*r.tpotMs(), 20.0); // (160 − 100) / (4 − 1): decode time only
    QCOMPARE(r.interChunkMs(), (QList<double>{20, 20, 20}));
    RequestRecord one = completed(1, 0, {100}, 1);
    QVERIFY(!one.tpotMs()); // no TPOT with fewer than two tokens
    RequestRecord none;
    QVERIFY(!none.ttftMs());
}

void TestBenchStatistics::levelSummary()
{
    QList<RequestRecord> records;
    records << completed(0, 0, {100, 120, 140, 160}, 4); // TTFT 100, TPOT 20, gaps 20 20 20
    // Two chunks carry six tokens (usage): TTFT 200, E2E 250, TPOT = 50 / 5 = 10, one gap 50.
    records << completed(1, 10, {210, 260}, 6);
    RequestRecord stalled = completed(2, 5, {55}, -1);
    stalled.failure = FailureKind::IdleTimeout;
    stalled.endNs = 600 * kMs; // the latest end: duration = 600 ms − 0 ms
    stalled.tokenSource = TokenCountSource::None;
    records << stalled;
    RequestRecord warm = completed(3, 0, {1}, 100);
    warm.warmup = true; // ignored entirely
    records << warm;
    RequestRecord cut = completed(4, 0, {30}, -1);
    cut.failure = FailureKind::Cancelled;
    records << cut;

    const LevelSummary l = summarizeLevel(records, 2, LatencyTargets{150, 0});
    QCOMPARE(l.concurrency, 2);
    QCOMPARE(l.requests, 3);
    QCOMPARE(l.completed, 2);
    QCOMPARE(l.failed, 1);
    QCOMPARE(l.cancelled, 1);
    QCOMPARE(l.failuresByKind, (QMap<QString, int>{{u"idle-timeout"_s, 1}}));
    QCOMPARE(l.ttftMs.p50, 150.0); // {100, 200}
    QCOMPARE(l.tpotMs.p50, 15.0);  // {20, 10}
    QCOMPARE(l.e2eMs.p50, 205.0);  // {160, 250}
    QCOMPARE(l.itlMs.count, 4);    // {20, 20, 20, 50}
    QCOMPARE(l.itlMs.p50, 20.0);
    QCOMPARE(l.queueMs.max, 10.0); // sends at 0, 10, 5 after a schedule at 0
    QCOMPARE(l.durationSeconds, 0.6);
    QCOMPARE(l.outputTokensPerSecond, 10 / 0.6); // (4 + 6) tokens / 0.6 s
    QCOMPARE(l.requestsPerSecond, 2 / 0.6);
    QCOMPARE(l.goodRequests, 1); // only the 100 ms TTFT meets the 150 ms target
    QCOMPARE(l.goodputRequestsPerSecond, 1 / 0.6);
    QCOMPARE(l.goodFraction, 1.0 / 3); // the failed request counts against it
    QCOMPARE(l.tokenCountSource, u"usage"_s);
    QCOMPARE(l.meanOutputTokens, 5.0);
    QCOMPARE(l.meanPromptTokens, 20.5); // 20 and 21 from the server
    // Mean output 5 against 6 requested: |1| > min(5 % × 6, 50) = 0.3 → a warning, and one for
    // the failure.
    QCOMPARE(l.warnings.size(), 2);

    const Result<LevelSummary> back =
        levelSummaryFromJson(levelSummaryToJson(l), u"test"_s, u"levels[0]"_s);
    QVERIFY(back.ok());
    QCOMPARE(back->ttftMs, l.ttftMs);
    QCOMPARE(back->failuresByKind, l.failuresByKind);
    QCOMPARE(back->outputTokensPerSecond, l.outputTokensPerSecond);
}

void TestBenchStatistics::goodputCountsFailuresAgainst()
{
    QList<RequestRecord> records;
    records << completed(0, 0, {100, 110}, 2); // TPOT 10
    records << completed(1, 0, {100}, 1);      // no TPOT: passes a TPOT target (as vLLM)
    const LevelSummary l = summarizeLevel(records, 1, LatencyTargets{0, 5});
    QCOMPARE(l.goodRequests, 1);
    QCOMPARE(l.goodFraction, 0.5);
    const LevelSummary none = summarizeLevel({}, 4, {});
    QCOMPARE(none.requests, 0);
    QCOMPARE(none.outputTokensPerSecond, 0.0);
    QCOMPARE(none.tokenCountSource, u"none"_s);
}

// The benchmark panel's live figure, request by request, worked by hand (end = last chunk + 1 ms).
void TestBenchStatistics::liveThroughputFollowsTheLevel()
{
    LiveLevelThroughput live;
    QCOMPARE(live.outputTokensPerSecond(), 0.0);

    RequestRecord warmup = completed(9, 0, {50}, 100);
    warmup.warmup = true;
    live.add(warmup);
    QCOMPARE(live.outputTokensPerSecond(), 0.0); // warm-up is never measured

    QList<RequestRecord> records;
    // Sent at 0 ms, ends at 141 ms with 3 tokens: 3 / 0.141 s = 21.2766 tokens/s.
    records << completed(0, 0, {100, 120, 140}, 3);
    live.add(records.last());
    QCOMPARE(live.outputTokensPerSecond(), 3 / 0.141);
    // Sent at 10 ms, ends at 251 ms with 2 tokens: (3 + 2) / (0.251 − 0) s = 19.9203 tokens/s.
    records << completed(1, 10, {200, 250}, 2);
    live.add(records.last());
    QCOMPARE(live.outputTokensPerSecond(), 5 / 0.251);
    // Failed at 400 ms after 4 tokens: its tokens do not count, its end widens the window:
    // 5 / 0.400 s = 12.5 tokens/s.
    RequestRecord failed = completed(2, 20, {300}, 4);
    failed.failure = FailureKind::IdleTimeout;
    failed.endNs = 400 * kMs;
    records << failed;
    live.add(failed);
    QCOMPARE(live.outputTokensPerSecond(), 12.5);
    // Cancelled requests are left out of the level, as summarizeLevel leaves them out.
    RequestRecord cancelled = completed(3, 0, {800}, 6);
    cancelled.failure = FailureKind::Cancelled;
    records << cancelled;
    live.add(cancelled);
    QCOMPARE(live.outputTokensPerSecond(), 12.5);

    // At the level's end the live figure is the level's summary figure.
    QCOMPARE(summarizeLevel(records, 2, {}).outputTokensPerSecond, live.outputTokensPerSecond());
}

QTEST_APPLESS_MAIN(TestBenchStatistics)
#include "tst_bench_statistics.moc"
