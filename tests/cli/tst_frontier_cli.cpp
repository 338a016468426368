// `pertoken frontier` through the real executable: the JSON contract, the reverse queries as the
// core answers them, and bad values refused with exit status 2.

#include "cost/frontier.h"
#include "scenario/evaluate.h"
#include "scenario/scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/cli_run.h"

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestFrontierCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonStartsWithSchemaAndAnswersQueries();
    void tableNamesTheAnswers();
    void tableInTheDisplayCurrency();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
};

void TestFrontierCli::jsonStartsWithSchemaAndAnswersQueries()
{
    const testing::CliRun run =
        testing::runPertoken({u"frontier"_s, u"--json"_s, u"--min-user-tokens-per-s"_s, u"50"_s,
                              u"--max-usd-per-million"_s, u"0.5"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.trimmed().startsWith("{\n    \"schema\": \"pertoken.frontier/1\""));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();

    // The same questions asked of the core on the same (built-in) scenario.
    const Evaluation e = evaluate(defaultScenario());
    const FrontierAnswer atSpeed = cheapestAtSpeed(e.frontier, 50);
    const FrontierAnswer underCost = fastestUnderCost(e.frontier, 0.5);
    QVERIFY(atSpeed.found && underCost.found);
    const QJsonObject speedJson = json[u"cheapestAtSpeed"_s].toObject();
    QCOMPARE(speedJson[u"minUserTokensPerSecond"_s].toDouble(), 50.0);
    QCOMPARE(speedJson[u"optionId"_s].toString(), atSpeed.optionId);
    QCOMPARE(speedJson[u"point"_s][u"usdPerMillionTokens"_s].toDouble(),
             atSpeed.point.usdPerMillionTokens);
    QVERIFY(speedJson[u"point"_s][u"userTokensPerSecond"_s].toDouble() >= 50);
    const QJsonObject costJson = json[u"fastestUnderCost"_s].toObject();
    QCOMPARE(costJson[u"optionId"_s].toString(), underCost.optionId);
    QCOMPARE(costJson[u"point"_s][u"userTokensPerSecond"_s].toDouble(),
             underCost.point.userTokensPerSecond);
    QVERIFY(costJson[u"point"_s][u"usdPerMillionTokens"_s].toDouble() <= 0.5 * (1 + 1e-12));
    QCOMPARE(json[u"options"_s].toArray().size(), e.frontier.size());
}

void TestFrontierCli::tableNamesTheAnswers()
{
    const testing::CliRun run =
        testing::runPertoken({u"frontier"_s, u"--min-user-tokens-per-s"_s, u"100000"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(u"tok/s per user"_s));
    // Faster than anything computed: said, not extrapolated.
    QVERIFY2(text.contains(u"no option reaches 100000 tokens/s per user"_s), qPrintable(text));
}

void TestFrontierCli::tableInTheDisplayCurrency()
{
    // EUR at 0.5 per US dollar (a test rate). The cheapest answer at 50 tokens/s per user costs
    // what the core computes, in US dollars; halved, and printed to the cent (two decimals from
    // €1 up, three significant digits below, as formatMoney writes money).
    const FrontierAnswer answer = cheapestAtSpeed(evaluate(defaultScenario()).frontier, 50);
    QVERIFY(answer.found);
    const double eur = answer.point.usdPerMillionTokens * 0.5;
    const QString euros =
        u"\u20ac"_s + (eur >= 1 ? QString::number(eur, 'f', 2) : QString::number(eur, 'g', 3));
    const testing::CliRun run =
        testing::runPertoken({u"frontier"_s, u"--min-user-tokens-per-s"_s, u"50"_s, u"--currency"_s,
                              u"EUR"_s, u"--rate"_s, u"0.5"_s, u"--rate-date"_s, u"2026-11-30"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(u"Money in EUR at 0.5 EUR per US dollar (rate of 2026-11-30)"_s),
             qPrintable(text.left(200)));
    QVERIFY2(text.contains(u"\u20ac/M tokens"_s), qPrintable(text));
    QVERIFY2(text.contains(u"at %1 per million tokens"_s.arg(euros)),
             qPrintable(euros + u" not in\n"_s + text));

    const testing::CliRun bad =
        testing::runPertoken({u"frontier"_s, u"--currency"_s, u"EUR"_s, u"--rate"_s, u"0.5"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(QString::fromUtf8(bad.err).contains(u"YYYY-MM-DD"_s), bad.err.constData());
}

void TestFrontierCli::badValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("speed not a number")
        << QStringList{u"--min-user-tokens-per-s"_s, u"fast"_s} << u"--min-user-tokens-per-s"_s;
    QTest::newRow("cost zero") << QStringList{u"--max-usd-per-million"_s, u"0"_s}
                               << u"--max-usd-per-million"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"no positional arguments"_s;
}

void TestFrontierCli::badValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const testing::CliRun run = testing::runPertoken(QStringList{u"frontier"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_APPLESS_MAIN(TestFrontierCli)
#include "tst_frontier_cli.moc"
