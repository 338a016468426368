// Model folders beyond a single file: an Ollama model store (manifests pointing at blobs) and a
// GGUF model split by gguf-split, built here in temporary folders from GGUF files written from
// the format's specification (tests/support/model_file_writer.h), with the hostile cases a
// reader of somebody else's folder meets: digests that climb out of the store, link loops,
// missing blobs and parts, blobs that are not GGUF.

#include "models/model_inspection.h"
#include "models/ollama_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/model_file_writer.h"

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

/// Bytes of tensor data in smallLlama(), as tst_gguf adds them up:
/// Q4_K 18,432 + Q6_K 26,880 + F32 2,048 + Q4_K 18,432 = 65,792 bytes for 98,816 elements.
constexpr qint64 kSmallLlamaDataBytes = 65792;
constexpr qint64 kSmallLlamaElements = 98816;

GgufWriter smallLlama()
{
    GgufWriter writer = llama31Shaped("{{ messages }}");
    writer.addTensor("token_embd.weight", {512, 64}, kQ4K);
    writer.addTensor("output.weight", {512, 64}, kQ6K);
    writer.addTensor("blk.0.attn_norm.weight", {512}, kF32);
    writer.addTensor("blk.0.ffn_down.weight", {256, 128}, kQ4K);
    return writer;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray manifest(const QString &modelDigest, qint64 size)
{
    // The layout `ollama pull` writes: a config blob, then the model, template and params layers.
    const QString other = u"sha256:"_s + QString(64, u'0');
    return QJsonDocument(
               QJsonObject{
                   {u"schemaVersion"_s, 2},
                   {u"mediaType"_s, u"application/vnd.docker.distribution.manifest.v2+json"_s},
                   {u"config"_s, QJsonObject{{u"mediaType"_s,
                                              u"application/vnd.docker.container.image.v1+json"_s},
                                             {u"digest"_s, other},
                                             {u"size"_s, 485}}},
                   {u"layers"_s,
                    QJsonArray{
                        QJsonObject{{u"mediaType"_s, u"application/vnd.ollama.image.model"_s},
                                    {u"digest"_s, modelDigest},
                                    {u"size"_s, double(size)}},
                        QJsonObject{{u"mediaType"_s, u"application/vnd.ollama.image.template"_s},
                                    {u"digest"_s, other},
                                    {u"size"_s, 1432}},
                    }},
               })
        .toJson();
}

/// A store holding `blob` for the model `library/<model>:<tag>` of registry.ollama.ai.
QString addModel(const QTemporaryDir &store, const QString &model, const QString &tag,
                 const QByteArray &blob, const QString &registry = u"registry.ollama.ai"_s,
                 const QString &ns = u"library"_s)
{
    const QString digest = u"sha256:"_s + sha256Hex(blob);
    writeFile(store.filePath(u"blobs/"_s + ollamaBlobName(digest)), blob);
    const QString path = store.filePath(u"manifests/%1/%2/%3/%4"_s.arg(registry, ns, model, tag));
    writeFile(path, manifest(digest, blob.size()));
    return path;
}

/// Part `no` (0-based) of a model split in `count` files, holding `tensors` of smallLlama's;
/// the first also carries the model's keys, as gguf-split writes them (llama.cpp
/// examples/gguf-split: split.no and split.count as uint16, split.tensors.count as int32).
QByteArray splitPart(int no, int count, int tensorsInAll, const QList<int> &tensors)
{
    GgufWriter writer = no == 0 ? llama31Shaped("{{ messages }}") : GgufWriter();
    QByteArray u16;
    appendLe<uint16_t>(u16, uint16_t(no));
    writer.addRaw("split.no", 2, u16);
    u16.clear();
    appendLe<uint16_t>(u16, uint16_t(count));
    writer.addRaw("split.count", 2, u16);
    QByteArray i32;
    appendLe<int32_t>(i32, tensorsInAll);
    writer.addRaw("split.tensors.count", 5, i32);
    for (int t : tensors) {
        switch (t) {
        case 0:
            writer.addTensor("token_embd.weight", {512, 64}, kQ4K);
            break;
        case 1:
            writer.addTensor("output.weight", {512, 64}, kQ6K);
            break;
        case 2:
            writer.addTensor("blk.0.attn_norm.weight", {512}, kF32);
            break;
        default:
            writer.addTensor("blk.0.ffn_down.weight", {256, 128}, kQ4K);
            break;
        }
    }
    return writer.bytes();
}

} // namespace

