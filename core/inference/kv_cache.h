#pragma once

#include "hardware/model_architecture.h"

namespace pertoken {

/// The KV cache and attention span of one sequence, from the architecture description alone.
/// Every size is in bytes at the KV cache's own precision `kvCacheBits` (16, 8 or 4), which is
/// independent of the weights' quantization.
///
/// Per layer and token the cache holds
///   MHA, GQA, MQA: 2 (K and V) · kvHeads · headDim · kvCacheBits / 8
///                  (MHA: kvHeads = heads; MQA: kvHeads = 1; GQA, Ainslie et al.,
///                  arXiv:2305.13245, in between)
///   MLA:           (kvLoraRank + qkRopeHeadDim) · kvCacheBits / 8
///                  (DeepSeek-V2, arXiv:2405.04434, section 2.1.3: the compressed latent c_KV
///                  and the decoupled rotary key k_R are all that is cached)
/// A Full layer caches every token of the context, a SlidingWindow layer at most the last
/// `slidingWindow` tokens (Beltagy et al., arXiv:2004.05150; Gemma 3 report, arXiv:2503.19786,
/// section 2), a None layer nothing.

/// Bytes one layer with attention caches per token.
double kvCacheBytesPerTokenPerLayer(const ModelArchitecture &model, double kvCacheBits);

/// Bytes the whole model caches per token of context while the context is within every window:
/// the per-layer bytes times the layers that have attention. For Llama 3.1 8B at 16 bits:
/// 2 · 32 · 8 · 128 · 2 = 131,072.
double kvCacheBytesPerToken(const ModelArchitecture &model, double kvCacheBits);

/// Σ over layers of the context tokens each layer caches and attends to at a context of
/// `contextTokens`: the context on Full layers, min(context, window) on SlidingWindow layers.
double attendedTokens(const ModelArchitecture &model, double contextTokens);

/// Bytes one sequence's cache holds at a context of `contextTokens`:
/// kvCacheBytesPerTokenPerLayer × attendedTokens. It stops growing on the local layers once the
/// context passes the window.
double kvCacheBytesPerSequence(const ModelArchitecture &model, double kvCacheBits,
                               double contextTokens);

/// Σ over layers of the (query, key) pairs causal attention scores while a prompt of
/// `promptTokens` is prefilled: P²/2 on a Full layer; on a SlidingWindow layer of window w,
/// P²/2 while P ≤ w and w²/2 + (P − w)·w beyond it.
double prefillAttendedPairs(const ModelArchitecture &model, double promptTokens);

} // namespace pertoken
