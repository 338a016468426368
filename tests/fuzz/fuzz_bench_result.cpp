// PerToken's own benchmark result files (pertoken.bench/1): `pertoken bench import`, the history
// list and the benchmark panel. A result that loads must be summarised and saved again unchanged.

#include "bench/results/bench_result.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const QByteArray bytes = fuzz::bytes(data, size);
    if (!looksLikeBenchResult(bytes))
        return 0;
    const Result<BenchResult> result = parseBenchResult(bytes, u"fuzz"_qs);
    if (!result)
        return 0;
    benchResultSummary(*result);
    const QByteArray saved = benchResultToJson(*result);
    const Result<BenchResult> reloaded = parseBenchResult(saved, u"saved"_qs);
    if (!reloaded)
        fuzz::fail("a loaded benchmark result, once saved, does not load:",
                   reloaded.error().toString());
    if (benchResultToJson(*reloaded) != saved)
        fuzz::fail("a saved benchmark result changes when loaded and saved again");
    return 0;
}
