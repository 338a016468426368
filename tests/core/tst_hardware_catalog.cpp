// Tests for core/hardware: the built-in accelerator, model and quantization catalog and its JSON
// form. Figures are checked against the data sheet or file each one comes from.

#include "hardware/hardware_catalog.h"
#include "inference/kv_cache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestHardwareCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinCatalogParses();
    void requiredEntries_data();
    void requiredEntries();
    void everyEntryHasASource();
    void dataSheetFigures();
    void modelShapes();
    void blockQuantBits();
    void groupAndMicroscalingQuantBits_data();
    void groupAndMicroscalingQuantBits();
    void newDataSheetFigures();
    void catalogKvBytesPerToken();
    void q4KmBitsFromLlamaBench();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
    void modelAttentionFields();
    void deviceClassIds();
};

void TestHardwareCatalog::builtinCatalogParses()
{
    QFile file(u":/catalog/hardware.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<HardwareCatalog> catalog = parseHardwareCatalog(file.readAll(), u"hw"_s);
    QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
    QCOMPARE(catalog->accelerators, builtinAccelerators());
    QCOMPARE(catalog->models, builtinModels());
    QCOMPARE(catalog->quantizations, builtinQuantizations());
}

void TestHardwareCatalog::requiredEntries_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    // issue 2, item 4, and issue 13, item 4.
    for (const char *id : {"h100-sxm",       "h200",         "b200",
                           "a100-80gb",      "l40s",         "rtx-4090",
                           "rtx-5090",       "m3-max-64gb",  "m3-max-128gb",
                           "m4-max-64gb",    "m4-max-128gb", "x86-laptop-32gb",
                           "mi300x",         "mi325x",       "mi355x",
                           "gb200",          "rtx-pro-6000", "l4",
                           "a10g",           "dgx-spark",    "ryzen-ai-max-395-128gb",
                           "m3-ultra-512gb", "m4-pro-48gb"})
        QTest::newRow(id) << u"accelerator"_s << QString::fromLatin1(id);
    for (const char *id :
         {"llama-3.1-8b", "llama-3.3-70b", "mixtral-8x7b", "qwen2.5-7b", "qwen3-30b-a3b",
          "deepseek-v3", "gemma-3-27b", "gpt-oss-120b", "llama-3.1-70b", "llama-3.1-405b",
          "llama-4-scout", "llama-4-maverick", "qwen3-8b", "qwen3-32b", "qwen3-235b-a22b",
          "deepseek-r1", "gpt-oss-20b", "gemma-3-12b", "mistral-small-3"})
        QTest::newRow(id) << u"model"_s << QString::fromLatin1(id);
    for (const char *id : {"bf16", "fp8", "int8", "q8_0", "q4_k_m", "q4_0", "awq-int4-g128",
                           "gptq-int4-g128", "mxfp4", "nvfp4"})
        QTest::newRow(id) << u"quantization"_s << QString::fromLatin1(id);
}

void TestHardwareCatalog::requiredEntries()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    if (kind == u"accelerator"_s)
        QVERIFY(findAccelerator(id));
    else if (kind == u"model"_s)
        QVERIFY(findModel(id));
    else
        QVERIFY(findQuantization(id));
}

void TestHardwareCatalog::everyEntryHasASource()
{
    for (const Accelerator &a : builtinAccelerators()) {
        QVERIFY2(!a.source.isEmpty() && !a.asOf.isEmpty(), qPrintable(a.id));
        QVERIFY2(a.memoryGB > 0 && a.bandwidthGBps > 0 && a.bf16Tflops > 0, qPrintable(a.id));
        // An estimated figure says so in its source: every laptop and desktop has one (power
        // while generating, at least).
        if (a.deviceClass == DeviceClass::Laptop || a.deviceClass == DeviceClass::Desktop)
            QVERIFY2(a.source.contains(u"estimate"_s), qPrintable(a.id));
        if (a.vendor == u"Apple"_s) {
            // macOS lets the GPU wire about 75% of unified memory by default; Apple's entries
            // are laptops and the Mac Studio, a desktop.
            QVERIFY2(a.deviceClass == DeviceClass::Laptop || a.deviceClass == DeviceClass::Desktop,
                     qPrintable(a.id));
            QCOMPARE(a.usableMemoryFraction, 0.75);
        }
        // Every record says how it reads the vendor's memory figure (GB or GiB) or predates
        // that rule (asOf 2026-11-01, where resources/catalog/README.md states it).
        if (a.asOf > u"2026-11-01"_s)
            QVERIFY2(a.source.contains(u"GB as"_s) || a.source.contains(u"writes GB"_s) ||
                         a.source.contains(u"writes TB"_s),
                     qPrintable(a.id));
        QVERIFY(a.fp4Tflops >= 0);
    }
    for (const ModelArchitecture &m : builtinModels())
        QVERIFY2(m.source.contains(u"config.json"_s), qPrintable(m.id));
    for (const Quantization &q : builtinQuantizations())
        QVERIFY2(!q.source.isEmpty(), qPrintable(q.id));
}

