#include "inference/kv_cache.h"

#include <algorithm>

namespace pertoken {

namespace {

// Calls `perLayer(attention)` for every layer and sums what it returns.
template <typename PerLayer> double sumOverLayers(const ModelArchitecture &model, PerLayer perLayer)
{
    if (model.attentionPattern.isEmpty())
        return model.layers * perLayer(LayerAttention::Full);
    double sum = 0;
    for (int layer = 0; layer < model.layers; ++layer)
        sum += perLayer(model.attentionOfLayer(layer));
    return sum;
}

double windowOf(const ModelArchitecture &model, LayerAttention attention, double contextTokens)
{
    switch (attention) {
    case LayerAttention::Full:
        return contextTokens;
    case LayerAttention::SlidingWindow:
        return model.slidingWindow > 0 ? std::min<double>(contextTokens, model.slidingWindow)
                                       : contextTokens;
    case LayerAttention::None:
        break;
    }
    return 0.0;
}

} // namespace

double kvCacheBytesPerTokenPerLayer(const ModelArchitecture &model, double kvCacheBits)
{
    if (model.isMla())
        return double(model.kvLoraRank + model.qkRopeHeadDim) * kvCacheBits / 8.0;
    return 2.0 * model.kvHeads * double(model.headDim) * kvCacheBits / 8.0;
}

double kvCacheBytesPerToken(const ModelArchitecture &model, double kvCacheBits)
{
    const double cachingLayers = sumOverLayers(
        model, [](LayerAttention a) { return a == LayerAttention::None ? 0.0 : 1.0; });
    return cachingLayers * kvCacheBytesPerTokenPerLayer(model, kvCacheBits);
}

double attendedTokens(const ModelArchitecture &model, double contextTokens)
{
    const double context = std::max(0.0, contextTokens);
    return sumOverLayers(model, [&](LayerAttention a) { return windowOf(model, a, context); });
}

double kvCacheBytesPerSequence(const ModelArchitecture &model, double kvCacheBits,
                               double contextTokens)
{
    return kvCacheBytesPerTokenPerLayer(model, kvCacheBits) * attendedTokens(model, contextTokens);
}

double prefillAttendedPairs(const ModelArchitecture &model, double promptTokens)
{
    const double p = std::max(0.0, promptTokens);
    return sumOverLayers(model, [&](LayerAttention a) {
        const double w = windowOf(model, a, p);
        if (a == LayerAttention::None)
            return 0.0;
        return w >= p ? 0.5 * p * p : 0.5 * w * w + (p - w) * w;
    });
}

} // namespace pertoken
