// PerToken's catalog files: the API price catalog (built in, `prices import --out`, the custom
// catalog's prices) and the hardware catalog (accelerators, models, quantizations). Both parsers
// read every input; a price catalog that loads must load again, unchanged, once saved.

#include "fuzz_support.h"
#include "hardware/hardware_catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const QByteArray bytes = fuzz::bytes(data, size);
    parseHardwareCatalog(bytes, u"fuzz"_qs);
    Result<QList<ApiPrice>> prices = parseApiPriceCatalog(bytes, u"fuzz"_qs);
    if (prices) {
        PriceImport import;
        import.prices = std::move(prices).value();
        fuzz::checkPricesReload(import);
    }
    return 0;
}