void TestHardwareCatalog::dataSheetFigures()
{
    // NVIDIA H100 Tensor Core GPU datasheet, SXM: 80 GB, 3.35 TB/s, BF16 1,979 TFLOPS with
    // sparsity = 989 dense (halved, rounded down as NVIDIA writes it), FP8 3,958 sparse = 1,979
    // dense, 700 W.
    const Accelerator *h100 = findAccelerator(u"h100-sxm"_s);
    QVERIFY(h100);
    QCOMPARE(h100->memoryGB, 80.0);
    QCOMPARE(h100->bandwidthGBps, 3350.0);
    QCOMPARE(h100->bf16Tflops, 989.0);
    QCOMPARE(h100->fp8Tflops, 1979.0);
    QCOMPARE(h100->powerWatts, 700.0);
    // SkyPilot lambda/vms.csv: 8x H100 SXM at $23.92/h → 23.92 / 8 = $2.99 per GPU-hour.
    QCOMPARE(h100->rentalUsdPerHour, 23.92 / 8);
    // NVIDIA A100 datasheet, 80GB SXM: 2,039 GB/s, BF16 312 TFLOPS dense, INT8 624 TOPS, 400 W.
    const Accelerator *a100 = findAccelerator(u"a100-80gb"_s);
    QVERIFY(a100);
    QCOMPARE(a100->bandwidthGBps, 2039.0);
    QCOMPARE(a100->bf16Tflops, 312.0);
    QCOMPARE(a100->fp8Tflops, 624.0);
    QCOMPARE(a100->powerWatts, 400.0);
    // NVIDIA H200 datasheet: 141 GB at 4.8 TB/s, same tensor throughput as H100.
    const Accelerator *h200 = findAccelerator(u"h200"_s);
    QVERIFY(h200);
    QCOMPARE(h200->memoryGB, 141.0);
    QCOMPARE(h200->bandwidthGBps, 4800.0);
    QCOMPARE(h200->bf16Tflops, h100->bf16Tflops);
    // NVIDIA Ada whitepaper, RTX 4090: 1,008 GB/s; FP16 tensor with FP32 accumulate 165.2 dense.
    const Accelerator *rtx4090 = findAccelerator(u"rtx-4090"_s);
    QVERIFY(rtx4090);
    QCOMPARE(rtx4090->bandwidthGBps, 1008.0);
    QCOMPARE(rtx4090->bf16Tflops, 165.2);
    QCOMPARE(rtx4090->memoryGB, 24.0);
    // Memory in the vendor's unit: nvidia-smi reports 81,559 MiB on an H100 80GB (modal-labs/
    // modal-client pull request #2797), so its 80 GB are 80 GiB = 85,899,345,920 bytes; an L40S
    // with ECC on reports 46,068 MiB = 48.3e9 bytes, so its 48 GB stay 48e9; Apple's 64 GB of
    // unified memory are 64 GiB = 68,719,476,736 bytes.
    QCOMPARE(h100->memoryBytes(), 85899345920.0);
    QCOMPARE(findAccelerator(u"l40s"_s)->memoryBytes(), 48e9);
    QCOMPARE(findAccelerator(u"m3-max-64gb"_s)->memoryBytes(), 68719476736.0);
    // Apple M4 Max (16C CPU / 40C GPU) tech specs: 546 GB/s; M3 Max (16C/40C): 400 GB/s.
    QCOMPARE(findAccelerator(u"m4-max-64gb"_s)->bandwidthGBps, 546.0);
    QCOMPARE(findAccelerator(u"m3-max-64gb"_s)->bandwidthGBps, 400.0);
    QCOMPARE(findAccelerator(u"m4-max-64gb"_s)->memoryGB, 64.0);
    // DDR5-5600, two 64-bit channels: 5,600e6 transfers/s × 8 bytes × 2 = 89.6e9 B/s.
    const Accelerator *laptop = findAccelerator(u"x86-laptop-32gb"_s);
    QVERIFY(laptop);
    QCOMPARE(laptop->bandwidthGBps, 5600e6 * 8 * 2 / 1e9);
    QCOMPARE(laptop->deviceClass, DeviceClass::Laptop);
}

