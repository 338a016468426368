// The GGUF header reader against files written here from the format's specification
// (ggml docs/gguf.md), and its refusals of broken files, each naming the field.

#include "hardware/model_architecture.h"
#include "models/ggml_type.h"
#include "models/gguf_architecture.h"
#include "models/gguf_header.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include "../support/model_file_writer.h"

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kTemplate = "{% for m in messages %}<|start_header_id|>{{ m['role'] }}"
                             "<|end_header_id|>\n\n{{ m['content'] }}<|eot_id|>{% endfor %}";

/// A small Llama-shaped file: the Llama 3.1 8B keys and four tensors.
///   token_embd.weight       Q4_K 512 × 64 = 32,768 elements = 128 blocks × 144 = 18,432 bytes
///   output.weight           Q6_K 512 × 64 = 32,768 elements = 128 blocks × 210 = 26,880 bytes
///   blk.0.attn_norm.weight  F32  512       =    512 elements × 4            =  2,048 bytes
///   blk.0.ffn_down.weight   Q4_K 256 × 128 = 32,768 elements = 128 × 144     = 18,432 bytes
///   total                                    98,816 elements                  65,792 bytes
GgufWriter smallLlama()
{
    GgufWriter writer = llama31Shaped(kTemplate);
    writer.addTensor("token_embd.weight", {512, 64}, kQ4K);
    writer.addTensor("output.weight", {512, 64}, kQ6K);
    writer.addTensor("blk.0.attn_norm.weight", {512}, kF32);
    writer.addTensor("blk.0.ffn_down.weight", {256, 128}, kQ4K);
    return writer;
}

Result<GgufHeader> parse(const QByteArray &bytes)
{
    return parseGgufHeader(bytes, bytes.size(), u"model.gguf"_s);
}

QByteArray u64(uint64_t value)
{
    QByteArray bytes;
    appendLe<uint64_t>(bytes, value);
    return bytes;
}

} // namespace

class TestGguf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typeTable_data();
    void typeTable();
    void readsLlamaShapedHeader();
    void version2();
    void convertsToArchitecture();
    void moeActiveParameters();
    void prefixShorterThanHeaderAsksForMore();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void everyTruncationRefusedQuickly();
};

void TestGguf::typeTable_data()
{
    QTest::addColumn<uint>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("bitsPerWeight");
    // Bytes per block × 8 / block size, from the block structs of ggml-common.h.
    QTest::newRow("F32") << 0u << u"F32"_s << 32.0;
    QTest::newRow("F16") << 1u << u"F16"_s << 16.0;
    QTest::newRow("Q8_0: 34 bytes per 32") << 8u << u"Q8_0"_s << 34 * 8 / 32.0;          // 8.5
    QTest::newRow("Q4_K: 144 bytes per 256") << 12u << u"Q4_K"_s << 144 * 8 / 256.0;     // 4.5
    QTest::newRow("Q6_K: 210 bytes per 256") << 14u << u"Q6_K"_s << 210 * 8 / 256.0;     // 6.5625
    QTest::newRow("IQ4_XS: 136 bytes per 256") << 23u << u"IQ4_XS"_s << 136 * 8 / 256.0; // 4.25
    QTest::newRow("BF16") << 30u << u"BF16"_s << 16.0;
    QTest::newRow("MXFP4: 17 bytes per 32") << 39u << u"MXFP4"_s << 17 * 8 / 32.0; // 4.25
    QTest::newRow("NVFP4: 36 bytes per 64") << 40u << u"NVFP4"_s << 36 * 8 / 64.0; // 4.5
}

void TestGguf::typeTable()
{
    QFETCH(uint, id);
    QFETCH(QString, name);
    QFETCH(double, bitsPerWeight);
    const GgmlType *type = findGgmlType(id);
    QVERIFY(type != nullptr);
    QCOMPARE(type->name, name);
    QCOMPARE(type->bitsPerWeight(), bitsPerWeight);
    QVERIFY(findGgmlType(4) == nullptr);  // Q4_2, removed from ggml
    QVERIFY(findGgmlType(43) == nullptr); // beyond the last type
    QCOMPARE(ggufFileTypeName(15), u"Q4_K_M"_s);
    QCOMPARE(ggufFileTypeName(30), u"IQ4_XS"_s);
    QCOMPARE(ggufFileTypeName(38), u"MXFP4_MOE"_s);
    QCOMPARE(ggufFileTypeName(5), QString()); // removed
    QCOMPARE(ggufFileTypeName(42), QString());
}

