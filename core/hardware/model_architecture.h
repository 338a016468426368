#pragma once

#include <QString>

namespace pertoken {

/// A transformer's shape, enough for memory and speed estimates. Memory comes from
/// `totalParams`; compute and bytes read per token from `activeParams` (they differ for
/// mixture-of-experts models). KV cache size uses the real KV head count and head dimension,
/// so grouped-query attention is accounted for (kipp.ly "Transformer Inference Arithmetic";
/// GQA: Ainslie et al., arXiv:2305.13245).
struct ModelArchitecture {
    QString id;              ///< "llama-3.1-8b"
    QString name;            ///< "Llama 3.1 8B"
    double totalParams = 0;  ///< all weights, count
    double activeParams = 0; ///< weights used per token (== totalParams for dense models)
    int layers = 0;
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int experts = 0;       ///< routed experts per MoE layer; 0 for dense models
    int activeExperts = 0; ///< experts chosen per token
    int contextLength = 0; ///< longest supported context, tokens
    QString source;

    bool isMoe() const { return experts > 0 && activeExperts > 0 && experts > activeExperts; }

    bool operator==(const ModelArchitecture &) const = default;
};

} // namespace pertoken
