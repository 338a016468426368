// The safetensors header reader against files written here from the format's description
// (https://huggingface.co/docs/safetensors, "Format"), and model.safetensors.index.json.

#include "models/safetensors_header.h"

#include <QTest>

#include "../support/model_file_writer.h"

using namespace pertoken;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

/// A safetensors file from a hand-written JSON header and `dataBytes` zeros.
QByteArray rawFile(const QByteArray &json, qint64 dataBytes)
{
    QByteArray file;
    appendLe<uint64_t>(file, uint64_t(json.size()));
    return file + json + QByteArray(qsizetype(dataBytes), '\0');
}

Result<SafetensorsHeader> parse(const QByteArray &file)
{
    return parseSafetensorsHeader(file, file.size(), u"model.safetensors"_s);
}

} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsParameters();
    void prefixShorterThanHeaderAsksForMore();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void readsIndex();
    void refusesIndexOutsideFolder();
};

void TestSafetensors::countsParameters()
{
    // Hand count:
    //   model.embed_tokens.weight           BF16    1000 × 64 = 64,000 elements, 128,000 bytes
    //   model.layers.0.mlp.up_proj.weight   BF16     256 × 64 = 16,384 elements,  32,768 bytes
    //   model.norm.weight                   F32            64 =     64 elements,     256 bytes
    //   lm_head.weight                      F8_E4M3 1000 × 64 = 64,000 elements,  64,000 bytes
    //   BF16 80,384; F32 64; F8_E4M3 64,000; total 144,448 elements in 225,024 bytes
    const QByteArray file = safetensorsFile(
        {
            {u"model.embed_tokens.weight"_s, u"BF16"_s, {1000, 64}, 128000},
            {u"model.layers.0.mlp.up_proj.weight"_s, u"BF16"_s, {256, 64}, 32768},
            {u"model.norm.weight"_s, u"F32"_s, {64}, 256},
            {u"lm_head.weight"_s, u"F8_E4M3"_s, {1000, 64}, 64000},
        },
        QJsonObject{{u"format"_s, u"pt"_s}});
    const Result<SafetensorsHeader> header = parse(file);
    QVERIFY2(header.ok(), qPrintable(header ? QString() : header.error().toString()));
    QCOMPARE(header->tensors.size(), 4);
    QCOMPARE(header->parameterCount, 144448);
    QCOMPARE(header->tensorBytes, 225024);
    QCOMPARE(header->parametersByDtype.value(u"BF16"_s), 80384);
    QCOMPARE(header->parametersByDtype.value(u"F32"_s), 64);
    QCOMPARE(header->parametersByDtype.value(u"F8_E4M3"_s), 64000);
    QCOMPARE(header->metadata.value(u"format"_s), u"pt"_s);
    QCOMPARE(8 + header->headerBytes + 225024, file.size());
}

void TestSafetensors::prefixShorterThanHeaderAsksForMore()
{
    const QByteArray file = safetensorsFile({{u"w"_s, u"F16"_s, {4}, 8}}); // 4 elements × 2 bytes
    const Result<SafetensorsHeader> header =
        parseSafetensorsHeader(file.first(20), file.size(), u"m.safetensors"_s);
    QVERIFY(!header.ok());
    QVERIFY2(header.error().message.contains(u"continues beyond the first 20 bytes"_s),
             qPrintable(header.error().toString()));
}

