// The headline figures (core/scenario/headline.h): the cheapest option as evaluate() ranks it,
// and the cheapest option's break-even nearest the workload's volume on a log scale. The
// evaluations are written by hand so each distance can be checked by eye.

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

} // namespace

class TestHeadline final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cheapestAndNearestCrossing();
    void crossingAboveTheVolumeCanBeNearer();
    void noCrossingWithTheCheapest();
    void noFeasibleOption();
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

QTEST_APPLESS_MAIN(TestHeadline)
#include "tst_headline.moc"
