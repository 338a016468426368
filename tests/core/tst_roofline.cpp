// The roofline model against hand calculations written out step by step. The accelerator and
// model records are built here from their data sheets, so the catalog can change without
// changing what these tests check.

#include "inference/roofline.h"

#include <QTest>

#include "../support/datasheet_fixtures.h"

using namespace pertoken;
using namespace pertoken::fixtures;
using namespace Qt::StringLiterals;

namespace {

bool close(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

} // namespace

class TestRoofline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kvCacheIsGqaAware();
    void eightBOnH100AtBatchOne();
    void eightBOnH100AtLargeBatchTurnsComputeBound();
    void maxBatchFromMemory();
    void memoryInTheVendorsUnitCutOnce_data();
    void memoryInTheVendorsUnitCutOnce();
    void seventyBQ4OnLaptop();
    void mixtureOfExpertsReadsOnlyRoutedExperts();
    void tensorParallelSplitsWeights();
    void communicationAndOverhead();
    void moePrefillChargesSmallExpertProducts();
    void layerSplitRunsDevicesInTurn();
    void expertParallelCopiesAttentionAndSpreadsExperts();
};

void TestRoofline::kvCacheIsGqaAware()
{
    // 2 (K,V) · 32 layers · 8 KV heads · 128 dims · 2 bytes = 131,072 bytes per token. With all
    // 32 heads (no GQA) it would be four times that: 524,288.
    QCOMPARE(kvCacheBytesPerToken(llama8b(), 16), 131072.0);
    ModelArchitecture mha = llama8b();
    mha.kvHeads = 32;
    QCOMPARE(kvCacheBytesPerToken(mha, 16), 524288.0);
    // An FP8 KV cache halves it.
    QCOMPARE(kvCacheBytesPerToken(llama8b(), 8), 65536.0);
}

void TestRoofline::eightBOnH100AtBatchOne()
{
    RooflineInput in{h100(), 1, llama8b(), fp8(), 16, 1500, 300, 1, 0.5, 0.7, 0.1};
    const RooflineResult r = roofline(in);

    // Decode at batch 1, mean context 1500 + 300/2 = 1650 tokens:
    //   bytes = 8.03e9 (FP8 weights) + 1650 · 131,072 = 8.03e9 + 216,268,800 = 8,246,268,800
    //   byte rate = 3.35e12 · 0.7 = 2.345e12 B/s  →  t_mem = 3.516533e-3 s
    //   FLOPs = 2 · 8.03e9 + 4 · 32 · 1650 · 32 · 128 = 16.06e9 + 865,075,200 = 16,925,075,200
    //   FLOP rate = 1979e12 · 0.5 = 989.5e12  →  t_comp = 1.7105e-5 s  → memory-bound
    QCOMPARE(r.decodeBound, Bound::Memory);
    QVERIFY(close(r.bytesPerDecodeStep, 8246268800.0));
    QVERIFY(close(r.flopsPerDecodeStep, 16925075200.0));
    QVERIFY(close(r.decodeStepSeconds, 8246268800.0 / 2.345e12));
    // 1 / 3.5165 ms = 284.4 tokens/s for one stream.
    QVERIFY(close(1.0 / r.tpotSeconds(), 284.37, 1e-3));

    // Prefill of 1500 tokens: 2 · 8.03e9 · 1500 = 24.09e12 FLOPs for the weights, plus causal
    // attention 0.5 · (4 · 32 · 1500 · 4096) · 1500 = 589,824,000,000; total 24.679824e12 FLOPs
    // at 989.5e12 FLOP/s = 24.9417 ms, compute-bound (weights read once take ~3.5 ms).
    QCOMPARE(r.prefillBound, Bound::Compute);
    QVERIFY(close(r.ttftSeconds(), 24.679824e12 / 989.5e12));
}

