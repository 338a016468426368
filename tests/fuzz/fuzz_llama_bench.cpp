// llama-bench output, `-o json` (possibly truncated) or `-o jsonl`: `pertoken bench import` and
// the benchmark panel. An imported result is kept as JSON in the history and must read back.

#include "bench/llamabench/llama_bench.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const Result<LlamaBenchResult> result =
        parseLlamaBenchOutput(fuzz::bytes(data, size), u"fuzz"_qs);
    if (!result)
        return 0;
    result->decodeTest();
    result->prefillTest();
    const Result<LlamaBenchResult> reloaded =
        llamaBenchFromJson(llamaBenchToJson(*result), u"saved"_qs);
    if (!reloaded)
        fuzz::fail("an imported llama-bench result, once saved, does not load:",
                   reloaded.error().toString());
    if (reloaded->tests.size() != result->tests.size())
        fuzz::fail("an imported llama-bench result loses tests when saved and loaded");
    return 0;
}
