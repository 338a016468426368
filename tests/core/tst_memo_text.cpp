// The decision memo's text: its figures are the evaluation's, formatted the way the command line
// prints them.

#include "common/number_format.h"
#include "memo/memo_text.h"
#include "scenario/evaluate.h"

#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestMemoText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void memoCarriesTheEvaluation();
    void memoWithoutFeasibleOptions();
    void priceAge_data();
    void priceAge();
};

void TestMemoText::formats_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("text");
    QTest::newRow("cents") << 0.0123 << u"$0.0123"_s;
    QTest::newRow("dollars") << 4.175 << u"$4.17"_s; // 4.175 is 4.17499... in binary
    QTest::newRow("thousands") << 12345.4 << u"$12,345"_s;
    QTest::newRow("millions") << 1234567.0 << u"$1.23 M"_s;
    QTest::newRow("zero") << 0.0 << u"$0.00"_s;
    QTest::newRow("tiny negative is zero") << -1e-15 << u"$0.00"_s;
}

void TestMemoText::formats()
{
    QFETCH(double, usd);
    QFETCH(QString, text);
    QCOMPARE(formatUsd(usd), text);
}

void TestMemoText::memoCarriesTheEvaluation()
{
    const Scenario scenario = defaultScenario();
    const Evaluation e = evaluate(scenario);
    const QString md = memoMarkdown(scenario, e, {{u"charts/volume.png"_s, u"Volume"_s}},
                                    QDateTime(QDate(2026, 11, 24), QTime(), Qt::UTC), u"0.1.0"_s);
    const OptionResult *best = e.option(e.cheapestId);
    QVERIFY(best);
    QVERIFY(md.contains(u"**%1** at **%2 per million tokens**"_s.arg(
        best->name, formatUsd(best->usdPerMillionTokens))));
    for (const OptionResult &r : e.options) {
        QVERIFY2(md.contains(u"| %1 |"_s.arg(r.name)), qPrintable(r.name));
        QVERIFY(md.contains(formatUsd(r.usdPerMillionTokens)));
        QVERIFY(md.contains(formatUsd(r.monthlyUsd)));
    }
    // The MAI-Image-2-Efficient price and its source and date appear in the assumptions.
    QVERIFY(md.contains(u"$5.00 in / $19.50 out per M tokens"_s));
    QVERIFY(md.contains(u"![Volume](charts/volume.png)"_s));
    QVERIFY(md.contains(u"Prepared 2026-11-24 with PerToken 0.1.0"_s));
}

void TestMemoText::memoWithoutFeasibleOptions()
{
    Scenario scenario = defaultScenario();
    for (DeploymentOption &option : scenario.options)
        option.enabled = false;
    const QString md =
        memoMarkdown(scenario, evaluate(scenario), {}, QDateTime::currentDateTimeUtc(), u"0.1.0"_s);
    QVERIFY(md.contains(u"No enabled option can serve this workload"_s));
}

void TestMemoText::priceAge_data()
{
    QTest::addColumn<QDate>("memoDate");
    QTest::addColumn<int>("months");
    QTest::addColumn<QStringList>("stale");

    // The default scenario's API prices (resources/catalog/api-prices.json): OpenAI GPT-4o and
    // Anthropic Claude Sonnet 4 as of 2025-09-05, Microsoft MAI-Image-2-Efficient as of
    // 2026-11-01.
    const QStringList both{u"- OpenAI GPT-4o: as of 2025-09-05"_s,
                           u"- Anthropic Claude Sonnet 4: as of 2025-09-05"_s};
    // 2026-12-04 − 6 months = 2026-06-04: the 2025-09-05 prices are older, MAI's is not.
    QTest::newRow("six months") << QDate(2026, 12, 4) << 6 << both;
    // 2026-12-04 − 15 months = 2025-09-04: 2025-09-05 is after it, so nothing is marked.
    QTest::newRow("fifteen months") << QDate(2026, 12, 4) << 15 << QStringList();
    // 2026-11-24 − 1 month = 2026-10-24: MAI's 2026-11-01 is within a month.
    QTest::newRow("one month") << QDate(2026, 11, 24) << 1 << both;
    // 2027-06-01 − 6 months = 2026-12-01: now MAI's price is older too.
    QTest::newRow("all three") << QDate(2027, 6, 1) << 6
                               << (QStringList(both)
                                   << u"- Microsoft MAI-Image-2-Efficient: as of 2026-11-01"_s);
}

void TestMemoText::priceAge()
{
    QFETCH(QDate, memoDate);
    QFETCH(int, months);
    QFETCH(QStringList, stale);
    const Scenario scenario = defaultScenario();
    const QString md = memoMarkdown(scenario, evaluate(scenario), {},
                                    QDateTime(memoDate, QTime(12, 0), Qt::UTC), u"0.1.0"_s, months);
    const QString section = memoPriceAge(scenario, memoDate, months);
    QVERIFY(md.contains(section));
    QVERIFY(section.startsWith(u"## Price age"_s));
    const QString limit = memoDate.addMonths(-months).toString(Qt::ISODate);
    if (stale.isEmpty()) {
        QVERIFY2(section.contains(u"Every API price in this memo was read on or after %1, within "
                                  "%2 months"_s.arg(limit)
                                      .arg(months)),
                 qPrintable(section));
        QVERIFY(!md.contains(u"(older than"_s));
        return;
    }
    QVERIFY2(
        section.contains(u"read before %1, more than %2 months before"_s.arg(limit).arg(months)),
        qPrintable(section));
    for (const QString &line : stale)
        QVERIFY2(section.contains(line), qPrintable(line + u" missing from:\n"_s + section));
    QCOMPARE(section.count(u"\n- "_s), stale.size());
    // The assumptions table marks the same dates.
    QCOMPARE(md.count(u"(older than %1 months)"_s.arg(months)), stale.size());
}

QTEST_APPLESS_MAIN(TestMemoText)
#include "tst_memo_text.moc"
