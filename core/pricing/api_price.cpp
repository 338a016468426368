#include "pricing/api_price.h"

namespace pertoken {

using namespace Qt::StringLiterals;

QString outputModalityId(OutputModality modality)
{
    switch (modality) {
    case OutputModality::Text:
        return u"text"_s;
    case OutputModality::Image:
        return u"image"_s;
    case OutputModality::Audio:
        return u"audio"_s;
    case OutputModality::Embedding:
        return u"embedding"_s;
    }
    return u"text"_s;
}

bool outputModalityFromId(const QString &id, OutputModality *out)
{
    for (const OutputModality modality : {OutputModality::Text, OutputModality::Image,
                                          OutputModality::Audio, OutputModality::Embedding}) {
        if (outputModalityId(modality) == id) {
            if (out)
                *out = modality;
            return true;
        }
    }
    return false;
}

} // namespace pertoken
