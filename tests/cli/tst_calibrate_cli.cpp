// `pertoken bench import RESULT --apply-to ID --calibrate`: the option of the written scenario
// carries exactly the MBU, MFU and overhead the core's fit gives for the same result, and reads
// "calibrated" in `pertoken eval`.

#include "../support/cli_run.h"
#include "bench/results/bench_result.h"
#include "bench/results/calibrate_option.h"
#include "scenario/scenario.h"
#include "scenario/scenario_json.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMs = 1000000;

// Requests of one closed-loop level: first token at 300 ms, then one every `tpotMs`, 8 tokens
// each, so the level's median TPOT is `tpotMs`.
QList<RequestRecord> level(int concurrency, double tpotMs, int first)
{
    QList<RequestRecord> records;
    for (int i = 0; i < 4; ++i) {
        RequestRecord r;
        r.index = first + i;
        r.requestId = u"pertoken-%1"_s.arg(first + i);
        r.concurrency = concurrency;
        r.sendNs = 0;
        for (int k = 0; k < 8; ++k)
            r.chunkNs.append(qint64((300 + tpotMs * k) * kMs));
        r.endNs = r.chunkNs.last();
        r.outputTokens = 8;
        r.promptTokens = 1000;
        r.tokenSource = TokenCountSource::Usage;
        records.append(r);
    }
    return records;
}

// Two levels of a made-up server: TPOT 20 ms at concurrency 1 and 26 ms at 8.
BenchResult twoLevels()
{
    EndpointRun run;
    run.config.url = QUrl(u"http://127.0.0.1:8000"_s);
    run.endpointUrl = QUrl(u"http://127.0.0.1:8000/v1/completions"_s);
    run.config.model = u"llama-3.1-8b"_s;
    run.config.concurrencyLevels = {1, 8};
    run.config.promptTokens = 1000;
    run.config.maxTokens = 8;
    run.startedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    const QList<RequestRecord> one = level(1, 20, 0);
    const QList<RequestRecord> eight = level(8, 26, 4);
    run.records = one + eight;
    run.levels.append(summarizeLevel(one, 1, {}));
    run.levels.append(summarizeLevel(eight, 8, {}));
    return benchResultFrom(run, SystemInfo{});
}

} // namespace

class TestCalibrateCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importCalibratesTheOption();
};

void TestCalibrateCli::importCalibratesTheOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString resultFile = dir.filePath(u"result.json"_s);
    {
        QFile file(resultFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(benchResultToJson(twoLevels()));
    }
    const QString out = dir.filePath(u"calibrated.pertoken"_s);
    const testing::CliRun run = testing::runPertoken({u"bench"_s, u"import"_s, resultFile,
                                                      u"--apply-to"_s, u"llama-8b-h100-rented"_s,
                                                      u"--calibrate"_s, u"--scenario-out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("calibrated"), run.out.constData());

    // The same fit in the core, from the result file as written.
    QFile file(resultFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<BenchResult> parsed = parseBenchResult(file.readAll(), resultFile);
    QVERIFY(parsed.ok());
    const DeploymentOption before = *defaultScenario().option(u"llama-8b-h100-rented"_s);
    const Result<DeploymentOption> expected = calibrateOption(*parsed, before);
    QVERIFY(expected.ok());

    const Result<Scenario> written = loadScenarioFile(out);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
    const DeploymentOption *option = written->option(u"llama-8b-h100-rented"_s);
    QVERIFY(option);
    const auto &got = std::get<SelfHostedOption>(option->spec);
    const auto &want = std::get<SelfHostedOption>(expected->spec);
    QCOMPARE(got.mbu, want.mbu);
    QCOMPARE(got.mfu, want.mfu);
    QCOMPARE(got.stepOverheadMs, want.stepOverheadMs);
    QVERIFY(got.mbu > 0 && got.stepOverheadMs >= 0);
    QVERIFY(option->calibrationSource.contains(u"concurrency 1, 8"_s));
    QCOMPARE(option->measuredOutputTokensPerSecond, 0.0);

    const testing::CliRun eval =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, out, u"--json"_s});
    QCOMPARE(eval.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(eval.out)[u"options"_s].toArray()) {
        if (v[u"id"_s].toString() != u"llama-8b-h100-rented"_s)
            continue;
        found = true;
        QCOMPARE(v[u"basis"_s].toString(), u"calibrated"_s);
        QVERIFY(v[u"basisNote"_s].toString().contains(u"fitted to endpoint benchmark"_s));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCalibrateCli)
#include "tst_calibrate_cli.moc"
