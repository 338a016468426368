// `pertoken models inspect` through the real executable, on GGUF and safetensors files written
// here from the formats' specifications (tests/support/model_file_writer.h).

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"
#include "../support/model_file_writer.h"

using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kTemplate = "{{ bos_token }}{% for m in messages %}{{ m['content'] }}{% endfor %}";

/// The Llama 3.1 8B keys with four small tensors; tensor sums as in tst_gguf:
/// 98,816 elements in 65,792 bytes (Q4_K 18,432 + Q6_K 26,880 + F32 2,048 + Q4_K 18,432).
QByteArray llamaFile()
{
    GgufWriter writer = llama31Shaped(kTemplate);
    writer.addTensor("token_embd.weight", {512, 64}, kQ4K);
    writer.addTensor("output.weight", {512, 64}, kQ6K);
    writer.addTensor("blk.0.attn_norm.weight", {512}, kF32);
    writer.addTensor("blk.0.ffn_down.weight", {256, 128}, kQ4K);
    return writer.bytes();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList fittingIds(const QJsonObject &document)
{
    QStringList ids;
    for (const QJsonValue &fit : document.value(u"fit"_s)[u"accelerators"_s].toArray()) {
        if (fit[u"fits"_s].toBool())
            ids.append(fit[u"id"_s].toString());
    }
    return ids;
}

} // namespace

class TestModelsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inspectGgufJson();
    void fitsAtLongContextAndBatch();
    void inspectGgufText();
    void inspectFolder();
    void inspectOllamaStore();
    void inspectSafetensors();
    void inspectHuggingFaceConfig();
    void slidingWindowCapsTheFit();
    void namesWhatTheKvCacheNeeds();
    void refusals_data();
    void refusals();
};

void TestModelsCli::inspectGgufJson()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"llama.gguf"_s, llamaFile());
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.trimmed().startsWith("{\n    \"schema\": \"pertoken.model/1\""));
    const QJsonObject document = json(run);
    QCOMPARE(document[u"format"_s].toString(), u"gguf"_s);
    QCOMPARE(document[u"ggufVersion"_s].toInt(), 3);
    QCOMPARE(document[u"architecture"_s].toString(), u"llama"_s);
    QCOMPARE(document[u"name"_s].toString(), u"Meta Llama 3.1 8B Instruct"_s);
    QCOMPARE(document[u"license"_s].toString(), u"llama3.1"_s);
    QCOMPARE(document[u"fileType"_s].toString(), u"Q4_K_M"_s);
    QCOMPARE(document[u"quantization"_s][u"id"_s].toString(), u"gguf-q4_k_m"_s);
    QCOMPARE(document[u"quantization"_s][u"bitsPerWeight"_s].toDouble(), 1028.0 / 193.0);
    QCOMPARE(document[u"layers"_s].toInt(), 32);
    QCOMPARE(document[u"kvHeads"_s].toInt(), 8);
    QCOMPARE(document[u"headDim"_s].toInt(), 128); // 4096 / 32 heads
    QCOMPARE(document[u"contextLengthTokens"_s].toInt(), 131072);
    // GQA: 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 131,072 at 16 bits; half at 8 bits.
    QCOMPARE(document[u"kvBytesPerToken16Bit"_s].toDouble(), 131072.0);
    QCOMPARE(document[u"kvBytesPerToken8Bit"_s].toDouble(), 65536.0);
    QVERIFY(document[u"kvMissing"_s].toArray().isEmpty());
    QCOMPARE(document[u"parametersTotal"_s].toDouble(), 98816.0);
    QCOMPARE(document[u"parametersActive"_s].toDouble(), 98816.0);
    QCOMPARE(document[u"bitsPerWeight"_s].toDouble(), 1028.0 / 193.0); // 65,792 × 8 / 98,816
    QCOMPARE(document[u"weightBytes"_s].toDouble(), 65792.0);
    QCOMPARE(document[u"weightMemoryGB"_s].toDouble(), 65792 / 1e9);
    QCOMPARE(document[u"weightMemoryGiB"_s].toDouble(), 65792 / 1073741824.0);
    QVERIFY(document[u"chatTemplatePresent"_s].toBool());
    QCOMPARE(document[u"chatTemplateSha256"_s].toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(kTemplate, QCryptographicHash::Sha256).toHex()));
    // Defaults: 4,096 tokens, batch 1: 65,792 + 4,096 × 131,072 = 536,936,704 bytes, which fits
    // every catalog device (the smallest, the 24 GB L4 and A10G, have 24 × 0.9 = 21.6 GB usable).
    const QJsonObject fit = document[u"fit"_s].toObject();
    QCOMPARE(fit[u"contextTokens"_s].toInt(), 4096);
    QCOMPARE(fit[u"batch"_s].toInt(), 1);
    const QJsonArray accelerators = fit[u"accelerators"_s].toArray();
    QVERIFY(accelerators.size() >= 12);
    for (const QJsonValue &entry : accelerators) {
        QCOMPARE(entry[u"neededMemoryGB"_s].toDouble(), 536936704 / 1e9);
        QVERIFY(entry[u"fits"_s].toBool());
    }
}