void TestSafetensors::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("shorter than the length")
        << QByteArray(5, '\0') << u"header_size"_s << u"8-byte header length"_s;
    QByteArray huge;
    appendLe<uint64_t>(huge, uint64_t(1) << 60);
    QTest::newRow("header length 2^60") << huge + "{}" << u"header_size"_s << u"at most"_s;
    QByteArray beyond;
    appendLe<uint64_t>(beyond, 1000);
    QTest::newRow("header longer than the file")
        << beyond + "{}" << u"header_size"_s << u"only 2 bytes after it"_s;
    QTest::newRow("not JSON") << rawFile("{\"w\": ", 0) << u"header"_s << u"not valid JSON"_s;
    QTest::newRow("unknown dtype")
        << rawFile(R"({"w":{"dtype":"Q4","shape":[2],"data_offsets":[0,1]}})", 1) << u"w.dtype"_s
        << u"unknown dtype \"Q4\""_s;
    QTest::newRow("negative dimension")
        << rawFile(R"({"w":{"dtype":"F16","shape":[-2],"data_offsets":[0,4]}})", 4)
        << u"w.shape[0]"_s << u"whole number"_s;
    QTest::newRow("shape 2^40 × 2^40 overflows")
        << rawFile(
               R"({"w":{"dtype":"F16","shape":[1099511627776,1099511627776],"data_offsets":[0,4]}})",
               4)
        << u"w.shape"_s << u"overflows 64 bits"_s;
    QTest::newRow("rank 17")
        << rawFile(
               R"({"w":{"dtype":"U8","shape":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],"data_offsets":[0,1]}})",
               1)
        << u"w.shape"_s << u"at most 16"_s;
    QTest::newRow("bytes do not match the shape") // 3 × 2 bytes = 6, not 4
        << rawFile(R"({"w":{"dtype":"BF16","shape":[3],"data_offsets":[0,4]}})", 4)
        << u"w.data_offsets"_s << u"take 6"_s;
    QTest::newRow("range beyond the data")
        << rawFile(R"({"w":{"dtype":"BF16","shape":[3],"data_offsets":[10,16]}})", 8)
        << u"w.data_offsets"_s << u"ends at byte 16"_s;
    QTest::newRow("begin after end")
        << rawFile(R"({"w":{"dtype":"U8","shape":[0],"data_offsets":[4,0]}})", 8)
        << u"w.data_offsets"_s << u"begin <= end"_s;
    QTest::newRow("overlapping tensors")
        << rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                   R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                   12)
        << u"b.data_offsets"_s << u"overlaps tensor \"a\""_s;
    QTest::newRow("metadata not strings") << rawFile(R"({"__metadata__":{"format":1}})", 0)
                                          << u"__metadata__.format"_s << u"a string"_s;
}

void TestSafetensors::refusesBrokenFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<SafetensorsHeader> header = parse(file);
    QVERIFY(!header.ok());
    QCOMPARE(header.error().source, u"model.safetensors"_s);
    QVERIFY2(header.error().field.startsWith(field), qPrintable(header.error().toString()));
    QVERIFY2(header.error().message.contains(message), qPrintable(header.error().toString()));
}

void TestSafetensors::readsIndex()
{
    const QByteArray json = R"({"metadata": {"total_size": 16060522496},
        "weight_map": {"lm_head.weight": "model-00004-of-00004.safetensors",
                       "model.embed_tokens.weight": "model-00001-of-00004.safetensors",
                       "model.norm.weight": "model-00004-of-00004.safetensors"}})";
    const Result<SafetensorsIndex> index = parseSafetensorsIndex(json, u"index.json"_s);
    QVERIFY2(index.ok(), qPrintable(index ? QString() : index.error().toString()));
    QCOMPARE(index->totalSizeBytes, 16060522496);
    QCOMPARE(index->tensorCount, 3);
    QCOMPARE(index->shards, (QStringList{u"model-00001-of-00004.safetensors"_s,
                                         u"model-00004-of-00004.safetensors"_s}));
}

void TestSafetensors::refusesIndexOutsideFolder()
{
    const Result<SafetensorsIndex> index =
        parseSafetensorsIndex(R"({"weight_map": {"w": "../../etc/passwd"}})", u"index.json"_s);
    QVERIFY(!index.ok());
    QCOMPARE(index.error().field, u"weight_map.w"_s);
    QVERIFY(!parseSafetensorsIndex(R"({"metadata": {}})", u"index.json"_s).ok());
}

QTEST_APPLESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