class TestModelFolders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storeListsEveryModelTag();
    void manifestInspectsItsModel();
    void hostileStores_data();
    void hostileStores();
    void linkLoopInManifests();
    void splitGgufAddsTheParts();
    void splitGgufRefusals_data();
    void splitGgufRefusals();
    void manifestParser_data();
    void manifestParser();
};

void TestModelFolders::storeListsEveryModelTag()
{
    QTemporaryDir store;
    const QByteArray blob = smallLlama().bytes();
    addModel(store, u"llama3.1"_s, u"8b"_s, blob);
    addModel(store, u"llama3.1"_s, u"latest"_s, blob);
    addModel(store, u"my-model"_s, u"Q4_K_M"_s, blob, u"hf.co"_s, u"someone"_s);
    QVERIFY(isOllamaStore(store.path()));

    const Result<QList<StoredModelInspection>> models = inspectOllamaStore(store.path());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().toString()));
    QCOMPARE(models->size(), 3);
    // Names as `ollama list` shows them: library models bare, others with namespace and host.
    QCOMPARE(models->at(0).name, u"hf.co/someone/my-model:Q4_K_M"_s);
    QCOMPARE(models->at(1).name, u"llama3.1:8b"_s);
    QCOMPARE(models->at(2).name, u"llama3.1:latest"_s);
    for (const StoredModelInspection &entry : *models) {
        QVERIFY2(entry.inspection, qPrintable(entry.error ? entry.error->toString() : QString()));
        QCOMPARE(entry.inspection->storeModel, entry.name);
        QCOMPARE(entry.inspection->model.totalParams, double(kSmallLlamaElements));
        // Llama 3.1 8B's KV cache per token (the issue's hand calculation):
        // 2 × 32 layers × 8 KV heads × 128 head dim × 2 bytes = 131,072.
        QCOMPARE(entry.inspection->kvBytesPerToken(16), 131072.0);
    }
}

void TestModelFolders::manifestInspectsItsModel()
{
    QTemporaryDir store;
    const QByteArray blob = smallLlama().bytes();
    const QString manifestPath = addModel(store, u"llama3.1"_s, u"8b"_s, blob);
    const Result<ModelInspection> inspection = inspectModelPath(manifestPath);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : inspection.error().toString()));
    QCOMPARE(inspection->storeModel, u"llama3.1:8b"_s);
    QCOMPARE(inspection->files.size(), 2);
    QCOMPARE(inspection->files.at(0), manifestPath);
    QCOMPARE(inspection->weightBytes, kSmallLlamaDataBytes);
    QCOMPARE(inspection->model.layers, 32);
    // The origin: the blob's name and the SHA-256 of its header, which is everything before the
    // tensor data (the file's size less the 65,792 data bytes), never the weights.
    QCOMPARE(inspection->model.sourceFile, u"sha256-"_s + sha256Hex(blob));
    QCOMPARE(inspection->model.sourceSha256,
             sha256Hex(blob.first(blob.size() - kSmallLlamaDataBytes)));
    QCOMPARE(inspection->model.sourceSha256Scope, u"header"_s);

    // The store root itself is listed, not inspected as one model.
    const Result<ModelInspection> root = inspectModelPath(store.path());
    QVERIFY(!root);
    QVERIFY(root.error().message.contains(u"Ollama model store"_s));
}

void TestModelFolders::hostileStores_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorFile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("digest climbs out")
        << u"climb"_s << u"manifest"_s << u"layers[0].digest"_s << u"64 lowercase hex digits"_s;
    QTest::newRow("manifest not JSON")
        << u"not-json"_s << u"manifest"_s << QString() << u"not valid JSON"_s;
    QTest::newRow("missing blob") << u"missing"_s << u"manifest"_s << u"layers[0].digest"_s
                                  << u"is missing"_s;
    QTest::newRow("blob not GGUF") << u"not-gguf"_s << u"blob"_s << u"magic"_s << u"GGUF"_s;
    QTest::newRow("blob link loop") << u"loop"_s << u"blob"_s << QString() << u"leads nowhere"_s;
    QTest::newRow("blob links outside")
        << u"outside"_s << u"blob"_s << QString() << u"outside the store's blobs folder"_s;
    QTest::newRow("no model layer")
        << u"no-model"_s << u"manifest"_s << u"layers"_s << u"no layer of mediaType"_s;
}