void TestModelsCli::fitsAtLongContextAndBatch()
{
    // 65,792 + 8 × 131,072 × 131,072 = 137,438,953,472 + 65,792 bytes = 137.44 GB. Usable memory
    // is memoryGB × usableMemoryFraction (resources/catalog/hardware.json): H200 141 × 0.9 =
    // 126.9 GB, too small; B200 180 × 0.9 = 162 GB; M3/M4 Max 128 GB × 0.75 = 96 GB, DGX Spark
    // 128 × 0.85 = 108.8 GB and RTX PRO 6000 96 × 0.9 = 86.4 GB, too small; MI300X 192 × 0.9 =
    // 172.8 GB, MI325X 230.4 GB, MI355X 259.2 GB, GB200 186 × 0.9 = 167.4 GB and the 512 GB
    // M3 Ultra × 0.75 = 384 GB fit. In catalog order:
    QTemporaryDir dir;
    const QString path = write(dir, u"llama.gguf"_s, llamaFile());
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, path, u"--json"_s, u"--context"_s,
                                    u"131072"_s, u"--batch"_s, u"8"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = json(run);
    QCOMPARE(fittingIds(document), (QStringList{u"b200"_s, u"mi300x"_s, u"mi325x"_s, u"mi355x"_s,
                                                u"gb200"_s, u"m3-ultra-512gb"_s}));
    const QJsonArray accelerators = document[u"fit"_s][u"accelerators"_s].toArray();
    QCOMPARE(accelerators.first()[u"neededMemoryGB"_s].toDouble(),
             (65792.0 + 8.0 * 131072 * 131072) / 1e9);
}

void TestModelsCli::inspectGgufText()
{
    QTemporaryDir dir;
    const QString path = write(dir, u"llama.gguf"_s, llamaFile());
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("KV bytes per token 131072 at 16 bits, 65536 at 8 bits"), run.out);
    QVERIFY(run.out.contains("Q4_K_M, 5.326 bits per weight")); // 1,028 / 193
    QVERIFY(run.out.contains("H100 SXM"));
}

void TestModelsCli::inspectFolder()
{
    QTemporaryDir dir;
    write(dir, u"llama.gguf"_s, llamaFile());
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, dir.path(), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run)[u"kvBytesPerToken16Bit"_s].toDouble(), 131072.0);

    write(dir, u"llama-q8.gguf"_s, llamaFile());
    const CliRun two = runPertoken({u"models"_s, u"inspect"_s, dir.path()});
    QCOMPARE(two.exitCode, 2);
    QVERIFY2(two.err.contains("holds 2 GGUF files"), two.err);
}

void TestModelsCli::inspectOllamaStore()
{
    // A store as ~/.ollama/models lays it out: manifests/<registry>/<namespace>/<model>/<tag>
    // naming blobs/sha256-<hex>; "bad:latest" names a blob that is not there.
    QTemporaryDir store;
    const QByteArray blob = llamaFile();
    const QByteArray hex = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex();
    const auto manifest = [](const QByteArray &digestHex) -> QByteArray {
        return R"({"schemaVersion": 2, "layers": [{"mediaType": )"
               R"("application/vnd.ollama.image.model", "size": 1, "digest": "sha256:)" +
               digestHex + R"("}]})";
    };
    QVERIFY(QDir(store.path()).mkpath(u"blobs"_s));
    QVERIFY(QDir(store.path()).mkpath(u"manifests/registry.ollama.ai/library/llama3.1"_s));
    QVERIFY(QDir(store.path()).mkpath(u"manifests/registry.ollama.ai/library/bad"_s));
    QVERIFY(!write(store, u"blobs/sha256-"_s + QString::fromLatin1(hex), blob).isEmpty());
    QVERIFY(!write(store, u"manifests/registry.ollama.ai/library/llama3.1/8b"_s, manifest(hex))
                 .isEmpty());
    QVERIFY(!write(store, u"manifests/registry.ollama.ai/library/bad/latest"_s,
                   manifest(QByteArray(64, 'f')))
                 .isEmpty());

    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, store.path(), u"--json"_s});
    QCOMPARE(run.exitCode, 2); // one model could not be read: bad input, the rest still listed
    QVERIFY2(run.err.contains("bad:latest") && run.err.contains("is missing"), run.err);
    const QJsonObject document = json(run);
    QVERIFY2(run.out.startsWith("{\n    \"schema\": \"pertoken.model/1\""), run.out);
    const QJsonArray models = document[u"models"_s].toArray();
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.at(0)[u"model"_s].toString(), u"llama3.1:8b"_s);
    // 2 × 32 layers × 8 KV heads × 128 head dim × 2 bytes = 131,072 (Llama 3.1 8B's keys).
    QCOMPARE(models.at(0)[u"kvBytesPerToken16Bit"_s].toDouble(), 131072.0);
    QCOMPARE(models.at(0)[u"sourceSha256Scope"_s].toString(), u"header"_s);
    QCOMPARE(document[u"errors"_s].toArray().at(0)[u"model"_s].toString(), u"bad:latest"_s);

    const CliRun text = runPertoken({u"models"_s, u"inspect"_s, store.path()});
    QVERIFY(text.out.contains("llama3.1:8b") && text.out.contains("bad:latest"));

    const CliRun one = runPertoken({u"models"_s, u"inspect"_s,
                                    store.filePath(u"manifests/registry.ollama.ai/library/"
                                                   "llama3.1/8b"_s),
                                    u"--json"_s});
    QVERIFY2(one.exitCode == 0, one.err);
    QCOMPARE(json(one)[u"layers"_s].toInt(), 32);
}

