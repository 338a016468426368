// LiteLLM's model_prices_and_context_window.json: `pertoken prices import` and the catalog dialog.

#include "fuzz_support.h"
#include "pricing/litellm_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const Result<PriceImport> import =
        importLiteLlmPrices(fuzz::bytes(data, size), u"fuzz"_qs, u"2025-09-05"_qs);
    if (import)
        fuzz::checkPricesReload(*import);
    return 0;
}