void TestGguf::readsLlamaShapedHeader()
{
    const QByteArray file = smallLlama().bytes();
    const Result<GgufHeader> header = parse(file);
    QVERIFY2(header.ok(), qPrintable(header ? QString() : header.error().toString()));
    QCOMPARE(header->version, 3u);
    QCOMPARE(header->architecture, u"llama"_s);
    QCOMPARE(header->name, u"Meta Llama 3.1 8B Instruct"_s);
    QCOMPARE(header->license, u"llama3.1"_s);
    QCOMPARE(header->metadataCount, 12);
    QCOMPARE(header->blockCount, 32);
    QCOMPARE(header->headCount, 32);
    QCOMPARE(header->kvHeadCount, 8);
    QCOMPARE(header->embeddingLength, 4096);
    QCOMPARE(header->contextLength, 131072);
    QVERIFY(!header->expertCount);
    QVERIFY(!header->keyLength);
    QCOMPARE(header->fileTypeName(), u"Q4_K_M"_s);
    QVERIFY(header->hasChatTemplate);
    QCOMPARE(header->chatTemplateSha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(kTemplate, QCryptographicHash::Sha256).toHex()));

    QCOMPARE(header->tensors.size(), 4);
    const GgufTensorInfo &output = header->tensors.at(1);
    QCOMPARE(output.name, u"output.weight"_s);
    QCOMPARE(output.dims, (QList<qint64>{512, 64}));
    QCOMPARE(output.typeName, u"Q6_K"_s);
    QCOMPARE(output.offset, 18432u); // right after token_embd's 18,432 bytes (a multiple of 32)
    QCOMPARE(output.bytes, 26880);
    QCOMPARE(header->tensors.at(2).offset, 18432u + 26880u); // 45,312 = 1,416 × 32
    // Sums from the table above: 98,816 elements in 65,792 bytes, so 65,792 × 8 / 98,816
    // = 1,028 / 193 = 5.3264... bits per weight.
    QCOMPARE(header->parameterCount, 98816);
    QCOMPARE(header->tensorBytes, 65792);
    QCOMPARE(header->bitsPerWeight(), 1028.0 / 193.0);
    QCOMPARE(header->dataOffset % 32, 0);
    QCOMPARE(header->dataOffset + 65792, file.size());
}

void TestGguf::version2()
{
    GgufWriter writer = smallLlama();
    writer.version = 2; // version 2 has the same layout as 3 (64-bit counts)
    const Result<GgufHeader> header = parse(writer.bytes());
    QVERIFY2(header.ok(), qPrintable(header ? QString() : header.error().toString()));
    QCOMPARE(header->version, 2u);
    QCOMPARE(header->parameterCount, 98816);
}

void TestGguf::convertsToArchitecture()
{
    const Result<GgufHeader> header = parse(smallLlama().bytes());
    QVERIFY(header.ok());
    const GgufArchitecture architecture = ggufToArchitecture(*header, u"model.gguf"_s);
    const ModelArchitecture &model = architecture.model;
    QCOMPARE(model.name, u"Meta Llama 3.1 8B Instruct"_s);
    QCOMPARE(model.id, u"meta-llama-3.1-8b-instruct"_s);
    QCOMPARE(model.totalParams, 98816.0);
    QCOMPARE(model.activeParams, 98816.0); // dense
    QCOMPARE(model.layers, 32);
    QCOMPARE(model.attentionHeads, 32);
    QCOMPARE(model.kvHeads, 8);
    QCOMPARE(model.headDim, 128); // embedding 4096 / 32 heads: no key_length in the file
    QCOMPARE(model.contextLength, 131072);
    QVERIFY(architecture.missingKeys.isEmpty());

    const Quantization quantization = ggufQuantization(*header, u"model.gguf"_s);
    QCOMPARE(quantization.id, u"gguf-q4_k_m"_s);
    QCOMPARE(quantization.bitsPerWeight, 1028.0 / 193.0);
    QCOMPARE(quantization.compute, ComputePrecision::Bf16);
}

