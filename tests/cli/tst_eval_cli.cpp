// `pertoken eval`, `--version` and `--help` through the real executable.

#include "scenario/scenario.h"
#include "scenario/scenario_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

using Run = pertoken::testing::CliRun;

Run run(const QStringList &arguments)
{
    return pertoken::testing::runPertoken(arguments);
}

} // namespace

class TestEvalCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void jsonHasEveryOption();
    void jsonStartsWithSchema();
    void tableIsReadable();
    void badScenario_data();
    void badScenario();
    void unknownCommand();
    void noDisplayFallsBackToTheTable();
    void breakEvenPeakOption();
};

void TestEvalCli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("pertoken " PERTOKEN_VERSION));
}

void TestEvalCli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("pertoken eval"));
    QVERIFY(r.out.contains("pertoken plan"));
}

void TestEvalCli::jsonHasEveryOption()
{
    const Run r = run({u"eval"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"schema"_s).toString(), u"pertoken.eval/1"_s);
    const QJsonArray options = json.value(u"options"_s).toArray();
    QCOMPARE(options.size(), defaultScenario().options.size());
    for (const QJsonValue &value : options) {
        const QJsonObject o = value.toObject();
        QVERIFY(o.value(u"usdPerMillionTokens"_s).toDouble() > 0);
        QVERIFY(o.value(u"monthlyUsd"_s).toDouble() > 0);
        QVERIFY(!o.value(u"breakdown"_s).toObject().isEmpty());
        if (o.value(u"kind"_s).toString() != u"cloud-api") {
            QVERIFY(o.value(u"tokensPerSecond"_s).toDouble() > 0);
            QVERIFY(o.value(u"fits"_s).toBool());
            QVERIFY(o.value(u"bound"_s).isString());
            QVERIFY(o.value(u"joulesPerToken"_s).toDouble() > 0);
        }
    }
    QVERIFY(!json.value(u"breakEven"_s).toArray().isEmpty());
    QVERIFY(json.value(u"cheapest"_s).isString());
}

void TestEvalCli::breakEvenPeakOption()
{
    // The scenario's rule (proportional by default) unless --break-even-peak says otherwise;
    // every option says whether it meets the latency targets (the default laptop misses both).
    const QJsonObject byDefault =
        QJsonDocument::fromJson(run({u"eval"_s, u"--json"_s}).out).object();
    QCOMPARE(byDefault.value(u"breakEvenPeak"_s).toString(), u"proportional"_s);
    int meeting = 0;
    for (const QJsonValue &option : byDefault.value(u"options"_s).toArray()) {
        QVERIFY(option[u"meetsTargets"_s].isBool());
        meeting += option[u"meetsTargets"_s].toBool() ? 1 : 0;
        if (option[u"id"_s].toString() == u"llama-70b-q4-laptop")
            QVERIFY(!option[u"meetsTargets"_s].toBool());
    }
    QCOMPARE(byDefault.value(u"optionsMeetingTargets"_s).toInt(), meeting);

    const Run fixed = run({u"eval"_s, u"--json"_s, u"--break-even-peak"_s, u"fixed"_s});
    QCOMPARE(fixed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fixed.out).object().value(u"breakEvenPeak"_s).toString(),
             u"fixed"_s);
    const Run table = run({u"eval"_s, u"--break-even-peak"_s, u"fixed"_s});
    QVERIFY(table.out.contains("peak concurrency fixed at"));
    QVERIFY(table.out.contains("no break-even where both can serve"));

    const Run bad = run({u"eval"_s, u"--break-even-peak"_s, u"sideways"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--break-even-peak") && bad.err.contains("proportional or fixed"),
             bad.err.constData());
}

void TestEvalCli::jsonStartsWithSchema()
{
    const Run r = run({u"eval"_s, u"--json"_s});
    QVERIFY(r.out.simplified().startsWith("{ \"schema\": \"pertoken.eval/1\","));
}

void TestEvalCli::tableIsReadable()
{
    const Run r = run({u"eval"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("$/M tokens"));
    QVERIFY(r.out.contains("MAI-Image-2-Efficient"));
    QVERIFY(r.out.contains("cheapest:"));
}

void TestEvalCli::badScenario_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad JSON") << QByteArray("{ nope") << u"not valid JSON"_s;
    QByteArray valid = scenarioToBytes(defaultScenario());
    QTest::newRow("negative price")
        << valid.replace("\"rentalUsdPerGpuHour\": 2.99", "\"rentalUsdPerGpuHour\": -2.99")
        << u"options[3].rentalUsdPerGpuHour"_s;
    valid = scenarioToBytes(defaultScenario());
    QTest::newRow("newer schema") << valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 9")
                                  << u"schemaVersion"_s;
}

void TestEvalCli::badScenario()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.pertoken"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run r = run({u"eval"_s, u"--scenario"_s, path});
    QCOMPARE(r.exitCode, 2);
    const QString message = QString::fromUtf8(r.err);
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(r.out.isEmpty());
}

void TestEvalCli::unknownCommand()
{
    const Run r = run({u"evaluate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command"));
}

void TestEvalCli::noDisplayFallsBackToTheTable()
{
    const Run r = run({});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("no display"));
    QVERIFY(r.out.contains("$/M tokens"));
}

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_eval_cli.moc"
