#include "hardware/model_architecture.h"

namespace pertoken {

using namespace Qt::StringLiterals;

QString layerAttentionId(LayerAttention attention)
{
    switch (attention) {
    case LayerAttention::Full:
        return u"full"_s;
    case LayerAttention::SlidingWindow:
        return u"sliding"_s;
    case LayerAttention::None:
        break;
    }
    return u"none"_s;
}

bool layerAttentionFromId(const QString &id, LayerAttention *attention)
{
    for (const LayerAttention candidate :
         {LayerAttention::Full, LayerAttention::SlidingWindow, LayerAttention::None}) {
        if (layerAttentionId(candidate) == id) {
            *attention = candidate;
            return true;
        }
    }
    return false;
}

} // namespace pertoken
