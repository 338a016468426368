// `pertoken plan` through the real executable: the pertoken.plan/1 document, the table, and
// exit status 2 with a message naming the flag for impossible requests.

#include "scenario/scenario_json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Run = pertoken::testing::CliRun;

Run run(const QStringList &arguments)
{
    return pertoken::testing::runPertoken(QStringList{u"plan"_s} + arguments);
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(r.out, &error).object();
    return error.error == QJsonParseError::NoError ? object : QJsonObject();
}

bool hasNumbers(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys)
        if (!object.value(key).isDouble() || !std::isfinite(object.value(key).toDouble()))
            return false;
    return true;
}

} // namespace

class TestPlanCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonHasEverySection();
    void jsonOnlyHasRequestedSections();
    void customLawReproducesSardana();
    void tableHasUnits();
    void help();
    void impossibleRequests_data();
    void impossibleRequests();
    void scenarioPlannerIsTheStartingPoint();
};

void TestPlanCli::jsonHasEverySection()
{
    const Run r = run({u"--json"_s, u"--compute"_s, u"5.76e23"_s, u"--target-loss"_s, u"2.0"_s,
                       u"--inference-tokens"_s, u"2e12"_s, u"--queries"_s, u"1e9"_s,
                       u"--tokens-per-sample"_s, u"215"_s, u"--max-samples"_s, u"1024"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("{\n    \"schema\": \"pertoken.plan/1\""));
    const QJsonObject document = json(r);
    QCOMPARE(document.value(u"law"_s).toString(), u"epoch"_s);
    QVERIFY(hasNumbers(document.value(u"constants"_s).toObject(),
                       {u"E"_s, u"A"_s, u"B"_s, u"alpha"_s, u"beta"_s}));
    const QJsonObject computeOptimal = document.value(u"computeOptimal"_s).toObject();
    QVERIFY(hasNumbers(computeOptimal, {u"computeFlops"_s, u"params"_s, u"tokens"_s, u"loss"_s,
                                        u"tokensPerParam"_s}));
    // Epoch refit at Chinchilla's budget: N = 7.224870e10 (hand calculation in tst_scaling).
    QVERIFY(std::abs(computeOptimal.value(u"params"_s).toDouble() / 7.224870e10 - 1) < 1e-6);
    const QJsonObject aware = document.value(u"inferenceAware"_s).toObject();
    QVERIFY(hasNumbers(aware, {u"targetLoss"_s, u"inferenceTokens"_s, u"params"_s, u"tokens"_s,
                               u"trainFlops"_s, u"inferenceFlops"_s, u"totalFlops"_s}));
    QVERIFY(hasNumbers(aware.value(u"vsComputeOptimal"_s).toObject(),
                       {u"params"_s, u"tokens"_s, u"totalFlops"_s}));
    const QJsonObject t2 = document.value(u"trainToTest"_s).toObject();
    QVERIFY(hasNumbers(t2, {u"params"_s, u"tokens"_s, u"samples"_s, u"passAtK"_s, u"trainFlops"_s,
                            u"inferenceFlops"_s}));
    // The budget defaults to --compute: training plus inference spend exactly that.
    QVERIFY(
        std::abs((t2.value(u"trainFlops"_s).toDouble() + t2.value(u"inferenceFlops"_s).toDouble()) /
                     5.76e23 -
                 1) < 1e-9);
    QVERIFY(t2.value(u"samples"_s).toInt() >= 1 && t2.value(u"samples"_s).toInt() <= 1024);
}

void TestPlanCli::jsonOnlyHasRequestedSections()
{
    const Run r = run({u"--json"_s, u"--law"_s, u"hoffmann"_s, u"--compute"_s, u"1e22"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject document = json(r);
    QCOMPARE(document.value(u"law"_s).toString(), u"hoffmann"_s);
    QCOMPARE(document.value(u"constants"_s).toObject().value(u"E"_s).toDouble(), 1.69);
    QVERIFY(document.contains(u"computeOptimal"_s));
    QVERIFY(!document.contains(u"inferenceAware"_s));
    QVERIFY(!document.contains(u"trainToTest"_s));
}

void TestPlanCli::customLawReproducesSardana()
{
    // Sardana et al. 2024 (arXiv:2401.00448) Fig. 1: at the quality of a Chinchilla-optimal 13B
    // model (loss 2.0452818 with their constants: 13B on 576.5B tokens) and 2T inference
    // tokens, the optimum is ~7B trained longer and saves ~17% of lifetime FLOPs.
    const Run r = run({u"--json"_s, u"--law"_s, u"custom"_s, u"--law-constants"_s,
                       u"E=1.69,A=406.4,B=410.7,alpha=0.336,beta=0.283"_s, u"--target-loss"_s,
                       u"2.0452818"_s, u"--inference-tokens"_s, u"2e12"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject document = json(r);
    QCOMPARE(document.value(u"law"_s).toString(), u"custom"_s);
    const QJsonObject aware = document.value(u"inferenceAware"_s).toObject();
    const double params = aware.value(u"params"_s).toDouble();
    QVERIFY2(params > 6.5e9 && params < 7.5e9, qPrintable(QString::number(params)));
    const double totalRatio =
        aware.value(u"vsComputeOptimal"_s).toObject().value(u"totalFlops"_s).toDouble();
    QVERIFY2(std::abs(1 - totalRatio - 0.17) < 0.01, qPrintable(QString::number(totalRatio)));
}

void TestPlanCli::tableHasUnits()
{
    const Run r = run({u"--compute"_s, u"5.76e23"_s, u"--target-loss"_s, u"2.0"_s,
                       u"--inference-tokens"_s, u"2e12"_s, u"--queries"_s, u"1e9"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    for (const char *text : {"Compute-optimal", "Inference-aware", "Train-to-test", "parameters",
                             "5.76e23 FLOPs", "nats/token", "pass@k", "Chinchilla point"})
        QVERIFY2(r.out.contains(text), text);
}

void TestPlanCli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: pertoken plan"));
    QVERIFY(r.out.contains("--law-constants"));
    QVERIFY(r.out.contains("--max-samples"));
}

void TestPlanCli::impossibleRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("why");
    QTest::newRow("negative budget")
        << QStringList{u"--compute"_s, u"-1e23"_s} << u"--compute"_s << u"positive"_s;
    QTest::newRow("budget not a number")
        << QStringList{u"--compute"_s, u"lots"_s} << u"--compute"_s << u"lots"_s;
    QTest::newRow("target below E")
        << QStringList{u"--target-loss"_s, u"1.5"_s} << u"--target-loss"_s << u"1.8172"_s;
    QTest::newRow("target at E") << QStringList{u"--target-loss"_s, u"1.8172"_s}
                                 << u"--target-loss"_s << u"above"_s;
    QTest::newRow("k below 1") << QStringList{u"--queries"_s, u"1e9"_s, u"--max-samples"_s, u"0"_s}
                               << u"--max-samples"_s << u"from 1"_s;
    QTest::newRow("fractional k") << QStringList{u"--queries"_s, u"1e9"_s, u"--max-samples"_s,
                                                 u"2.5"_s}
                                  << u"--max-samples"_s << u"whole"_s;
    QTest::newRow("unknown law") << QStringList{u"--law"_s, u"chinchilla"_s, u"--compute"_s,
                                                u"1e23"_s}
                                 << u"--law"_s << u"epoch, hoffmann, kaplan, custom"_s;
    QTest::newRow("custom without constants")
        << QStringList{u"--law"_s, u"custom"_s} << u"--law"_s << u"--law-constants"_s;
    QTest::newRow("custom with two constants")
        << QStringList{u"--law"_s, u"custom"_s, u"--law-constants"_s, u"E=1.69,A=406.4"_s}
        << u"--law-constants"_s << u"all five"_s;
    QTest::newRow("malformed constants")
        << QStringList{u"--law-constants"_s, u"E1.69"_s} << u"--law-constants"_s << u"NAME=VALUE"_s;
    QTest::newRow("unknown constant") << QStringList{u"--law-constants"_s, u"E=1.7,gamma=2"_s}
                                      << u"--law-constants"_s << u"gamma"_s;
    QTest::newRow("constant not a number")
        << QStringList{u"--law-constants"_s, u"alpha=big"_s} << u"--law-constants"_s << u"alpha"_s;
    QTest::newRow("constant out of range")
        << QStringList{u"--law-constants"_s, u"beta=-1"_s, u"--compute"_s, u"1e23"_s}
        << u"--law-constants beta"_s << u"above 0"_s;
    QTest::newRow("negative T2 budget")
        << QStringList{u"--queries"_s, u"1e9"_s, u"--budget"_s, u"-5"_s} << u"--budget"_s
        << u"positive"_s;
    QTest::newRow("budget cannot serve the queries")
        << QStringList{u"--queries"_s, u"1e15"_s, u"--budget"_s, u"1e15"_s} << u"--budget"_s
        << u"too small"_s;
    QTest::newRow("sample size without queries") << QStringList{u"--tokens-per-sample"_s, u"100"_s}
                                                 << u"--tokens-per-sample"_s << u"--queries"_s;
    QTest::newRow("unreadable scenario")
        << QStringList{u"--scenario"_s, u"/nonexistent/plan.pertoken"_s} << u"--scenario"_s
        << u"/nonexistent/plan.pertoken"_s;
}

void TestPlanCli::impossibleRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QFETCH(QString, why);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(r.err);
    QVERIFY2(message.contains(flag + u':'), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
}

void TestPlanCli::scenarioPlannerIsTheStartingPoint()
{
    // A scenario whose planner trains with 1e22 FLOPs: `plan --scenario` answers for that
    // budget, and a flag still overrides it.
    pertoken::Scenario scenario = pertoken::defaultScenario();
    scenario.planner.computeFlops = 1e22;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"planner.pertoken"_s);
    QVERIFY(!pertoken::saveScenarioFile(scenario, path).has_value());
    const Run fromFile = run({u"--scenario"_s, path, u"--json"_s});
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    QCOMPARE(
        json(fromFile).value(u"computeOptimal"_s).toObject().value(u"computeFlops"_s).toDouble(),
        1e22);
    QVERIFY(json(fromFile).contains(u"trainToTest"_s)); // the scenario's queries are set too
    const Run overridden = run({u"--scenario"_s, path, u"--compute"_s, u"3e23"_s, u"--json"_s});
    QCOMPARE(
        json(overridden).value(u"computeOptimal"_s).toObject().value(u"computeFlops"_s).toDouble(),
        3e23);
}

QTEST_APPLESS_MAIN(TestPlanCli)
#include "tst_plan_cli.moc"
