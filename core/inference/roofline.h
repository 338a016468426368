#pragma once

#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"
#include "inference/engine_profile.h"
#include "inference/kv_cache.h"

namespace pertoken {

/// Inputs of the roofline model for one replica (a group of `devices` accelerators splitting the
/// model as `engine` does) serving requests of a fixed shape.
struct RooflineInput {
    Accelerator accelerator;
    int devices = 1;
    ModelArchitecture model;
    Quantization quantization;
    double kvCacheBits = 16;
    double promptTokens = 0;
    double outputTokens = 0;
    int batch = 1;    ///< concurrent sequences decoding together
    double mfu = 0.5; ///< model FLOPs utilisation (prefill and compute-bound decode)
    double mbu = 0.7; ///< model bandwidth utilisation (memory-bound decode)
    double memoryReserveFraction = 0.1; ///< share of memory kept for activations and runtime
    EngineProfile engine = EngineProfile::ContinuousBatching;
    /// Fixed time of one forward pass beyond its bytes and FLOPs (kernel launches, scheduling,
    /// sampling): added to every decode step and to every prefill.
    double stepOverheadSeconds = 0;
    /// Mixture-of-experts prefill: the tokens per routed expert at which an expert's matrix
    /// product runs at half the dense MFU (0 = at the dense MFU). See roofline().
    double moePrefillHalfTokens = 0;
    /// Expert parallelism for a mixture-of-experts model on a continuous-batching replica of
    /// several devices: experts spread over the devices, attention and shared weights copied on
    /// each (data-parallel attention). Ignored for dense models, layer splits and one device.
    bool expertParallel = false;
};

enum class Bound { Memory, Compute };

QString boundId(Bound bound); // "memory", "compute"

/// What the roofline model predicts. Times in seconds, rates per second, sizes in bytes.
struct RooflineResult {
    double weightBytes = 0;         ///< totalParams × bytes per weight
    double kvBytesPerToken = 0;     ///< kvCacheBytesPerToken (inference/kv_cache.h)
    double kvBytesPerSequence = 0;  ///< at the request's full context, windows applied
    double residentWeightBytes = 0; ///< weights held by all devices together (copies counted)
    double usableMemoryBytes = 0;   ///< devices × usableMemoryBytes(accelerator, reserve)
    double peakFlops = 0; ///< dense peak at the quantization's precision of the devices working
                          ///< at once: all of them (tensor parallel) or one (layer split)
    double bandwidthBytesPerSecond = 0; ///< likewise
    int maxBatch = 0;  ///< most sequences whose paged KV cache (each at prompt + output/2) fits
    bool fits = false; ///< weights plus one sequence fit in memory
    int batch = 0;     ///< batch actually used: min(requested, maxBatch)
    double prefillSeconds = 0;    ///< one request's prompt: the time to first token
    double decodeStepSeconds = 0; ///< one decode step of the whole batch: time per output token
    /// Parts of the two times above: tensor-parallel all-reduces or layer-split hand-offs (0 on
    /// one device) and the fixed overhead per forward pass.
    double prefillCommunicationSeconds = 0;
    double decodeCommunicationSeconds = 0;
    double overheadSeconds = 0;
    double bytesPerDecodeStep = 0;
    double flopsPerDecodeStep = 0;
    Bound decodeBound = Bound::Memory;
    Bound prefillBound = Bound::Compute;
    double requestsPerSecond = 0;     ///< batch / (batch · prefill + outputTokens · step)
    double outputTokensPerSecond = 0; ///< generated tokens per second of the replica
    double inputTokensPerSecond = 0;  ///< prompt tokens per second of the replica
    double ridgeIntensity = 0;        ///< FLOPs per byte where decode turns compute-bound

