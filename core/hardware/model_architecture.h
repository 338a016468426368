#pragma once

#include "models/quality_score.h"

#include <QList>
#include <QString>

namespace pertoken {

/// What one layer's attention keeps in the KV cache: every token of the context (Full), the last
/// `slidingWindow` tokens (SlidingWindow: Mistral 7B v0.1, Gemma 2/3's local layers, gpt-oss's
/// banded layers), or nothing (None: a layer without attention, such as a state-space layer).
enum class LayerAttention { Full, SlidingWindow, None };

QString layerAttentionId(LayerAttention attention); // "full", "sliding", "none"
bool layerAttentionFromId(const QString &id, LayerAttention *attention);

/// A transformer's shape, enough for memory and speed estimates. Memory comes from
/// `totalParams`; compute and bytes read per token from `activeParams` (they differ for
/// mixture-of-experts models). KV cache size uses the real KV head count and head dimension,
/// so grouped-query attention is accounted for (kipp.ly "Transformer Inference Arithmetic";
/// GQA: Ainslie et al., arXiv:2305.13245); multi-head latent attention caches one latent of
/// `kvLoraRank` plus `qkRopeHeadDim` rotary dimensions per layer instead (DeepSeek-V2,
/// arXiv:2405.04434, section 2.1); sliding-window layers hold at most `slidingWindow` tokens.
/// Every field after `source` is optional with a default that describes a plain dense model with
/// full attention on every layer, so records written before they existed read unchanged. The KV
/// and attention arithmetic over these fields is in inference/kv_cache.h.
struct ModelArchitecture {
    QString id;             ///< "llama-3.1-8b"
    QString name;           ///< "Llama 3.1 8B"
    double totalParams = 0; ///< all weights, count
    /// Weights used per token: compute and bytes read. The hand-written presets set it to
    /// totalParams for dense models; counts from a config.json (models/parameter_count.h) leave
    /// out the skipped routed experts and an untied input embedding table (a row lookup).
    double activeParams = 0;
    int layers = 0;
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int experts = 0;       ///< routed experts per MoE layer; 0 for dense models
    int activeExperts = 0; ///< experts chosen per token
    int contextLength = 0; ///< longest supported context, tokens
    QString source;

    int sharedExperts = 0; ///< experts every token passes through beside the routed ones
    int denseLayers = 0;   ///< layers with a dense MLP instead of experts (first_k_dense_replace)
    int kvLoraRank = 0;    ///< multi-head latent attention: cached latent rank; 0 = not MLA
    int qkRopeHeadDim = 0; ///< multi-head latent attention: rotary key dimensions cached beside it
    int slidingWindow = 0; ///< tokens a SlidingWindow layer attends to and caches
    /// Attention of layer i is attentionPattern[i % size]; empty means Full on every layer.
    /// Gemma 3: five SlidingWindow then one Full; Gemma 2 and gpt-oss: SlidingWindow, Full.
    QList<LayerAttention> attentionPattern;
    bool tiedEmbeddings = false; ///< the output projection is the input embedding matrix
    QString asOf;                ///< date the figures were read, YYYY-MM-DD, or empty
    /// A record imported from the model's own files keeps where it came from: the file's name
    /// (not its folder), the hex SHA-256 of the bytes read from it, and what those bytes were:
    /// "file" (a whole config.json) or "header" (a GGUF or safetensors header, never the
    /// weights). All empty for records written by hand.
    QString sourceFile;
    QString sourceSha256;
    QString sourceSha256Scope;
    QList<QualityScore> qualityScores; ///< published scores of this model (instruct variant)

    bool isMoe() const { return experts > 0 && activeExperts > 0 && experts > activeExperts; }
    bool isMla() const { return kvLoraRank > 0; }
    LayerAttention attentionOfLayer(int layer) const
    {
        return attentionPattern.isEmpty() ? LayerAttention::Full
                                          : attentionPattern[layer % attentionPattern.size()];
    }

    bool operator==(const ModelArchitecture &) const = default;
};

} // namespace pertoken
