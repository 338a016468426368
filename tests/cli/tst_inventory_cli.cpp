// `pertoken inventory` through the real executable, against real processes and files: a
// stand-in speaking Ollama's documented API bound to every interface (reported as reachable from
// the network), the project's calibration server, the third-party OpenAI-compatible mock server
// @dwmkerr/mock-llm from npm where scripts/install_mock_llm.sh can install it, and model stores
// laid out as Ollama, Hugging Face and LM Studio lay them out in a home folder of the test's.
// The CycloneDX output is validated against the specification's JSON schema
// (tests/data/cyclonedx, python3-jsonschema).

#include "bench/calibration/calibration_server_thread.h"
#include "hardware/hardware_catalog.h"
#include "inventory/server_probe.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"
#include "../support/inventory_fixtures.h"
#include "../support/ollama_stand_in.h"

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

/// The binary with HOME set to `home` (where the stores are), an empty benchmark history, and
/// none of the variables that move the model stores.
CliRun inventory(const QString &home, const QStringList &arguments)
{
    return runPertoken(arguments, 120000,
                       {{u"HOME"_s, home},
                        {u"XDG_DATA_HOME"_s, home + u"/.local/share"_s},
                        {u"OLLAMA_MODELS"_s, QString()},
                        {u"HF_HUB_CACHE"_s, QString()},
                        {u"HF_HOME"_s, QString()},
                        {u"LLAMA_CACHE"_s, QString()}});
}

QString firstLaptopId()
{
    for (const Accelerator &a : builtinAccelerators())
        if (a.deviceClass == DeviceClass::Laptop)
            return a.id;
    return {};
}

QJsonObject findByName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array)
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    return {};
}

QJsonObject findServer(const QJsonArray &servers, quint16 port)
{
    for (const QJsonValue &value : servers)
        if (value.toObject().value(u"port"_s).toInt() == port)
            return value.toObject();
    return {};
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

const QString kValidator = QStringLiteral(PERTOKEN_TEST_DATA_DIR "/cyclonedx/validate_bom.py");

} // namespace

class TestInventoryCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportFindsServersAndModels();
    void cycloneDxValidatesAgainstTheSchema();
    void csvHasARowPerModelAndServer();
    void mergeCombinesReports();
    void addToScenarioAddsAnOptionPricedAlike();
    void badInputIsRefusedByName();

private:
    QTemporaryDir m_home;
    std::unique_ptr<OllamaStandIn> m_ollama;
    std::unique_ptr<CalibrationServerThread> m_calibration;
    QProcess m_mockLlm;
    quint16 m_mockPort = 0;
    QString m_mockSkipReason;
    QString m_laptop;
    QJsonObject m_report;
};

void TestInventoryCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(writeStores(m_home.path()));
    m_laptop = firstLaptopId();
    QVERIFY(!m_laptop.isEmpty());
    m_ollama = std::make_unique<OllamaStandIn>(QHostAddress::AnyIPv4);
    QVERIFY(m_ollama->start());
    m_calibration = std::make_unique<CalibrationServerThread>(CalibrationTiming{});
    QString error;
    QVERIFY2(m_calibration->start(&error), qPrintable(error));

    // The third-party server: installed by the project's script, bounded to 180 s.
    const QString dir = QCoreApplication::applicationDirPath() + u"/third_party/mock-llm"_s;
    QProcess install;
    install.start(QStringLiteral(PERTOKEN_TEST_DATA_DIR "/../../scripts/install_mock_llm.sh"),
                  {dir});
    if (!install.waitForFinished(200000) || install.exitCode() != 0) {
        m_mockSkipReason = u"@dwmkerr/mock-llm could not be installed from npm: "_s +
                           QString::fromUtf8(install.readAllStandardError()).trimmed();
    } else {
        m_mockPort = freePort();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOST"_s, u"127.0.0.1"_s);
        environment.insert(u"PORT"_s, QString::number(m_mockPort));
        m_mockLlm.setProcessEnvironment(environment);
        m_mockLlm.setWorkingDirectory(m_home.path()); // no mock-llm.yaml: its default rules
        m_mockLlm.start(dir + u"/node_modules/.bin/mock-llm"_s, {});
        QElapsedTimer timer;
        timer.start();
        bool up = false;
        while (!up && timer.elapsed() < 20000 && m_mockLlm.state() != QProcess::NotRunning) {
            up = httpGetLoopback(QHostAddress::LocalHost, m_mockPort, "/health", 500).answered;
            if (!up)
                QTest::qWait(200);
        }
        if (!up)
            m_mockSkipReason = u"mock-llm did not answer GET /health within 20 s: "_s +
                               QString::fromUtf8(m_mockLlm.readAllStandardError());
    }
    if (!m_mockSkipReason.isEmpty())
        qInfo("%s", qPrintable(u"mock-llm case skipped: "_s + m_mockSkipReason));

    QStringList arguments{u"inventory"_s,  u"--json"_s,
                          u"--hardware"_s, m_laptop,
                          u"--port"_s,     QString::number(m_ollama->port()),
                          u"--port"_s,     QString::number(m_calibration->port())};
    if (m_mockPort)
        arguments << u"--port"_s << QString::number(m_mockPort);
    const CliRun run = inventory(m_home.path(), arguments);
    QCOMPARE(run.exitCode, 0);
    m_report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(m_report.value(u"schema"_s).toString(), u"pertoken.inventory/1"_s);
}