void TestRoofline::eightBOnH100AtLargeBatchTurnsComputeBound()
{
    // Short requests (100 in, 100 out) at batch 512; mean context 150 tokens.
    RooflineInput in{h100(), 1, llama8b(), fp8(), 16, 100, 100, 512, 0.5, 0.7, 0.1};
    const RooflineResult r = roofline(in);
    // bytes = 8.03e9 + 512 · 150 · 131,072 = 8.03e9 + 10,066,329,600 = 18,096,329,600
    //   → 18.0963e9 / 2.345e12 = 7.7170 ms
    // FLOPs = 512 · (16.06e9 + 4 · 32 · 150 · 4096) = 512 · 16,138,643,200 = 8.26298532e12
    //   → / 989.5e12 = 8.3507 ms  → compute-bound, and the step takes the larger time.
    QCOMPARE(r.batch, 512);
    QCOMPARE(r.decodeBound, Bound::Compute);
    QVERIFY(close(r.decodeStepSeconds, 512.0 * 16138643200.0 / 989.5e12));
    // Throughput: a cycle is 512 prefills plus 100 decode steps. One 100-token prefill costs
    // 2 · 8.03e9 · 100 + 0.5 · (4 · 32 · 100 · 4096) · 100 = 1.60862144e12 FLOPs = 1.6257 ms,
    // but reads the weights and writes its KV: (8.03e9 + 100 · 131,072) / 2.345e12 = 3.4299 ms,
    // so a prompt this short is memory-bound.
    const double prefill = (8.03e9 + 100 * 131072.0) / 2.345e12;
    QCOMPARE(r.prefillBound, Bound::Memory);
    QVERIFY(close(r.prefillSeconds, prefill));
    const double cycle = 512 * prefill + 100 * r.decodeStepSeconds;
    QVERIFY(close(r.outputTokensPerSecond, 512 * 100 / cycle));
    // The ridge point of an H100 in FP8: 1979e12 / 3.35e12 = 590.7 FLOP per byte.
    QVERIFY(close(r.ridgeIntensity, 1979.0 / 3.35, 1e-9));
}

void TestRoofline::maxBatchFromMemory()
{
    RooflineInput in{h100(), 1, llama8b(), fp8(), 16, 1500, 300, 1000, 0.5, 0.7, 0.1};
    const RooflineResult r = roofline(in);
    // Usable, one rule applied once: 80e9 · min(0.9, 1 − 0.1) = 72e9 (the fixture's memory is
    // counted in 1e9 bytes); free after weights: 72e9 − 8.03e9 = 63.97e9 bytes.
    // Paged KV: a sequence holds on average 1500 + 300/2 = 1650 tokens: 1650 · 131,072 =
    // 216,268,800 bytes → 63.97e9 / 216,268,800 = 295.8 → 295 sequences. A requested batch of
    // 1000 is clamped to it.
    QCOMPARE(r.maxBatch, 295);
    QCOMPARE(r.batch, 295);
    QVERIFY(r.fits);
}

void TestRoofline::memoryInTheVendorsUnitCutOnce_data()
{
    QTest::addColumn<bool>("gib");
    QTest::addColumn<double>("usableFraction");
    QTest::addColumn<double>("reserve");
    QTest::addColumn<double>("expectedBytes");
    // An H100's "80 GB" is 80 GiB: 80 · 2^30 = 85,899,345,920 bytes (nvidia-smi reports
    // 81,559 MiB of it). The device's 0.9 and a 0.1 reserve are the same cut, taken once:
    // 0.9 · 85,899,345,920 = 77,309,411,328 (not 0.81 of it).
    QTest::newRow("80 GiB, 0.9, reserve 0.1") << true << 0.9 << 0.1 << 77309411328.0;
    // Read as 1e9 bytes: 0.9 · 80e9 = 72e9.
    QTest::newRow("80 GB, 0.9, reserve 0.1") << false << 0.9 << 0.1 << 72e9;
    // A larger reserve tightens the device's fraction: 0.7 · 85,899,345,920 = 60,129,542,144.
    QTest::newRow("80 GiB, 0.9, reserve 0.3") << true << 0.9 << 0.3 << 60129542144.0;
    // A Mac's 0.75 wins over a 0.05 reserve: 0.75 · 64 · 2^30 = 51,539,607,552.
    QTest::newRow("64 GiB, 0.75, reserve 0.05") << true << 0.75 << 0.05 << 51539607552.0;
}

