#include "inference/engine_profile.h"

namespace pertoken {

using namespace Qt::StringLiterals;

QString engineProfileId(EngineProfile profile)
{
    return profile == EngineProfile::LayerSplit ? u"layer-split"_s : u"continuous-batching"_s;
}

bool engineProfileFromId(const QString &id, EngineProfile *out)
{
    if (id == u"layer-split"_s) {
        *out = EngineProfile::LayerSplit;
        return true;
    }
    if (id == u"continuous-batching"_s) {
        *out = EngineProfile::ContinuousBatching;
        return true;
    }
    return false;
}

EngineProfile engineProfileOfEngine(const QString &engine)
{
    const QString name = engine.trimmed().toLower();
    if (name == u"llama.cpp"_s || name == u"ollama"_s || name == u"lm studio"_s)
        return EngineProfile::LayerSplit;
    return EngineProfile::ContinuousBatching;
}

} // namespace pertoken
