// Open-loop schedules, schedule lag, confidence intervals over repeats, and the records files of
// sharded runs with their exact merge: the pure parts, on hand-made records whose every number
// is worked out in the comments. Timing against a live server is in tst_bench_endpoint.

#include "bench/endpoint/arrival_schedule.h"
#include "bench/endpoint/endpoint_options.h"
#include "bench/endpoint/records_file.h"
#include "bench/endpoint/repeat_statistics.h"
#include "bench/endpoint/shard_merge.h"
#include "common/confidence_interval.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMs = 1'000'000;

// One completed open-loop request of level 0 at 100 requests/s: scheduled at `scheduledMs`,
// sent `lagMs` later, first token `ttftMs` after the schedule, then 3 more tokens 10 ms apart.
RequestRecord request(int index, double scheduledMs, double lagMs, double ttftMs)
{
    RequestRecord r;
    r.index = index;
    r.requestId = u"pertoken-%1"_s.arg(index);
    r.level = 0;
    r.ratePerSecond = 100;
    r.maxTokens = 4;
    r.requestedPromptTokens = 8;
    r.scheduledNs = qint64(scheduledMs * kMs);
    r.sendNs = r.scheduledNs + qint64(lagMs * kMs);
    r.connectedNs = r.sendNs;
    for (int k = 0; k < 4; ++k)
        r.chunkNs.append(r.scheduledNs + qint64((ttftMs + 10 * k) * kMs));
    r.endNs = r.chunkNs.last() + kMs;
    r.outputTokens = 4;
    r.tokenSource = TokenCountSource::Usage;
    return r;
}

// A hand-made run of 6 requests, as one client would have recorded it.
EndpointRun handRun()
{
    EndpointRun run;
    run.config.url = QUrl(u"http://127.0.0.1:8000"_s);
    run.config.model = u"m"_s;
    run.config.ratePerSecondLevels = {100};
    run.config.arrivals = ArrivalProcess::Constant;
    run.config.requestsPerLevel = 6;
    run.endpointUrl = QUrl(u"http://127.0.0.1:8000/v1/chat/completions"_s);
    run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    run.scheduleStartedAt = run.startedAt.addSecs(1);
    run.originNs = 5 * kMs; // any monotonic origin: the file keeps times relative to it
    run.scheduleOriginNs = run.originNs + 1000 * kMs;
    const double ttfts[] = {50, 70, 55, 90, 60, 65};
    for (int i = 0; i < 6; ++i) {
        RequestRecord r = request(i, 10.0 * i, 0.5 * i, ttfts[i]);
        for (qint64 *t : {&r.scheduledNs, &r.sendNs, &r.connectedNs, &r.endNs})
            *t += run.scheduleOriginNs;
        for (qint64 &t : r.chunkNs)
            t += run.scheduleOriginNs;
        run.records.append(r);
    }
    run.levels.append(summarizeLevel(run.records, 0, {}));
    return run;
}

// Shard `index` of `count` of `run`: the same file with only its requests, as that client
// would have written it.
QByteArray shardBytes(EndpointRun run, int index, int count)
{
    run.config.shardIndex = index;
    run.config.shardCount = count;
    QList<RequestRecord> mine;
    for (const RequestRecord &r : std::as_const(run.records)) {
        if (r.index % count == index)
            mine.append(r);
    }
    run.records = mine;
    return recordsFileBytes(run);
}

RecordsShard parsed(const QByteArray &bytes, const QString &name)
{
    Result<RecordsShard> shard = parseRecordsFile(bytes, name);
    if (!shard)
        qFatal("%s", qPrintable(shard.error().toString()));
    return std::move(shard).value();
}

} // namespace

class TestBenchLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void studentT_data();
    void studentT();
    void confidenceIntervalByHand();
    void repeatStatisticsGroupLevels();
    void constantScheduleIsExact();
    void poissonScheduleIsSeededAndHasTheRate();
    void shardsTogetherMakeTheWholeSchedule_data();
    void shardsTogetherMakeTheWholeSchedule();
    void scheduleLagByHand();
    void openLoopLatencyCountsFromTheSchedule();
    void mergeEqualsTheWholeRunExactly();
    void mergeRefusesBadInput_data();
    void mergeRefusesBadInput();
    void mergeReportsSkewAndSaturation();
    void loadOptions_data();
    void loadOptions();
};

