#include "pricing/api_cost.h"

#include <algorithm>
#include <limits>

namespace pertoken {

RequestCost requestCostBreakdown(const ApiPrice &price, double inputTokens,
                                 double cachedInputTokens, double outputTokens, bool batch)
{
    RequestCost cost;
    if (!price.isPriced()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        cost.inputUsd = cost.cachedInputUsd = cost.outputUsd = nan;
        return cost;
    }
    double inputRate = price.inputUsdPerMTok;
    double outputRate = price.outputUsdPerMTok;
    double cachedRate =
        price.cachedInputUsdPerMTok >= 0 ? price.cachedInputUsdPerMTok : price.inputUsdPerMTok;

    cost.longContext =
        price.longContextThresholdTokens > 0 && inputTokens > price.longContextThresholdTokens;
    if (cost.longContext) {
        if (price.longContextInputUsdPerMTok >= 0)
            inputRate = price.longContextInputUsdPerMTok;
        if (price.longContextOutputUsdPerMTok >= 0)
            outputRate = price.longContextOutputUsdPerMTok;
        if (price.longContextCachedInputUsdPerMTok >= 0)
            cachedRate = price.longContextCachedInputUsdPerMTok;
        else if (price.cachedInputUsdPerMTok < 0)
            cachedRate = inputRate;
    }

    const double multiplier = batch ? 1.0 - price.batchDiscount : 1.0;
    const double cached = std::clamp(cachedInputTokens, 0.0, std::max(inputTokens, 0.0));
    const double uncached = std::max(inputTokens, 0.0) - cached;
    cost.inputUsd = uncached * inputRate * multiplier / 1e6;
    cost.cachedInputUsd = cached * cachedRate * multiplier / 1e6;
    cost.outputUsd = std::max(outputTokens, 0.0) * outputRate * multiplier / 1e6;
    return cost;
}

double requestCostUsd(const ApiPrice &price, double inputTokens, double cachedInputTokens,
                      double outputTokens, bool batch)
{
    return requestCostBreakdown(price, inputTokens, cachedInputTokens, outputTokens, batch)
        .totalUsd();
}

} // namespace pertoken
