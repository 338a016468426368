// KV cache bytes per token and per sequence against hand calculations. The model records are
// built here from the models' config.json files, so the catalog can change without changing
// what these tests check.

#include "inference/kv_cache.h"
#include "inference/roofline.h"

#include <QTest>

#include "../support/datasheet_fixtures.h"

using namespace pertoken;
using namespace pertoken::fixtures;
using namespace Qt::StringLiterals;

namespace {

// deepseek-ai/DeepSeek-V3 config.json: 61 layers, 128 heads, kv_lora_rank 512,
// qk_rope_head_dim 64, qk_nope_head_dim 128 (head dim 128 + 64 = 192).
ModelArchitecture deepSeekV3()
{
    ModelArchitecture m;
    m.name = u"DeepSeek-V3"_s;
    m.totalParams = 671e9;
    m.activeParams = 37e9;
    m.layers = 61;
    m.attentionHeads = m.kvHeads = 128;
    m.headDim = 192;
    m.kvLoraRank = 512;
    m.qkRopeHeadDim = 64;
    return m;
}

// google/gemma-3-27b-it config.json (text_config): 62 layers, 32 heads, 16 KV heads, head_dim
// 128, sliding_window 1024, sliding_window_pattern 6 (five local layers, then one global).
ModelArchitecture gemma3_27b()
{
    ModelArchitecture m;
    m.name = u"Gemma 3 27B"_s;
    m.totalParams = m.activeParams = 27.0e9;
    m.layers = 62;
    m.attentionHeads = 32;
    m.kvHeads = 16;
    m.headDim = 128;
    m.slidingWindow = 1024;
    m.attentionPattern = {LayerAttention::SlidingWindow, LayerAttention::SlidingWindow,
                          LayerAttention::SlidingWindow, LayerAttention::SlidingWindow,
                          LayerAttention::SlidingWindow, LayerAttention::Full};
    m.tiedEmbeddings = true;
    return m;
}

// openai/gpt-oss-120b config.json: 36 layers, 64 heads, 8 KV heads, head_dim 64, layer_types
// alternating sliding_attention (even layers) and full_attention, sliding_window 128.
ModelArchitecture gptOss120b()
{
    ModelArchitecture m;
    m.name = u"gpt-oss-120b"_s;
    m.totalParams = 116.83e9;
    m.activeParams = 5.13e9;
    m.layers = 36;
    m.attentionHeads = 64;
    m.kvHeads = 8;
    m.headDim = 64;
    m.experts = 128;
    m.activeExperts = 4;
    m.slidingWindow = 128;
    m.attentionPattern = {LayerAttention::SlidingWindow, LayerAttention::Full};
    return m;
}

} // namespace

class TestKvCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bytesPerToken_data();
    void bytesPerToken();
    void gemma3StopsGrowingAtTheWindow();
    void gptOssStopsGrowingAtTheWindow();
    void layersWithoutAttentionCacheNothing();
    void prefillPairsOnASlidingLayer();
    void rooflineUsesTheCappedCache();
    void fullAttentionIsUnchanged();
};

void TestKvCache::bytesPerToken_data()
{
    QTest::addColumn<ModelArchitecture>("model");
    QTest::addColumn<double>("kvCacheBits");
    QTest::addColumn<double>("expected");
    // GQA, Llama 3.1 8B: 2 (K, V) × 32 layers × 8 KV heads × 128 dims × 2 bytes = 131,072.
    QTest::newRow("GQA llama 3.1 8B, 16 bits") << llama8b() << 16.0 << 131072.0;
    // The same cache in FP8: 2 × 32 × 8 × 128 × 1 = 65,536.
    QTest::newRow("GQA llama 3.1 8B, 8 bits") << llama8b() << 8.0 << 65536.0;
    // The same cache in 4 bits: 2 × 32 × 8 × 128 × 0.5 = 32,768.
    QTest::newRow("GQA llama 3.1 8B, 4 bits") << llama8b() << 4.0 << 32768.0;
    // MHA (every head its own K and V): 2 × 32 × 32 × 128 × 2 = 524,288.
    ModelArchitecture mha = llama8b();
    mha.kvHeads = 32;
    QTest::newRow("MHA") << mha << 16.0 << 524288.0;
    // MQA (one K and V head): 2 × 32 × 1 × 128 × 2 = 16,384.
    ModelArchitecture mqa = llama8b();
    mqa.kvHeads = 1;
    QTest::newRow("MQA") << mqa << 16.0 << 16384.0;
    // MLA, DeepSeek-V3: 61 layers × (512 latent + 64 rotary) × 2 bytes = 61 × 1,152 = 70,272.
    QTest::newRow("MLA deepseek-v3, 16 bits") << deepSeekV3() << 16.0 << 70272.0;
    // In FP8 it is half: 61 × 576 × 1 = 35,136.
    QTest::newRow("MLA deepseek-v3, 8 bits") << deepSeekV3() << 8.0 << 35136.0;
    // Gemma 3 27B while the context is within the window, every one of the 62 layers caches:
    // 2 × 62 × 16 × 128 × 2 = 507,904.
    QTest::newRow("gemma 3 27b") << gemma3_27b() << 16.0 << 507904.0;
}

void TestKvCache::bytesPerToken()
{
    QFETCH(ModelArchitecture, model);
    QFETCH(double, kvCacheBits);
    QFETCH(double, expected);
    QCOMPARE(kvCacheBytesPerToken(model, kvCacheBits), expected);
    // Within every window a sequence's cache is the per-token figure times its context.
    QCOMPARE(kvCacheBytesPerSequence(model, kvCacheBits, 100), 100 * expected);
}