void TestHardwareCatalog::modelShapes()
{
    // meta-llama/Llama-3.1-8B config.json: 32 layers, 32 heads, 8 KV heads, hidden 4096;
    // head dim × heads must give back hidden_size: 128 × 32 = 4096.
    const ModelArchitecture *llama8 = findModel(u"llama-3.1-8b"_s);
    QVERIFY(llama8);
    QCOMPARE(llama8->layers, 32);
    QCOMPARE(llama8->kvHeads, 8);
    QCOMPARE(llama8->headDim * llama8->attentionHeads, 4096);
    QCOMPARE(llama8->totalParams, 8030261248.0);
    QVERIFY(!llama8->isMoe());
    // Llama-3.3-70B config.json: 80 layers, 64 heads, 8 KV heads, hidden 8192 = 128 × 64.
    const ModelArchitecture *llama70 = findModel(u"llama-3.3-70b"_s);
    QVERIFY(llama70);
    QCOMPARE(llama70->layers, 80);
    QCOMPARE(llama70->headDim * llama70->attentionHeads, 8192);
    QCOMPARE(llama70->kvHeads, 8);
    // Mixtral 8x7B: 46.7B total, 12.9B active (2 of 8 experts per token).
    const ModelArchitecture *mixtral = findModel(u"mixtral-8x7b"_s);
    QVERIFY(mixtral);
    QVERIFY(mixtral->isMoe());
    QCOMPARE(mixtral->totalParams, 46.7e9);
    QCOMPARE(mixtral->activeParams, 12.9e9);
    QCOMPARE(mixtral->experts, 8);
    QCOMPARE(mixtral->activeExperts, 2);
}

void TestHardwareCatalog::blockQuantBits()
{
    // ggml blocks: Q4_0 = 18 bytes per 32 weights, Q8_0 = 34 bytes per 32 weights.
    QCOMPARE(findQuantization(u"q4_0"_s)->bitsPerWeight, 18.0 * 8 / 32);
    QCOMPARE(findQuantization(u"q8_0"_s)->bitsPerWeight, 34.0 * 8 / 32);
    QCOMPARE(findQuantization(u"bf16"_s)->bytesPerWeight(), 2.0);
    QCOMPARE(findQuantization(u"fp8"_s)->compute, ComputePrecision::Fp8);
    QCOMPARE(findQuantization(u"q4_k_m"_s)->compute, ComputePrecision::Bf16);
}

void TestHardwareCatalog::groupAndMicroscalingQuantBits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("bits");
    // AWQ and GPTQ, group size 128: 4-bit weights plus, per 128 weights, one FP16 scale and one
    // 4-bit zero point: 4 + (16 + 4) / 128 = 4 + 0.15625 = 4.15625.
    QTest::newRow("awq") << u"awq-int4-g128"_s << 4.0 + (16.0 + 4.0) / 128;
    QTest::newRow("gptq") << u"gptq-int4-g128"_s << 4.0 + (16.0 + 4.0) / 128;
    // MXFP4 (OCP MX specification v1.0): 32 E2M1 elements of 4 bits and one 8-bit E8M0 shared
    // scale: (32 × 4 + 8) / 32 = 136 / 32 = 4.25.
    QTest::newRow("mxfp4") << u"mxfp4"_s << (32.0 * 4 + 8) / 32;
    // NVFP4 (NVIDIA): 16 E2M1 elements and one FP8 E4M3 scale: (16 × 4 + 8) / 16 = 72 / 16 = 4.5.
    QTest::newRow("nvfp4") << u"nvfp4"_s << (16.0 * 4 + 8) / 16;
}

