// GGUF headers (models inspect): parseGgufHeader on the whole input as a file, then on its first
// half as the prefix of that file. A header read from a prefix must equal the one read from the
// whole file; a header that parses lies inside the file and converts to an architecture.

#include "fuzz_support.h"
#include "models/gguf_architecture.h"
#include "models/gguf_header.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const QByteArray bytes = fuzz::bytes(data, size);
    const Result<GgufHeader> whole = parseGgufHeader(bytes, bytes.size(), u"fuzz"_qs);
    if (whole) {
        if (whole->tensorBytes > bytes.size() || whole->dataOffset < 24)
            fuzz::fail("a GGUF header's tensors lie outside its file");
        if (!std::isfinite(whole->bitsPerWeight()) || whole->bitsPerWeight() < 0)
            fuzz::fail("a GGUF header's bits per weight is not a number");
        const GgufArchitecture architecture = ggufToArchitecture(*whole, u"fuzz"_qs);
        if (architecture.model.activeParams > architecture.model.totalParams)
            fuzz::fail("a GGUF model has more active than total parameters");
        ggufQuantization(*whole, u"fuzz"_qs);
    }
    const Result<GgufHeader> half =
        parseGgufHeader(QByteArrayView(bytes).first(bytes.size() / 2), bytes.size(), u"fuzz"_qs);
    if (half && (!whole || half->tensors != whole->tensors ||
                 half->parameterCount != whole->parameterCount ||
                 half->chatTemplateSha256 != whole->chatTemplateSha256))
        fuzz::fail("a GGUF header read from a prefix differs from the whole file's");
    return 0;
}
