// `pertoken bench ...` through the real executable: hardware --quick --json, endpoint against the
// calibration server (run here, on loopback), an unreachable endpoint, bad usage, import of
// llama-bench output and of our own result files, the API key, the history and the selftest.
// The history goes to a temporary XDG_DATA_HOME so a user's own is never touched.

#include "bench/calibration/calibration_server_thread.h"
#include "bench/results/bench_energy.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestBenchCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hardwareQuickJson();
    void endpointJson();
    void endpointKeyAndOutFile();
    void unreachableEndpointExitsOne();
    void endpointPower();
    void powerSources();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void importLlamaBench();
    void historyLists();
    void selftestJson();
    void openLoopShardsMergeAndRepeat();

private:
    Run run(const QStringList &arguments, const QStringList &environment = {}) const;
    QJsonObject json(const Run &r) const;

    QTemporaryDir m_home;
    std::unique_ptr<CalibrationServerThread> m_server;
};

Run TestBenchCli::run(const QStringList &arguments, const QStringList &environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"OPENAI_API_KEY"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home.path());
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PERTOKEN_BINARY), QStringList{u"bench"_s} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestBenchCli::json(const Run &r) const
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(r.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), r.err.constData());
    return object;
}

} // namespace

void TestBenchCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    // 50 ms to the first token, 20 ms per token, 8 tokens: 190 ms per request.
    m_server = std::make_unique<CalibrationServerThread>(CalibrationTiming{50, 20, 8, 1});
    QVERIFY(m_server->start());
}

void TestBenchCli::hardwareQuickJson()
{
    const Run r = run({u"hardware"_s, u"--quick"_s, u"--json"_s, u"--no-history"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("{\n    \"schema\": \"pertoken.bench/1\""));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"kind"_s).toString(), u"hardware"_s);
    QVERIFY(o.value(u"system"_s).toObject().value(u"hostProcessorVcpuCount"_s).toInt() >= 1);
    QVERIFY(o.value(u"memoryBandwidthGBps"_s).toDouble() > 0);
    QVERIFY(o.value(u"gemmGflops"_s).isDouble());
    QVERIFY(o.value(u"gemmGflopsSingleThread"_s).isDouble());
    QVERIFY2(o.value(u"elapsedSeconds"_s).toDouble() <= 15,
             qPrintable(QString::number(o.value(u"elapsedSeconds"_s).toDouble())));
}

void TestBenchCli::endpointJson()
{
    const Run r = run({u"endpoint"_s, u"--url"_s, m_server->baseUrl().toString(), u"--model"_s,
                       u"calibration"_s, u"--concurrency"_s, u"1,2"_s, u"--requests"_s, u"2"_s,
                       u"--max-tokens"_s, u"8"_s, u"--prompt-tokens"_s, u"16"_s, u"--warmup"_s,
                       u"1"_s, u"--json"_s, u"--no-history"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"schema"_s).toString(), u"pertoken.bench/1"_s);
    QCOMPARE(o.value(u"kind"_s).toString(), u"endpoint"_s);
    QVERIFY(o.value(u"system"_s).isObject());
    const QJsonArray levels = o.value(u"levels"_s).toArray();
    QCOMPARE(levels.size(), 2);
    for (const QJsonValue &value : levels) {
        const QJsonObject level = value.toObject();
        QCOMPARE(level.value(u"requests"_s).toInt(), 2);
        QCOMPARE(level.value(u"completed"_s).toInt(), 2);
        QCOMPARE(level.value(u"failed"_s).toInt(), 0);
        QCOMPARE(level.value(u"tokenCountSource"_s).toString(), u"usage"_s);
        QVERIFY(level.value(u"outputTokensPerSecond"_s).toDouble() > 0);
        QVERIFY(level.value(u"requestsPerSecond"_s).toDouble() > 0);
        for (const QString &key : {u"ttftMs"_s, u"tpotMs"_s, u"itlMs"_s, u"e2eMs"_s})
            for (const QString &stat : {u"p50"_s, u"p90"_s, u"p99"_s, u"mean"_s})
                QVERIFY2(level.value(key).toObject().value(stat).isDouble(),
                         qPrintable(key + u'.' + stat));
        // The known timing: TTFT 50 ms, TPOT 20 ms (2 % or 1 ms).
        QVERIFY(qAbs(level.value(u"tpotMs"_s).toObject().value(u"p50"_s).toDouble() - 20) <= 1);
    }
    QCOMPARE(levels[1].toObject().value(u"concurrency"_s).toInt(), 2);
    QCOMPARE(o.value(u"requests"_s).toArray().size(), 5); // 1 warm-up + 2 × 2, raw
    QCOMPARE(o.value(u"apiKeyUsed"_s).toBool(), false);
}

