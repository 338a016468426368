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

QTEST_APPLESS_MAIN(TestMemoText)
#include "tst_memo_text.moc"
