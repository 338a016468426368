// The local AI inventory (core/inventory): listening sockets from /proc/net/tcp with their
// processes, read-only identification of inference servers on loopback (a stand-in speaking
// Ollama's documented API bound to 127.0.0.1 and to 0.0.0.0, the project's calibration server),
// model stores laid out as Ollama, Hugging Face and LM Studio lay them out holding GGUF and
// safetensors files written here, hostile trees, and the price of a found model.

#include "bench/calibration/calibration_server_thread.h"
#include "cost/option_costing.h"
#include "hardware/hardware_catalog.h"
#include "inventory/inventory.h"
#include "models/ollama_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../support/inventory_fixtures.h"
#include "../support/ollama_stand_in.h"

Q_DECLARE_METATYPE(pertoken::testing::StandInRoutes)

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

const FoundModel *findModel(const ModelScan &scan, const QString &name)
{
    for (const FoundModel &model : scan.models)
        if (model.name == name)
            return &model;
    return nullptr;
}

/// Why the scan skipped the entry named `fileName`; "(not skipped)" when it did not.
QString skipReason(const ModelScan &scan, const QString &fileName)
{
    for (const SkippedPath &skipped : scan.skipped)
        if (QFileInfo(skipped.path).fileName() == fileName)
            return skipped.reason;
    return u"(not skipped)"_s;
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void procNetTcpParses();
    void ownSocketIsFoundWithItsProcess();
    void ollamaStandInOnLoopbackAndAllInterfaces();
    void calibrationServerIsOpenAiCompatible();
    void otherRuntimesAreIdentified_data();
    void otherRuntimesAreIdentified();
    void nonLoopbackAddressIsRefused();
    void storesAreFoundWithTheirFields();
    void hostileTree();
    void manyFilesEndWithinBounds();
    void foundModelIsPriced();
    void reportFormats();
    void mergeCountsReports();
};