void TestModelFolders::hostileStores()
{
    QFETCH(QString, kind);
    QFETCH(QString, errorFile);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QTemporaryDir store;
    QTemporaryDir elsewhere;
    // A good model beside the broken one: the store still lists it.
    addModel(store, u"good"_s, u"latest"_s, smallLlama().bytes());
    const QString manifestPath =
        store.filePath(u"manifests/registry.ollama.ai/library/bad/latest"_s);
    const QByteArray blob = smallLlama().bytes() + "x"; // another digest than the good one's
    const QString digest = u"sha256:"_s + sha256Hex(blob);
    const QString blobPath = store.filePath(u"blobs/"_s + ollamaBlobName(digest));
    QDir().mkpath(store.filePath(u"blobs"_s));
    if (kind == u"climb") {
        writeFile(elsewhere.filePath(u"secret"_s), smallLlama().bytes());
        QByteArray json = manifest(digest, 1);
        json.replace(digest.toUtf8(), "sha256:../../../secret");
        writeFile(manifestPath, json);
    } else if (kind == u"not-json") {
        writeFile(manifestPath, "this is not { JSON");
    } else if (kind == u"missing") {
        writeFile(manifestPath, manifest(digest, blob.size()));
    } else if (kind == u"not-gguf") {
        writeFile(manifestPath, manifest(digest, 5));
        writeFile(blobPath, "hello, this is a text file and not a model");
    } else if (kind == u"loop") {
        writeFile(manifestPath, manifest(digest, blob.size()));
        QVERIFY(QFile::link(blobPath, blobPath));
    } else if (kind == u"outside") {
        writeFile(manifestPath, manifest(digest, blob.size()));
        writeFile(elsewhere.filePath(u"model.gguf"_s), blob);
        QVERIFY(QFile::link(elsewhere.filePath(u"model.gguf"_s), blobPath));
    } else {
        QByteArray json = manifest(digest, blob.size());
        json.replace("application/vnd.ollama.image.model", "application/vnd.ollama.image.other");
        writeFile(manifestPath, json);
    }

    const Result<ModelInspection> one = inspectModelPath(manifestPath);
    QVERIFY(!one);
    QCOMPARE(one.error().source, errorFile == u"manifest" ? manifestPath : blobPath);
    QCOMPARE(one.error().field, field);
    QVERIFY2(one.error().message.contains(message), qPrintable(one.error().toString()));

    const Result<QList<StoredModelInspection>> all = inspectOllamaStore(store.path());
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"bad:latest"_s);
    QVERIFY(all->at(0).error);
    QCOMPARE(all->at(0).error->source, one.error().source);
    QCOMPARE(all->at(1).name, u"good:latest"_s);
    QVERIFY(all->at(1).inspection);
}

void TestModelFolders::linkLoopInManifests()
{
    QTemporaryDir store;
    addModel(store, u"good"_s, u"latest"_s, smallLlama().bytes());
    // A folder link back to the manifests' root: a walk that followed it would never end.
    QVERIFY(QFile::link(store.filePath(u"manifests"_s),
                        store.filePath(u"manifests/registry.ollama.ai/library/loop"_s)));
    const Result<QList<StoredModelInspection>> all = inspectOllamaStore(store.path());
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->at(0).name, u"good:latest"_s);
}