void TestModelsCli::inspectHuggingFaceConfig()
{
    // tests/data/models/llama-3.1-8b/config.json is Meta's config.json
    // (https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json).
    const QString config =
        QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/models/llama-3.1-8b/config.json"_s;
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, config, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject document = json(run);
    QCOMPARE(document[u"format"_s].toString(), u"hf-config"_s);
    QCOMPARE(document[u"architecture"_s].toString(), u"llama"_s);
    // The model card's 8.03B: embeddings 128,256 × 4,096 twice (untied) + 32 layers of attention
    // (4,096 × (4,096 + 2 × 1,024 + 4,096)) and MLP (3 × 4,096 × 14,336) and two norms, + the
    // final norm = 8,030,261,248 (tests/core/tst_hf_config.cpp works it through).
    QCOMPARE(document[u"parametersTotal"_s].toDouble(), 8030261248.0);
    QCOMPARE(document[u"weightBytes"_s].toDouble(), 2 * 8030261248.0); // bfloat16
    // 2 × 32 layers × 8 KV heads × 128 × 2 bytes.
    QCOMPARE(document[u"kvBytesPerToken16Bit"_s].toDouble(), 131072.0);
    QVERIFY(document[u"kvMissing"_s].toArray().isEmpty());

    // The same through the folder that holds it.
    const CliRun folder =
        runPertoken({u"models"_s, u"inspect"_s, QFileInfo(config).absolutePath(), u"--json"_s});
    QCOMPARE(folder.exitCode, 0);
    QCOMPARE(json(folder)[u"parametersTotal"_s].toDouble(), 8030261248.0);
}

void TestModelsCli::slidingWindowCapsTheFit()
{
    // Gemma 3 27B (google/gemma-3-27b-it config.json): 62 layers, 16 KV heads of 128, a 1,024-token
    // window on 5 of every 6 layers, so 10 global and 52 local layers. One token costs
    // 2 × 16 × 128 × 2 = 8,192 bytes a layer. At 32,768 tokens one sequence holds
    // 10 × 32,768 × 8,192 + 52 × 1,024 × 8,192 = 2,684,354,560 + 436,207,616 = 3,120,562,176
    // bytes, not 62 × 32,768 × 8,192 = 16,642,998,272 as if every layer kept the whole context.
    const QString folder = QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/models/gemma-3-27b"_s;
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, folder, u"--json"_s, u"--context"_s,
                                    u"32768"_s, u"--batch"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject document = json(run);
    const double weights = document[u"weightBytes"_s].toDouble();
    QVERIFY(weights > 0);
    const QJsonArray accelerators = document[u"fit"_s][u"accelerators"_s].toArray();
    QVERIFY(!accelerators.isEmpty());
    QVERIFY(std::abs(accelerators.first()[u"neededMemoryGB"_s].toDouble() -
                     (weights + 3120562176.0) / 1e9) < 1e-9);
}

