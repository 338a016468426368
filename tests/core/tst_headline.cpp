// The headline figures (core/scenario/headline.h): the cheapest option as evaluate() ranks it,
// and the cheapest option's break-even nearest the workload's volume on a log scale. The
// evaluations are written by hand so each distance can be checked by eye. Then evaluate() on a
// scenario whose costs can be worked out by hand: service levels decide the headline, and
// break-even follows the peak-concurrency rule and skips options that cannot serve.

#include "memo/memo_text.h"
#include "scenario/evaluate.h"
#include "scenario/headline.h"

#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

OptionResult option(const QString &id, double usdPerMillionTokens, double monthlyUsd,
                    bool enabled = true, bool feasible = true)
{
    OptionResult r;
    r.id = id;
    r.name = id;
    r.enabled = enabled;
    r.feasible = feasible;
    r.usdPerMillionTokens = usdPerMillionTokens;
    r.monthlyUsd = monthlyUsd;
    return r;
}

BreakEven crossing(const QString &a, const QString &b, std::optional<double> tokensPerMonth)
{
    return BreakEven{.a = a, .b = b, .tokensPerMonth = tokensPerMonth, .usdPerMonth = 1000};
}

// Three options at 1e10 tokens a month; "a" is the cheapest. Its crossings: with "b" at 1e9
// (log10 distance |log10(1e9 / 1e10)| = 1) and with "c" at 1e12 (distance 2). "b" and "c" cross
// at 9e9 (distance 0.05), nearest of all, but without the cheapest option it is no headline.
// "d" is disabled and "e" cannot serve the workload.
Evaluation threeOptions()
{
    Evaluation e;
    e.tokensPerMonth = 1e10;
    e.options = {option(u"a"_s, 0.5, 5000), option(u"b"_s, 0.8, 8000), option(u"c"_s, 2.0, 20000),
                 option(u"d"_s, 0.1, 1000, /*enabled=*/false),
                 option(u"e"_s, 0, 0, /*enabled=*/true, /*feasible=*/false)};
    e.cheapestId = u"a"_s;
    e.breakEven = {crossing(u"a"_s, u"b"_s, 1e9), crossing(u"a"_s, u"c"_s, 1e12),
                   crossing(u"b"_s, u"c"_s, 9e9)};
    return e;
}

// One API at $1.00 per million tokens in and out, and two rented one-GPU replicas at a measured
// operating point (so every figure is a hand calculation, not a roofline estimate):
//   - "api": cost(V) = V / 1e6 USD.
//   - "fast": 1,000 output tokens/s at concurrency 8, TTFT 100 ms, TPOT 8 ms, $2.00/GPU-h,
//     utilization 1.0. Requests/s = 1,000 / 500 output tokens = 2; a replica serves
//     2 × 3,600 × 730 = 5,256,000 requests = 5.256e9 tokens a month and costs 730 × $2 = $1,460.
//   - "slow": the same rate measured at concurrency 64 and TPOT 80 ms, at $0.05/GPU-h (the
//     lowest rental price a scenario accepts; 730 × $0.05 = $36.50 a replica). It misses the
//     50 ms TPOT target.
// Workload: 1e5 requests × (500 in + 500 out) = 1e8 tokens a month, peak concurrency 64, targets
// 1,000 ms TTFT and 50 ms TPOT. Fast needs peak 64 / batch 8 = 8 replicas at least, slow
// 64 / 64 = 1.
Scenario handScenario()
{
    const Scenario base = defaultScenario();
    Scenario s;
    s.name = u"hand"_s;
    s.monteCarloSamples = 0;
    s.workload.requestsPerMonth = 1e5;
    s.workload.inputTokensPerRequest = 500;
    s.workload.outputTokensPerRequest = 500;
    s.workload.peakConcurrentRequests = 64;
    s.workload.ttftTargetMs = 1000;
    s.workload.tpotTargetMs = 50;

    DeploymentOption api;
    api.id = u"api"_s;
    api.name = u"API"_s;
    CloudApiOption cloud;
    cloud.price.id = u"test/one-dollar"_s;
    cloud.price.provider = u"Test"_s;
    cloud.price.model = u"one dollar"_s;
    cloud.price.inputUsdPerMTok = 1.0;
    cloud.price.outputUsdPerMTok = 1.0;
    cloud.price.asOf = u"2026-12-05"_s;
    cloud.price.source = u"a price made up for this test"_s;
    api.spec = cloud;
    s.options.append(api);

    // The default scenario's 8B model on a rented H100 fits on one GPU; only the measured
    // operating point and the price are changed.
    DeploymentOption fast = *base.option(u"llama-8b-h100-rented"_s);
    fast.id = u"fast"_s;
    fast.name = u"fast"_s;
    auto &hosted = std::get<SelfHostedOption>(fast.spec);
    hosted.gpusPerReplica = 1;
    hosted.acquisition = Acquisition::Rent;
    hosted.rentalUsdPerGpuHour = 2.0;
    hosted.operationsUsdPerMonth = 0;
    hosted.targetUtilization = 1.0;
    fast.measuredOutputTokensPerSecond = 1000;
    fast.measuredSource = u"a measurement made up for this test"_s;
    fast.measuredConcurrency = 8;
    fast.measuredTtftMs = 100;
    fast.measuredTpotMs = 8;
    s.options.append(fast);

    DeploymentOption slow = fast;
    slow.id = u"slow"_s;
    slow.name = u"slow"_s;
    slow.measuredTpotMs = 80;
    slow.measuredConcurrency = 64;
    std::get<SelfHostedOption>(slow.spec).rentalUsdPerGpuHour = 0.05;
    s.options.append(slow);
    return s;
}

