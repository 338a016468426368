// importModel (models/model_import.h): a model's files into a catalog record, complete or
// partial with the missing keys named, and always with its origin (file name and SHA-256 of the
// bytes read). GGUF files are written here from the format's specification
// (tests/support/model_file_writer.h).

#include "models/model_import.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../support/model_file_writer.h"

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

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

} // namespace

class TestModelImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognisesModelPaths_data();
    void recognisesModelPaths();
    void ggufWithoutKvKeysIsPartial();
    void unknownFamilyKeepsWhatWasRead();
    void snapshotHashFolderDoesNotNameTheModel();
    void notAModelIsAnError();
};

void TestModelImport::recognisesModelPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("model");
    QTest::newRow("gguf") << u"llama.Q4_K_M.gguf"_s << true;
    QTest::newRow("GGUF upper case") << u"LLAMA.GGUF"_s << true;
    QTest::newRow("config.json") << u"config.json"_s << true;
    QTest::newRow("index") << u"model.safetensors.index.json"_s << true;
    QTest::newRow("safetensors") << u"model-00001-of-00004.safetensors"_s << true;
    QTest::newRow("scenario") << u"plan.pertoken"_s << false;
    QTest::newRow("other json") << u"tokenizer.json"_s << false;
}

void TestModelImport::recognisesModelPaths()
{
    QFETCH(QString, name);
    QFETCH(bool, model);
    QCOMPARE(isModelImportPath(u"/nowhere/"_s + name), model);
}

void TestModelImport::ggufWithoutKvKeysIsPartial()
{
    // A header with the architecture but no block_count: the KV cache cannot be sized. (A missing
    // head_count_kv is not a gap: GGUF readers take it as head_count, MHA.)
    GgufWriter writer;
    writer.addString("general.architecture", "llama");
    writer.addString("general.name", "Tiny Test Model");
    writer.addUint32("llama.context_length", 2048);
    writer.addUint32("llama.embedding_length", 512);
    writer.addUint32("llama.attention.head_count", 8);
    writer.addTensor("token_embd.weight", {512, 64}, kF32);
    const QByteArray bytes = writer.bytes();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tiny.gguf"_s);
    QVERIFY(writeFile(path, bytes));

    const ModelImport imported = importModel(path, u"2026-12-04"_s);
    QVERIFY(!imported.error);
    QCOMPARE(imported.missing, QStringList{u"llama.block_count"_s});
    QVERIFY(imported.problem.contains(u"llama.block_count"_s));
    QCOMPARE(imported.model.name, u"Tiny Test Model"_s);
    QCOMPARE(imported.model.id, u"tiny-test-model"_s);
    QCOMPARE(imported.model.layers, 0);
    QCOMPARE(imported.model.kvHeads, 8);
    // 512 × 64 F32 elements: the one tensor.
    QCOMPARE(imported.model.totalParams, 32768.0);
    QCOMPARE(imported.model.asOf, u"2026-12-04"_s);
    QCOMPARE(imported.model.sourceFile, u"tiny.gguf"_s);
    QCOMPARE(imported.model.sourceSha256Scope, u"header"_s);
    // The header is the file less its tensor data: 32,768 elements × 4 bytes = 131,072 bytes.
    QCOMPARE(imported.model.sourceSha256, sha256Hex(bytes.first(bytes.size() - 131072)));
}

void TestModelImport::unknownFamilyKeepsWhatWasRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Some-Model-3B/config.json"_s);
    const QByteArray json = R"({"model_type": "not_a_family", "text_config": {
        "num_hidden_layers": 26, "num_attention_heads": 8, "hidden_size": 2304,
        "head_dim": 256, "max_position_embeddings": 8192}})";
    QVERIFY(writeFile(path, json));
    const ModelImport imported = importModel(path, u"2026-12-04"_s);
    QVERIFY(!imported.error);
    // The key is named where it was looked for: a multimodal config's text_config.
    QCOMPARE(imported.missing, QStringList{u"text_config.model_type"_s});
    QVERIFY(imported.problem.contains(u"not_a_family"_s));
    // Inside text_config: 26 layers, 8 heads and, without num_key_value_heads, as many KV heads
    // (MHA); head_dim 256 as written, not 2304 / 8.
    QCOMPARE(imported.model.layers, 26);
    QCOMPARE(imported.model.attentionHeads, 8);
    QCOMPARE(imported.model.kvHeads, 8);
    QCOMPARE(imported.model.headDim, 256);
    QCOMPARE(imported.model.contextLength, 8192);
    QCOMPARE(imported.model.totalParams, 0.0);
    QCOMPARE(imported.model.name, u"Some-Model-3B"_s);
    QCOMPARE(imported.model.sourceSha256, sha256Hex(json));
    QCOMPARE(imported.model.sourceSha256Scope, u"file"_s);
}

void TestModelImport::snapshotHashFolderDoesNotNameTheModel()
{
    // A Hugging Face hub cache keeps a snapshot in a folder named by its commit hash.
    QTemporaryDir dir;
    const QString path =
        dir.filePath(u"snapshots/0123456789abcdef0123456789abcdef01234567/config.json"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(
        QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/models/llama-3.1-8b/config.json"_s, path));
    const ModelImport imported = importModel(path, u"2026-12-04"_s);
    QVERIFY(!imported.error);
    QVERIFY(imported.missing.isEmpty());
    QCOMPARE(imported.model.name, u"llama"_s); // model_type: Meta's file has no _name_or_path
    QCOMPARE(imported.model.layers, 32);
}

void TestModelImport::notAModelIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"weights.gguf"_s);
    QVERIFY(writeFile(path, "not a GGUF file at all"));
    const ModelImport imported = importModel(path, u"2026-12-04"_s);
    QVERIFY(imported.error);
    QCOMPARE(imported.error->source, path);
    QCOMPARE(imported.error->field, u"magic"_s);
}

QTEST_APPLESS_MAIN(TestModelImport)
#include "tst_model_import.moc"