void TestBenchCli::endpointKeyAndOutFile()
{
    const QString outPath = m_home.filePath(u"endpoint.json"_s);
    const Run r =
        run({u"endpoint"_s, u"--url"_s, m_server->baseUrl().toString(), u"--model"_s, u"m"_s,
             u"--concurrency"_s, u"1"_s, u"--requests"_s, u"1"_s, u"--warmup"_s, u"0"_s,
             u"--api-key-env"_s, u"BENCH_TEST_KEY"_s, u"--out"_s, outPath, u"--no-history"_s},
            {u"BENCH_TEST_KEY=sk-cli-secret-31337"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("out tok/s")); // the table, not JSON
    QVERIFY(r.err.contains("$BENCH_TEST_KEY"));
    QFile file(outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("{\n    \"schema\": \"pertoken.bench/1\""));
    QVERIFY(written.contains("\"apiKeyUsed\": true"));
    QVERIFY(!written.contains("sk-cli-secret"));
    QVERIFY(!r.out.contains("sk-cli-secret") && !r.err.contains("sk-cli-secret"));
    QCOMPARE(m_server->log().last().authorization, QByteArray("Bearer sk-cli-secret-31337"));
    // Our own result file imports back.
    const Run imported = run({u"import"_s, outPath, u"--json"_s, u"--no-history"_s});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(json(imported).value(u"kind"_s).toString(), u"endpoint"_s);
}

void TestBenchCli::unreachableEndpointExitsOne()
{
    const QString url = u"http://127.0.0.1:%1"_s.arg(CalibrationServer::refusedPort());
    const Run r =
        run({u"endpoint"_s, u"--url"_s, url, u"--model"_s, u"m"_s, u"--json"_s, u"--no-history"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.toLower().contains("refused"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestBenchCli::endpointPower()
{
    const QStringList endpoint{u"endpoint"_s, u"--url"_s,      m_server->baseUrl().toString(),
                               u"--model"_s,  u"m"_s,          u"--concurrency"_s,
                               u"1"_s,        u"--requests"_s, u"2"_s,
                               u"--warmup"_s, u"0"_s,          u"--no-history"_s};
    // Not asked for: "not measured" with the reason, and no energy figure at all (never 0 J).
    const Run none = run(endpoint + QStringList{u"--power"_s, u"none"_s, u"--json"_s});
    QCOMPARE(none.exitCode, 0);
    const QJsonObject power = json(none).value(u"power"_s).toObject();
    QCOMPARE(power.value(u"request"_s).toString(), u"none"_s);
    QCOMPARE(power.value(u"measured"_s).toBool(true), false);
    QVERIFY(power.value(u"notMeasuredReason"_s).toString().contains(u"--power none"_s));
    QVERIFY(!power.contains(u"energyJoules"_s));
    // The built-in scenario's electricity price costs the energy (bench_energy.h picks its first
    // self-hosted or on-device option).
    const Result<ElectricityPrice> price = electricityPriceFor(defaultScenario(), {}, u"test"_s);
    QVERIFY(price.ok());
    const QJsonObject electricity = power.value(u"electricity"_s).toObject();
    QCOMPARE(electricity.value(u"usdPerKWh"_s).toDouble(), price->usdPerKWh);
    QCOMPARE(electricity.value(u"pue"_s).toDouble(), price->pue);

    // Every source this machine offers: measured with its energy, or not measured and why.
    const Run automatic = run(endpoint + QStringList{u"--json"_s});
    QCOMPARE(automatic.exitCode, 0);
    const QJsonObject measured = json(automatic).value(u"power"_s).toObject();
    QCOMPARE(measured.value(u"request"_s).toString(), u"auto"_s);
    if (measured.value(u"measured"_s).toBool()) {
        QVERIFY(measured.value(u"energyJoules"_s).toDouble() > 0);
        QVERIFY(!measured.value(u"basis"_s).toString().isEmpty());
    } else {
        QVERIFY(!measured.contains(u"energyJoules"_s));
        QVERIFY(!measured.value(u"notMeasuredReason"_s).toString().isEmpty());
    }
    const Run table = run(endpoint);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("Power: "), table.out.constData());
}

void TestBenchCli::powerSources()
{
    const Run r = run({u"power"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("{\n    \"schema\": \"pertoken.bench/1\""));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"kind"_s).toString(), u"power-sources"_s);
    QVERIFY(o.value(u"sources"_s).isArray());
    for (const QJsonValue &value : o.value(u"sources"_s).toArray()) {
        const QJsonObject source = value.toObject();
        QVERIFY(source.value(u"readable"_s).isBool());
        QVERIFY(!source.value(u"scope"_s).toString().isEmpty());
        if (!source.value(u"readable"_s).toBool())
            QVERIFY(!source.value(u"reason"_s).toString().isEmpty());
    }
    // Each kind of source either appears or is said to be absent.
    const QJsonArray absent = o.value(u"absent"_s).toArray();
    QCOMPARE(o.value(u"sources"_s).toArray().size() + absent.size() >= 4, true);
    const Run text = run({u"power"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.isEmpty());
}

void TestBenchCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no model") << QStringList{u"endpoint"_s, u"--url"_s, u"http://127.0.0.1:1"_s}
                              << QByteArray("--model");
    QTest::newRow("bad url") << QStringList{u"endpoint"_s, u"--url"_s, u"ftp://x"_s, u"--model"_s,
                                            u"m"_s}
                             << QByteArray("--url");
    QTest::newRow("bad concurrency")
        << QStringList{u"endpoint"_s, u"--url"_s,         u"http://h"_s, u"--model"_s,
                       u"m"_s,        u"--concurrency"_s, u"1,0"_s}
        << QByteArray("--concurrency");
    QTest::newRow("bad api") << QStringList{u"endpoint"_s, u"--url"_s, u"http://h"_s, u"--model"_s,
                                            u"m"_s,        u"--api"_s, u"grpc"_s}
                             << QByteArray("--api");
    QTest::newRow("shard without rate")
        << QStringList{u"endpoint"_s, u"--url"_s,   u"http://h"_s, u"--model"_s,
                       u"m"_s,        u"--shard"_s, u"0/2"_s}
        << QByteArray("--shard: needs --rate");
    QTest::newRow("merge missing file")
        << QStringList{u"merge"_s, u"/nonexistent.jsonl"_s} << QByteArray("cannot be read");
    QTest::newRow("bad power") << QStringList{u"endpoint"_s, u"--url"_s, u"http://h"_s,
                                              u"--model"_s,  u"m"_s,     u"--power"_s,
                                              u"solar"_s}
                               << QByteArray("--power");
    QTest::newRow("electricity option unknown")
        << QStringList{u"endpoint"_s,      u"--url"_s, u"http://h"_s,
                       u"--model"_s,       u"m"_s,     u"--electricity-option"_s,
                       u"no-such-option"_s}
        << QByteArray("--electricity-option");
    QTest::newRow("unknown") << QStringList{u"gpu"_s} << QByteArray("bench:");
    QTest::newRow("import missing")
        << QStringList{u"import"_s, u"/nonexistent.json"_s} << QByteArray("cannot be read");
}

void TestBenchCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestBenchCli::importLlamaBench()
{
    const QString path =
        QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/llama-bench-qwen2-7b-rtx4080.json"_s;
    if (!QFile::exists(path))
        QSKIP("../shared/data/llama-bench-qwen2-7b-rtx4080.json is absent");
    const Run r = run({u"import"_s, path, u"--json"_s, u"--no-history"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"kind"_s).toString(), u"llama-bench"_s);
    const QJsonArray tests = o.value(u"tests"_s).toArray();
    QCOMPARE(tests.size(), 2);
    QCOMPARE(tests[0].toObject().value(u"tokensPerSecond"_s).toDouble(), 7100.002165); // pp512
    QCOMPARE(tests[1].toObject().value(u"tokensPerSecond"_s).toDouble(), 118.881588);  // tg128
}

void TestBenchCli::historyLists()
{
    const QString path = QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/bench/llama-bench-old.jsonl"_s;
    const Run imported = run({u"import"_s, path});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains("saved to"));
    const Run listed = run({u"history"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("llama-bench llama 7B mostly Q4_0"), listed.out.constData());
    QVERIFY(listed.out.contains(m_home.path().toUtf8()));
}

void TestBenchCli::selftestJson()
{
    const Run r = run({u"selftest"_s, u"--json"_s});
    QVERIFY(r.exitCode == 0 || r.exitCode == 1); // 1 = over budget on a saturated machine
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"schema"_s).toString(), u"pertoken.bench/1"_s);
    QCOMPARE(o.value(u"kind"_s).toString(), u"selftest"_s);
    const QJsonArray levels = o.value(u"levels"_s).toArray();
    QCOMPARE(levels.size(), 4);
    QCOMPARE(levels[3].toObject().value(u"concurrency"_s).toInt(), 256);
    QCOMPARE(levels[3].toObject().value(u"completed"_s).toInt(), 256);
    QCOMPARE(o.value(u"withinBudget"_s).toBool(), r.exitCode == 0);
}

void TestBenchCli::openLoopShardsMergeAndRepeat()
{
    // Two shards of one open-loop run (10 requests at 20/s, evenly spaced), started together by
    // --start-at two seconds ahead, each writing its raw records; `bench merge` pools them.
    QTemporaryDir dir;
    const QString startAt = QString::number(QDateTime::currentSecsSinceEpoch() + 2);
    QList<std::shared_ptr<QProcess>> shards;
    QStringList files;
    for (int i = 0; i < 2; ++i) {
        files.append(dir.filePath(u"shard%1.jsonl"_s.arg(i)));
        auto process = std::make_shared<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        process->setProcessEnvironment(env);
        process->start(
            QStringLiteral(PERTOKEN_BINARY),
            {u"bench"_s,        u"endpoint"_s,    u"--url"_s,       m_server->baseUrl().toString(),
             u"--model"_s,      u"calibration"_s, u"--rate"_s,      u"20"_s,
             u"--arrivals"_s,   u"constant"_s,    u"--requests"_s,  u"10"_s,
             u"--max-tokens"_s, u"8"_s,           u"--warmup"_s,    u"1"_s,
             u"--shard"_s,      u"%1/2"_s.arg(i), u"--start-at"_s,  startAt,
             u"--records"_s,    files.last(),     u"--no-history"_s});
        shards.append(process);
    }
    for (const auto &process : shards) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const Run merged = run({u"merge"_s, files[0], files[1], u"--json"_s, u"--no-history"_s});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    QVERIFY(merged.out.startsWith("{\n    \"schema\": \"pertoken.bench/1\""));
    const QJsonObject o = json(merged);
    const QJsonObject level = o.value(u"levels"_s).toArray().first().toObject();
    QCOMPARE(level.value(u"completed"_s).toInt(), 10); // 5 + 5: no request lost
    QCOMPARE(level.value(u"ratePerSecond"_s).toDouble(), 20.0);
    const QJsonObject report = o.value(u"merge"_s).toObject();
    QCOMPARE(report.value(u"shards"_s).toArray().size(), 2);
    // Both shards on this machine's clock: their starts differ by how late each woke up.
    QVERIFY2(report.value(u"clockSkewMs"_s).toDouble() < 500,
             qPrintable(QString::number(report.value(u"clockSkewMs"_s).toDouble())));
    // The same shard twice, and a truncated copy, are refused with the file named.
    const Run twice = run({u"merge"_s, files[0], files[0]});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains("shardIndex"), twice.err.constData());
    QFile whole(files[1]);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString truncated = dir.filePath(u"truncated.jsonl"_s);
    QFile cut(truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() - 10));
    cut.close();
    const Run damaged = run({u"merge"_s, files[0], truncated});
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.err.contains(QByteArray(truncated.toUtf8() + ": line ")),
             damaged.err.constData());

    // --repeat 3: each level three times, and its metrics' means with 95 % intervals.
    const Run repeated = run({u"endpoint"_s, u"--url"_s, m_server->baseUrl().toString(),
                              u"--model"_s, u"calibration"_s, u"--concurrency"_s, u"1"_s,
                              u"--requests"_s, u"2"_s, u"--max-tokens"_s, u"4"_s, u"--warmup"_s,
                              u"1"_s, u"--repeat"_s, u"3"_s, u"--no-history"_s});
    QVERIFY2(repeated.exitCode == 0, repeated.err.constData());
    QVERIFY2(repeated.out.contains("95% confidence interval"), repeated.out.constData());
    QVERIFY(repeated.out.contains(" ± "));
}

QTEST_GUILESS_MAIN(TestBenchCli)
#include "tst_bench_cli.moc"