const BreakEven *pairOf(const Evaluation &e, const QString &a, const QString &b)
{
    for (const BreakEven &pair : e.breakEven) {
        if ((pair.a == a && pair.b == b) || (pair.a == b && pair.b == a))
            return &pair;
    }
    return nullptr;
}

} // namespace

class TestHeadline final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cheapestAndNearestCrossing();
    void crossingAboveTheVolumeCanBeNearer();
    void noCrossingWithTheCheapest();
    void noFeasibleOption();
    void countsOptionsMeetingTargets();
    void optionMissingTargetsIsNeverTheHeadline();
    void higherVolumeChangesTheHeadline();
    void droppingTheTargetLetsTheSlowOptionLead();
    void noOptionMeetsTheTargets();
    void fixedPeakBreakEven();
    void proportionalPeakBreakEven();
    void noBreakEvenWhereOneCannotServe();
    void defaultScenarioRecommendsAnOptionMeetingTargets();
};

void TestHeadline::cheapestAndNearestCrossing()
{
    const Headline h = headline(threeOptions());
    QCOMPARE(h.cheapestId, u"a"_s);
    QCOMPARE(h.cheapestUsdPerMillionTokens, 0.5);
    QCOMPARE(h.cheapestUsdPerMonth, 5000.0);
    QVERIFY(h.breakEven);
    QCOMPARE(h.breakEven->b, u"b"_s);
    QCOMPARE(*h.breakEven->tokensPerMonth, 1e9);
    // Enabled: a, b, c, e (d is disabled); of those a, b and c can serve the workload.
    QCOMPARE(h.enabledOptions, 4);
    QCOMPARE(h.feasibleOptions, 3);
}

void TestHeadline::crossingAboveTheVolumeCanBeNearer()
{
    // At 2e11 tokens a month: a-b at 1e9 is log10(200) = 2.30 away, a-c at 1e12 log10(5) = 0.70.
    Evaluation e = threeOptions();
    e.tokensPerMonth = 2e11;
    const Headline h = headline(e);
    QVERIFY(h.breakEven);
    QCOMPARE(h.breakEven->b, u"c"_s);
    QCOMPARE(*h.breakEven->tokensPerMonth, 1e12);
}

void TestHeadline::noCrossingWithTheCheapest()
{
    Evaluation e = threeOptions();
    e.breakEven = {crossing(u"a"_s, u"b"_s, std::nullopt), crossing(u"b"_s, u"c"_s, 9e9)};
    const Headline h = headline(e);
    QCOMPARE(h.cheapestId, u"a"_s);
    QVERIFY(!h.breakEven);
}

void TestHeadline::noFeasibleOption()
{
    Evaluation e = threeOptions();
    e.cheapestId.clear();
    const Headline h = headline(e);
    QVERIFY(h.cheapestId.isEmpty());
    QVERIFY(!h.breakEven);
    QCOMPARE(h.enabledOptions, 4);
}