void TestKvCache::gemma3StopsGrowingAtTheWindow()
{
    const ModelArchitecture gemma = gemma3_27b();
    // Layer i is global when (i + 1) % 6 == 0: layers 5, 11, ..., 59 are global (10 of them),
    // the other 62 − 10 = 52 are local. One layer caches 2 × 16 × 128 × 2 = 8,192 bytes a token.
    QCOMPARE(kvCacheBytesPerTokenPerLayer(gemma, 16), 8192.0);
    // 512 tokens, shorter than the 1,024 window: 62 × 512 × 8,192 = 260,046,848.
    QCOMPARE(kvCacheBytesPerSequence(gemma, 16, 512), 260046848.0);
    // Exactly the window: 62 × 1,024 × 8,192 = 520,093,696.
    QCOMPARE(kvCacheBytesPerSequence(gemma, 16, 1024), 520093696.0);
    // 32,768 tokens: global 10 × 32,768 × 8,192 = 2,684,354,560, local 52 × 1,024 × 8,192 =
    // 436,207,616; together 3,120,562,176 (without the window it would be 62 × 32,768 × 8,192
    // = 16,642,998,272, 5.3 times as much).
    QCOMPARE(kvCacheBytesPerSequence(gemma, 16, 32768), 3120562176.0);
    // Past the window only the 10 global layers grow: one more token adds 10 × 8,192 = 81,920.
    QCOMPARE(kvCacheBytesPerSequence(gemma, 16, 32769) - kvCacheBytesPerSequence(gemma, 16, 32768),
             81920.0);
    // Attended tokens at 32,768: 10 × 32,768 + 52 × 1,024 = 327,680 + 53,248 = 380,928.
    QCOMPARE(attendedTokens(gemma, 32768), 380928.0);
}

void TestKvCache::gptOssStopsGrowingAtTheWindow()
{
    const ModelArchitecture oss = gptOss120b();
    // One layer: 2 × 8 KV heads × 64 dims × 2 bytes = 2,048 bytes a token; 18 sliding and 18
    // full layers.
    QCOMPARE(kvCacheBytesPerTokenPerLayer(oss, 16), 2048.0);
    // 100 tokens (within the 128 window): 36 × 100 × 2,048 = 7,372,800.
    QCOMPARE(kvCacheBytesPerSequence(oss, 16, 100), 7372800.0);
    // 8,192 tokens: 18 × 8,192 × 2,048 + 18 × 128 × 2,048 = 301,989,888 + 4,718,592
    // = 306,708,480.
    QCOMPARE(kvCacheBytesPerSequence(oss, 16, 8192), 306708480.0);
    // In FP8: half of it, 153,354,240.
    QCOMPARE(kvCacheBytesPerSequence(oss, 8, 8192), 153354240.0);
}

void TestKvCache::layersWithoutAttentionCacheNothing()
{
    // Half the layers without attention (a hybrid with state-space layers): 16 layers × 8 × 128
    // × 2 × 2 = 65,536 a token, half of Llama 3.1 8B's 131,072.
    ModelArchitecture hybrid = llama8b();
    hybrid.attentionPattern = {LayerAttention::None, LayerAttention::Full};
    QCOMPARE(kvCacheBytesPerToken(hybrid, 16), 65536.0);
    QCOMPARE(kvCacheBytesPerSequence(hybrid, 16, 1000), 65536000.0);
}

void TestKvCache::prefillPairsOnASlidingLayer()
{
    ModelArchitecture one = llama8b();
    one.layers = 1;
    // A full layer scores P²/2 pairs: 10² / 2 = 50.
    QCOMPARE(prefillAttendedPairs(one, 10), 50.0);
    // A window of 4: the first 4 tokens 4² / 2 = 8, then 6 tokens × 4 = 24; 32 in all.
    one.slidingWindow = 4;
    one.attentionPattern = {LayerAttention::SlidingWindow};
    QCOMPARE(prefillAttendedPairs(one, 10), 32.0);
    // Within the window it is the full layer's: 3² / 2 = 4.5.
    QCOMPARE(prefillAttendedPairs(one, 3), 4.5);
}

void TestKvCache::rooflineUsesTheCappedCache()
{
    // Gemma 3 27B, 30,000 prompt + 2,768 output tokens = 32,768: the sequence's cache is the
    // 3,120,562,176 bytes worked out above, not 62 × 32,768 × 8,192.
    RooflineInput in;
    in.accelerator = h100();
    in.model = gemma3_27b();
    in.quantization = fp8();
    in.promptTokens = 30000;
    in.outputTokens = 2768;
    const RooflineResult r = roofline(in);
    QCOMPARE(r.kvBytesPerToken, 507904.0);
    QCOMPARE(r.kvBytesPerSequence, 3120562176.0);
    // Decode at the mean context 30,000 + 2,768 / 2 = 31,384 reads per sequence
    // 10 × 31,384 × 8,192 + 52 × 1,024 × 8,192 = 2,570,977,280 + 436,207,616 = 3,007,184,896
    // bytes of cache beside the 27.0e9 × 1 byte of FP8 weights.
    QCOMPARE(r.bytesPerDecodeStep, 27.0e9 + 3007184896.0);
}

void TestKvCache::fullAttentionIsUnchanged()
{
    // With full attention on every layer the per-sequence cache is per token × context, as the
    // roofline always had it: 131,072 × 1,800 = 235,929,600.
    QCOMPARE(kvCacheBytesPerSequence(llama8b(), 16, 1800), 235929600.0);
    QCOMPARE(attendedTokens(llama8b(), 1800), 32.0 * 1800);
}

QTEST_APPLESS_MAIN(TestKvCache)
#include "tst_kv_cache.moc"
