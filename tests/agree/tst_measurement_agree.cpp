// "Use in scenario" in the dashboard and `pertoken bench import FILE --apply-to ID` on the
// command line apply a measurement through the same core function, and what follows from it
// (name, basis, batch, latency, throughput, cost) is the same in both, and is the measurement's:
// latency checks, the batch and the prefill share no longer stay on the roofline estimate; a
// measured power becomes the option's power, and the energy per token follows from it.

#include "bench/llamabench/llama_bench.h"
#include "bench/probe/hardware_probe.h"
#include "bench/results/bench_result.h"
#include "dashboard.h"
#include "main_window.h"
#include "panels/options_panel.h"
#include "scenario/evaluation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kOptionId = u"llama-8b-h100-rented";
constexpr qint64 kMs = 1000000;

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

// An endpoint run measured at concurrency 4: four requests sent together, each with its first
// token after 300 ms and three more 20 ms apart (TTFT 300 ms, TPOT 20 ms), 16 tokens in 0.36 s.
BenchResult endpointResult()
{
    EndpointRun run;
    run.config.url = QUrl(u"http://127.0.0.1:8000"_s);
    run.endpointUrl = QUrl(u"http://127.0.0.1:8000/v1/chat/completions"_s);
    run.config.model = u"llama-3.1-8b"_s;
    run.config.concurrencyLevels = {4};
    run.startedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15), Qt::UTC);
    QList<RequestRecord> records;
    for (int i = 0; i < 4; ++i) {
        RequestRecord r;
        r.index = i;
        r.requestId = u"pertoken-%1"_s.arg(i);
        r.concurrency = 4;
        r.sendNs = 0;
        for (int k = 0; k < 4; ++k)
            r.chunkNs.append((300 + 20 * k) * kMs);
        r.endNs = r.chunkNs.last();
        r.outputTokens = 4;
        r.tokenSource = TokenCountSource::Usage;
        records.append(r);
    }
    run.records = records;
    run.levels.append(summarizeLevel(records, 4, {}));
    return benchResultFrom(run, SystemInfo{});
}

// The same run with this machine's power measured: 120 J in 0.4 s, 300 W on average.
BenchResult endpointResultWithPower()
{
    BenchResult result = endpointResult();
    result.power.request = u"auto"_s;
    result.power.durationSeconds = 0.4;
    result.power.totalJoules = 120;
    result.power.totalBasis = u"package-0 (CPU package)"_s;
    result.power.notMeasuredReason.clear();
    return result;
}

// A desktop measured at 60 GB/s (STREAM triad) and 1,500 GFLOPS (SGEMM).
BenchResult hardwareResult()
{
    HardwareProbeResult h;
    h.measuredAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    h.system.hostProcessorModelName = u"Test CPU"_s;
    h.system.hostMemoryCapacityBytes = 128e9;
    h.memory.repetitions = 4;
    h.memory.validated = true;
    h.memory.triad.bestGBps = 60;
    h.gemmAllThreads.bestGflops = 1500;
    h.gemmAllThreads.verified = true;
    h.gemmAllThreads.threads = 16;
    return benchResultFrom(h);
}

QJsonObject optionJson(const QByteArray &evalJson, const QString &id)
{
    const QJsonArray options = QJsonDocument::fromJson(evalJson).object()[u"options"].toArray();
    for (const QJsonValue &option : options) {
        if (option[u"id"].toString() == id)
            return option.toObject();
    }
    return {};
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestMeasurementAgree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothFrontEndsApplyAlike_data();
    void bothFrontEndsApplyAlike();

private:
    QTemporaryDir m_dir;
};

void TestMeasurementAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_measurement_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
}

void TestMeasurementAgree::bothFrontEndsApplyAlike_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("calibrate");
    QTest::newRow("endpoint") << u"endpoint"_s << false;
    QTest::newRow("endpoint with power") << u"endpoint-power"_s << false;
    QTest::newRow("llama-bench") << u"llama-bench"_s << false;
    QTest::newRow("hardware") << u"hardware"_s << false;
    // Calibrate option / --calibrate: the option's efficiencies fitted to the result.
    QTest::newRow("endpoint calibrated") << u"endpoint"_s << true;
    QTest::newRow("llama-bench calibrated") << u"llama-bench"_s << true;
}

