// Hugging Face config.json files (and, after a NUL byte, a model.safetensors.index.json beside
// them), read by readHfConfig. An architecture that reads must be a valid model record: it saves
// and loads back unchanged, its active parameters do not exceed its total, and its KV cache is a
// finite size that never shrinks as the context grows.

#include "fuzz_support.h"
#include "hardware/hardware_catalog.h"
#include "inference/kv_cache.h"
#include "models/hf_config.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const QByteArray bytes = fuzz::bytes(data, size);
    const qsizetype split = bytes.indexOf('\0');
    const Result<HfConfigImport> result =
        split < 0 ? readHfConfig(bytes, u"config.json"_qs)
                  : readHfConfig(bytes.first(split), u"config.json"_qs, bytes.sliced(split + 1),
                                 u"model.safetensors.index.json"_qs);
    if (!result) {
        if (result.error().field.isEmpty() && result.error().message.isEmpty())
            fuzz::fail("an error without a field or message");
        return 0;
    }
    const ModelArchitecture &model = result->model;
    const Result<ModelArchitecture> back = modelFromJson(modelToJson(model), u"t"_qs, {});
    if (!back)
        fuzz::fail("an imported architecture does not load as a record:", back.error().toString());
    if (*back != model)
        fuzz::fail("an imported architecture changes when saved and loaded");
    if (!(model.activeParams > 0 && model.activeParams <= model.totalParams))
        fuzz::fail("active parameters outside (0, total]");
    double previous = 0;
    for (const double context : {0.0, 1.0, 127.0, 4096.0, 1e6}) {
        const double bytesAtContext = kvCacheBytesPerSequence(model, 16, context);
        if (!std::isfinite(bytesAtContext) || bytesAtContext < previous)
            fuzz::fail("the KV cache is not finite or shrinks as the context grows");
        previous = bytesAtContext;
    }
    return 0;
}
