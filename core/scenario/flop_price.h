#pragma once

#include "scaling/flop_prices.h"
#include "scenario/scenario.h"

#include <optional>

namespace pertoken {

/// What a FLOP at peak costs on a self-hosted option's GPUs: its GPU-hour cost (rental, or
/// capital + power + hosting) over 3,600 s × the GPU's dense peak at the option's precision
/// (Sardana et al. 2024, arXiv:2401.00448, cost_calculator.py: $/FLOP = $/GPU-h / (3600 · peak)).
/// Training and inference both run on it; the utilisations are kept from `utilizations`.
/// Nothing when the scenario has no enabled self-hosted option with a known peak.
std::optional<FlopPrices> scenarioFlopPrices(const Scenario &scenario,
                                             const FlopPrices &utilizations);

} // namespace pertoken
