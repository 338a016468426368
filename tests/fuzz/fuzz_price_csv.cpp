// Price lists kept as CSV: `pertoken prices import FILE.csv` and the catalog dialog.

#include "fuzz_support.h"
#include "pricing/csv_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const Result<PriceImport> import = importPriceCsv(fuzz::bytes(data, size), u"fuzz"_qs);
    if (import)
        fuzz::checkPricesReload(*import);
    return 0;
}