void TestModelsCli::inspectSafetensors()
{
    // A sharded checkpoint: the index names two shards.
    //   shard 1: BF16 1000 × 64 = 64,000 elements (128,000 bytes)
    //   shard 2: BF16 256 × 64 = 16,384 (32,768 bytes) + F32 64 (256 bytes)
    //   total 80,448 parameters in 161,024 bytes: 161,024 × 8 / 80,448 = 16.0127 bits per weight
    QTemporaryDir dir;
    write(dir, u"model-00001-of-00002.safetensors"_s,
          safetensorsFile({{u"model.embed_tokens.weight"_s, u"BF16"_s, {1000, 64}, 128000}}));
    write(dir, u"model-00002-of-00002.safetensors"_s,
          safetensorsFile({{u"model.layers.0.mlp.up_proj.weight"_s, u"BF16"_s, {256, 64}, 32768},
                           {u"model.norm.weight"_s, u"F32"_s, {64}, 256}}));
    write(dir, u"model.safetensors.index.json"_s,
          R"({"metadata": {"total_size": 161024}, "weight_map": {
                "model.embed_tokens.weight": "model-00001-of-00002.safetensors",
                "model.layers.0.mlp.up_proj.weight": "model-00002-of-00002.safetensors",
                "model.norm.weight": "model-00002-of-00002.safetensors"}})");
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, dir.path(), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = json(run);
    QCOMPARE(document[u"format"_s].toString(), u"safetensors"_s);
    QCOMPARE(document[u"filesRead"_s].toArray().size(), 2);
    QCOMPARE(document[u"parametersTotal"_s].toDouble(), 80448.0);
    QCOMPARE(document[u"parametersByType"_s][u"BF16"_s].toDouble(), 80384.0);
    QCOMPARE(document[u"weightBytes"_s].toDouble(), 161024.0);
    QCOMPARE(document[u"bitsPerWeight"_s].toDouble(), 161024.0 * 8 / 80448);
    QVERIFY(document[u"kvBytesPerToken16Bit"_s].isNull());
    QVERIFY(document[u"quantization"_s].isNull());
    QVERIFY(document[u"kvMissing"_s].toArray().first().toString().startsWith(u"config.json"_s));
    QVERIFY(!document[u"fit"_s][u"kvCacheIncluded"_s].toBool());
}

void TestModelsCli::namesWhatTheKvCacheNeeds()
{
    // A header without llama.block_count and without llama.embedding_length (so no head
    // dimension): the KV cache is unknown, the fit check counts the weights alone.
    GgufWriter writer;
    writer.addString("general.architecture", "llama");
    writer.addUint32("llama.attention.head_count", 32);
    writer.addTensor("token_embd.weight", {256}, kQ4K);
    QTemporaryDir dir;
    const QString path = write(dir, u"partial.gguf"_s, writer.bytes());
    const CliRun run = runPertoken({u"models"_s, u"inspect"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = json(run);
    QVERIFY(document[u"kvBytesPerToken16Bit"_s].isNull());
    QCOMPARE(document[u"kvMissing"_s].toArray().toVariantList(),
             (QVariantList{u"llama.block_count"_s, u"llama.attention.key_length"_s}));
    QVERIFY(!document[u"fit"_s][u"kvCacheIncluded"_s].toBool());
    // 256 Q4_K weights take one 144-byte block.
    QCOMPARE(document[u"fit"_s][u"accelerators"_s][0][u"neededMemoryGB"_s].toDouble(), 144 / 1e9);

    const CliRun text = runPertoken({u"models"_s, u"inspect"_s, path});
    QVERIFY2(text.out.contains("KV bytes per token unknown: needs llama.block_count, "
                               "llama.attention.key_length"),
             text.out);
}

void TestModelsCli::refusals_data()
{
    QTest::addColumn<QByteArray>("file"); // empty: no file at all
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expected");

    QByteArray wrongMagic = llamaFile();
    wrongMagic.replace(0, 4, "GGML");
    QTest::newRow("no such file") << QByteArray() << QStringList() << QByteArray("no such file");
    QTest::newRow("wrong magic") << wrongMagic << QStringList() << QByteArray("model.gguf: magic:");
    QTest::newRow("truncated") << llamaFile().first(200) << QStringList()
                               << QByteArray("model.gguf: metadata[");
    QTest::newRow("context 0") << llamaFile() << QStringList{u"--context"_s, u"0"_s}
                               << QByteArray("--context");
    QTest::newRow("batch not a number")
        << llamaFile() << QStringList{u"--batch"_s, u"many"_s} << QByteArray("--batch");
}

void TestModelsCli::refusals()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"model.gguf"_s);
    if (!file.isEmpty())
        QVERIFY(!write(dir, u"model.gguf"_s, file).isEmpty());
    const CliRun run = runPertoken(QStringList{u"models"_s, u"inspect"_s, path} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), run.err);
    QVERIFY(run.out.isEmpty());
}

QTEST_APPLESS_MAIN(TestModelsCli)
#include "tst_models_cli.moc"