void TestInventory::procNetTcpParses()
{
    // Lines in the format of the kernel's Documentation/networking/proc_net_tcp.rst, with
    // addresses as a little-endian CPU prints them: 0100007F is 127.0.0.1, port 2CAA = 11434;
    // 00000000:1F90 is 0.0.0.0:8080; state 01 (ESTABLISHED) is not a listener.
    const QByteArray tcp =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
        "timeout inode\n"
        "   0: 0100007F:2CAA 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000   "
        "     0 41234 1 0000000000000000 100 0 0 10 0\n"
        "   1: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0   "
        "     0 5555 1 0000000000000000 100 0 0 10 0\n"
        "   2: 0100007F:2CAA 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000   "
        "     0 777 1 0000000000000000 20 4 30 10 -1\n"
        "   3: garbage\n";
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
        QSKIP("the sample lines are as a little-endian CPU prints addresses");
    int bad = 0;
    const QList<ListeningSocket> v4 = parseProcNetTcp(tcp, false, &bad);
    QCOMPARE(v4.size(), 2);
    QCOMPARE(bad, 1);
    QCOMPARE(v4[0].address, QHostAddress(u"127.0.0.1"_s));
    QCOMPARE(v4[0].port, quint16(11434));
    QCOMPARE(v4[0].uid, 1000u);
    QCOMPARE(v4[0].inode, quint64(41234));
    QVERIFY(v4[0].loopbackOnly());
    QVERIFY(!v4[0].allInterfaces());
    QCOMPARE(v4[1].address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(v4[1].port, quint16(8080));
    QVERIFY(v4[1].allInterfaces());
    QCOMPARE(v4[1].probeAddress(), QHostAddress(QHostAddress::LocalHost));

    // tcp6: four 32-bit words; ::1 is 00000000 00000000 00000000 01000000, port 04D2 = 1234.
    const QByteArray tcp6 =
        "  sl  local_address                         remote_address                        st "
        "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 00000000000000000000000001000000:04D2 00000000000000000000000000000000:0000 0A "
        "00000000:00000000 00:00000000 00000000  1000        0 99 1 0000000000000000 100 0 0 10 "
        "0\n"
        "   1: 00000000000000000000000000000000:1F40 00000000000000000000000000000000:0000 0A "
        "00000000:00000000 00:00000000 00000000     0        0 98 1 0000000000000000 100 0 0 10 "
        "0\n";
    const QList<ListeningSocket> v6 = parseProcNetTcp(tcp6, true);
    QCOMPARE(v6.size(), 2);
    QCOMPARE(v6[0].address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(v6[0].port, quint16(1234));
    QVERIFY(v6[0].loopbackOnly());
    QCOMPARE(v6[1].address, QHostAddress(QHostAddress::AnyIPv6));
    QCOMPARE(v6[1].port, quint16(8000));
    QVERIFY(v6[1].allInterfaces());
}

void TestInventory::ownSocketIsFoundWithItsProcess()
{
    if (!QFile::exists(u"/proc/net/tcp"_s))
        QSKIP("no /proc/net/tcp on this system");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QStringList notes;
    const QList<ListeningSocket> sockets = listeningSockets(&notes);
    const auto it = std::find_if(sockets.cbegin(), sockets.cend(), [&](const ListeningSocket &s) {
        return s.port == server.serverPort() && s.address == QHostAddress(QHostAddress::LocalHost);
    });
    QVERIFY2(it != sockets.cend(), qPrintable(notes.join(u"; "_s)));
    // This test's own process holds it: /proc/self/fd is always readable by its owner.
    QCOMPARE(it->pid, QCoreApplication::applicationPid());
    QVERIFY(it->commandLine.contains(u"tst_inventory"_s));
    QVERIFY(!it->process.isEmpty());
}

void TestInventory::ollamaStandInOnLoopbackAndAllInterfaces()
{
    OllamaStandIn loopback(QHostAddress::LocalHost);
    OllamaStandIn everywhere(QHostAddress::AnyIPv4);
    QVERIFY(loopback.start());
    QVERIFY(everywhere.start());

    InventoryOptions options;
    options.ports = {loopback.port(), everywhere.port()};
    const Inventory inventory = runInventory(options);
    QCOMPARE(inventory.servers.size(), 2);
    for (const InventoryServer &server : inventory.servers) {
        const bool exposed = server.socket.port == everywhere.port();
        QCOMPARE(server.identity.runtime, u"ollama"_s);
        QCOMPARE(server.identity.version, QString::fromLatin1(kOllamaStandInVersion));
        QCOMPARE(server.exposure, exposed ? u"all-interfaces"_s : u"loopback"_s);
        QCOMPARE(server.reachableFromNetwork(), exposed);
        QCOMPARE(server.socket.pid, QCoreApplication::applicationPid());
        QVERIFY(server.identity.answeredWithoutAuthentication);
        // docs/api.md examples: /api/tags lists deepseek-r1:latest (4,683,075,271 bytes, 7.6B,
        // Q4_K_M) and llama3.2:latest; /api/ps has mistral:latest loaded, 5,137,025,024 bytes,
        // all of them in VRAM.
        QCOMPARE(server.identity.models.size(), 3);
        const ServedModel &deepseek = server.identity.models.at(0);
        QCOMPARE(deepseek.name, u"deepseek-r1:latest"_s);
        QCOMPARE(deepseek.sizeBytes, 4683075271.0);
        QCOMPARE(deepseek.parameterSize, u"7.6B"_s);
        QCOMPARE(deepseek.quantization, u"Q4_K_M"_s);
        QVERIFY(!deepseek.loaded);
        const ServedModel &mistral = server.identity.models.at(2);
        QCOMPARE(mistral.name, u"mistral:latest"_s);
        QVERIFY(mistral.loaded);
        QCOMPARE(mistral.vramBytes, 5137025024.0);
        QCOMPARE(server.identity.endpoints,
                 (QStringList{u"/api/version"_s, u"/api/tags"_s, u"/api/ps"_s}));
    }
    // Read-only: three GETs each, never a prompt (/api/generate, /api/chat) nor a POST.
    for (const OllamaStandIn *standIn : {&loopback, &everywhere})
        QCOMPARE(standIn->requests(),
                 (QStringList{u"GET /api/version HTTP/1.1"_s, u"GET /api/tags HTTP/1.1"_s,
                              u"GET /api/ps HTTP/1.1"_s}));
}

void TestInventory::calibrationServerIsOpenAiCompatible()
{
    CalibrationServerThread server(CalibrationTiming{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const ServerIdentity identity = identifyServer(QHostAddress::LocalHost, server.port(), 2000);
    QCOMPARE(identity.runtime, u"openai-compatible"_s);
    QVERIFY(identity.answeredWithoutAuthentication);
    QCOMPARE(identity.models.size(), 1);
    QCOMPARE(identity.models.first().name, u"pertoken-calibration"_s);
    // Every request the server saw was one of the probe's GET paths; none asked for a completion.
    const QStringList probePaths{u"/api/version"_s, u"/api/v0/models"_s, u"/props"_s,
                                 u"/version"_s,     u"/models"_s,        u"/v1/models"_s};
    const QList<CalibrationLogEntry> log = server.log();
    QCOMPARE(log.size(), probePaths.size());
    for (const CalibrationLogEntry &entry : log)
        QVERIFY2(probePaths.contains(QString::fromLatin1(entry.path)), entry.path.constData());
}

void TestInventory::otherRuntimesAreIdentified_data()
{
    QTest::addColumn<StandInRoutes>("routes");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<double>("sizeBytes");
    QTest::addColumn<bool>("withoutAuthentication");

    // llama.cpp's server, tools/server/README.md: "GET /props" and "GET /v1/models" examples.
    QTest::newRow("llama.cpp")
        << StandInRoutes{{"/props",
                          {200, R"({"default_generation_settings":{"id":0,"n_ctx":1024},)"
                                R"("total_slots":1,"model_path":"../models/Meta-Llama-3.1-8B-)"
                                R"(Instruct-Q4_K_M.gguf","build_info":"b5031-0bba2b6"})"}},
                         {"/v1/models",
                          {200, R"({"object":"list","data":[{"id":"../models/Meta-Llama-3.1-)"
                                R"(8B-Instruct-Q4_K_M.gguf","object":"model","created":1735142223,)"
                                R"("owned_by":"llamacpp","meta":{"vocab_type":2,"n_vocab":128256,)"
                                R"("n_ctx_train":131072,"n_embd":4096,"n_params":8030261312,)"
                                R"("size":4912898304}}]})"}}}
        << u"llama.cpp"_s << u"b5031-0bba2b6"_s
        << u"../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"_s << false << 4912898304.0 << true;
    // LM Studio, "LM Studio REST API (beta)", GET /api/v0/models example.
    QTest::newRow("LM Studio")
        << StandInRoutes{{"/api/v0/models",
                          {200, R"({"object":"list","data":[{"id":"qwen2-vl-7b-instruct",)"
                                R"("object":"model","type":"vlm","publisher":"mlx-community",)"
                                R"("arch":"qwen2_vl","compatibility_type":"mlx","quantization":)"
                                R"("4bit","state":"not-loaded","max_context_length":32768},)"
                                R"({"id":"meta-llama-3.1-8b-instruct","object":"model","type":)"
                                R"("llm","publisher":"lmstudio-community","arch":"llama",)"
                                R"("compatibility_type":"gguf","quantization":"Q4_K_M","state":)"
                                R"("loaded","max_context_length":131072}]})"}}}
        << u"lm-studio"_s << QString() << u"meta-llama-3.1-8b-instruct"_s << true << 0.0 << true;
    // vLLM's OpenAI-compatible server: GET /version {"version"} and /v1/models with owned_by
    // "vllm" (vllm/entrypoints/openai/api_server.py, protocol.py ModelCard).
    QTest::newRow("vLLM")
        << StandInRoutes{{"/version", {200, R"({"version":"0.6.3"})"}},
                         {"/v1/models",
                          {200, R"({"object":"list","data":[{"id":"meta-llama/Llama-3.1-8B-)"
                                R"(Instruct","object":"model","created":1735142223,"owned_by":)"
                                R"("vllm","root":"meta-llama/Llama-3.1-8B-Instruct","parent":)"
                                R"(null,"max_model_len":131072}]})"}}}
        << u"vllm"_s << u"0.6.3"_s << u"meta-llama/Llama-3.1-8B-Instruct"_s << false << 0.0 << true;
    // SGLang: /v1/models with owned_by "sglang" (sglang/srt/openai_api/protocol.py ModelCard).
    QTest::newRow("SGLang")
        << StandInRoutes{{"/v1/models",
                          {200, R"({"object":"list","data":[{"id":"Qwen/Qwen3-8B","object":)"
                                R"("model","created":1735142223,"owned_by":"sglang","root":)"
                                R"("Qwen/Qwen3-8B"}]})"}}}
        << u"sglang"_s << QString() << u"Qwen/Qwen3-8B"_s << false << 0.0 << true;
    // Docker Model Runner, docs.docker.com "Docker Model Runner" REST API, GET /models example.
    QTest::newRow("Docker Model Runner")
        << StandInRoutes{{"/models",
                          {200, R"([{"id":"sha256:354bf30d0aa3af413d2aa5ae4f23c66d78980072d)"
                                R"(1e07a5b0d776e9606a2f0b9","tags":["ai/smollm2:latest"],)"
                                R"("created":1742816981,"config":{"format":"gguf",)"
                                R"("quantization":"IQ2_XXS/Q4_K_M","parameters":"361.82 M",)"
                                R"("architecture":"llama","size":"256.35 MiB"}}])"}}}
        << u"docker-model-runner"_s << QString() << u"ai/smollm2:latest"_s << false << 0.0 << true;
    // An OpenAI-compatible server behind a key: 401 with OpenAI's error shape; no model listed.
    QTest::newRow("needs a key")
        << StandInRoutes{{"/v1/models",
                          {401, R"({"error":{"message":"Incorrect API key provided",)"
                                R"("type":"invalid_request_error","code":"invalid_api_key"}})"}}}
        << u"openai-compatible"_s << QString() << QString() << false << 0.0 << false;
}