void TestRoofline::memoryInTheVendorsUnitCutOnce()
{
    QFETCH(bool, gib);
    QFETCH(double, usableFraction);
    QFETCH(double, reserve);
    QFETCH(double, expectedBytes);
    Accelerator a = h100();
    a.memoryGB = usableFraction == 0.75 ? 64 : 80;
    a.memoryInGiB = gib;
    a.usableMemoryFraction = usableFraction;
    QVERIFY(close(usableMemoryBytes(a, reserve), expectedBytes, 1e-12));
}

void TestRoofline::seventyBQ4OnLaptop()
{
    // Apple M4 Max 16-core CPU / 40-core GPU, 64 GB (= 64 GiB = 68.72e9 bytes) unified memory at
    // 546 GB/s (Apple's M4 Max press release, Oct 2024); macOS lets the GPU wire about 75% of RAM.
    Accelerator laptop;
    laptop.memoryGB = 68.72;
    laptop.usableMemoryFraction = 0.75;
    laptop.bandwidthGBps = 546;
    laptop.bf16Tflops = 17;
    // Q4_K_M: 4,677,120,000 bytes for 7,615,616,512 parameters in llama-bench's published run
    // of Qwen2.5-7B → 4.913 bits per weight.
    const Quantization q4{
        u"q4_k_m"_s, u"Q4_K_M"_s, 4677120000.0 * 8 / 7615616512.0, ComputePrecision::Bf16, {}};
    RooflineInput in{laptop, 1, llama70b(), q4, 16, 1500, 300, 1, 0.5, 0.6, 0.05};
    const RooflineResult r = roofline(in);

    // Weights: 70.6e9 · 4.9132 / 8 = 43.359e9 bytes. Usable: 68.72e9 · min(0.75, 1 − 0.05) =
    // 51.54e9. KV per token: 2 · 80 · 8 · 128 · 2 = 327,680 bytes; a paged cache holds on
    // average 1500 + 300/2 = 1650 tokens a sequence, 540.67e6 bytes.
    // (51.54e9 − 43.359e9) / 540.67e6 = 15.1 → 15 sequences fit.
    const double weights = 70.6e9 * (4677120000.0 * 8 / 7615616512.0) / 8;
    QVERIFY(close(r.weightBytes, weights));
    QVERIFY(r.fits);
    QCOMPARE(r.maxBatch, 15);
    // Decode: (43.359e9 + 1650 · 327,680) / (546e9 · 0.6) = 43.8997e9 / 327.6e9 = 0.13400 s
    // → 7.46 tokens/s, memory-bound. (Users report 8–9 tokens/s for 70B Q4_K_M on an M4 Max
    // with llama.cpp, i.e. an MBU nearer 0.7.)
    QCOMPARE(r.decodeBound, Bound::Memory);
    QVERIFY(close(r.decodeStepSeconds, (weights + 1650 * 327680.0) / 327.6e9));
    QVERIFY(close(1.0 / r.decodeStepSeconds, 7.462, 1e-3));

    // 51.5 GB of usable memory would not hold it at 8 bits per weight: 75.0 GB of weights.
    const Quantization q8{u"q8_0"_s, u"Q8_0"_s, 8.5, ComputePrecision::Bf16, {}};
    in.quantization = q8;
    QVERIFY(!roofline(in).fits);
    QCOMPARE(roofline(in).maxBatch, 0);
}

