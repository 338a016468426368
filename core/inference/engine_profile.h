#pragma once

#include <QString>

namespace pertoken {

/// How an inference engine spreads one replica over its devices, which decides what a decode step
/// costs when a replica has more than one:
/// - ContinuousBatching: vLLM, SGLang, TensorRT-LLM and NIM split every layer by tensor
///   parallelism (Megatron-LM, Shoeybi et al., arXiv:1909.08053), so all devices read their
///   share of the weights at once: step time = bytes / (devices × bandwidth);
/// - LayerSplit: llama.cpp's default `--split-mode layer` gives each device a run of consecutive
///   layers; one sequence's token passes through them one device after another, so a step takes
///   the sum of the devices' times: bytes / one device's bandwidth (and FLOPs likewise). Memory
///   still adds up over the devices.
enum class EngineProfile { ContinuousBatching, LayerSplit };

QString engineProfileId(EngineProfile profile); // "continuous-batching", "layer-split"
bool engineProfileFromId(const QString &id, EngineProfile *out);

/// The KV cache precision an engine uses unless told otherwise, the default of an option's
/// `kvCacheBits`: 16 bits under both profiles. llama.cpp stores K and V as f16 (`--cache-type-k`
/// and `--cache-type-v` default to f16, llama.cpp common/arg.cpp); vLLM's and SGLang's
/// `--kv-cache-dtype auto` keep the model's activation type, bf16 or fp16 even for FP8 weights
/// (vLLM docs, "Quantized KV Cache"). TensorRT-LLM and NIM store an 8-bit cache only where the
/// checkpoint was quantized with one, so an option says so itself (kvCacheBits 8), as the
/// validation suite's TensorRT-LLM and NIM sources do.
inline constexpr double kDefaultKvCacheBits = 16;

/// The profile of a named engine: "llama.cpp" (and its front ends Ollama and LM Studio) is
/// LayerSplit, every other engine ContinuousBatching.
EngineProfile engineProfileOfEngine(const QString &engine);

} // namespace pertoken