    double ttftSeconds() const { return prefillSeconds; }
    double tpotSeconds() const { return decodeStepSeconds; }
};

/// The roofline inference model (Williams et al., CACM 2009; applied to LLMs in LLM-Viewer,
/// arXiv:2402.16363, and kipp.ly's "Transformer Inference Arithmetic"):
///   prefill = max(2·N_active·P / (peak·MFU), W_read / (BW·MBU))          (compute-bound)
///   step(B) = max(2·N_active·B / (peak·MFU), (W_read(B) + B·ctx·kv) / (BW·MBU))
///   kv      = 2 · layers · kvHeads · headDim · kvBits/8 bytes per token (GQA aware; MLA and
///             sliding-window layers as inference/kv_cache.h describes)
/// where ctx is the mean context during generation (prompt + output/2) and B·ctx·kv stands for
/// B · kvCacheBytesPerSequence(ctx), which stops growing on sliding-window layers at the window.
/// Dense models read their active weights every step; a mixture-of-experts model reads its shared
/// weights plus the experts that the batch's tokens route to: expected fraction 1 − (1 − k/E)^B of
/// the expert weights. Tensor parallelism (EngineProfile::ContinuousBatching) splits weights, FLOPs
/// and bandwidth evenly over `devices` and pays for its all-reduces (tensorParallelSeconds); a
/// layer split (EngineProfile::LayerSplit, llama.cpp) adds up the devices' memory but runs them
/// one after another, so peak FLOPs and bandwidth are one device's, and pays for its hand-offs
/// (layerSplitSeconds). Expert parallelism (`expertParallel`) is priced as expertParallelSeconds
/// and the layout below describes. Every forward pass, a
/// decode step or a prefill, also takes the input's fixed `stepOverheadSeconds`. A
/// mixture-of-experts prefill gives each routed expert t = prompt · k / E tokens, a small matrix
/// product that runs at t / (t + moePrefillHalfTokens) of the dense MFU (engines group a
/// prompt's tokens by expert; with few tokens each, the products run far from peak).
///
/// Expert parallelism with data-parallel attention (DeepSeek-V3's serving layout, arXiv:2412.19437
/// section 3.4; SGLang's and vLLM's data-parallel attention with expert parallelism): each of the
/// d devices holds the shared weights (attention, dense layers, shared experts) and E/d of the
/// routed experts, and runs attention for its own ⌈B/d⌉ sequences. A decode step takes the
/// busiest device's time: it reads the shared weights, its share of the experts the batch
/// touches and its sequences' KV cache, and computes its sequences' dense FLOPs plus 1/d of the
/// batch's expert FLOPs; tokens reach remote experts and come back by all-to-all
/// (expertParallelSeconds). One prompt's prefill (the time to first token) runs its dense part
/// on its own device and its experts on all of them; the replica's prefill throughput pools
/// every device, as tensor parallelism does. Memory holds d copies of the shared weights.
RooflineResult roofline(const RooflineInput &input);

/// Time of the all-reduces of one forward pass over `tokens` tokens on a tensor-parallel group of
/// `devices`. Megatron-LM's tensor split (Shoeybi et al., arXiv:1909.08053, section 3) needs two
/// all-reduces per layer, after the attention output projection and after the MLP; each sums
/// tokens × width 16-bit activations, width = attentionHeads × headDim (the hidden size of the
/// models in the catalog). A ring all-reduce sends 2(d − 1)/d of the data over each device's
/// link (Patarasuk and Yuan, J. Parallel Distrib. Comput. 2009) and pays the link's latency:
///   2 · layers · (latency + 2(d − 1)/d · tokens · width · 2 B / link bandwidth)
/// 0 for one device. An accelerator without an interconnect record is taken to sit on PCIe 4.0
/// x16 (32 GB/s each way, 20 µs).
double tensorParallelSeconds(const Accelerator &accelerator, const ModelArchitecture &model,
                             int devices, double tokens);

/// Time of the all-to-alls of one forward pass under expert parallelism over `devices`, where the
/// busiest device holds `tokensPerDevice` tokens: for every layer, a dispatch sends each token's
/// 16-bit activations to its k routed experts and a combine brings the results back; (d − 1)/d
/// of the experts sit on other devices. Per layer, 2 · (latency + tokensPerDevice · k · (d − 1)/d
/// · width · 2 B / link bandwidth); 0 for one device or a dense model. (DeepSeek-V3 dispatches in
/// FP8, halving one of the two transfers; engines differ, so both are counted at 16 bits.)
double expertParallelSeconds(const Accelerator &accelerator, const ModelArchitecture &model,
                             int devices, double tokensPerDevice);

/// Time of the hand-offs of one forward pass over `tokens` tokens on a layer split (pipeline) of
/// `devices`: each of the devices − 1 boundaries passes tokens × width 16-bit activations over
/// the link once, with its latency: (devices − 1) · (latency + tokens · width · 2 B / bandwidth).
double layerSplitSeconds(const Accelerator &accelerator, const ModelArchitecture &model,
                         int devices, double tokens);

/// Bytes of one device's memory an engine may fill with weights and KV cache, by one rule applied
/// once: memoryBytes × min(usableMemoryFraction, 1 − memoryReserveFraction). The device's
/// fraction is the most a runtime gets (vLLM's default gpu_memory_utilization 0.9 already
/// includes its activations; macOS wires about 75% of RAM for the GPU); the option's reserve
/// only tightens it. Multiplying the two, as before, cut a GPU's memory to 81%.
double usableMemoryBytes(const Accelerator &accelerator, double memoryReserveFraction);

/// Weight bytes that one decode step at batch B reads: a dense model's active weights (all but an
/// untied input embedding table), a mixture of experts' shared weights plus the experts touched.
double weightBytesReadPerStep(const ModelArchitecture &model, double bytesPerWeight, int batch);

} // namespace pertoken