void TestInventory::otherRuntimesAreIdentified()
{
    QFETCH(StandInRoutes, routes);
    QFETCH(QString, runtime);
    QFETCH(QString, version);
    QFETCH(QString, model);
    QFETCH(bool, loaded);
    QFETCH(double, sizeBytes);
    QFETCH(bool, withoutAuthentication);
    ApiStandIn server(QHostAddress::LocalHost, routes);
    QVERIFY(server.start());
    const ServerIdentity identity = identifyServer(QHostAddress::LocalHost, server.port(), 2000);
    QCOMPARE(identity.runtime, runtime);
    QCOMPARE(identity.version, version);
    QCOMPARE(identity.answeredWithoutAuthentication, withoutAuthentication);
    QCOMPARE(identity.requiresAuthentication, !withoutAuthentication);
    if (model.isEmpty()) {
        QVERIFY(identity.models.isEmpty());
    } else {
        const auto it = std::find_if(identity.models.cbegin(), identity.models.cend(),
                                     [&](const ServedModel &m) { return m.name == model; });
        QVERIFY(it != identity.models.cend());
        QCOMPARE(it->loaded, loaded);
        QCOMPARE(it->sizeBytes, sizeBytes);
    }
    for (const QString &request : server.requests())
        QVERIFY2(request.startsWith(u"GET "_s), qPrintable(request));
}

