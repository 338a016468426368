#include "scenario/scenario.h"

#include "cost/option_builder.h"
#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// Catalog entries by id. A missing entry leaves a record carrying only its id, which evaluate()
// reports as an option that cannot serve (the catalog tests keep these ids present).
template <typename T> T catalogEntry(const T *entry, const QString &id)
{
    if (entry)
        return *entry;
    T missing;
    missing.id = id;
    return missing;
}

Accelerator accelerator(const QString &id)
{
    return catalogEntry(findAccelerator(id), id);
}
ModelArchitecture model(const QString &id)
{
    return catalogEntry(findModel(id), id);
}
Quantization quantization(const QString &id)
{
    return catalogEntry(findQuantization(id), id);
}
ApiPrice apiPrice(const QString &id)
{
    return catalogEntry(findApiPrice(id), id);
}

// Built-in options carry the names the option builder gives, so they follow their hardware,
// model and quantization as a new option's do.
template <typename Spec> DeploymentOption named(const QString &id, const Spec &spec)
{
    DeploymentOption option;
    option.id = id;
    option.spec = spec;
    option.name = defaultOptionName(option);
    return option;
}

DeploymentOption cloudOption(const QString &id, const QString &priceId)
{
    return named(id, CloudApiOption{apiPrice(priceId)});
}

} // namespace

const DeploymentOption *Scenario::option(const QString &id) const
{
    for (const DeploymentOption &candidate : options) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

DeploymentOption *Scenario::option(const QString &id)
{
    for (DeploymentOption &candidate : options) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

Scenario defaultScenario()
{
    Scenario s;
    s.name = u"Support assistant, 2 M requests a month"_s;
    s.description =
        u"A customer-support assistant: 2 million requests a month of 1,500 prompt tokens (30% "
        "served from a prompt cache) and 300 generated tokens, 40 requests in flight at peak, "
        "answers starting within 1 s and streaming at 20 tokens/s or faster."_s;
    s.workload.requestsPerMonth = 2e6;
    s.workload.inputTokensPerRequest = 1500;
    s.workload.outputTokensPerRequest = 300;
    s.workload.cachedInputFraction = 0.3;
    s.workload.batchApiFraction = 0.0;
    s.workload.peakConcurrentRequests = 40;
    s.workload.ttftTargetMs = 1000;
    s.workload.tpotTargetMs = 50;

    s.options.append(cloudOption(u"gpt-4o"_s, u"openai/gpt-4o"_s));
    s.options.append(cloudOption(u"claude-sonnet-4"_s, u"anthropic/claude-sonnet-4"_s));
    s.options.append(cloudOption(u"mai-image-2-efficient"_s, u"microsoft/mai-image-2-efficient"_s));

    // Llama 3.1 8B in FP8 on one rented H100 SXM at Lambda's 8-GPU on-demand rate
    // ($23.92/h / 8 = $2.99/GPU-h, SkyPilot catalog v7/lambda).
    SelfHostedOption small;
    small.accelerator = accelerator(u"h100-sxm"_s);
    small.model = model(u"llama-3.1-8b"_s);
    small.quantization = quantization(u"fp8"_s);
    small.gpusPerReplica = 1;
    small.maxBatch = 64;
    small.acquisition = Acquisition::Rent;
    small.rentalUsdPerGpuHour = 2.99;
    small.operationsUsdPerMonth = 2000;
    small.powerWattsPerGpu = small.accelerator.powerWatts;
    if (small.accelerator.purchaseUsd > 0)
        small.purchaseUsdPerGpu = small.accelerator.purchaseUsd;
    s.options.append(named(u"llama-8b-h100-rented"_s, small));

    // Llama 3.3 70B in FP8 on bought H100s: ~$50k per GPU all-in (server share included),
    // 1,275 W per GPU (DGX H100: 10.2 kW for 8), PUE 1.2, 4-year life at 8%.
    SelfHostedOption large;
    large.accelerator = accelerator(u"h100-sxm"_s);
    large.model = model(u"llama-3.3-70b"_s);
    large.quantization = quantization(u"fp8"_s);
    large.gpusPerReplica = 0;
    large.maxBatch = 64;
    large.acquisition = Acquisition::Buy;
    large.purchaseUsdPerGpu = 50000;
    large.lifetimeYears = 4;
    large.costOfCapital = 0.08;
    large.powerWattsPerGpu = 1275;
    large.averagePowerFraction = 0.7;
    large.pue = 1.2;
    large.electricityUsdPerKWh = 0.10;
    large.hostingUsdPerGpuMonth = 150;
    large.operationsUsdPerMonth = 8000;
    s.options.append(named(u"llama-70b-h100-owned"_s, large));

    // Llama 3.3 70B in Q4_K_M on a 64 GB M4 Max laptop the team already owns; a quarter of its
    // price is charged to inference.
    OnDeviceOption laptop;
    laptop.device = accelerator(u"m4-max-64gb"_s);
    laptop.model = model(u"llama-3.3-70b"_s);
    laptop.quantization = quantization(u"q4_k_m"_s);
    laptop.memoryReserveFraction = 0.05;
    laptop.attribution = Attribution::Amortized;
    laptop.attributionShare = 0.25;
    laptop.devicePriceUsd = laptop.device.purchaseUsd;
    laptop.lifetimeYears = 3;
    laptop.hoursInUsePerDay = 8;
    laptop.powerWatts = laptop.device.powerWatts;
    laptop.electricityUsdPerKWh = 0.15;
    s.options.append(named(u"llama-70b-q4-laptop"_s, laptop));

    s.ranges = {
        {u"llama-8b-h100-rented"_s, u"rentalUsdPerGpuHour"_s, 1.87, 4.25},
        {u"llama-70b-h100-owned"_s, u"purchaseUsdPerGpu"_s, 35000, 65000},
        {u"llama-70b-q4-laptop"_s, u"attributionShare"_s, 0.1, 0.5},
    };
    return s;
}

} // namespace pertoken