void TestBenchLoad::studentT_data()
{
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("expected");
    // NIST/SEMATECH e-Handbook 1.3.6.7.2, two-sided 95 % column (upper-tail 0.025), to three
    // decimals as printed there: df 1 12.706, 2 4.303, 10 2.228, 30 2.042, 40 2.021, 60 2.000,
    // 100 1.984; and the normal quantile 1.960 as df grows.
    QTest::newRow("df 1") << 1 << 12.706;
    QTest::newRow("df 2") << 2 << 4.303;
    QTest::newRow("df 10") << 10 << 2.228;
    QTest::newRow("df 30") << 30 << 2.042;
    QTest::newRow("df 40 (expansion)") << 40 << 2.021;
    QTest::newRow("df 60 (expansion)") << 60 << 2.000;
    QTest::newRow("df 100 (expansion)") << 100 << 1.984;
    QTest::newRow("df 100000") << 100000 << 1.960;
}

void TestBenchLoad::studentT()
{
    QFETCH(int, df);
    QFETCH(double, expected);
    QVERIFY2(std::abs(studentT975(df) - expected) <= 0.0006,
             qPrintable(QString::number(studentT975(df), 'f', 5)));
    QCOMPARE(studentT975(0), 0.0);
}

void TestBenchLoad::confidenceIntervalByHand()
{
    // 10, 12, 14: mean 12; s² = (4 + 0 + 4) / 2 = 4, s = 2; t(0.975, 2) = 4.3027;
    // half-width = 4.3027 · 2 / √3 = 4.9683; interval 7.0317 .. 16.9683.
    const MeanInterval m = meanConfidenceInterval95({10, 12, 14});
    QCOMPARE(m.count, 3);
    QCOMPARE(m.mean, 12.0);
    QCOMPARE(m.stdDev, 2.0);
    QVERIFY(std::abs(m.halfWidth95 - 4.9683) < 1e-4);
    QVERIFY(std::abs(m.low() - 7.0317) < 1e-4);
    // One value: a mean but no interval.
    const MeanInterval one = meanConfidenceInterval95({7});
    QCOMPARE(one.mean, 7.0);
    QCOMPARE(one.halfWidth95, 0.0);
}

void TestBenchLoad::repeatStatisticsGroupLevels()
{
    // Two levels, three runs each; level 1's output rates 10, 12, 14 tokens/s (the example
    // above: 12 ± 4.9683), level 2's 20, 20, 20 (± 0).
    QList<LevelSummary> levels;
    for (int level = 0; level < 2; ++level) {
        for (int repeat = 0; repeat < 3; ++repeat) {
            LevelSummary l;
            l.concurrency = level + 1;
            l.repeat = repeat;
            l.completed = 1;
            l.outputTokensPerSecond = level == 0 ? 10 + 2 * repeat : 20;
            levels.append(l);
        }
    }
    const QList<RepeatedLevel> repeated = repeatStatistics(levels);
    QCOMPARE(repeated.size(), 2);
    QCOMPARE(repeated[0].repeats, 3);
    QCOMPARE(repeated[1].concurrency, 2);
    const auto find = [](const RepeatedLevel &level, const QString &id) {
        for (const auto &[name, m] : level.metrics)
            if (name == id)
                return m;
        return MeanInterval{};
    };
    QCOMPARE(find(repeated[0], u"outputTokensPerSecond"_s).mean, 12.0);
    QVERIFY(std::abs(find(repeated[0], u"outputTokensPerSecond"_s).halfWidth95 - 4.9683) < 1e-4);
    QCOMPARE(find(repeated[1], u"outputTokensPerSecond"_s).halfWidth95, 0.0);
    // Closed-loop levels have no achieved arrival rate to average.
    QCOMPARE(find(repeated[0], u"achievedRatePerSecond"_s).count, 0);
    const QJsonArray json = repeatStatisticsToJson(repeated);
    QCOMPARE(json[0]
                 .toObject()
                 .value(u"metrics"_s)
                 .toObject()
                 .value(u"outputTokensPerSecond"_s)
                 .toObject()
                 .value(u"mean"_s)
                 .toDouble(),
             12.0);
}