void TestInventory::nonLoopbackAddressIsRefused()
{
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a host of this machine; no packet may leave.
    const HttpGetResult result =
        httpGetLoopback(QHostAddress(u"192.0.2.1"_s), 80, "/api/version", 1000);
    QVERIFY(!result.answered);
    QVERIFY(result.error.contains(u"not a loopback address"_s));
}

void TestInventory::storesAreFoundWithTheirFields()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(writeStores(home.path()));
    const QByteArray gguf = smallLlama();
    const QString digest = u"sha256:"_s + sha256Hex(gguf);
    const QByteArray safetensors = smallSafetensors();
    const QByteArray otherGguf = smallLlama("Other");

    // The stores of this home only: the service users' stores (/usr/share/ollama) may hold
    // models on a developer's machine.
    QList<ModelStoreRoot> roots = defaultModelStores(home.path(), QProcessEnvironment());
    roots.removeIf([&](const ModelStoreRoot &root) { return !root.path.startsWith(home.path()); });
    const ModelScan scan = scanModelStores(roots, {});
    QVERIFY2(scan.skipped.isEmpty(),
             qPrintable(scan.skipped.isEmpty() ? QString() : scan.skipped.first().reason));
    QCOMPARE(scan.models.size(), 3);

    const FoundModel *ollama = findModel(scan, u"llama3.1:8b"_s);
    QVERIFY(ollama);
    QCOMPARE(ollama->store, u"ollama"_s);
    QCOMPARE(ollama->inspection.architecture, u"llama"_s); // general.architecture written
    QCOMPARE(ollama->inspection.license, u"llama3.1"_s);   // general.license written
    QCOMPARE(ollama->inspection.fileType, u"Q4_K_M"_s);    // general.file_type 15
    QCOMPARE(qint64(ollama->inspection.model.totalParams), kSmallLlamaElements);
    QCOMPARE(ollama->inspection.chatTemplateSha256,
             sha256Hex(QByteArray(kTemplate))); // SHA-256 of the template's bytes
    QCOMPARE(ollama->inspection.model.sourceSha256.size(), 64);
    QCOMPARE(ollama->inspection.model.sourceSha256Scope, u"header"_s);
    // Manifest and blob: the blob's size is the GGUF written, the manifest's its JSON.
    QCOMPARE(ollama->sizeBytes, gguf.size() + qint64(ollamaManifest(digest, gguf.size()).size()));

    const FoundModel *hf = findModel(scan, u"Org/Tiny"_s);
    QVERIFY(hf);
    QCOMPARE(hf->store, u"huggingface"_s);
    QCOMPARE(qint64(hf->inspection.model.totalParams), 2080); // 64×32 + 32
    QCOMPARE(hf->sizeBytes, qint64(safetensors.size()));      // through the link, counted once

    const FoundModel *lm = findModel(scan, u"lmstudio-community/Llama-GGUF/llama-Q4_K_M.gguf"_s);
    QVERIFY(lm);
    QCOMPARE(lm->store, u"lm-studio"_s);
    QCOMPARE(lm->sizeBytes, qint64(otherGguf.size()));
    // Different headers, different hashes; the same template, the same template hash.
    QVERIFY(lm->inspection.model.sourceSha256 != ollama->inspection.model.sourceSha256);
    QCOMPARE(lm->inspection.chatTemplateSha256, ollama->inspection.chatTemplateSha256);
    QVERIFY(scan.rootsPresent.size() == 3);
}