void TestModelFolders::splitGgufAddsTheParts()
{
    QTemporaryDir dir;
    // smallLlama's four tensors over three files: {0, 1}, {2}, {3}.
    const QString first = dir.filePath(u"llama-00001-of-00003.gguf"_s);
    QVERIFY(writeFile(first, splitPart(0, 3, 4, {0, 1})));
    QVERIFY(writeFile(dir.filePath(u"llama-00002-of-00003.gguf"_s), splitPart(1, 3, 4, {2})));
    QVERIFY(writeFile(dir.filePath(u"llama-00003-of-00003.gguf"_s), splitPart(2, 3, 4, {3})));
    const Result<ModelInspection> inspection = inspectModelPath(first);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : inspection.error().toString()));
    QCOMPARE(inspection->files.size(), 3);
    QCOMPARE(inspection->tensorCount, 4);
    // The same sums as the unsplit file: 98,816 elements in 65,792 bytes.
    QCOMPARE(inspection->model.totalParams, double(kSmallLlamaElements));
    QCOMPARE(inspection->weightBytes, kSmallLlamaDataBytes);
    QCOMPARE(inspection->bitsPerWeight, 65792.0 * 8 / 98816);
    QCOMPARE(inspection->model.layers, 32);
}

void TestModelFolders::splitGgufRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorFile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("part missing") << u"missing"_s << u"llama-00003-of-00003.gguf"_s << QString()
                                  << u"split part 3 of 3 is missing"_s;
    QTest::newRow("not the first part") << u"second"_s << u"llama-00002-of-00003.gguf"_s
                                        << u"split.no"_s << u"inspect the first part"_s;
    QTest::newRow("tensor count differs") << u"count"_s << u"llama-00001-of-00003.gguf"_s
                                          << u"split.tensors.count"_s << u"5 tensors"_s;
    QTest::newRow("unsplit name") << u"name"_s << u"llama.gguf"_s << u"split.count"_s
                                  << u"-00001-of-00003.gguf"_s;
    QTest::newRow("part numbered wrong") << u"numbering"_s << u"llama-00002-of-00003.gguf"_s
                                         << u"split.no"_s << u"part 2 of 3 expected"_s;
}

void TestModelFolders::splitGgufRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, errorFile);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString name = kind == u"name" ? u"llama.gguf"_s : u"llama-00001-of-00003.gguf"_s;
    QVERIFY(writeFile(dir.filePath(name), splitPart(0, 3, kind == u"count" ? 5 : 4, {0, 1})));
    QVERIFY(writeFile(dir.filePath(u"llama-00002-of-00003.gguf"_s),
                      splitPart(kind == u"numbering" ? 2 : 1, 3, 4, {2})));
    if (kind != u"missing")
        QVERIFY(writeFile(dir.filePath(u"llama-00003-of-00003.gguf"_s), splitPart(2, 3, 4, {3})));
    const QString inspected =
        kind == u"second" ? dir.filePath(u"llama-00002-of-00003.gguf"_s) : dir.filePath(name);
    const Result<ModelInspection> inspection = inspectModelPath(inspected);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().source, dir.filePath(errorFile));
    QCOMPARE(inspection.error().field, field);
    QVERIFY2(inspection.error().message.contains(message),
             qPrintable(inspection.error().toString()));
}

void TestModelFolders::manifestParser_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QString hex(64, u'a');
    QTest::newRow("layers not an array")
        << QByteArray(R"({"schemaVersion": 2, "layers": 3})") << u"layers"_s;
    QTest::newRow("digest of another hash")
        << (R"({"schemaVersion": 2, "layers": [{"mediaType": "m", "size": 1, "digest": "md5:)" +
            hex.toUtf8() + R"("}]})")
        << u"layers[0].digest"_s;
    QTest::newRow("upper-case hex")
        << (R"({"schemaVersion": 2, "layers": [{"mediaType": "m", "size": 1, "digest": "sha256:)" +
            hex.toUpper().toUtf8() + R"("}]})")
        << u"layers[0].digest"_s;
    QTest::newRow("negative size")
        << (R"({"schemaVersion": 2, "layers": [{"mediaType": "m", "size": -1, "digest": "sha256:)" +
            hex.toUtf8() + R"("}]})")
        << u"layers[0].size"_s;
    QTest::newRow("schema 3") << QByteArray(R"({"schemaVersion": 3, "layers": []})")
                              << u"schemaVersion"_s;
}

void TestModelFolders::manifestParser()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<OllamaManifest> manifest = parseOllamaManifest(json, u"m"_s);
    QVERIFY(!manifest);
    QCOMPARE(manifest.error().field, field);
}

QTEST_APPLESS_MAIN(TestModelFolders)
#include "tst_model_folders.moc"
