// The API key never reaches a file. With HOME and the XDG folders inside a temporary folder, a
// benchmark runs with a unique key against the local calibration server, through the command
// line (key from an environment variable, from stdin, and hidden in the URL) and through the
// dashboard's benchmark panel (key typed in); then the scenario is saved with the measurement,
// autosaved, exported as a memo, and the settings and history are written. Every file under the
// temporary folder (zip bundles entry by entry) is scanned for the key: raw, base64 (at each
// alignment) and URL-encoded. The server's log shows the key did go out, as a header.

#include "autosave.h"
#include "bench/calibration/calibration_server_thread.h"
#include "bench/results/apply_bench_result.h"
#include "benchmark/bench_panel.h"
#include "commands/option_commands.h"
#include "export/export_controller.h"
#include "main_window.h"
#include "memo/memo_bundle.h"
#include "scenario_document.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

// Unique, and with characters that base64 and URL encoding both change.
const QByteArray kKey =
    "sk-scan+Key/" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "=q9Zt~7xW";

QTemporaryDir *g_home = nullptr;

// The forms the key could take in a file. Base64 of the key at each of the three byte
// alignments, trimmed of the characters that depend on the bytes around it.
QList<QByteArray> keyForms()
{
    QList<QByteArray> forms{kKey, QUrl::toPercentEncoding(QString::fromLatin1(kKey)),
                            kKey.toBase64(QByteArray::Base64UrlEncoding)};
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray prefixed = QByteArray(offset, 'a') + kKey;
        const QByteArray encoded = prefixed.toBase64();
        forms.append(encoded.mid(4, encoded.size() - 8));
    }
    // QSettings and JSON may write text as UTF-16 or escape it.
    forms.append(QString::fromLatin1(kKey).toUtf8().toHex());
    return forms;
}

// Names `where` and the form found in `bytes`, or returns an empty string.
QString findKey(const QByteArray &bytes, const QString &where)
{
    for (const QByteArray &form : keyForms()) {
        if (bytes.contains(form))
            return u"%1 holds the API key as \"%2\""_s.arg(where, QString::fromLatin1(form));
    }
    const QByteArray utf16(reinterpret_cast<const char *>(QString::fromLatin1(kKey).utf16()),
                           kKey.size() * 2);
    if (bytes.contains(utf16))
        return u"%1 holds the API key in UTF-16"_s.arg(where);
    return {};
}

QTemporaryDir &home()
{
    return *g_home;
}

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

} // namespace

class TestApiKeyScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLineNeverWritesTheKey();
    void dashboardNeverWritesTheKey();
    void noFileHoldsTheKey();

private:
    std::unique_ptr<CalibrationServerThread> m_server;
    QByteArrayList m_consoleOutput; ///< what the command line printed, scanned too
};

void TestApiKeyScan::initTestCase()
{
    QVERIFY(home().isValid());
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                .startsWith(home().path()));
    m_server = std::make_unique<CalibrationServerThread>(CalibrationTiming{20, 5, 8, 1});
    QVERIFY(m_server->start());
}

void TestApiKeyScan::commandLineNeverWritesTheKey()
{
    const QString out = home().filePath(u"out"_s);
    QVERIFY(QDir().mkpath(out));
    const QStringList common{u"bench"_s,         u"endpoint"_s, u"--model"_s,    u"calibration"_s,
                             u"--concurrency"_s, u"1"_s,        u"--requests"_s, u"2"_s,
                             u"--max-tokens"_s,  u"8"_s,        u"--warmup"_s,   u"0"_s};
    const QString url = m_server->baseUrl().toString();
    QUrl urlWithKey = m_server->baseUrl();
    urlWithKey.setUserInfo(u"user:"_s + QString::fromLatin1(kKey));
    urlWithKey.setQuery(u"api_key="_s +
                        QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(kKey))));
    struct Variant {
        QStringList arguments;
        QByteArray stdinText;
    };
    const QList<Variant> variants{
        {{u"--url"_s, url, u"--api-key-env"_s, u"PERTOKEN_TEST_API_KEY"_s, u"--json"_s, u"--out"_s,
          out + u"/env.json"_s},
         {}},
        {{u"--url"_s, url, u"--api-key-stdin"_s, u"--out"_s, out + u"/stdin.json"_s}, kKey + '\n'},
        {{u"--url"_s, urlWithKey.toString(QUrl::FullyEncoded), u"--json"_s, u"--out"_s,
          out + u"/url.json"_s},
         {}},
    };
    const qsizetype before = m_server->log().size();
    for (const Variant &variant : variants) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PERTOKEN_TEST_API_KEY"_s, QString::fromLatin1(kKey));
        environment.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PERTOKEN_BINARY), common + variant.arguments);
        QVERIFY(process.waitForStarted());
        process.write(variant.stdinText);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        m_consoleOutput << process.readAllStandardOutput() << err;
    }
    // The key went out with every request of the first two runs, as an Authorization header.
    const QList<CalibrationLogEntry> log = m_server->log().mid(before);
    QCOMPARE(log.size(), 6);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(log[i].authorization, "Bearer " + kKey);
    // The memo of a scenario, through the command line too.
    QProcess memo;
    memo.start(QStringLiteral(PERTOKEN_BINARY), {u"memo"_s, u"--out"_s, out + u"/cli-memo.zip"_s});
    QVERIFY(memo.waitForFinished(120000));
    QCOMPARE(memo.exitCode(), 0);
}