void TestInventory::hostileTree()
{
    QTemporaryDir outside;
    QTemporaryDir rootDir;
    QVERIFY(outside.isValid() && rootDir.isValid());
    const QString root = rootDir.path();
    // A real model outside the root, reached only by a link: it must not be read.
    QVERIFY(writeFile(outside.filePath(u"secret.gguf"_s), smallLlama("Secret")));
    QVERIFY(QFile::link(outside.filePath(u"secret.gguf"_s), root + u"/escape.gguf"_s));
    // A link loop (a → b → a) and a folder link back up (sub/up → ..).
    QVERIFY(QFile::link(root + u"/loop-b.gguf"_s, root + u"/loop-a.gguf"_s));
    QVERIFY(QFile::link(root + u"/loop-a.gguf"_s, root + u"/loop-b.gguf"_s));
    QVERIFY(QDir().mkpath(root + u"/sub"_s));
    QVERIFY(QFile::link(root, root + u"/sub/up"_s));
    // A FIFO named x.gguf: opening it for reading would block until a writer comes.
    QCOMPARE(::mkfifo(QFile::encodeName(root + u"/x.gguf"_s).constData(), 0644), 0);
    // A 50 GB sparse file: truncate allocates no blocks.
    {
        QFile big(root + u"/big.gguf"_s);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(50LL * 1000 * 1000 * 1000));
    }
    // An unreadable folder holding a model.
    QVERIFY(writeFile(root + u"/locked/hidden.gguf"_s, smallLlama("Hidden")));
    QVERIFY(QFile::setPermissions(root + u"/locked"_s, QFileDevice::Permissions()));
    // And one good model, which must still be found.
    QVERIFY(writeFile(root + u"/good/model.gguf"_s, smallLlama("Good")));

    QElapsedTimer timer;
    timer.start();
    ModelScanLimits limits;
    limits.totalMs = 10000;
    const ModelScan scan = scanModelStores({{u"path"_s, root}}, limits);
    QVERIFY(timer.elapsed() < 10000 + 2000);
    QFile::setPermissions(root + u"/locked"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QVERIFY(findModel(scan, u"Good"_s));
    QVERIFY(!findModel(scan, u"Secret"_s));
    const auto skippedBecause = [&scan](const QString &name, const QString &why) {
        const QString reason = skipReason(scan, name);
        if (!reason.contains(why, Qt::CaseInsensitive))
            qWarning() << name << "skipped:" << reason;
        return reason.contains(why, Qt::CaseInsensitive);
    };
    QVERIFY(skippedBecause(u"escape.gguf"_s, u"out of the root"_s));
    QVERIFY(skippedBecause(u"loop-a.gguf"_s, u"loop"_s));
    QVERIFY(skippedBecause(u"up"_s, u"link to a folder"_s));
    QVERIFY(skippedBecause(u"x.gguf"_s, u"FIFO"_s));
    // The sparse file is opened (it is a regular file) and refused after its magic: 4 bytes read.
    QVERIFY(skippedBecause(u"big.gguf"_s, u"magic"_s));
    if (::geteuid() == 0) {
        // Root reads a folder whatever its permission bits say: the unreadable case cannot be
        // made here, so the model in it is found like any other.
        qInfo("running as root: permission bits do not stop reads, so 'locked' was read");
        QVERIFY(findModel(scan, u"Hidden"_s));
    } else {
        QVERIFY(skippedBecause(u"locked"_s, u"permission denied"_s));
        QVERIFY(!findModel(scan, u"Hidden"_s));
    }
    QVERIFY(!scan.stoppedEarly);
}

