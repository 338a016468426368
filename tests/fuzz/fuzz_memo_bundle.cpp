// Decision-memo bundles (.zip), read from memory as `loadScenarioOrBundle` reads them from a file:
// the archive with its manifest checks, then the scenario inside it.

#include "fuzz_support.h"
#include "memo/memo_bundle.h"
#include "scenario/scenario_json.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pertoken;
    QByteArray bytes = fuzz::bytes(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    const Result<MemoBundle> bundle = readMemoBundle(&device, u"fuzz.zip"_qs);
    if (!bundle)
        return 0;
    for (auto it = bundle->entries.cbegin(); it != bundle->entries.cend(); ++it) {
        if (!isAllowedBundleName(it.key()))
            fuzz::fail("a bundle entry outside the allow-list was read:", it.key());
    }
    if (bundle->entries.contains(u"scenario.pertoken"_qs))
        scenarioFromBytes(bundle->entries.value(u"scenario.pertoken"_qs), u"fuzz.zip"_qs);
    return 0;
}