void TestRoofline::mixtureOfExpertsReadsOnlyRoutedExperts()
{
    // Mixtral 8x7B: 46.7e9 total, 12.9e9 active, 8 experts, 2 per token. Per expert
    // e = (46.7 − 12.9)e9 / (8 − 2) = 5.6333e9; shared = 12.9e9 − 2e = 1.6333e9.
    ModelArchitecture moe;
    moe.totalParams = 46.7e9;
    moe.activeParams = 12.9e9;
    moe.experts = 8;
    moe.activeExperts = 2;
    // Batch 1: shared + (1 − (6/8)^1) · 8 · e = 1.6333e9 + 0.25 · 45.0667e9 = 12.9e9 (active).
    QVERIFY(close(weightBytesReadPerStep(moe, 1.0, 1), 12.9e9));
    // Batch 4: 1 − 0.75^4 = 0.68359 of the experts → 1.6333e9 + 0.68359 · 45.0667e9 = 32.441e9.
    QVERIFY(close(weightBytesReadPerStep(moe, 1.0, 4), 1.63333e9 + 0.68359375 * 45.06667e9, 1e-5));
    // Large batches touch every expert: the whole model.
    QVERIFY(close(weightBytesReadPerStep(moe, 1.0, 256), 46.7e9, 1e-9));
}

void TestRoofline::tensorParallelSplitsWeights()
{
    // 70B in FP8 (70.6e9 bytes) with an 8,000-token sequence (6,000 in, 2,000 out) does not fit
    // one H100's 72e9 usable bytes: 1.4e9 are left and the sequence's KV cache at its end takes
    // 8000 · 327,680 = 2.62e9. Two (144e9) hold it.
    RooflineInput in{h100(), 1, llama70b(), fp8(), 16, 6000, 2000, 1, 0.5, 0.7, 0.1};
    QVERIFY(!roofline(in).fits);
    in.devices = 2;
    const RooflineResult two = roofline(in);
    QVERIFY(two.fits);
    // Two GPUs double bandwidth; mean context 6000 + 2000/2 = 7000 tokens:
    // (70.6e9 + 7000 · 327,680) / (2 · 2.345e12) = 72.894e9 / 4.69e12 = 15.542 ms,
    // plus the all-reduces: 2 per layer × 80 layers, each 8 µs + 2(2 − 1)/2 · 1 token · 8,192
    // (64 heads × 128) · 2 B / 450e9 B/s = 8 µs + 0.0364 µs → 160 × 8.0364 µs = 1.2858 ms.
    const double allReduces = 160 * (8e-6 + 8192 * 2.0 / 450e9);
    QVERIFY(close(two.decodeCommunicationSeconds, allReduces));
    QVERIFY(close(two.decodeStepSeconds, (70.6e9 + 7000 * 327680.0) / 4.69e12 + allReduces));
    // The prompt's all-reduces carry 6,000 tokens: 160 × (8 µs + 6000 · 16,384 B / 450e9)
    // = 160 × (8 µs + 218.45 µs) = 36.233 ms.
    QVERIFY(close(two.prefillCommunicationSeconds, 160 * (8e-6 + 6000 * 16384.0 / 450e9)));
}

void TestRoofline::communicationAndOverhead()
{
    // One device pays no all-reduce; a layer split of two hands one token's activation across
    // its one boundary per step instead: 8 µs + 8,192 · 2 B / 450e9 B/s = 8.0364 µs.
    QCOMPARE(tensorParallelSeconds(h100(), llama70b(), 1, 64), 0.0);
    RooflineInput in{h100(), 2, llama70b(), fp8(), 16, 6000, 2000, 1, 0.5, 0.7, 0.1};
    in.engine = EngineProfile::LayerSplit;
    QVERIFY(close(roofline(in).decodeCommunicationSeconds, 8e-6 + 8192 * 2.0 / 450e9));
    QCOMPARE(layerSplitSeconds(h100(), llama70b(), 1, 64), 0.0);
    // Eight GPUs on NVLink at batch 64: 160 × (8 µs + 2 · 7/8 · 64 · 16,384 B / 450e9)
    // = 160 × (8 µs + 4.0778 µs) = 1.9324 ms.
    QVERIFY(close(tensorParallelSeconds(h100(), llama70b(), 8, 64),
                  160 * (8e-6 + 1.75 * 64 * 16384.0 / 450e9)));
    // Without an interconnect record: PCIe 4.0 x16, 32 GB/s and 20 µs.
    Accelerator bare = h100();
    bare.interconnect.clear();
    bare.interconnectGBps = 0;
    QVERIFY(
        close(tensorParallelSeconds(bare, llama70b(), 2, 1), 160 * (20e-6 + 8192 * 2.0 / 32e9)));

    // A fixed overhead per forward pass adds to the decode step and to the prefill alike.
    RooflineInput one{h100(), 1, llama8b(), fp8(), 16, 1000, 100, 1, 0.5, 0.7, 0.1};
    const RooflineResult without = roofline(one);
    one.stepOverheadSeconds = 0.002;
    const RooflineResult with = roofline(one);
    QVERIFY(close(with.decodeStepSeconds, without.decodeStepSeconds + 0.002));
    QVERIFY(close(with.prefillSeconds, without.prefillSeconds + 0.002));
}