void TestInventory::manyFilesEndWithinBounds()
{
    QTemporaryDir rootDir;
    QVERIFY(rootDir.isValid());
    const QByteArray folder = QFile::encodeName(rootDir.path() + u"/many"_s);
    QCOMPARE(::mkdir(folder.constData(), 0755), 0);
    // 100,000 empty files (names not ending in .gguf, so none is opened) and one model.
    for (int i = 0; i < 100000; ++i) {
        const QByteArray name = folder + "/f" + QByteArray::number(i);
        const int fd = ::open(name.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
    }
    QVERIFY(writeFile(rootDir.path() + u"/many/model.gguf"_s, smallLlama("Among many")));

    ModelScanLimits limits;
    limits.totalMs = 30000;
    QElapsedTimer timer;
    timer.start();
    const ModelScan all = scanModelStores({{u"path"_s, rootDir.path()}}, limits);
    QVERIFY(timer.elapsed() < limits.totalMs + 2000);
    QVERIFY(!all.stoppedEarly);
    QCOMPARE(all.entriesSeen, 100001 + 1); // the files, the model, and the folder "many"
    QVERIFY(findModel(all, u"Among many"_s));

    // An entry bound of 1,000 stops the walk and says so.
    limits.maxEntries = 1000;
    const ModelScan bounded = scanModelStores({{u"path"_s, rootDir.path()}}, limits);
    QVERIFY(bounded.stoppedEarly);
    QVERIFY(bounded.stopReason.contains(u"1000 folder entries"_s));
    QVERIFY(bounded.entriesSeen <= 1000);

    // So does a time bound of 1 ms, well before 100,000 entries.
    limits.maxEntries = 500000;
    limits.totalMs = 1;
    const ModelScan timed = scanModelStores({{u"path"_s, rootDir.path()}}, limits);
    QVERIFY(timed.stoppedEarly);
    QVERIFY(timed.stopReason.contains(u"time bound"_s));
}

void TestInventory::foundModelIsPriced()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"m.gguf"_s), smallLlama()));
    const ModelScan scan = scanModelStores({{u"path"_s, dir.path()}}, {});
    QCOMPARE(scan.models.size(), 1);
    SystemInfo machine;
    machine.hostMemoryCapacityBytes = 64e9;
    // A laptop of the catalog: the first on-device entry.
    const Accelerator *laptop = nullptr;
    for (const Accelerator &a : builtinAccelerators())
        if (a.deviceClass == DeviceClass::Laptop && !laptop)
            laptop = &a;
    QVERIFY(laptop);
    const Scenario scenario = defaultScenario();
    const InventoryPrice price = priceFoundModel(scan.models.first(), machine, *laptop, scenario);
    QVERIFY2(price.priced, qPrintable(price.reason));
    QVERIFY(price.fits);
    QVERIFY(price.option);
    QCOMPARE(price.option->kind(), OptionKind::OnDevice);
    // Roofline decode at batch 1 is memory-bound: each token reads the weights and the KV cache,
    // so tokens/s ≤ bandwidth × MBU / (weights + KV). Weights: 98,816 parameters at the file's
    // 65,792 bytes; KV: 2 × 32 layers × 8 KV heads × 128 dims × 2 bytes = 131,072 bytes per token
    // of context (prompt + output/2 on average), from the GGUF keys written.
    const double context =
        scenario.workload.inputTokensPerRequest + scenario.workload.outputTokensPerRequest / 2;
    const double bytesPerStep = 65792 + 131072 * context;
    // The MBU the option runs at: its own, or its class's fitted one (inference/efficiency.h).
    const double mbu = prepareOption(*price.option, scenario.workload).mbu;
    QVERIFY(mbu > 0 && mbu <= 1);
    const double ceiling = laptop->bandwidthBytesPerSecond() * mbu / bytesPerStep;
    QVERIFY2(price.outputTokensPerSecond > 0 && price.outputTokensPerSecond <= ceiling * 1.001,
             qPrintable(u"%1 tokens/s against a ceiling of %2"_s.arg(price.outputTokensPerSecond)
                            .arg(ceiling)));
    QVERIFY(price.usdPerMillionTokens > 0);

    // Without hardware of known speed: a fit, no price, and the reason says what to do.
    const InventoryPrice unpriced =
        priceFoundModel(scan.models.first(), machine, std::nullopt, scenario);
    QVERIFY(!unpriced.priced);
    QVERIFY(unpriced.fits);
    QVERIFY(unpriced.reason.contains(u"bench hardware"_s));
    // A 64 GB machine holds the model; one of 1 MB does not (65,792 weight bytes + KV cache of
    // 131,072 × context bytes is more than 0.9 MB).
    // A safetensors checkpoint without its config.json has no layers or heads: it fits by its
    // weights, but gets no price rather than one that leaves the KV cache out.
    QTemporaryDir hfDir;
    QVERIFY(writeFile(hfDir.filePath(u"model.safetensors"_s), smallSafetensors()));
    const ModelScan hf = scanModelStores({{u"path"_s, hfDir.path()}}, {});
    QCOMPARE(hf.models.size(), 1);
    const InventoryPrice noKv = priceFoundModel(hf.models.first(), machine, *laptop, scenario);
    QVERIFY(noKv.fits);
    QVERIFY(!noKv.priced);
    QVERIFY2(noKv.reason.contains(u"KV cache"_s), qPrintable(noKv.reason));
    machine.hostMemoryCapacityBytes = 1e6;
    QVERIFY(!priceFoundModel(scan.models.first(), machine, std::nullopt, scenario).fits);
}

