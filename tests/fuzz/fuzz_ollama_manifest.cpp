// Ollama manifests (models inspect on a model store). A manifest that parses names only blobs
// whose file names stay inside the store's blobs/ folder.

#include "fuzz_support.h"
#include "models/ollama_store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const QByteArray bytes = fuzz::bytes(data, size);
    const Result<OllamaManifest> manifest = parseOllamaManifest(bytes, u"fuzz"_qs);
    if (manifest) {
        QList<OllamaLayer> layers = manifest->layers;
        layers.append(manifest->config);
        for (const OllamaLayer &layer : layers) {
            if (layer.digest.isEmpty())
                continue;
            const QString blob = ollamaBlobName(layer.digest);
            if (blob.contains(u'/') || blob.contains(u'\\') || blob.contains(u".."_qs) ||
                blob.size() != 7 + 64)
                fuzz::fail("a manifest names a blob outside the blobs folder");
        }
    }
    return 0;
}