void TestRoofline::moePrefillChargesSmallExpertProducts()
{
    // Mixtral 8x7B shape (46.7e9 total, 12.9e9 active, 8 experts, 2 active) in FP8: e = 33.8e9
    // / 6 = 5.6333e9 per expert. A 4,096-token prompt (compute-bound: 2 · 12.9e9 · 4096 =
    // 105.7e12 FLOPs take 106.8 ms at 1979e12 · 0.5, the 46.7e9 weight bytes 19.9 ms at
    // 3350e9 · 0.7) gives each expert 4096 · 2 / 8 = 1,024 tokens; with half MFU at 32 tokens the
    // experts' 2 · 2 · 5.6333e9 · 4096 = 92.30e12 FLOPs cost 32 / 1024 more: 2.8843e12 extra
    // FLOPs, at 1979e12 · 0.5 FLOP/s = 2.9149 ms more prefill.
    ModelArchitecture moe = llama8b();
    moe.totalParams = 46.7e9;
    moe.activeParams = 12.9e9;
    moe.experts = 8;
    moe.activeExperts = 2;
    RooflineInput in{h100(), 1, moe, fp8(), 16, 4096, 0, 1, 0.5, 0.7, 0.1};
    const RooflineResult dense = roofline(in);
    in.moePrefillHalfTokens = 32;
    const RooflineResult small = roofline(in);
    QCOMPARE(dense.prefillBound, Bound::Compute);
    const double extraFlops = 2.0 * 2 * (33.8e9 / 6) * 4096 * 32 / 1024;
    QVERIFY(close(small.prefillSeconds - dense.prefillSeconds, extraFlops / (1979e12 * 0.5), 1e-6));
}

void TestRoofline::layerSplitRunsDevicesInTurn()
{
    // llama.cpp's layer split on two H100s: memory adds up (the 8,000-token sequence fits, as
    // with tensor parallelism), but a token passes through the two halves one after another:
    // 35.3e9 bytes at 2.345e12 B/s, then the other 35.3e9 (plus KV) likewise, the time of all
    // of them on one GPU: (70.6e9 + 7000 · 327,680) / 2.345e12 = 31.085 ms, twice the
    // tensor-parallel step above, plus one hand-off of 8.0364 µs (communicationAndOverhead).
    RooflineInput in{h100(), 2, llama70b(), fp8(), 16, 6000, 2000, 1, 0.5, 0.7, 0.1};
    in.engine = EngineProfile::LayerSplit;
    const RooflineResult r = roofline(in);
    QVERIFY(r.fits);
    QVERIFY(close(r.usableMemoryBytes, 144e9));
    QVERIFY(close(r.decodeStepSeconds,
                  (70.6e9 + 7000 * 327680.0) / 2.345e12 + 8e-6 + 8192 * 2.0 / 450e9));
    QVERIFY(close(r.bandwidthBytesPerSecond, 3.35e12));
    // One engine name decides the profile: llama.cpp splits layers, vLLM batches continuously.
    QCOMPARE(engineProfileOfEngine(u"llama.cpp"_s), EngineProfile::LayerSplit);
    QCOMPARE(engineProfileOfEngine(u"vLLM"_s), EngineProfile::ContinuousBatching);
}