void TestInventory::reportFormats()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"m.gguf"_s), smallLlama("A, \"quoted\" name")));
    InventoryOptions options;
    options.probeServers = false;
    options.roots = {{u"path"_s, dir.path()}};
    const Inventory inventory = runInventory(options);
    QCOMPARE(inventory.scan.models.size(), 1);
    const QJsonObject json = inventoryToJson(inventory);
    QCOMPARE(json.value(u"models"_s).toArray().size(), 1);
    const QJsonObject model = json.value(u"models"_s).toArray().first().toObject();
    QCOMPARE(model.value(u"name"_s).toString(), u"A, \"quoted\" name"_s);
    QCOMPARE(model.value(u"parametersTotal"_s).toDouble(), double(kSmallLlamaElements));
    // CSV (RFC 4180): the comma and the quotes force quoting, quotes doubled.
    const QByteArray csv = inventoryToCsv(inventory);
    QVERIFY(csv.contains("model,\"A, \"\"quoted\"\" name\",path,"));
    const QJsonObject bom = inventoryToCycloneDx(inventory, u"1.0"_s);
    QCOMPARE(bom.value(u"specVersion"_s).toString(), u"1.6"_s);
    const QJsonObject component = bom.value(u"components"_s).toArray().first().toObject();
    QCOMPARE(component.value(u"type"_s).toString(), u"machine-learning-model"_s);
    QCOMPARE(component.value(u"hashes"_s).toArray().first().toObject().value(u"content"_s),
             model.value(u"headerSha256"_s));
    QCOMPARE(component.value(u"licenses"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"license"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"llama3.1"_s);
}