void TestHeadline::countsOptionsMeetingTargets()
{
    // threeOptions() with "b" missing the TPOT target: a and c meet them, e cannot serve.
    Evaluation e = threeOptions();
    e.options[1].meetsTpotTarget = false;
    const Headline h = headline(e);
    QCOMPARE(h.meetingTargets, 2);
    QCOMPARE(targetsCountText(h), u"2 of 4 options meet the latency targets"_s);
    QVERIFY(!h.cheapestMissesTargets);
}

void TestHeadline::optionMissingTargetsIsNeverTheHeadline()
{
    // At 1e8 tokens a month (load: 1e8 / 5.256e9 = 0.02 of a replica): slow 1 × $36.50, api
    // 1e8 / 1e6 = $100, fast 8 × $1,460 = $11,680. Slow is cheapest but misses the TPOT target
    // (80 ms > 50 ms); the api is the headline. 2 of 3 meet the targets.
    const Evaluation e = evaluate(handScenario());
    QVERIFY2(e.warnings.filter(u"invalid"_s).isEmpty(), qPrintable(e.warnings.join(u'\n')));
    QCOMPARE(e.option(u"slow"_s)->monthlyUsd, 730 * 0.05);
    QCOMPARE(e.option(u"fast"_s)->monthlyUsd, 8 * 1460.0);
    QVERIFY(!e.option(u"slow"_s)->meetsTargets());
    QCOMPARE(e.cheapestId, u"api"_s);
    const Headline h = headline(e);
    QCOMPARE(h.cheapestId, u"api"_s);
    QCOMPARE(h.cheapestUsdPerMonth, 100.0);
    QCOMPARE(h.meetingTargets, 2);
    QCOMPARE(h.enabledOptions, 3);
    QVERIFY(!h.cheapestMissesTargets);
}

void TestHeadline::higherVolumeChangesTheHeadline()
{
    // 1e8 requests = 1e11 tokens a month, peak held at 64 (fixed rule; the workload's peak is
    // what it is at its own volume either way). Fast: load needs 1e11 / 5.256e9 = 19.03 → 20
    // replicas, the peak 64 / 8 = 8; 20 × $1,460 = $29,200 against the api's 1e11 / 1e6 =
    // $100,000. Slow (20 × $36.50 = $730) is cheaper still but misses the TPOT target.
    Scenario s = handScenario();
    s.workload.requestsPerMonth = 1e8;
    s.workload.breakEvenPeak = BreakEvenPeak::Fixed;
    const Headline h = headline(evaluate(s));
    QCOMPARE(h.cheapestId, u"fast"_s);
    QCOMPARE(h.cheapestUsdPerMonth, 20 * 1460.0);
}

void TestHeadline::droppingTheTargetLetsTheSlowOptionLead()
{
    // No TPOT target: slow meets both targets (TTFT 100 ms ≤ 1,000 ms) and, at $36.50, leads.
    Scenario s = handScenario();
    s.workload.tpotTargetMs = 0;
    const Headline h = headline(evaluate(s));
    QCOMPARE(h.cheapestId, u"slow"_s);
    QCOMPARE(h.meetingTargets, 3);
}

void TestHeadline::noOptionMeetsTheTargets()
{
    // Only slow is enabled: it is named, marked as missing the targets, never recommended.
    Scenario s = handScenario();
    s.option(u"api"_s)->enabled = false;
    s.option(u"fast"_s)->enabled = false;
    const Evaluation e = evaluate(s);
    QVERIFY(e.cheapestId.isEmpty());
    const Headline h = headline(e);
    QCOMPARE(h.cheapestId, u"slow"_s);
    QVERIFY(h.cheapestMissesTargets);
    QCOMPARE(targetsCountText(h), u"0 of 1 options meet the latency targets"_s);
    const QString md =
        memoMarkdown(s, e, {}, QDateTime(QDate(2026, 12, 5), QTime(), Qt::UTC), u"0.1.0"_s);
    QVERIFY(md.contains(u"no recommendation"_s));
    QVERIFY(!md.contains(u"**slow**"_s));
}