void TestHardwareCatalog::groupAndMicroscalingQuantBits()
{
    QFETCH(QString, id);
    QFETCH(double, bits);
    const Quantization *quantization = findQuantization(id);
    QVERIFY(quantization);
    QCOMPARE(quantization->bitsPerWeight, bits);
    // Costed at the BF16 peak: weight-only kernels dequantize them, and the roofline has no FP4
    // peak yet (quantization.h, accelerator.h).
    QCOMPARE(quantization->compute, ComputePrecision::Bf16);
    QVERIFY(!quantization->source.isEmpty());
}

void TestHardwareCatalog::newDataSheetFigures()
{
    // AMD MI300X data sheet: 192 GB, 5.3 TB/s, 750 W; FP16 dense = 304 CUs × 2,048 FLOP per
    // clock × 2.1 GHz = 1,307.4 TFLOPS, FP8 twice that; no FP4.
    const Accelerator *mi300x = findAccelerator(u"mi300x"_s);
    QVERIFY(mi300x);
    QCOMPARE(mi300x->memoryGB, 192.0);
    QCOMPARE(mi300x->bandwidthGBps, 5300.0);
    QCOMPARE(mi300x->bf16Tflops, std::round(304 * 2048 * 2.1e9 / 1e11) / 10);
    QCOMPARE(mi300x->fp8Tflops, 2614.9);
    QCOMPARE(mi300x->fp4Tflops, 0.0);
    QCOMPARE(mi300x->powerWatts, 750.0);
    // MI325X: 256 GB HBM3E at 6 TB/s, the MI300X's compute, 1,000 W.
    const Accelerator *mi325x = findAccelerator(u"mi325x"_s);
    QVERIFY(mi325x);
    QCOMPARE(mi325x->memoryGB, 256.0);
    QCOMPARE(mi325x->bandwidthGBps, 6000.0);
    QCOMPARE(mi325x->bf16Tflops, mi300x->bf16Tflops);
    // MI355X: 288 GB at 8 TB/s, 1,400 W; 256 CUs × 2.4 GHz × 4,096 / 8,192 / 16,384 FLOP per
    // clock = 2,516.6 / 5,033.2 / 10,066.3 TFLOPS dense (FP16, FP8, MXFP4).
    const Accelerator *mi355x = findAccelerator(u"mi355x"_s);
    QVERIFY(mi355x);
    QCOMPARE(mi355x->memoryGB, 288.0);
    QCOMPARE(mi355x->bf16Tflops, std::round(256 * 4096 * 2.4e9 / 1e11) / 10);
    QCOMPARE(mi355x->fp8Tflops, std::round(256 * 8192 * 2.4e9 / 1e11) / 10);
    QCOMPARE(mi355x->fp4Tflops, std::round(256 * 16384 * 2.4e9 / 1e11) / 10);
    QCOMPARE(mi355x->powerWatts, 1400.0);
    // GB200 NVL72, per GPU: 13.4 TB / 72 = 186 GB (rounded down), 576 TB/s / 72 = 8 TB/s;
    // FP4 20 PFLOPS sparse = 10 dense; 1,200 W.
    const Accelerator *gb200 = findAccelerator(u"gb200"_s);
    QVERIFY(gb200);
    QCOMPARE(gb200->memoryGB, std::floor(13.4e3 / 72));
    QCOMPARE(gb200->bandwidthGBps, 576e3 / 72);
    QCOMPARE(gb200->fp4Tflops, 20000.0 / 2);
    QCOMPARE(gb200->powerWatts, 1200.0);
    // CoreWeave's four-GPU GB200 instance at $42.00 an hour: 42 / 4 per GPU-hour.
    QCOMPARE(gb200->rentalUsdPerHour, 42.0 / 4);
    // NVIDIA L4 data sheet: 24 GB, 300 GB/s, FP16 242 and FP8 485 TFLOPS with sparsity, 72 W.
    const Accelerator *l4 = findAccelerator(u"l4"_s);
    QVERIFY(l4);
    QCOMPARE(l4->bandwidthGBps, 300.0);
    QCOMPARE(l4->bf16Tflops, 242.0 / 2);
    QCOMPARE(l4->fp8Tflops, 485.0 / 2);
    QCOMPARE(l4->powerWatts, 72.0);
    // RTX PRO 6000 Blackwell: 96 GB GDDR7 on 512 bits at 28 Gbps = 512 / 8 × 28 = 1,792 GB/s;
    // 4,000 FP4 AI TOPS with sparsity = 2,000 dense; 600 W; a workstation card.
    const Accelerator *rtxPro = findAccelerator(u"rtx-pro-6000"_s);
    QVERIFY(rtxPro);
    QCOMPARE(rtxPro->memoryGB, 96.0);
    QCOMPARE(rtxPro->bandwidthGBps, 512.0 / 8 * 28);
    QCOMPARE(rtxPro->fp4Tflops, 4000.0 / 2);
    QCOMPARE(rtxPro->deviceClass, DeviceClass::WorkstationGpu);
    // DGX Spark: 128 GB at 273 GB/s, 1 PFLOP FP4 with sparsity; a desktop.
    const Accelerator *spark = findAccelerator(u"dgx-spark"_s);
    QVERIFY(spark);
    QCOMPARE(spark->memoryGB, 128.0);
    QCOMPARE(spark->bandwidthGBps, 273.0);
    QCOMPARE(spark->fp4Tflops, 1000.0 / 2);
    QCOMPARE(spark->deviceClass, DeviceClass::Desktop);
    // Ryzen AI Max+ 395: LPDDR5X-8000 on 256 bits = 8,000e6 × 32 bytes = 256 GB/s.
    const Accelerator *strixHalo = findAccelerator(u"ryzen-ai-max-395-128gb"_s);
    QVERIFY(strixHalo);
    QCOMPARE(strixHalo->bandwidthGBps, 8000e6 * 32 / 1e9);
    QCOMPARE(strixHalo->memoryGB, 128.0);
    // Apple: M3 Ultra 819 GB/s with up to 512 GB; M4 Pro 273 GB/s.
    QCOMPARE(findAccelerator(u"m3-ultra-512gb"_s)->bandwidthGBps, 819.0);
    QCOMPARE(findAccelerator(u"m3-ultra-512gb"_s)->memoryGB, 512.0);
    QCOMPARE(findAccelerator(u"m4-pro-48gb"_s)->bandwidthGBps, 273.0);
    // AWS G5: A10G with 24 GB; g5.xlarge at $1.006 an hour on demand.
    QCOMPARE(findAccelerator(u"a10g"_s)->memoryGB, 24.0);
    QCOMPARE(findAccelerator(u"a10g"_s)->rentalUsdPerHour, 1.006);
    // Records before FP4 have none, and write none.
    QCOMPARE(findAccelerator(u"h100-sxm"_s)->fp4Tflops, 0.0);
    QVERIFY(!acceleratorToJson(*findAccelerator(u"h100-sxm"_s)).contains(u"fp4Tflops"_s));
    QCOMPARE(acceleratorToJson(*mi355x).value(u"fp4Tflops"_s).toDouble(), mi355x->fp4Tflops);
}

