#include "models/parameter_count.h"

#include <algorithm>

namespace pertoken {

namespace {

double attentionParameters(const TransformerShape &s)
{
    const double h = s.hiddenSize;
    const double heads = s.attentionHeads;
    if (s.kvLoraRank > 0) {
        const double qkDim = double(s.qkNopeHeadDim) + s.qkRopeHeadDim;
        const double q = s.qLoraRank > 0
                             ? h * s.qLoraRank + s.qLoraRank + double(s.qLoraRank) * heads * qkDim
                             : h * heads * qkDim;
        const double kv = h * (double(s.kvLoraRank) + s.qkRopeHeadDim) + s.kvLoraRank +
                          double(s.kvLoraRank) * heads * (double(s.qkNopeHeadDim) + s.vHeadDim);
        const double o = heads * s.vHeadDim * h;
        return q + kv + o;
    }
    const double qDim = heads * s.headDim;
    const double kvDim = double(s.kvHeads) * s.headDim;
    double p = h * qDim + 2.0 * h * kvDim + qDim * h;
    if (s.qkvBias)
        p += qDim + 2.0 * kvDim;
    if (s.outputBias)
        p += h;
    if (s.attentionSinks)
        p += heads;
    if (s.qkNorm)
        p += 2.0 * s.headDim;
    return p;
}

} // namespace

ParameterCount countParameters(const TransformerShape &s)
{
    const double h = s.hiddenSize;
    const double embedding = double(s.vocabSize) * h;
    const double outputProjection = s.tiedEmbeddings ? 0.0 : embedding;
    const double perLayer = attentionParameters(s) + double(s.normsPerLayer) * h;
    const double denseMlp = 3.0 * h * s.intermediateSize;

    const bool moe = s.experts > 0;
    const int moeLayers = moe ? std::max(0, s.layers - s.denseLayers) : 0;
    const int denseLayers = s.layers - moeLayers;
    const double expert =
        3.0 * h * s.moeIntermediateSize + (s.expertBias ? 2.0 * s.moeIntermediateSize + h : 0.0);
    const double router = h * s.experts + (s.routerBias ? s.experts : 0);
    const double shared = double(s.sharedExperts) * 3.0 * h * s.moeIntermediateSize;

    const double common = embedding + outputProjection + h + s.layers * perLayer +
                          denseLayers * denseMlp + moeLayers * (router + shared);
    ParameterCount count;
    count.inputEmbedding = embedding;
    count.total = common + double(moeLayers) * s.experts * expert;
    count.active = common + double(moeLayers) * s.activeExperts * expert -
                   (s.tiedEmbeddings ? 0.0 : embedding);
    return count;
}

} // namespace pertoken