void TestHeadline::fixedPeakBreakEven()
{
    // Fixed peak: fast costs 8 × $1,460 = $11,680 until load needs more than 8 replicas
    // (8 × 5.256e9 = 4.2e10 tokens); the api costs V / 1e6. They cross at V = 1.168e10 tokens
    // a month, $11,680 each, whatever the workload's own volume.
    for (double requests : {1e5, 1e6}) {
        Scenario s = handScenario();
        s.workload.breakEvenPeak = BreakEvenPeak::Fixed;
        s.workload.requestsPerMonth = requests;
        const Evaluation e = evaluate(s);
        const BreakEven *pair = pairOf(e, u"api"_s, u"fast"_s);
        QVERIFY(pair);
        QVERIFY(pair->bothServe);
        QVERIFY(pair->tokensPerMonth);
        QVERIFY2(qAbs(*pair->tokensPerMonth / 1.168e10 - 1) < 1e-9,
                 qPrintable(QString::number(*pair->tokensPerMonth)));
        QVERIFY(qAbs(pair->usdPerMonth / 11680 - 1) < 1e-9);
    }
}

void TestHeadline::proportionalPeakBreakEven()
{
    // Proportional peak: at V tokens the peak is 64 × V / 1e8, so fast needs V / 1.25e7
    // replicas, at least $1,460 per 1.25e7 tokens ($116.80 per million) against the api's $1.00:
    // never cheaper, so no crossing from 1e3 to 1e15.
    const Evaluation e = evaluate(handScenario());
    QCOMPARE(e.breakEvenPeak, BreakEvenPeak::Proportional);
    const BreakEven *pair = pairOf(e, u"api"_s, u"fast"_s);
    QVERIFY(pair);
    QVERIFY(pair->bothServe);
    QVERIFY(!pair->tokensPerMonth);
}

void TestHeadline::noBreakEvenWhereOneCannotServe()
{
    // Slow misses the TPOT target at every volume (its operating point does not depend on
    // volume), so neither of its pairs reports a crossing, though its costs do cross the api's
    // (fixed rule: one replica, $36.50 = V / 1e6 at V = 3.65e7 tokens).
    Scenario s = handScenario();
    s.workload.breakEvenPeak = BreakEvenPeak::Fixed;
    const Evaluation e = evaluate(s);
    for (const QString &other : {u"api"_s, u"fast"_s}) {
        const BreakEven *pair = pairOf(e, other, u"slow"_s);
        QVERIFY(pair);
        QVERIFY(!pair->bothServe);
        QVERIFY(!pair->tokensPerMonth);
    }
    // Without the target it crosses the api where the hand calculation says.
    s.workload.tpotTargetMs = 0;
    const Evaluation withoutTarget = evaluate(s);
    const BreakEven *pair = pairOf(withoutTarget, u"api"_s, u"slow"_s);
    QVERIFY(pair && pair->tokensPerMonth);
    QVERIFY(qAbs(*pair->tokensPerMonth / 3.65e7 - 1) < 1e-9);
}

void TestHeadline::defaultScenarioRecommendsAnOptionMeetingTargets()
{
    // Issue 15: the laptop misses both of the default scenario's targets (1,000 ms, 50 ms) and
    // must be neither the headline nor the memo's recommendation.
    const Scenario s = defaultScenario();
    const Evaluation e = evaluate(s);
    const OptionResult *laptop = e.option(u"llama-70b-q4-laptop"_s);
    QVERIFY(laptop);
    QVERIFY(!laptop->meetsTtftTarget);
    QVERIFY(!laptop->meetsTpotTarget);
    const Headline h = headline(e);
    const OptionResult *best = e.option(h.cheapestId);
    QVERIFY(best);
    QVERIFY(best->meetsTargets());
    QVERIFY(!h.cheapestMissesTargets);
    QVERIFY(h.meetingTargets < h.feasibleOptions);
    const QString md =
        memoMarkdown(s, e, {}, QDateTime(QDate(2026, 12, 5), QTime(), Qt::UTC), u"0.1.0"_s);
    QVERIFY(md.contains(u"**%1** at"_s.arg(best->name)));
    QVERIFY(!md.contains(u"**%1** at"_s.arg(laptop->name)));
    QVERIFY(md.contains(targetsCountText(h)));
    QVERIFY(md.contains(u"peak concurrency in proportion to volume"_s));
}

QTEST_APPLESS_MAIN(TestHeadline)
#include "tst_headline.moc"