void TestRoofline::expertParallelCopiesAttentionAndSpreadsExperts()
{
    // Mixtral 8x7B's shape (46.7e9 total, 12.9e9 active, 8 experts, 2 per token; e = 5.6333e9 per
    // expert, shared 1.6333e9; 32 layers, width 32 × 128 = 4,096, KV 2 · 32 · 8 · 128 · 2 B =
    // 131,072 B per token) in FP8 on four H100s, batch 64, 1,000 tokens in, 200 out.
    ModelArchitecture moe = llama8b();
    moe.totalParams = 46.7e9;
    moe.activeParams = 12.9e9;
    moe.experts = 8;
    moe.activeExperts = 2;
    const double e = 33.8e9 / 6;
    const double shared = 12.9e9 - 2 * e;
    RooflineInput in{h100(), 4, moe, fp8(), 16, 1000, 200, 64, 0.5, 0.7, 0.1};
    const RooflineResult tensor = roofline(in);
    in.expertParallel = true;
    const RooflineResult expert = roofline(in);

    // Memory: four copies of the shared weights plus the experts once: 4 · 1.6333e9 + 45.0667e9
    // = 51.6e9 bytes, against 46.7e9 under tensor parallelism.
    QVERIFY(close(tensor.residentWeightBytes, 46.7e9));
    QVERIFY(close(expert.residentWeightBytes, 4 * shared + 8 * e));

    // Decode: the busiest device runs ⌈64 / 4⌉ = 16 sequences at a mean context of 1,100 tokens.
    // It reads the shared weights, a quarter of the experts the batch touches (1 − 0.75^64 of
    // them, all but 1e-8) and its sequences' KV: 1.6333e9 + 11.2667e9 + 16 · 1100 · 131,072
    // = 15.207e9 bytes at 3.35e12 · 0.7 B/s = 6.485 ms (memory-bound: its 0.41e12 FLOPs take
    // 0.42 ms at 1979e12 · 0.5). Two all-to-alls per layer, each 8 µs + 3/4 · 2 experts · 16
    // tokens · 4,096 · 2 B / 450e9 B/s = 8.874 µs: 64 × 8.874 µs = 0.568 ms.
    const double touched = 1.0 - std::pow(0.75, 64);
    const double busiestBytes = shared + touched * 8 * e / 4 + 16 * 1100 * 131072.0;
    const double allToAlls = 64 * (8e-6 + 0.75 * 2 * 16 * 4096 * 2.0 / 450e9);
    QVERIFY(close(expert.decodeCommunicationSeconds, allToAlls));
    QVERIFY(close(expert.decodeStepSeconds, busiestBytes / (3.35e12 * 0.7) + allToAlls));
    QCOMPARE(expert.decodeBound, Bound::Memory);
    QCOMPARE(expertParallelSeconds(h100(), moe, 4, 16), allToAlls);

    // One prompt's first token: its 1,000 tokens cross in both directions once per layer:
    // 64 × (8 µs + 3/4 · 2 · 1000 · 8,192 B / 450e9) = 64 × 35.307 µs = 2.2597 ms.
    QVERIFY(
        close(expert.prefillCommunicationSeconds, 64 * (8e-6 + 0.75 * 2 * 1000 * 8192.0 / 450e9)));

    // A dense model, one device or a layer split leave the option without effect.
    RooflineInput dense{h100(), 4, llama8b(), fp8(), 16, 1000, 200, 64, 0.5, 0.7, 0.1};
    const double denseStep = roofline(dense).decodeStepSeconds;
    dense.expertParallel = true;
    QCOMPARE(roofline(dense).decodeStepSeconds, denseStep);
    QCOMPARE(expertParallelSeconds(h100(), llama8b(), 4, 16), 0.0);
    in.engine = EngineProfile::LayerSplit;
    const double split = roofline(in).decodeStepSeconds;
    in.expertParallel = false;
    QCOMPARE(roofline(in).decodeStepSeconds, split);
}

QTEST_APPLESS_MAIN(TestRoofline)
#include "tst_roofline.moc"