void TestBenchLoad::constantScheduleIsExact()
{
    // 50 requests/s evenly: one every 20 ms, the first at 0.
    const QList<qint64> offsets =
        arrivalOffsetsNs({.ratePerSecond = 50, .process = ArrivalProcess::Constant, .count = 5});
    QCOMPARE(offsets, (QList<qint64>{0, 20 * kMs, 40 * kMs, 60 * kMs, 80 * kMs}));
}

void TestBenchLoad::poissonScheduleIsSeededAndHasTheRate()
{
    const ArrivalSchedule schedule{.ratePerSecond = 50, .seed = 7, .count = 20000};
    const QList<qint64> a = arrivalOffsetsNs(schedule);
    QCOMPARE(a, arrivalOffsetsNs(schedule));
    ArrivalSchedule other = schedule;
    other.seed = 8;
    QVERIFY(a != arrivalOffsetsNs(other));
    QVERIFY(std::is_sorted(a.cbegin(), a.cend()));
    // Exponential gaps of mean 1/50 s = 20 ms: over 19 999 gaps the mean's standard error is
    // 20/√19999 = 0.14 ms, so 20 ± 0.6 ms holds at more than 4 standard errors; an exponential's
    // standard deviation equals its mean (coefficient of variation 1, ± 0.05).
    QList<double> gaps;
    for (qsizetype i = 1; i < a.size(); ++i)
        gaps.append(double(a[i] - a[i - 1]) / kMs);
    const MeanInterval m = meanConfidenceInterval95(gaps);
    QVERIFY2(std::abs(m.mean - 20) < 0.6, qPrintable(QString::number(m.mean)));
    QVERIFY2(std::abs(m.stdDev / m.mean - 1) < 0.05, qPrintable(QString::number(m.stdDev)));
}

void TestBenchLoad::shardsTogetherMakeTheWholeSchedule_data()
{
    QTest::addColumn<int>("process");
    QTest::newRow("poisson") << int(ArrivalProcess::Poisson);
    QTest::newRow("constant") << int(ArrivalProcess::Constant);
}

void TestBenchLoad::shardsTogetherMakeTheWholeSchedule()
{
    QFETCH(int, process);
    ArrivalSchedule whole{
        .ratePerSecond = 30, .process = ArrivalProcess(process), .seed = 3, .count = 101};
    const QList<qint64> all = arrivalOffsetsNs(whole);
    QCOMPARE(all.size(), 101);
    QList<qint64> pooled;
    for (int shard = 0; shard < 4; ++shard) {
        ArrivalSchedule part = whole;
        part.shardIndex = shard;
        part.shardCount = 4;
        const QList<qint64> mine = arrivalOffsetsNs(part);
        QCOMPARE(mine.size(), 101 / 4 + (shard < 101 % 4 ? 1 : 0)); // 26, 25, 25, 25
        pooled += mine;
    }
    std::sort(pooled.begin(), pooled.end());
    QCOMPARE(pooled, all);
}

void TestBenchLoad::scheduleLagByHand()
{
    // Scheduled 0, 10, 20, 30 ms at 100/s; sent 0, 11, 25, 60 ms: lags 0, 1, 5, 30 ms.
    // p50 = (1 + 5) / 2 = 3; p99: rank 0.99 · 3 = 2.97, 5 + 0.97 · (30 − 5) = 29.25; max 30.
    // Bound max(10 ms, 1000/100 ms) = 10 ms < 29.25: behind. Achieved rate (4 − 1) / 0.060 s
    // = 50/s.
    const ScheduleKeeping k =
        scheduleKeeping({0, 10 * kMs, 20 * kMs, 30 * kMs}, {0, 11 * kMs, 25 * kMs, 60 * kMs}, 100);
    QCOMPARE(k.lagMs.p50, 3.0);
    QVERIFY(std::abs(k.lagMs.p99 - 29.25) < 1e-9);
    QCOMPARE(k.lagMs.max, 30.0);
    QCOMPARE(k.boundMs, 10.0);
    QVERIFY(k.behind);
    QVERIFY(std::abs(k.achievedRatePerSecond - 50) < 1e-9);
    // On time within the bound: not behind. At 1/s the bound is one gap, 1000 ms.
    QVERIFY(!scheduleKeeping({0, 1000 * kMs}, {0, 1500 * kMs}, 1).behind);
    QCOMPARE(scheduleLagBoundMs(1000), 10.0);
}