void TestInventoryCli::cleanupTestCase()
{
    if (m_mockLlm.state() != QProcess::NotRunning) {
        m_mockLlm.terminate();
        if (!m_mockLlm.waitForFinished(5000))
            m_mockLlm.kill();
        m_mockLlm.waitForFinished(5000);
    }
}

void TestInventoryCli::reportFindsServersAndModels()
{
    const QJsonArray servers = m_report.value(u"servers"_s).toArray();
    // The stand-in bound to 0.0.0.0: Ollama, reachable from the network, no credentials asked.
    const QJsonObject ollama = findServer(servers, m_ollama->port());
    QCOMPARE(ollama.value(u"runtime"_s).toString(), u"ollama"_s);
    QCOMPARE(ollama.value(u"version"_s).toString(), QString::fromLatin1(kOllamaStandInVersion));
    QCOMPARE(ollama.value(u"address"_s).toString(), u"0.0.0.0"_s);
    QCOMPARE(ollama.value(u"exposure"_s).toString(), u"all-interfaces"_s);
    QVERIFY(ollama.value(u"reachableFromNetwork"_s).toBool());
    QVERIFY(ollama.value(u"answeredWithoutAuthentication"_s).toBool());
    // The test process holds the socket: the report names it.
    QCOMPARE(ollama.value(u"pid"_s).toInteger(), QCoreApplication::applicationPid());
    // docs/api.md examples: two models listed, mistral:latest loaded with 5,137,025,024 bytes.
    const QJsonObject mistral =
        findByName(ollama.value(u"models"_s).toArray(), u"mistral:latest"_s);
    QVERIFY(mistral.value(u"loaded"_s).toBool());
    QCOMPARE(mistral.value(u"vramBytes"_s).toDouble(), 5137025024.0);
    QCOMPARE(ollama.value(u"models"_s).toArray().size(), 3);
    // Nothing but the three documented GETs reached it.
    for (const QString &request : m_ollama->requests())
        QVERIFY2(request.startsWith(u"GET /api/version "_s) ||
                     request.startsWith(u"GET /api/tags "_s) ||
                     request.startsWith(u"GET /api/ps "_s),
                 qPrintable(request));

    // The calibration server on 127.0.0.1: OpenAI-compatible, loopback only.
    const QJsonObject calibration = findServer(servers, m_calibration->port());
    QCOMPARE(calibration.value(u"runtime"_s).toString(), u"openai-compatible"_s);
    QCOMPARE(calibration.value(u"exposure"_s).toString(), u"loopback"_s);
    QVERIFY(!calibration.value(u"reachableFromNetwork"_s).toBool());
    QVERIFY(findByName(calibration.value(u"models"_s).toArray(), u"pertoken-calibration"_s)
                .contains(u"loaded"_s));
    for (const CalibrationLogEntry &entry : m_calibration->log())
        QVERIFY2(!entry.path.contains("completions") && entry.path != "/api/generate",
                 entry.path.constData());

    // The models of the three stores, with their fields.
    const QJsonArray models = m_report.value(u"models"_s).toArray();
    const QJsonObject llama = findByName(models, u"llama3.1:8b"_s);
    QCOMPARE(llama.value(u"store"_s).toString(), u"ollama"_s);
    QCOMPARE(llama.value(u"architecture"_s).toString(), u"llama"_s);
    QCOMPARE(llama.value(u"license"_s).toString(), u"llama3.1"_s);
    QCOMPARE(llama.value(u"quantization"_s).toString(), u"Q4_K_M"_s);
    QCOMPARE(llama.value(u"parametersTotal"_s).toDouble(), double(kSmallLlamaElements));
    QCOMPARE(llama.value(u"chatTemplateSha256"_s).toString(), sha256Hex(QByteArray(kTemplate)));
    QCOMPARE(llama.value(u"headerSha256"_s).toString().size(), 64);
    QVERIFY(llama.value(u"fits"_s).toBool());
    QVERIFY(llama.value(u"outputTokensPerSecond"_s).toDouble() > 0);
    QVERIFY(llama.value(u"usdPerMillionTokens"_s).toDouble() > 0);
    QCOMPARE(findByName(models, u"Org/Tiny"_s).value(u"store"_s).toString(), u"huggingface"_s);
    QCOMPARE(findByName(models, u"Org/Tiny"_s).value(u"parametersTotal"_s).toDouble(),
             2080.0); // 64×32 + 32 BF16 parameters written
    QCOMPARE(findByName(models, u"lmstudio-community/Llama-GGUF/llama-Q4_K_M.gguf"_s)
                 .value(u"store"_s)
                 .toString(),
             u"lm-studio"_s);

    if (!m_mockPort)
        QSKIP(qPrintable(m_mockSkipReason));
    // mock-llm's default rules answer GET /v1/models with {"data": [{"id": "gpt-5.2",
    // "owned_by": "openai"}]} (its dist/config.js); it binds where HOST says: 127.0.0.1.
    const QJsonObject mock = findServer(servers, m_mockPort);
    QCOMPARE(mock.value(u"runtime"_s).toString(), u"openai-compatible"_s);
    QCOMPARE(mock.value(u"exposure"_s).toString(), u"loopback"_s);
    QVERIFY(mock.value(u"process"_s).toString().contains(u"node"_s) ||
            mock.value(u"commandLine"_s).toString().contains(u"mock-llm"_s));
    QVERIFY(!findByName(mock.value(u"models"_s).toArray(), u"gpt-5.2"_s).isEmpty());
}