void TestInventory::mergeCountsReports()
{
    const auto report = [](const QString &host, const QJsonArray &models,
                           const QJsonArray &servers) {
        return QJsonObject{{u"schema"_s, u"pertoken.inventory/1"_s},
                           {u"host"_s, host},
                           {u"models"_s, models},
                           {u"servers"_s, servers}};
    };
    const QJsonObject llama{{u"name"_s, u"llama3.1:8b"_s},
                            {u"license"_s, u"llama3.1"_s},
                            {u"fits"_s, true},
                            {u"outputTokensPerSecond"_s, 40.0}};
    const QJsonObject qwen{{u"name"_s, u"Qwen/Qwen3-8B"_s},
                           {u"license"_s, u""_s},
                           {u"fits"_s, true},
                           {u"outputTokensPerSecond"_s, 30.0}};
    const QJsonObject ollamaOpen{{u"runtime"_s, u"ollama"_s}, {u"exposure"_s, u"all-interfaces"_s}};
    const QJsonObject ollamaLocal{{u"runtime"_s, u"ollama"_s}, {u"exposure"_s, u"loopback"_s}};
    const Result<InventoryMerge> merge =
        mergeInventories({{u"a.json"_s, report(u"a"_s, {llama, qwen}, {ollamaOpen})},
                          {u"b.json"_s, report(u"b"_s, {llama}, {ollamaLocal})}});
    QVERIFY(merge);
    QCOMPARE(merge->reports, 2);
    QCOMPARE(merge->models.first().key, u"llama3.1:8b"_s);
    QCOMPARE(merge->models.first().count, 2);
    QCOMPARE(merge->licences.last().key, u"unknown"_s);
    QCOMPARE(merge->runtimes.first().count, 2);
    QCOMPARE(merge->exposure.size(), 2);
    // Capacity: the fastest fitting model of each machine, 40 + 40 tokens/s, over 30 days:
    // 80 × 2,592,000 s = 207,360,000 tokens.
    QCOMPARE(merge->localTokensPerSecond, 80.0);
    QCOMPARE(merge->localTokensPerMonth, 207360000.0);
    // Something that is not a report is refused by name.
    const Result<InventoryMerge> bad =
        mergeInventories({{u"x.json"_s, QJsonObject{{u"schema"_s, u"pertoken.eval/1"_s}}}});
    QVERIFY(!bad);
    QCOMPARE(bad.error().source, u"x.json"_s);
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