void TestApiKeyScan::dashboardNeverWritesTheKey()
{
    auto window = std::make_unique<MainWindow>(discardAll);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *panel = window->findChild<BenchPanel *>();
    QVERIFY(panel);
    child<QTabWidget>(*panel, u"modeTabs"_s)->setCurrentIndex(1);
    child<QLineEdit>(*panel, u"urlEdit"_s)->setText(m_server->baseUrl().toString());
    child<QLineEdit>(*panel, u"modelEdit"_s)->setText(u"calibration"_s);
    child<QLineEdit>(*panel, u"concurrencyEdit"_s)->setText(u"1"_s);
    child<QSpinBox>(*panel, u"requestsSpin"_s)->setValue(2);
    child<QSpinBox>(*panel, u"warmupSpin"_s)->setValue(0);
    child<QSpinBox>(*panel, u"maxTokensSpin"_s)->setValue(8);
    auto *keyEdit = child<QLineEdit>(*panel, u"apiKeyEdit"_s);
    QTest::keyClicks(keyEdit, QString::fromLatin1(kKey));
    QSignalSpy useSpy(panel, &BenchPanel::useInScenario);
    const qsizetype before = m_server->log().size();
    QTest::mouseClick(child<QPushButton>(*panel, u"startButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
    const QList<CalibrationLogEntry> log = m_server->log().mid(before);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().authorization, "Bearer " + kKey);

    // The measurement becomes the self-hosted option's throughput, as "Use in scenario" does
    // (applied here to a chosen option, where the window would ask which one).
    QObject::disconnect(panel, &BenchPanel::useInScenario, window.get(), nullptr);
    QTest::mouseClick(child<QPushButton>(*panel, u"useInScenarioButton"_s), Qt::LeftButton);
    QCOMPARE(useSpy.count(), 1);
    const auto result = qvariant_cast<BenchResult>(useSpy.at(0).at(0));
    ScenarioDocument *document = window->document();
    const DeploymentOption *selfHosted = nullptr;
    for (const DeploymentOption &option : document->scenario().options) {
        if (option.kind() == OptionKind::SelfHosted && !selfHosted)
            selfHosted = &option;
    }
    QVERIFY(selfHosted);
    const Result<DeploymentOption> applied = applyBenchResult(result, *selfHosted);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    document->push(new EditOptionCommand(document, *applied, u"use measurement"_s));

    // Autosave, save, memo export, settings: everything the window writes.
    auto *autosave = window->findChild<Autosave *>();
    QVERIFY(autosave);
    QVERIFY(autosave->saveNow());
    const QString autosaved = autosave->filePath();
    QFile copy(autosaved);
    QVERIFY(copy.copy(home().filePath(u"out/autosave-copy.pertoken"_s)));
    QVERIFY(window->saveFile(home().filePath(u"out/measured.pertoken"_s)));
    auto *exporter = window->findChild<ExportController *>();
    QVERIFY(exporter);
    QVERIFY(exporter->exportMemo(home().filePath(u"out/measured-memo.zip"_s)));
    window->close();
    window.reset();
    QSettings().sync();
    // The key typed in stays in the field it was typed into, and only there.
    QVERIFY(!QSettings().allKeys().isEmpty());
}

void TestApiKeyScan::noFileHoldsTheKey()
{
    int scanned = 0;
    QStringList found;
    QDirIterator it(home().path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        ++scanned;
        if (const QString hit = findKey(bytes, path); !hit.isEmpty())
            found << hit;
        if (path.endsWith(u".zip"_s)) {
            const Result<MemoBundle> bundle = readMemoBundleFile(path);
            QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().toString()));
            for (auto entry = bundle->entries.begin(); entry != bundle->entries.end(); ++entry) {
                ++scanned;
                if (const QString hit = findKey(*entry, path + u':' + entry.key()); !hit.isEmpty())
                    found << hit;
            }
        }
    }
    for (const QByteArray &output : std::as_const(m_consoleOutput)) {
        if (const QString hit = findKey(output, u"the command line's output"_s); !hit.isEmpty())
            found << hit;
    }
    qInfo("%d files and bundle entries scanned", scanned);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The scan saw what it had to: history, settings, scenarios, memos, the command line's files.
    QVERIFY(scanned >= 10);
    QVERIFY(!QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  u"/bench-history"_s)
                 .entryList({u"*.json"_s}, QDir::Files)
                 .isEmpty());
    // The detector does find the key where it is (it is not a scan that cannot fail).
    QVERIFY(!findKey("x" + kKey.toBase64() + "y", u"probe"_s).isEmpty());
    QVERIFY(!findKey("a" + kKey + "b", u"probe"_s).isEmpty());
}

// HOME and the XDG folders must point into the temporary folder before QApplication (and with
// it QSettings and QStandardPaths) reads them.
int main(int argc, char **argv)
{
    QTemporaryDir temporary;
    g_home = &temporary;
    qputenv("HOME", temporary.path().toLocal8Bit());
    for (const char *variable :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, temporary.filePath(QString::fromLatin1(variable)).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", temporary.filePath(u"runtime"_s).toLocal8Bit());
    QDir().mkpath(temporary.filePath(u"runtime"_s));
    QFile::setPermissions(temporary.filePath(u"runtime"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_api_key_scan"_s);
    TestApiKeyScan test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_api_key_scan.moc"
