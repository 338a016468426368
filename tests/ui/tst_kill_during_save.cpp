// Saving is atomic. A worker process (tests/support/save_worker.cpp) saves a scenario, its
// autosave and a memo bundle over and over through the application's own save code; this test
// kills it with SIGKILL at seeded random moments and checks, after every kill, that the scenario
// and the memo on disk are each a complete version (the one before the interrupted write, or
// the new one), never a truncated file; that no temporary file could be taken for a document;
// and that the autosave written before the kill is offered for recovery and restores its
// scenario.

#include "autosave.h"
#include "kill_save_versions.h"
#include "scenario_document.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

constexpr int kRounds = 16;
constexpr quint32 kSeed = 20261201;

// The last version of each kind the worker reported as written, −1 when none.
struct Reported {
    int autosaved = -1;
    int memo = -1;
    int saved = -1;
};

Reported parseReport(const QByteArray &output)
{
    Reported reported;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() != 2)
            continue;
        const int version = words[1].toInt();
        if (words[0] == "autosaved")
            reported.autosaved = version;
        else if (words[0] == "memo")
            reported.memo = version;
        else if (words[0] == "saved")
            reported.saved = version;
    }
    return reported;
}

} // namespace

class TestKillDuringSave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedSavesLeaveCompleteFiles();

private:
    QTemporaryDir m_home;
    Scenario m_base;
};

void TestKillDuringSave::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The worker and this test share one application data folder inside the temporary home.
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, m_home.filePath(QString::fromLatin1(variable)).toLocal8Bit());
    qputenv("HOME", m_home.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QString::fromLatin1(killsave::kOrganization));
    QCoreApplication::setApplicationName(QString::fromLatin1(killsave::kApplication));
    QVERIFY(Autosave::directory().startsWith(m_home.path()));
    m_base = killsave::baseScenario();
}

void TestKillDuringSave::killedSavesLeaveCompleteFiles()
{
    const QDir dir(m_home.filePath(u"documents"_s));
    QVERIFY(QDir().mkpath(dir.path()));
    const QString scenarioPath = dir.filePath(QString::fromLatin1(killsave::kScenarioName));
    const QString memoPath = dir.filePath(QString::fromLatin1(killsave::kMemoName));
    QRandomGenerator random(kSeed);
    int scenarioVersion = -1; // the version on disk, −1 before the first save
    int memoVersion = -1;
    int recovered = 0;
    int nextVersion = 0;

    for (int round = 0; round < kRounds; ++round) {
        QProcess worker;
        worker.setProgram(QStringLiteral(PERTOKEN_SAVE_WORKER));
        worker.setArguments({dir.path(), QString::number(nextVersion)});
        worker.setProcessChannelMode(QProcess::SeparateChannels);
        worker.start();
        QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
        QByteArray output;
        while (!output.contains("ready")) {
            QVERIFY2(worker.waitForReadyRead(30000), qPrintable(worker.readAllStandardError()));
            output += worker.readAllStandardOutput();
        }
        // A seeded moment within the first few write cycles.
        const int delayMs = int(random.bounded(20, 1500));
        QTest::qWait(delayMs);
        worker.kill(); // SIGKILL: no handler, no clean-up, the write stops where it is
        QVERIFY(worker.waitForFinished(10000));
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
        output += worker.readAllStandardOutput();
        const Reported reported = parseReport(output);
        const QString at =
            u"round %1 (killed after %2 ms, reported %3)"_s.arg(round).arg(delayMs).arg(
                QString::fromLatin1(output.simplified()));

        // The scenario file is the last version reported saved or the one being written.
        const int savedBefore = std::max(scenarioVersion, reported.saved);
        if (savedBefore >= 0 || QFileInfo::exists(scenarioPath)) {
            const Result<Scenario> read = loadScenarioFile(scenarioPath);
            QVERIFY2(read, qPrintable(at + u": "_s + (read ? QString() : read.error().toString())));
            const int version = killsave::versionOf(m_base, *read);
            QVERIFY2(version == savedBefore ||
                         version == std::max(savedBefore, nextVersion - 1) + 1,
                     qPrintable(at + u": scenario version %1"_s.arg(version)));
            scenarioVersion = version;
        }
        // The same for the memo bundle, read through its checked reader (manifest, SHA-256).
        const int memoBefore = std::max(memoVersion, reported.memo);
        if (memoBefore >= 0 || QFileInfo::exists(memoPath)) {
            const Result<MemoBundle> bundle = readMemoBundleFile(memoPath);
            QVERIFY2(bundle,
                     qPrintable(at + u": "_s + (bundle ? QString() : bundle.error().toString())));
            const Result<Scenario> inside = scenarioFromBytes(
                bundle->entries.value(u"scenario.pertoken"_s), u"scenario.pertoken"_s);
            QVERIFY(inside);
            const int version = killsave::versionOf(m_base, *inside);
            QVERIFY2(version == memoBefore || version == std::max(memoBefore, nextVersion - 1) + 1,
                     qPrintable(at + u": memo version %1"_s.arg(version)));
            QCOMPARE(bundle->entries.value(u"data/filler.csv"_s),
                     killsave::memoEntries(m_base, version).value(2).data);
            memoVersion = version;
        }
        // No leftover of an interrupted write has a document's name or suffix.
        for (const QString &name : dir.entryList(QDir::Files)) {
            if (name == QLatin1String(killsave::kScenarioName) ||
                name == QLatin1String(killsave::kMemoName))
                continue;
            QVERIFY2(!name.endsWith(u".pertoken"_s) && !name.endsWith(u".zip"_s),
                     qPrintable(at + u": "_s + name));
        }

        // The autosave: at most one candidate, a complete version; when the kill came after an
        // autosave and before the save that follows it, that autosave must be offered.
        const QList<RecoveryCandidate> candidates = Autosave::findRecoverable();
        QVERIFY2(candidates.size() <= 1, qPrintable(at));
        const bool autosaveOwed = reported.autosaved >= 0 && scenarioVersion < reported.autosaved;
        if (autosaveOwed)
            QVERIFY2(candidates.size() == 1, qPrintable(at + u": autosave not offered"_s));
        if (!candidates.isEmpty()) {
            ScenarioDocument document;
            auto autosave = std::make_unique<Autosave>(&document, 3600);
            RecoveryCandidate offered;
            QVERIFY(autosave->recover([&offered](const RecoveryCandidate &candidate) {
                offered = candidate;
                return RecoveryChoice::Restore;
            }));
            QVERIFY(document.isModified());
            QCOMPARE(offered.originalPath, scenarioPath);
            const int version = killsave::versionOf(m_base, document.scenario());
            const int newest = std::max(reported.autosaved, nextVersion - 1) + 1;
            QVERIFY2(version == reported.autosaved || version == newest,
                     qPrintable(at + u": autosave version %1"_s.arg(version)));
            if (autosaveOwed)
                QCOMPARE(version, reported.autosaved);
            ++recovered;
            QVERIFY(Autosave::findRecoverable().isEmpty()); // restored, so no longer offered
        }
        nextVersion = std::max({scenarioVersion, memoVersion, reported.autosaved, nextVersion}) + 1;
    }
    QVERIFY2(scenarioVersion > 0 && memoVersion > 0, "the worker never completed a save");
    QVERIFY2(recovered > 0, "no kill left an autosave to recover");
    qInfo("%d rounds: scenario at version %d, memo at version %d, %d autosaves recovered", kRounds,
          scenarioVersion, memoVersion, recovered);
}

QTEST_GUILESS_MAIN(TestKillDuringSave)
#include "tst_kill_during_save.moc"