void TestInventoryCli::cycloneDxValidatesAgainstTheSchema()
{
    const CliRun run = inventory(m_home.path(), {u"inventory"_s, u"--cyclonedx"_s,
                                                 u"--no-servers"_s, u"--hardware"_s, m_laptop});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject bom = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(bom.value(u"specVersion"_s).toString(), u"1.6"_s);
    const QJsonArray components = bom.value(u"components"_s).toArray();
    QCOMPARE(components.size(), 3); // the three stores' models
    for (const QJsonValue &component : components)
        QCOMPARE(component.toObject().value(u"type"_s).toString(), u"machine-learning-model"_s);

    QTemporaryDir dir;
    const QString good = dir.filePath(u"bom.json"_s);
    QVERIFY(writeFile(good, run.out));
    QProcess validate;
    validate.start(u"python3"_s, {kValidator, good});
    QVERIFY(validate.waitForFinished(60000));
    if (validate.exitCode() == 3 || validate.error() == QProcess::FailedToStart)
        QSKIP("python3 with the jsonschema module is needed (Debian package python3-jsonschema)");
    QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());

    // A broken BOM fails, so the check can fail: a hash that is not hex, a component type the
    // specification does not define.
    QJsonObject broken = bom;
    QJsonArray brokenComponents = components;
    QJsonObject first = brokenComponents.first().toObject();
    first.insert(u"type"_s, u"ai-model"_s);
    brokenComponents.replace(0, first);
    broken.insert(u"components"_s, brokenComponents);
    const QString bad = dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(bad, QJsonDocument(broken).toJson()));
    validate.start(u"python3"_s, {kValidator, bad});
    QVERIFY(validate.waitForFinished(60000));
    QCOMPARE(validate.exitCode(), 1);
    QVERIFY(validate.readAllStandardError().contains("components/0/type"));
}