void TestGguf::moeActiveParameters()
{
    // 8 experts, 2 used. Expert tensors: ffn_up_exps 256 × 64 × 8 = 131,072 elements; the rest:
    // token_embd 256 × 64 = 16,384 and the router ffn_gate_inp 256 × 8 = 2,048 (F32).
    // total = 131,072 + 16,384 + 2,048 = 149,504
    // active = total − 131,072 × (8 − 2) / 8 = 149,504 − 98,304 = 51,200
    GgufWriter writer;
    writer.addString("general.architecture", "qwen3moe");
    writer.addUint32("qwen3moe.block_count", 1);
    writer.addUint32("qwen3moe.expert_count", 8);
    writer.addUint32("qwen3moe.expert_used_count", 2);
    writer.addUint32("qwen3moe.attention.head_count", 4);
    writer.addUint32("qwen3moe.attention.head_count_kv", 4);
    writer.addUint32("qwen3moe.attention.key_length", 128);
    writer.addUint32("qwen3moe.context_length", 40960);
    writer.addTensor("token_embd.weight", {256, 64}, kQ4K);
    writer.addTensor("blk.0.ffn_up_exps.weight", {256, 64, 8}, kQ4K);
    writer.addTensor("blk.0.ffn_gate_inp.weight", {256, 8}, kF32);
    const Result<GgufHeader> header = parse(writer.bytes());
    QVERIFY2(header.ok(), qPrintable(header ? QString() : header.error().toString()));
    const ModelArchitecture model = ggufToArchitecture(*header, u"moe.gguf"_s).model;
    QCOMPARE(model.totalParams, 149504.0);
    QCOMPARE(model.activeParams, 51200.0);
    QCOMPARE(model.experts, 8);
    QCOMPARE(model.activeExperts, 2);
    QCOMPARE(model.headDim, 128); // key_length
    // No general.file_type: the name of the type holding the most weights (Q4_K).
    QCOMPARE(header->fileTypeName(), u"Q4_K"_s);
}

void TestGguf::prefixShorterThanHeaderAsksForMore()
{
    const QByteArray file = smallLlama().bytes();
    const Result<GgufHeader> header = parseGgufHeader(file.first(100), file.size(), u"m.gguf"_s);
    QVERIFY(!header.ok());
    QVERIFY2(header.error().message.contains(u"continues beyond the first 100 bytes"_s),
             qPrintable(header.error().toString()));
    // The header alone is enough: the weights are never needed.
    const qint64 headerSize = parse(file)->dataOffset;
    QVERIFY(parseGgufHeader(file.first(headerSize), file.size(), u"m.gguf"_s).ok());
}

