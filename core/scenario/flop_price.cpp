#include "scenario/flop_price.h"

#include "cost/option_costing.h"

namespace pertoken {

std::optional<FlopPrices> scenarioFlopPrices(const Scenario &scenario,
                                             const FlopPrices &utilizations)
{
    for (const DeploymentOption &option : scenario.options) {
        const auto *s = std::get_if<SelfHostedOption>(&option.spec);
        if (!option.enabled || !s)
            continue;
        const bool fp8 =
            s->quantization.compute == ComputePrecision::Fp8 && s->accelerator.fp8Tflops > 0;
        const double peakFlops =
            (fp8 ? s->accelerator.fp8Tflops : s->accelerator.bf16Tflops) * 1e12;
        const double usdPerGpuHour = gpuHourCost(*s).totalUsd();
        if (!(peakFlops > 0) || !(usdPerGpuHour > 0))
            continue;
        FlopPrices prices = utilizations;
        prices.trainingUsdPerFlop = usdPerGpuHour / (3600.0 * peakFlops);
        prices.inferenceUsdPerFlop = prices.trainingUsdPerFlop;
        return prices;
    }
    return std::nullopt;
}

} // namespace pertoken