void TestHardwareCatalog::catalogKvBytesPerToken()
{
    // The catalog's own records, not only imported configs. Llama 3.1 8B, GQA:
    // 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 131,072 at 16 bits.
    QCOMPARE(kvCacheBytesPerToken(*findModel(u"llama-3.1-8b"_s), 16), 131072.0);
    // DeepSeek-V3 and R1, MLA: 61 layers × (512 + 64) × 2 bytes = 70,272 at 16 bits.
    QCOMPARE(kvCacheBytesPerToken(*findModel(u"deepseek-v3"_s), 16), 70272.0);
    QCOMPARE(kvCacheBytesPerToken(*findModel(u"deepseek-r1"_s), 16), 70272.0);
    // Llama 3.1 405B: 2 × 126 × 8 × 128 × 2 = 516,096 at 16 bits; 258,048 at 8.
    QCOMPARE(kvCacheBytesPerToken(*findModel(u"llama-3.1-405b"_s), 8), 258048.0);
    // Qwen3 235B-A22B: 2 × 94 × 4 × 128 × 2 = 192,512.
    QCOMPARE(kvCacheBytesPerToken(*findModel(u"qwen3-235b-a22b"_s), 16), 192512.0);
    // gpt-oss-20b at 8,192 tokens: 12 full layers × 8,192 + 12 sliding × 128 tokens, each
    // 2 × 8 × 64 × 2 = 2,048 bytes: (98,304 + 1,536) × 2,048 = 204,472,320.
    QCOMPARE(kvCacheBytesPerSequence(*findModel(u"gpt-oss-20b"_s), 16, 8192), 204472320.0);
}