void TestGguf::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("fileSize"); // -1: the bytes' own size
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QByteArray good = smallLlama().bytes();
    QTest::newRow("truncated inside the counts")
        << good.first(20) << qint64(-1) << u"metadata_kv_count"_s << u"file ends"_s;
    QTest::newRow("truncated inside the tensor table")
        << good.first(parse(good)->dataOffset - 40) << qint64(-1) << u"tensor_infos[3]"_s
        << u"file ends"_s;
    QTest::newRow("truncated inside the data")
        << good.first(good.size() - 1) << qint64(-1) << u"tensor_infos[3].offset"_s
        << u"beyond the end of the file"_s;

    QByteArray magic = good;
    magic.replace(0, 4, "GGML");
    QTest::newRow("wrong magic") << magic << qint64(-1) << u"magic"_s << u"not a GGUF file"_s;

    GgufWriter version1 = smallLlama();
    version1.version = 1;
    QTest::newRow("version 1") << version1.bytes() << qint64(-1) << u"version"_s
                               << u"not supported"_s;

    GgufWriter tensors = smallLlama();
    tensors.tensorCountOverride = uint64_t(1) << 60;
    QTest::newRow("tensor count 2^60")
        << tensors.bytes() << qint64(-1) << u"tensor_count"_s << u"cannot fit"_s;
    // A count the file's size allows but the bytes read do not hold (cut inside the fourth
    // tensor's entry): no 2^34-entry table is allocated; the reader asks for more of the file.
    GgufWriter manyTensors = smallLlama();
    manyTensors.tensorCountOverride = uint64_t(1) << 34;
    QTest::newRow("tensor count 2^34 in a 1 TiB file, its header read")
        << manyTensors.bytes().first(parse(good)->dataOffset - 32) << (qint64(1) << 40)
        << u"tensor_infos[3]"_s << u"continues beyond the first"_s;
    GgufWriter kvs = smallLlama();
    kvs.kvCountOverride = uint64_t(1) << 60;
    QTest::newRow("metadata count 2^60")
        << kvs.bytes() << qint64(-1) << u"metadata_kv_count"_s << u"cannot fit"_s;

    GgufWriter array;
    QByteArray arrayPayload;
    appendLe<uint32_t>(arrayPayload, GgufString);
    appendLe<uint64_t>(arrayPayload, uint64_t(1) << 60);
    array.addRaw("tokenizer.ggml.tokens", GgufArray, arrayPayload);
    QTest::newRow("array count 2^60")
        << array.bytes() << qint64(-1) << u"metadata[tokenizer.ggml.tokens].value.count"_s
        << u"cannot fit"_s;

    GgufWriter longString;
    longString.addRaw("general.name", GgufString, u64(uint64_t(1) << 40) + "Llama");
    QTest::newRow("string longer than the file")
        << longString.bytes() << qint64(-1) << u"metadata[general.name].value"_s
        << u"longer than the"_s;
    GgufWriter longKey;
    longKey.addRaw(QByteArray(70000, 'k'), GgufUint32, u64(1).first(4));
    QTest::newRow("key beyond 65535 bytes")
        << longKey.bytes() << qint64(-1) << u"metadata[0].key"_s << u"at most 65535"_s;

    GgufWriter unknownType;
    unknownType.addRaw("general.odd", 13, u64(0));
    QTest::newRow("unknown value type")
        << unknownType.bytes() << qint64(-1) << u"metadata[general.odd].value.type"_s
        << u"unknown value type 13"_s;
    GgufWriter nested;
    QByteArray nestedPayload;
    appendLe<uint32_t>(nestedPayload, GgufArray);
    appendLe<uint64_t>(nestedPayload, 1);
    nested.addRaw("general.nested", GgufArray, nestedPayload);
    QTest::newRow("array of arrays")
        << nested.bytes() << qint64(-1) << u"metadata[general.nested].value.type"_s
        << u"arrays of arrays"_s;

    GgufWriter duplicate = smallLlama();
    duplicate.addString("general.name", "again");
    QTest::newRow("duplicate key")
        << duplicate.bytes() << qint64(-1) << u"metadata[12].key"_s << u"appears twice"_s;

    GgufWriter unknownGgml = smallLlama();
    unknownGgml.addTensor("blk.0.odd.weight", {32}, {99, 1, 1});
    QTest::newRow("unknown ggml type") << unknownGgml.bytes() << qint64(-1)
                                       << u"tensor_infos[4].type"_s << u"unknown ggml type 99"_s;

    GgufWriter beyond = smallLlama();
    beyond.addTensor("blk.0.far.weight", {512}, kF32, uint64_t(1) << 40);
    beyond.dataBytesOverride = 65792 + 2048; // a 2,048-byte tensor fits, but not at 2^40
    QTest::newRow("tensor offset beyond the end")
        << beyond.bytes() << qint64(-1) << u"tensor_infos[4].offset"_s << u"beyond the end"_s;

    GgufWriter unaligned = smallLlama();
    unaligned.addTensor("blk.0.odd.weight", {512}, kF32, 65792 + 8);
    QTest::newRow("offset not aligned")
        << unaligned.bytes() << qint64(-1) << u"tensor_infos[4].offset"_s << u"alignment 32"_s;

    GgufWriter overlap = smallLlama();
    overlap.addTensor("blk.0.twin.weight", {512}, kF32, 18432); // inside output.weight
    QTest::newRow("overlapping tensors")
        << overlap.bytes() << qint64(-1) << u"tensor_infos[4].offset"_s << u"overlaps"_s;

    GgufWriter blocks = smallLlama();
    blocks.addTensor("blk.0.odd.weight", {100}, kQ4K);
    QTest::newRow("row not a whole number of blocks")
        << blocks.bytes() << qint64(-1) << u"tensor_infos[4].dimensions[0]"_s
        << u"block size 256"_s;

    GgufWriter alignment;
    alignment.addUint32("general.alignment", 24);
    QTest::newRow("alignment not a power of two")
        << alignment.bytes() << qint64(-1) << u"metadata[general.alignment].value"_s
        << u"power of two"_s;
}

void TestGguf::refusesBrokenFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, fileSize);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<GgufHeader> header =
        parseGgufHeader(file, fileSize < 0 ? file.size() : fileSize, u"broken.gguf"_s);
    QVERIFY(!header.ok());
    QCOMPARE(header.error().source, u"broken.gguf"_s);
    QVERIFY2(header.error().field.startsWith(field), qPrintable(header.error().toString()));
    QVERIFY2(header.error().message.contains(message), qPrintable(header.error().toString()));
}

void TestGguf::everyTruncationRefusedQuickly()
{
    // Every prefix of a valid file, read as a whole file, is refused with a field named; the
    // full file parses. Together they take well under a second (bounded time for any input).
    const QByteArray file = smallLlama().bytes();
    const qint64 headerSize = parse(file)->dataOffset;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype size = 0; size < headerSize; ++size) {
        const Result<GgufHeader> header = parse(file.first(size));
        QVERIFY2(!header.ok(), qPrintable(QString::number(size)));
        QVERIFY(!header.error().field.isEmpty());
    }
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_APPLESS_MAIN(TestGguf)
#include "tst_gguf.moc"
