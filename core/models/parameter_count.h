#pragma once

namespace pertoken {

/// The dimensions of a decoder-only transformer that fix its parameter count, as a Hugging Face
/// config.json states them (core/models/hf_config.h fills it in per family).
struct TransformerShape {
    int hiddenSize = 0;
    int layers = 0;
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int intermediateSize = 0; ///< dense MLP width (a dense layer's, or every layer's)
    int vocabSize = 0;
    bool tiedEmbeddings = false;
    int normsPerLayer = 2;       ///< RMSNorm vectors per layer: 2, or 4 in Gemma 2 and 3
    bool qkNorm = false;         ///< per-head RMSNorm on queries and keys (Qwen3, Gemma 3)
    bool qkvBias = false;        ///< biases on the Q, K and V projections (Qwen2, gpt-oss)
    bool outputBias = false;     ///< bias on the attention output projection (gpt-oss)
    bool attentionSinks = false; ///< one learned sink logit per head (gpt-oss)

    // Multi-head latent attention (DeepSeek-V2/V3); kvLoraRank 0 = ordinary attention.
    int qLoraRank = 0; ///< 0 = queries projected directly from the hidden state
    int kvLoraRank = 0;
    int qkNopeHeadDim = 0;
    int qkRopeHeadDim = 0;
    int vHeadDim = 0;

    // Mixture of experts; experts 0 = dense.
    int experts = 0;             ///< routed experts per MoE layer
    int activeExperts = 0;       ///< routed experts per token
    int sharedExperts = 0;       ///< experts of width moeIntermediateSize every token uses
    int moeIntermediateSize = 0; ///< one expert's MLP width
    int denseLayers = 0;         ///< layers with a dense MLP of intermediateSize instead
    bool expertBias = false;     ///< biases in the experts' projections (gpt-oss)
    bool routerBias = false;     ///< a bias per expert in the router (gpt-oss, DeepSeek-V3)
};

/// Parameter counts of a TransformerShape, exact to the weight: every tensor of the Hugging Face
/// implementation of the families hf_config.h reads (transformers' modeling_llama, _mistral,
/// _qwen2, _qwen3, _qwen3_moe, _mixtral, _deepseek_v3, _gemma2, _gemma3, _gpt_oss, _phi3):
///   embedding   V·h, and V·h again for an untied output projection; final norm h
///   attention   h·H·d (Q) + 2·h·K·d (K, V) + H·d·h (O), plus the biases, sinks and Q/K norms
///               the shape says (H heads, K KV heads, d head dimension)
///   MLA         Q: h·q + q + q·H·(dn + dr) with a query rank q (h·H·(dn + dr) without);
///               KV: h·(r + dr) + r + r·H·(dn + dv); O: H·dv·h (DeepSeek-V2, arXiv:2405.04434)
///   dense MLP   3·h·I (gated: gate, up and down projections; Phi-3 fuses gate and up)
///   MoE layer   router h·E, E routed and S shared experts of 3·h·I_e each
///   norms       normsPerLayer · h per layer
/// `total` is every weight (memory). `active` is what one token's forward pass multiplies by
/// (speed): the total less the E − k routed experts it skips in each MoE layer, and less the input
/// embedding table, from which a token reads one row (an untied one; a tied table is the output
/// projection and is read whole). This is the convention of DeepSeek-V3's card (36.6B activated,
/// "including 0.9B for the output Head") and of gpt-oss's (5.13B active for gpt-oss-120b).
struct ParameterCount {
    double total = 0;
    double active = 0;
    double inputEmbedding = 0; ///< V·h, the table a token reads one row of
};
ParameterCount countParameters(const TransformerShape &shape);

} // namespace pertoken