void TestHardwareCatalog::q4KmBitsFromLlamaBench()
{
    const QString path =
        QStringLiteral(PERTOKEN_SHARED_DATA_DIR) + u"/llama-bench-qwen2-7b-rtx4080.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"%1 is absent; Q4_K_M bits are not checked against it"_s.arg(path)));
    const QJsonObject run = QJsonDocument::fromJson(file.readAll()).array().first().toObject();
    QVERIFY(run.value(u"model_type"_s).toString().contains(u"Q4_K - Medium"_s));
    // bits per weight = file bytes × 8 / parameters = 4,677,120,000 × 8 / 7,615,616,512 ≈ 4.913.
    const double bits =
        run.value(u"model_size"_s).toDouble() * 8 / run.value(u"model_n_params"_s).toDouble();
    QCOMPARE(findQuantization(u"q4_k_m"_s)->bitsPerWeight, bits);
    QVERIFY(bits > 4.9 && bits < 4.92);
    // The Qwen2.5 7B preset uses the same file's parameter count.
    QCOMPARE(findModel(u"qwen2.5-7b"_s)->totalParams, run.value(u"model_n_params"_s).toDouble());
}

void TestHardwareCatalog::jsonRoundTrip()
{
    for (const Accelerator &a : builtinAccelerators()) {
        const Result<Accelerator> back = acceleratorFromJson(acceleratorToJson(a), u"t"_s, {});
        QVERIFY(back.ok());
        QCOMPARE(*back, a);
    }
    Accelerator measured = *findAccelerator(u"m4-max-64gb"_s);
    measured.measured = true;
    QCOMPARE(*acceleratorFromJson(acceleratorToJson(measured), u"t"_s, {}), measured);
    for (const ModelArchitecture &m : builtinModels())
        QCOMPARE(*modelFromJson(modelToJson(m), u"t"_s, {}), m);
    for (const Quantization &q : builtinQuantizations())
        QCOMPARE(*quantizationFromJson(quantizationToJson(q), u"t"_s, {}), q);
}

void TestHardwareCatalog::jsonRejects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("unknown device class")
        << u"accelerator"_s << u"deviceClass"_s << QJsonValue(u"phone"_s);
    QTest::newRow("zero bandwidth") << u"accelerator"_s << u"bandwidthGBps"_s << QJsonValue(0);
    QTest::newRow("usable above 1")
        << u"accelerator"_s << u"usableMemoryFraction"_s << QJsonValue(1.5);
    QTest::newRow("negative rental") << u"accelerator"_s << u"rentalUsdPerHour"_s << QJsonValue(-1);
    QTest::newRow("negative fp4") << u"accelerator"_s << u"fp4Tflops"_s << QJsonValue(-1);
    QTest::newRow("fp4 as text") << u"accelerator"_s << u"fp4Tflops"_s << QJsonValue(u"10"_s);
    QTest::newRow("memory unit in MB")
        << u"accelerator"_s << u"memoryUnit"_s << QJsonValue(u"MB"_s);
    QTest::newRow("kv heads not dividing heads") << u"model"_s << u"kvHeads"_s << QJsonValue(5);
    QTest::newRow("active above total") << u"model"_s << u"activeParams"_s << QJsonValue(9e9);
    QTest::newRow("fractional layers") << u"model"_s << u"layers"_s << QJsonValue(32.5);
    QTest::newRow("pattern longer than the layers")
        << u"model"_s << u"attentionPattern"_s
        << QJsonValue(QJsonArray::fromStringList(QStringList(33, u"full"_s)));
    QTest::newRow("shared experts on a dense model")
        << u"model"_s << u"sharedExperts"_s << QJsonValue(1);
    QTest::newRow("negative latent rank") << u"model"_s << u"kvLoraRank"_s << QJsonValue(-1);
    QTest::newRow("tied embeddings as text")
        << u"model"_s << u"tiedEmbeddings"_s << QJsonValue(u"yes"_s);
    QTest::newRow("model asOf not a date")
        << u"model"_s << u"asOf"_s << QJsonValue(u"2026-13-01"_s);
    QTest::newRow("unknown compute") << u"quantization"_s << u"compute"_s << QJsonValue(u"int4"_s);
    QTest::newRow("zero bits") << u"quantization"_s << u"bitsPerWeight"_s << QJsonValue(0);
}