void TestBenchLoad::openLoopLatencyCountsFromTheSchedule()
{
    // Scheduled at 0, sent 40 ms late, first token 100 ms after the schedule: TTFT 100 ms from
    // the schedule (the wait included), 60 ms from the send; E2E = 100 + 3 · 10 = 130 ms.
    const RequestRecord r = request(0, 0, 40, 100);
    QCOMPARE(*r.ttftMs(), 100.0);
    QCOMPARE(*r.ttftFromSendMs(), 60.0);
    QCOMPARE(*r.e2eMs(), 130.0);
    QCOMPARE(r.queueMs(), 40.0);
    // The same request in a closed loop counts from its send.
    RequestRecord closed = r;
    closed.ratePerSecond = 0;
    QCOMPARE(*closed.ttftMs(), 60.0);
    const LevelSummary level = summarizeLevel({r}, 0, {.ttftMs = 80});
    QCOMPARE(level.ttftMs.p50, 100.0);
    QCOMPARE(level.ttftFromSendMs.p50, 60.0);
    QCOMPARE(level.goodRequests, 0); // 100 ms from the schedule misses an 80 ms target
    QCOMPARE(level.ratePerSecond, 100.0);
}

void TestBenchLoad::mergeEqualsTheWholeRunExactly()
{
    const EndpointRun run = handRun();
    QList<RecordsShard> shards;
    for (int i = 0; i < 3; ++i)
        shards.append(parsed(shardBytes(run, i, 3), u"shard%1.jsonl"_s.arg(i)));
    const Result<MergedRun> merged = mergeShards(shards, QDateTime::currentDateTimeUtc());
    QVERIFY2(merged, merged ? "" : qPrintable(merged.error().toString()));
    QCOMPARE(merged->run.levels.size(), 1);
    const LevelSummary &whole = run.levels.first();
    const LevelSummary &pooled = merged->run.levels.first();
    // TTFTs 50, 70, 55, 90, 60, 65 sorted 50 55 60 65 70 90: p50 = (60 + 65)/2 = 62.5. The
    // shards' own medians (50,90 → 70; 70,60 → 65; 55,65 → 60) average to 65, not 62.5: the
    // merge must pool.
    QCOMPARE(pooled.ttftMs.p50, 62.5);
    QCOMPARE(pooled.ttftMs, whole.ttftMs);
    QCOMPARE(pooled.e2eMs, whole.e2eMs);
    QCOMPARE(pooled.tpotMs, whole.tpotMs);
    QCOMPARE(pooled.itlMs, whole.itlMs);
    QCOMPARE(pooled.queueMs, whole.queueMs);
    QCOMPARE(pooled.outputTokensPerSecond, whole.outputTokensPerSecond);
    QCOMPARE(pooled.completed, 6);
    QCOMPARE(merged->clockSkewMs, 0.0);
    QVERIFY(merged->missingShards.isEmpty());
}

void TestBenchLoad::mergeRefusesBadInput_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expectedSource");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("different configuration")
        << u"config"_s << u"b.jsonl"_s << u"line 1: settings.maxTokens"_s;
    QTest::newRow("duplicate shard") << u"duplicate"_s << u"b.jsonl"_s << u"line 1: shardIndex"_s;
    QTest::newRow("truncated last line") << u"truncate"_s << u"b.jsonl"_s << u"line 3"_s;
    QTest::newRow("no end line") << u"no-end"_s << u"b.jsonl"_s << u"line 3"_s;
    QTest::newRow("from the future")
        << u"future"_s << u"b.jsonl"_s << u"line 1: scheduleStartedAt"_s;
}

