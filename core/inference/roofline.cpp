#include "inference/roofline.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kBatchCeiling = 1 << 16; // beyond any real server's sequence limit

double safeDivide(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;
}

// Attention FLOPs per generated token at a context of `contextTokens`: QK^T and AV each cost
// 2 · ctx · (heads · headDim) per layer (kipp.ly, "Transformer Inference Arithmetic"), with ctx
// capped at the window on sliding-window layers.
double attentionFlopsPerToken(const ModelArchitecture &model, double contextTokens)
{
    return 4.0 * attendedTokens(model, contextTokens) * double(model.attentionHeads) *
           model.headDim;
}

// The routed experts' share of a prefill runs below the dense MFU: a prompt of P tokens gives each
// of E experts t = P·k/E tokens, a small matrix product. Taken as running at t / (t + h) of the
// dense rate (half of it at h tokens), the experts' FLOPs 2·k·e·P cost as much as
// 2·k·e·P · (t + h) / t at the dense rate; this returns the part beyond 2·k·e·P.
double moePrefillExtraFlops(const ModelArchitecture &model, double prompt, double halfTokens)
{
    if (!model.isMoe() || halfTokens <= 0 || prompt <= 0)
        return 0.0;
    const double e =
        (model.totalParams - model.activeParams) / (model.experts - model.activeExperts);
    const double expertFlops = 2.0 * model.activeExperts * e * prompt;
    const double tokensPerExpert = prompt * model.activeExperts / model.experts;
    return expertFlops * halfTokens / tokensPerExpert;
}

} // namespace

QString boundId(Bound bound)
{
    return bound == Bound::Memory ? u"memory"_s : u"compute"_s;
}

double usableMemoryBytes(const Accelerator &accelerator, double memoryReserveFraction)
{
    const double share = std::min(accelerator.usableMemoryFraction,
                                  1.0 - std::clamp(memoryReserveFraction, 0.0, 1.0));
    return accelerator.memoryBytes() * std::max(0.0, share);
}

namespace {

// A mixture of experts' parameters as shared + E·e with k·e active per token: from
// total = shared + E·e and active = shared + k·e, the per-expert size e and the shared size.
struct ExpertSplit {
    double perExpert = 0;
    double shared = 0;
};

ExpertSplit expertSplit(const ModelArchitecture &model)
{
    const double e =
        (model.totalParams - model.activeParams) / (model.experts - model.activeExperts);
    return {e, std::max(0.0, model.activeParams - model.activeExperts * e)};
}

// Share of the experts that B tokens touch: each picks k of E, so an expert is untouched with
// probability (1 − k/E)^B.
double touchedExpertShare(const ModelArchitecture &model, double tokens)
{
    return 1.0 - std::pow(1.0 - double(model.activeExperts) / model.experts,
                          std::max(1.0, std::floor(tokens)));
}

} // namespace

double weightBytesReadPerStep(const ModelArchitecture &model, double bytesPerWeight, int batch)
{
    // Dense: the weights used per token, which leave out an untied input embedding table (each
    // token reads one row of it); records without the distinction have active = total.
    if (!model.isMoe())
        return std::min(model.activeParams > 0 ? model.activeParams : model.totalParams,
                        model.totalParams) *
               bytesPerWeight;
    const ExpertSplit split = expertSplit(model);
    return (split.shared + touchedExpertShare(model, batch) * model.experts * split.perExpert) *
           bytesPerWeight;
}

namespace {

// An accelerator's link for activations between devices, and the bytes of one transfer: tokens
// × width (attention heads × head dimension) 16-bit values. A record without an interconnect is
// taken to sit on PCIe 4.0 x16: 32 GB/s each way, 20 µs.
struct Link {
    double bytesPerSecond = 32e9;
    double latencySeconds = 20e-6;
};

Link linkOf(const Accelerator &accelerator)
{
    if (accelerator.interconnectGBps <= 0)
        return {};
    return {accelerator.interconnectGBps * 1e9, accelerator.interconnectLatencyUs * 1e-6};
}

double activationBytes(const ModelArchitecture &model, double tokens)
{
    return tokens * double(model.attentionHeads) * model.headDim * 2.0;
}

} // namespace

double tensorParallelSeconds(const Accelerator &accelerator, const ModelArchitecture &model,
                             int devices, double tokens)
{
    if (devices <= 1 || tokens <= 0)
        return 0.0;
    const Link link = linkOf(accelerator);
    const double ringShare = 2.0 * (devices - 1) / devices;
    const double perAllReduce =
        link.latencySeconds + ringShare * activationBytes(model, tokens) / link.bytesPerSecond;
    return 2.0 * model.layers * perAllReduce;
}

