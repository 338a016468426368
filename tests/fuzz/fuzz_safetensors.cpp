// safetensors headers and model.safetensors.index.json (models inspect): every input is read as
// both. A header that parses has every tensor inside the file's data section, its bytes no more
// than that section holds.

#include "fuzz_support.h"
#include "models/safetensors_header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const QByteArray bytes = fuzz::bytes(data, size);
    const Result<SafetensorsHeader> header =
        parseSafetensorsHeader(bytes, bytes.size(), u"fuzz"_qs);
    if (header) {
        const qint64 dataBytes = bytes.size() - 8 - header->headerBytes;
        if (header->tensorBytes > dataBytes)
            fuzz::fail("safetensors tensors take more bytes than the file holds");
        for (const SafetensorsTensor &tensor : header->tensors) {
            if (tensor.begin < 0 || tensor.end > dataBytes || tensor.begin > tensor.end)
                fuzz::fail("a safetensors tensor lies outside the data section");
        }
    }
    const Result<SafetensorsIndex> index = parseSafetensorsIndex(bytes, u"fuzz"_qs);
    if (index) {
        for (const QString &shard : index->shards) {
            if (shard.contains(u'/') || shard == u".."_qs)
                fuzz::fail("an index names a shard outside its folder");
        }
    }
    return 0;
}
