// Scenario files (.pertoken): what File > Open, autosave recovery and `--scenario` read. A scenario
// that loads is evaluated, as the dashboard and `pertoken eval` do at once, and must survive being
// saved and loaded again unchanged.

#include "fuzz_support.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    const Result<Scenario> scenario = scenarioFromBytes(fuzz::bytes(data, size), u"fuzz"_qs);
    if (!scenario)
        return 0;
    evaluate(*scenario);
    const QByteArray saved = scenarioToBytes(*scenario);
    const Result<Scenario> reloaded = scenarioFromBytes(saved, u"saved"_qs);
    if (!reloaded)
        fuzz::fail("a loaded scenario, once saved, does not load:", reloaded.error().toString());
    if (scenarioToBytes(*reloaded) != saved)
        fuzz::fail("a saved scenario changes when loaded and saved again");
    return 0;
}