double expertParallelSeconds(const Accelerator &accelerator, const ModelArchitecture &model,
                             int devices, double tokensPerDevice)
{
    if (devices <= 1 || tokensPerDevice <= 0 || !model.isMoe())
        return 0.0;
    const Link link = linkOf(accelerator);
    const double remoteShare = double(devices - 1) / devices;
    const double perAllToAll = link.latencySeconds + remoteShare * model.activeExperts *
                                                         activationBytes(model, tokensPerDevice) /
                                                         link.bytesPerSecond;
    return 2.0 * model.layers * perAllToAll;
}

double layerSplitSeconds(const Accelerator &accelerator, const ModelArchitecture &model,
                         int devices, double tokens)
{
    if (devices <= 1 || tokens <= 0)
        return 0.0;
    const Link link = linkOf(accelerator);
    return (devices - 1) *
           (link.latencySeconds + activationBytes(model, tokens) / link.bytesPerSecond);
}

RooflineResult roofline(const RooflineInput &in)
{
    RooflineResult r;
    const int devices = std::max(1, in.devices);
    const ModelArchitecture &model = in.model;
    const double bytesPerWeight = in.quantization.bytesPerWeight();

    r.weightBytes = model.totalParams * bytesPerWeight;
    r.kvBytesPerToken = kvCacheBytesPerToken(model, in.kvCacheBits);
    const double fullContext = in.promptTokens + in.outputTokens;
    r.kvBytesPerSequence = kvCacheBytesPerSequence(model, in.kvCacheBits, fullContext);
    r.usableMemoryBytes = usableMemoryBytes(in.accelerator, in.memoryReserveFraction) * devices;

    const bool layerSplit = in.engine == EngineProfile::LayerSplit;
    // Expert parallelism with data-parallel attention: every device a copy of the shared weights.
    const bool expertParallel = in.expertParallel && model.isMoe() && !layerSplit && devices > 1;
    const ExpertSplit split = model.isMoe() ? expertSplit(model) : ExpertSplit{};
    const double expertBytes = model.experts * split.perExpert * bytesPerWeight;
    r.residentWeightBytes =
        expertParallel ? devices * split.shared * bytesPerWeight + expertBytes : r.weightBytes;

    const bool fp8 =
        in.quantization.compute == ComputePrecision::Fp8 && in.accelerator.fp8Tflops > 0;
    const double deviceFlops = (fp8 ? in.accelerator.fp8Tflops : in.accelerator.bf16Tflops) * 1e12;
    // A layer split passes each token through the devices in turn: the sum of their times for
    // their shares of the bytes is the time of all the bytes on one device.
    const int working = layerSplit ? 1 : devices;
    r.peakFlops = working * deviceFlops;
    r.bandwidthBytesPerSecond = working * in.accelerator.bandwidthBytesPerSecond();
    r.ridgeIntensity = safeDivide(r.peakFlops, r.bandwidthBytesPerSecond);

    // Paged KV caches (vLLM's PagedAttention, Kwon et al., arXiv:2309.06180; llama.cpp's unified
    // cache) hold the blocks a sequence has filled, not its whole prompt plus output: one
    // sequence must reach its full context, and a batch of sequences at staggered points of
    // their generation holds on average the prompt plus half the output each.
    const double freeBytes = r.usableMemoryBytes - r.residentWeightBytes;
    const double meanKvBytes =
        kvCacheBytesPerSequence(model, in.kvCacheBits, in.promptTokens + in.outputTokens / 2.0);
    r.fits = freeBytes >= r.kvBytesPerSequence && freeBytes > 0;
    if (freeBytes <= 0)
        r.maxBatch = 0;
    else if (meanKvBytes <= 0)
        r.maxBatch = kBatchCeiling;
    else
        r.maxBatch = int(std::min<double>(kBatchCeiling, std::floor(freeBytes / meanKvBytes)));
    r.batch = std::clamp(in.batch, 1, std::max(1, r.maxBatch));

    const double flopRate = r.peakFlops * in.mfu;
    const double byteRate = r.bandwidthBytesPerSecond * in.mbu;
    const double deviceFlopRate = deviceFlops * in.mfu;
    const double deviceByteRate = in.accelerator.bandwidthBytesPerSecond() * in.mbu;

    // Prefill: every prompt token through every active weight, plus causal attention
    // (half of the full P×P score matrix); weights are read once for the whole prompt.
    const double prompt = in.promptTokens;
    const double attentionPrefillFlops =
        4.0 * prefillAttendedPairs(model, prompt) * double(model.attentionHeads) * model.headDim;
    const double prefillFlops = 2.0 * model.activeParams * prompt + attentionPrefillFlops;
    const double promptKvBytes = kvCacheBytesPerSequence(model, in.kvCacheBits, prompt);
    const double moeExtraFlops = moePrefillExtraFlops(model, prompt, in.moePrefillHalfTokens);
    const double prefillBytes =
        weightBytesReadPerStep(model, bytesPerWeight,
                               int(std::min<double>(prompt, kBatchCeiling))) +
        promptKvBytes;
    // Pooled over the replica: the prefill work of many prompts shares all working devices.
    const double prefillCompute = safeDivide(prefillFlops + moeExtraFlops, flopRate);
    const double prefillMemory = safeDivide(prefillBytes, byteRate);
    r.overheadSeconds = std::max(0.0, in.stepOverheadSeconds);
    double pooledPrefillSeconds = 0;
    if (expertParallel) {
        // One prompt: its dense part on its own device, its experts on all of them.
        const double expertFlops = 2.0 * model.activeExperts * split.perExpert * prompt;
        const double latencyCompute = safeDivide(prefillFlops - expertFlops, deviceFlopRate) +
                                      safeDivide(expertFlops + moeExtraFlops, flopRate);
        const double latencyMemory = safeDivide(
            split.shared * bytesPerWeight +
                touchedExpertShare(model, prompt) * expertBytes / devices + promptKvBytes,
            deviceByteRate);
        r.prefillCommunicationSeconds =
            expertParallelSeconds(in.accelerator, model, devices, prompt);
        r.prefillSeconds = prompt > 0 ? std::max(latencyCompute, latencyMemory) +
                                            r.prefillCommunicationSeconds + r.overheadSeconds
                                      : 0.0;
        r.prefillBound = latencyCompute >= latencyMemory ? Bound::Compute : Bound::Memory;
        // d prompts at once, one per device: each device's all-to-alls carry one prompt.
        pooledPrefillSeconds = prompt > 0
                                   ? std::max(prefillCompute, prefillMemory) +
                                         r.prefillCommunicationSeconds / devices + r.overheadSeconds
                                   : 0.0;
    } else {
        r.prefillCommunicationSeconds =
            layerSplit ? layerSplitSeconds(in.accelerator, model, devices, prompt)
                       : tensorParallelSeconds(in.accelerator, model, working, prompt);
        r.prefillSeconds = prompt > 0 ? std::max(prefillCompute, prefillMemory) +
                                            r.prefillCommunicationSeconds + r.overheadSeconds
                                      : 0.0;
        r.prefillBound = prefillCompute >= prefillMemory ? Bound::Compute : Bound::Memory;
        pooledPrefillSeconds = r.prefillSeconds;
    }

    // Decode: one step generates one token for each of the batch's sequences, at the mean
    // context of a generation (prompt plus half the output).
    const double meanContext = prompt + in.outputTokens / 2.0;
    const double meanKvSequence = kvCacheBytesPerSequence(model, in.kvCacheBits, meanContext);
    const double attentionFlops = attentionFlopsPerToken(model, meanContext);
    if (expertParallel) {
        // The busiest device: ⌈B/d⌉ sequences of attention and shared weights, 1/d of the
        // batch's expert work. Counted d times, so the replica-wide rates below give its time.
        const double perDevice = std::ceil(double(r.batch) / devices);
        const double busiestBytes = split.shared * bytesPerWeight +
                                    touchedExpertShare(model, r.batch) * expertBytes / devices +
                                    perDevice * meanKvSequence;
        const double busiestFlops = perDevice * (2.0 * split.shared + attentionFlops) +
                                    2.0 * model.activeExperts * split.perExpert * r.batch / devices;
        r.bytesPerDecodeStep = devices * busiestBytes;
        r.flopsPerDecodeStep = devices * busiestFlops;
        r.decodeCommunicationSeconds =
            expertParallelSeconds(in.accelerator, model, devices, perDevice);
    } else {
        r.flopsPerDecodeStep = r.batch * (2.0 * model.activeParams + attentionFlops);
        r.bytesPerDecodeStep =
            weightBytesReadPerStep(model, bytesPerWeight, r.batch) + r.batch * meanKvSequence;
        r.decodeCommunicationSeconds =
            layerSplit ? layerSplitSeconds(in.accelerator, model, devices, r.batch)
                       : tensorParallelSeconds(in.accelerator, model, working, r.batch);
    }
    const double decodeCompute = safeDivide(r.flopsPerDecodeStep, flopRate);
    const double decodeMemory = safeDivide(r.bytesPerDecodeStep, byteRate);
    r.decodeStepSeconds =
        std::max(decodeCompute, decodeMemory) + r.decodeCommunicationSeconds + r.overheadSeconds;
    r.decodeBound = decodeCompute > decodeMemory ? Bound::Compute : Bound::Memory;

    // A replica cycles through prefilling its batch's prompts and decoding their outputs.
    const double cycleSeconds =
        r.batch * pooledPrefillSeconds + in.outputTokens * r.decodeStepSeconds;
    r.requestsPerSecond = safeDivide(r.batch, cycleSeconds);
    r.outputTokensPerSecond = r.requestsPerSecond * in.outputTokens;
    r.inputTokensPerSecond = r.requestsPerSecond * in.promptTokens;
    return r;
}

} // namespace pertoken