void TestBenchLoad::mergeRefusesBadInput()
{
    QFETCH(QString, damage);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedField);
    const EndpointRun run = handRun();
    const QByteArray a = shardBytes(run, 0, 2);
    EndpointRun other = run;
    int index = 1;
    if (damage == u"config")
        other.config.maxTokens = 999;
    if (damage == u"duplicate")
        index = 0;
    if (damage == u"future")
        other.scheduleStartedAt = QDateTime::currentDateTimeUtc().addDays(1);
    QByteArray b = shardBytes(other, index, 2);
    // b: header (line 1), requests 1, 3, 5 (lines 2-4), end (line 5).
    if (damage == u"truncate")
        b = b.left(b.indexOf('\n', b.indexOf('\n') + 1) + 40); // cut inside line 3
    if (damage == u"no-end")
        b = b.left(b.indexOf('\n', b.indexOf('\n', b.indexOf('\n') + 1) + 1) + 1); // lines 1-3
    const Result<RecordsShard> first = parseRecordsFile(a, u"a.jsonl"_s);
    QVERIFY(first);
    const Result<RecordsShard> second = parseRecordsFile(b, u"b.jsonl"_s);
    InputError error;
    if (!second) {
        error = second.error();
    } else {
        const Result<MergedRun> merged =
            mergeShards({*first, *second}, QDateTime::currentDateTimeUtc());
        QVERIFY2(!merged, "the merge should have been refused");
        error = merged.error();
    }
    qInfo("%s", qPrintable(error.toString()));
    QCOMPARE(error.source, expectedSource);
    QCOMPARE(error.field, expectedField);
    QVERIFY(!error.message.isEmpty());
}

void TestBenchLoad::mergeReportsSkewAndSaturation()
{
    EndpointRun run = handRun();
    run.config.startAt = run.scheduleStartedAt;
    RecordsShard early = parsed(shardBytes(run, 0, 2), u"a.jsonl"_s);
    // Shard 1 started 250 ms after --start-at by its clock, and its client fell behind: each
    // of its requests left 40 ms late (bound at its 50/s share: max(10, 20) = 20 ms).
    EndpointRun late = run;
    late.scheduleStartedAt = run.scheduleStartedAt.addMSecs(250);
    for (RequestRecord &r : late.records)
        r.sendNs = r.scheduledNs + 40 * kMs;
    RecordsShard behind = parsed(shardBytes(late, 1, 2), u"b.jsonl"_s);
    const Result<MergedRun> merged = mergeShards({early, behind}, QDateTime::currentDateTimeUtc());
    QVERIFY(merged);
    QCOMPARE(merged->clockSkewMs, 250.0);
    QCOMPARE(merged->shards[0].startSkewMs, 0.0);
    QCOMPARE(merged->shards[1].startSkewMs, 250.0);
    QVERIFY(!merged->shards[0].saturated);
    QVERIFY(merged->shards[1].saturated);
    QCOMPARE(merged->shards[1].lagP99Ms, 40.0);
    // Only one of two shards: merged, and the missing one named.
    const Result<MergedRun> half = mergeShards({early}, QDateTime::currentDateTimeUtc());
    QVERIFY(half);
    QCOMPARE(half->missingShards, QList<int>{1});
}

void TestBenchLoad::loadOptions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("rates") << u"rate"_s << u"10,20.5"_s << true;
    QTest::newRow("rate 0") << u"rate"_s << u"0"_s << false;
    QTest::newRow("rate word") << u"rate"_s << u"fast"_s << false;
    QTest::newRow("arrivals") << u"arrivals"_s << u"constant"_s << true;
    QTest::newRow("arrivals bad") << u"arrivals"_s << u"bursty"_s << false;
    QTest::newRow("shard") << u"shard"_s << u"3/4"_s << true;
    QTest::newRow("shard past count") << u"shard"_s << u"4/4"_s << false;
    QTest::newRow("start-at iso") << u"start-at"_s << u"2026-12-04T22:00:00Z"_s << true;
    QTest::newRow("start-at epoch") << u"start-at"_s << u"1796421600"_s << true;
    QTest::newRow("start-at bad") << u"start-at"_s << u"soon"_s << false;
    QTest::newRow("repeat 0") << u"repeat"_s << u"0"_s << false;
}

void TestBenchLoad::loadOptions()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QHash<QString, QString> options{
        {u"url"_s, u"http://127.0.0.1:1"_s}, {u"model"_s, u"m"_s}, {u"rate"_s, u"5"_s}};
    options.insert(name, value);
    const Result<EndpointConfig> config = endpointConfigFromOptions(options, u"--"_s);
    QCOMPARE(bool(config), valid);
    if (!valid)
        QCOMPARE(config.error().source, u"--"_s + name);
    // A shard needs an open-loop schedule to divide.
    options.remove(u"rate"_s);
    options.insert(u"shard"_s, u"0/2"_s);
    if (name != u"rate")
        QVERIFY(!endpointConfigFromOptions(options, u"--"_s));
}

QTEST_APPLESS_MAIN(TestBenchLoad)
#include "tst_bench_load.moc"