void TestHardwareCatalog::jsonRejects()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QString path = u"accelerators[3]"_s;
    std::optional<InputError> error;
    if (kind == u"accelerator"_s) {
        QJsonObject object = acceleratorToJson(*findAccelerator(u"h100-sxm"_s));
        object.insert(key, value);
        const Result<Accelerator> result = acceleratorFromJson(object, u"hw.json"_s, path);
        if (!result)
            error = result.error();
    } else if (kind == u"model"_s) {
        QJsonObject object = modelToJson(*findModel(u"llama-3.1-8b"_s));
        object.insert(key, value);
        const Result<ModelArchitecture> result = modelFromJson(object, u"hw.json"_s, path);
        if (!result)
            error = result.error();
    } else {
        QJsonObject object = quantizationToJson(*findQuantization(u"q4_k_m"_s));
        object.insert(key, value);
        const Result<Quantization> result = quantizationFromJson(object, u"hw.json"_s, path);
        if (!result)
            error = result.error();
    }
    QVERIFY(error);
    QCOMPARE(error->source, u"hw.json"_s);
    QCOMPARE(error->field, path + u'.' + key);
}

void TestHardwareCatalog::modelAttentionFields()
{
    // A record written before the attention fields existed reads as full attention everywhere.
    const ModelArchitecture *llama = findModel(u"llama-3.1-8b"_s);
    QVERIFY(llama->attentionPattern.isEmpty());
    QCOMPARE(llama->slidingWindow, 0);
    QVERIFY(!modelToJson(*llama).contains(u"attentionPattern"_s));
    // Gemma 3 27B: five local layers then one global, window 1,024 (its config.json).
    const ModelArchitecture *gemma = findModel(u"gemma-3-27b"_s);
    QVERIFY(gemma);
    QCOMPARE(gemma->slidingWindow, 1024);
    QCOMPARE(gemma->attentionPattern.size(), 6);
    QCOMPARE(gemma->attentionOfLayer(5), LayerAttention::Full);
    QCOMPARE(gemma->attentionOfLayer(6), LayerAttention::SlidingWindow);
    QVERIFY(gemma->tiedEmbeddings);
    QCOMPARE(gemma->asOf, u"2026-12-04"_s);
    // DeepSeek-V3: MLA with a 512 latent and 64 rotary dimensions, 1 shared expert, 3 dense layers.
    const ModelArchitecture *deepSeek = findModel(u"deepseek-v3"_s);
    QVERIFY(deepSeek && deepSeek->isMla() && deepSeek->isMoe());
    QCOMPARE(deepSeek->sharedExperts, 1);
    QCOMPARE(deepSeek->denseLayers, 3);

    // Sliding layers need their window; an attention id must be one of the three.
    QJsonObject object = modelToJson(*llama);
    object.insert(u"attentionPattern"_s, QJsonArray{u"sliding"_s, u"full"_s});
    Result<ModelArchitecture> result = modelFromJson(object, u"hw.json"_s, u"models[0]"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().field, u"models[0].slidingWindow"_s);
    object.insert(u"attentionPattern"_s, QJsonArray{u"local"_s});
    result = modelFromJson(object, u"hw.json"_s, u"models[0]"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().field, u"models[0].attentionPattern[0]"_s);
}

void TestHardwareCatalog::deviceClassIds()
{
    for (const DeviceClass deviceClass :
         {DeviceClass::DatacenterGpu, DeviceClass::WorkstationGpu, DeviceClass::ConsumerGpu,
          DeviceClass::Laptop, DeviceClass::Desktop}) {
        DeviceClass back = DeviceClass::Desktop;
        QVERIFY(deviceClassFromId(deviceClassId(deviceClass), &back));
        QCOMPARE(back, deviceClass);
    }
    QCOMPARE(deviceClassId(DeviceClass::Laptop), u"laptop"_s);
    QVERIFY(!deviceClassFromId(u"phone"_s, nullptr));
}

QTEST_APPLESS_MAIN(TestHardwareCatalog)
#include "tst_hardware_catalog.moc"
