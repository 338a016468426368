#pragma once

#include "pricing/api_price.h"

namespace pertoken {

/// The bill for one API request, split by token kind, in USD.
struct RequestCost {
    double inputUsd = 0;       ///< uncached input tokens at the input rate
    double cachedInputUsd = 0; ///< cached input tokens at the cached-input rate
    double outputUsd = 0;      ///< output tokens (text, image or audio) at the output rate
    bool longContext = false;  ///< the request's prompt crossed the long-context threshold

    double totalUsd() const { return inputUsd + cachedInputUsd + outputUsd; }
};

/// One request's cost as providers bill it, mirroring LiteLLM's cost calculation
/// (`litellm/litellm_core_utils/llm_cost_calc/utils.py`, see reference/scaling-and-cost.md §4.1):
///
/// - `cachedInputTokens` are part of `inputTokens`: uncached = input − cached is billed at the
///   input rate and the cached part at the cached-input rate (at the input rate where the entry
///   has no caching discount). Cached tokens above `inputTokens` count as `inputTokens`.
/// - When the prompt (`inputTokens`, cached ones included) is greater than the long-context
///   threshold, the tier's rates price the whole request: input, cached input and output. A tier
///   rate the entry does not give stays at its base rate. It is not graduated.
/// - `batch` applies the batch discount to every rate: rate × (1 − batchDiscount). An entry
///   without a batch API (discount 0) is billed at list price.
///
/// USD = tokens × usdPerMTok / 1e6. An unpriced entry (`!price.isPriced()`) has no cost: every
/// part is NaN, never $0.
RequestCost requestCostBreakdown(const ApiPrice &price, double inputTokens,
                                 double cachedInputTokens, double outputTokens, bool batch);

/// requestCostBreakdown(...).totalUsd(): USD for one request, NaN for an unpriced entry.
double requestCostUsd(const ApiPrice &price, double inputTokens, double cachedInputTokens,
                      double outputTokens, bool batch);

} // namespace pertoken