void TestInventoryCli::csvHasARowPerModelAndServer()
{
    const CliRun run =
        inventory(m_home.path(), {u"inventory"_s, u"--csv"_s, u"--hardware"_s, m_laptop,
                                  u"--port"_s, QString::number(m_ollama->port())});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("kind,name,store_or_runtime,"));
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, three models, one server
    QVERIFY(lines.last().startsWith("server,"));
    QVERIFY(lines.last().contains(",all-interfaces,yes,mistral:latest"));
}

void TestInventoryCli::mergeCombinesReports()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.json"_s);
    const QString b = dir.filePath(u"b.json"_s);
    QVERIFY(writeFile(a, QJsonDocument(m_report).toJson()));
    QVERIFY(writeFile(b, QJsonDocument(m_report).toJson()));
    const CliRun run = inventory(m_home.path(), {u"inventory"_s, u"merge"_s, a, b, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject merge = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(merge.value(u"schema"_s).toString(), u"pertoken.inventory-merge/1"_s);
    QCOMPARE(merge.value(u"reports"_s).toInt(), 2);
    // Each report holds llama3.1:8b once: two occurrences on two machines.
    bool found = false;
    for (const QJsonValue &value : merge.value(u"models"_s).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(u"key"_s).toString() == u"llama3.1:8b"_s) {
            found = true;
            QCOMPARE(c.value(u"count"_s).toInt(), 2);
            QCOMPARE(c.value(u"machines"_s).toInt(), 2);
        }
    }
    QVERIFY(found);
    // Capacity: twice the fastest fitting model of one report.
    double fastest = 0;
    for (const QJsonValue &value : m_report.value(u"models"_s).toArray())
        if (value.toObject().value(u"fits"_s).toBool())
            fastest =
                std::max(fastest, value.toObject().value(u"outputTokensPerSecond"_s).toDouble());
    QVERIFY(fastest > 0);
    QCOMPARE(merge.value(u"localTokensPerSecond"_s).toDouble(), 2 * fastest);
}

void TestInventoryCli::addToScenarioAddsAnOptionPricedAlike()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.pertoken"_s);
    const Scenario before = defaultScenario();
    QVERIFY(!saveScenarioFile(before, path));
    const CliRun run =
        inventory(m_home.path(), {u"inventory"_s, u"--json"_s, u"--no-servers"_s, u"--hardware"_s,
                                  m_laptop, u"--add-to"_s, path, u"--model"_s, u"llama3.1:8b"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Result<Scenario> after = loadScenarioFile(path);
    QVERIFY(after);
    QCOMPARE(after->options.size(), before.options.size() + 1);
    const DeploymentOption &added = after->options.last();
    QCOMPARE(added.kind(), OptionKind::OnDevice);
    // The scenario prices the new option as the inventory did.
    const QJsonObject llama = findByName(
        QJsonDocument::fromJson(run.out).object().value(u"models"_s).toArray(), u"llama3.1:8b"_s);
    const OptionResult result = evaluateOption(*after, added);
    QVERIFY(result.feasible);
    QCOMPARE(result.usdPerMillionTokens, llama.value(u"usdPerMillionTokens"_s).toDouble());
    QCOMPARE(result.outputTokensPerSecond, llama.value(u"outputTokensPerSecond"_s).toDouble());
}

void TestInventoryCli::badInputIsRefusedByName()
{
    CliRun run = inventory(m_home.path(), {u"inventory"_s, u"--path"_s, u"/nonexistent/models"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--path /nonexistent/models: not a folder"));
    run = inventory(m_home.path(), {u"inventory"_s, u"--port"_s, u"0"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--port"));
    run = inventory(m_home.path(), {u"inventory"_s, u"--json"_s, u"--csv"_s});
    QCOMPARE(run.exitCode, 2);
    QTemporaryDir dir;
    const QString notReport = dir.filePath(u"eval.json"_s);
    QVERIFY(writeFile(notReport, R"({"schema": "pertoken.eval/1"})"));
    run = inventory(m_home.path(), {u"inventory"_s, u"merge"_s, notReport});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("eval.json"));
    QVERIFY(run.err.contains("not a PerToken inventory report"));
}

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventory_cli.moc"