void TestMeasurementAgree::bothFrontEndsApplyAlike()
{
    QFETCH(QString, kind);
    QFETCH(bool, calibrate);
    const QString resultFile =
        m_dir.filePath(kind + (calibrate ? u"-calibrated.json"_s : u".json"_s));
    BenchResult result;
    if (kind == u"llama-bench") {
        // The published llama-bench JSON is imported as a user would, raw.
        const QString shared =
            QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/llama-bench-qwen2-7b-rtx4080.json"_s;
        QFile file(shared);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/data/llama-bench-qwen2-7b-rtx4080.json is not present");
        const QByteArray bytes = file.readAll();
        const Result<LlamaBenchResult> llama = parseLlamaBenchOutput(bytes, shared);
        QVERIFY(llama.ok());
        result = benchResultFrom(*llama, SystemInfo{});
        QVERIFY(QFile::copy(shared, resultFile));
    } else {
        result = kind == u"endpoint"         ? endpointResult()
                 : kind == u"endpoint-power" ? endpointResultWithPower()
                                             : hardwareResult();
        QFile file(resultFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(benchResultToJson(result));
    }

    // The dashboard: select the option, "Use in scenario".
    MainWindow window(discardAll);
    window.show();
    const QString id = QString::fromUtf16(kOptionId);
    window.optionsPanel()->setCurrentOptionId(id);
    if (calibrate)
        QVERIFY(window.calibrateFromMeasurement(result));
    else
        QVERIFY(window.useMeasurement(result));
    QTRY_VERIFY(window.dashboard()->evaluation().option(id)->basis != ThroughputBasis::Roofline);
    if (calibrate)
        QCOMPARE(window.dashboard()->evaluation().option(id)->basis, ThroughputBasis::Calibrated);
    const OptionResult shown = *window.dashboard()->evaluation().option(id);
    QVERIFY2(shown.feasible, qPrintable(shown.infeasibleReason));
    QVERIFY(shown.usdPerMillionTokens > 0);

    // The command line: the same file, the same option.
    const QString scenarioFile =
        m_dir.filePath(kind + (calibrate ? u"-calibrated.pertoken"_s : u".pertoken"_s));
    QStringList import{u"bench"_s, u"import"_s,         resultFile,  u"--apply-to"_s,
                       id,         u"--scenario-out"_s, scenarioFile};
    if (calibrate)
        import << u"--calibrate"_s;
    const auto applied = testing::runPertoken(import);
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    const auto evaluated =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, scenarioFile, u"--json"_s});
    QCOMPARE(evaluated.exitCode, 0);
    const QJsonObject cli = optionJson(evaluated.out, id);
    QVERIFY(!cli.isEmpty());

    QCOMPARE(cli[u"name"].toString(), shown.name);
    QCOMPARE(cli[u"basis"].toString(), basisId(shown.basis));
    QCOMPARE(cli[u"batch"].toInt(), shown.operatingBatch);
    QVERIFY(close(cli[u"ttftMs"].toDouble(), shown.ttftMs));
    QVERIFY(close(cli[u"tpotMs"].toDouble(), shown.tpotMs));
    QVERIFY(close(cli[u"tokensPerSecond"].toDouble(), shown.outputTokensPerSecond));
    QVERIFY(close(cli[u"usdPerMillionTokens"].toDouble(), shown.usdPerMillionTokens));
    QVERIFY(close(cli[u"replicas"].toDouble(), shown.replicas));
    QVERIFY(close(cli[u"joulesPerToken"].toDouble(), shown.joulesPerToken));
    // A llama-bench result is dated by its tests' test_time, so the dashboard's import and the
    // command line's, made in different seconds, name the same measurement date.
    QCOMPARE(cli[u"basisNote"].toString(), shown.basisNote);
    if (kind == u"llama-bench")
        QVERIFY2(shown.basisNote.contains(u"2025-04-24"_s), qPrintable(shown.basisNote));

    if (kind == u"endpoint-power") {
        // 300 W measured becomes the option's power: shared among the replica's GPUs, at an
        // average-power fraction of 1 (the measurement already is the average under load).
        QFile written(scenarioFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QJsonObject saved;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(written.readAll()).object()[u"options"].toArray())
            if (value[u"id"].toString() == id)
                saved = value.toObject();
        QVERIFY(shown.gpusPerReplica >= 1);
        QVERIFY(close(saved[u"powerWattsPerGpu"].toDouble() * shown.gpusPerReplica, 300));
        QCOMPARE(saved[u"averagePowerFraction"].toDouble(), 1.0);
        QVERIFY(saved[u"measuredPowerSource"].toString().contains(u"300.0 W average"_s));
        QVERIFY2(shown.basisNote.contains(u"power measured 2026-11-24T10:15:00Z: 300.0 W"_s),
                 qPrintable(shown.basisNote));
    }
    if (calibrate) {
        // The option keeps its roofline, with efficiencies fitted to the measurement; the basis
        // says what it was fitted to.
        QVERIFY2(shown.basisNote.contains(u"fitted to "_s), qPrintable(shown.basisNote));
    } else if (kind == u"endpoint" || kind == u"endpoint-power") {
        // Every figure is the measurement's: concurrency 4, TTFT 300 ms, TPOT 20 ms, and
        // 16 tokens in 0.36 s = 44.4 tokens/s.
        QCOMPARE(shown.basis, ThroughputBasis::Measured);
        QCOMPARE(shown.operatingBatch, 4);
        QVERIFY(close(shown.ttftMs, 300));
        QVERIFY(close(shown.tpotMs, 20));
        QVERIFY(close(shown.outputTokensPerSecond, 16 / 0.36));
    } else if (kind == u"llama-bench") {
        // tg128 at 118.881588 tokens/s, one sequence at a time; the first token after the
        // scenario's 1,500 prompt tokens at the file's pp512 rate.
        const LlamaBenchTest *prefill = result.llamaBench.prefillTest();
        QVERIFY(prefill);
        QCOMPARE(shown.basis, ThroughputBasis::Measured);
        QCOMPARE(shown.operatingBatch, 1);
        QVERIFY(close(shown.outputTokensPerSecond, 118.881588));
        QVERIFY(close(shown.ttftMs, 1500 / prefill->avgTokensPerSecond * 1e3));
        QVERIFY(close(shown.tpotMs, 1e3 / 118.881588));
    } else {
        // The roofline over the measured machine, which is owned (no rental part), and the name
        // says where the option now runs.
        QCOMPARE(shown.basis, ThroughputBasis::Calibrated);
        QVERIFY2(shown.name.contains(u"this machine (measured 2026-11-24)"_s),
                 qPrintable(shown.name));
        for (const CostPart &part : shown.breakdown)
            QVERIFY(part.key != u"rental");
    }
}

QTEST_MAIN(TestMeasurementAgree)
#include "tst_measurement_agree.moc"
