#pragma once

#include "scenario/evaluation.h"
#include "scenario/scenario.h"

#include <QList>

namespace pertoken {

/// P10/P50/P90 of each affected option's cost per million tokens over the scenario's input
/// ranges, by Monte Carlo with `scenario.monteCarloSamples` draws from a generator seeded with
/// `scenario.seed` (so the same scenario gives the same bands on every machine). Each range is
/// sampled uniformly, or log-uniformly for logarithmic parameters. With
/// `scenario.uncertaintyIncludesModelError`, each sample of an option whose throughput is the
/// fitted roofline estimate also multiplies that throughput by exp(σ·z), z standard normal and
/// σ = ln(1 + band) / 1.645 for the option's error band (90% of its class's published cases
/// within ±band): such an option gets a band even when no range touches it. Otherwise only
/// options that a range touches (a workload range touches all) get a band.
QList<UncertaintyBand> uncertaintyBands(const Scenario &scenario);

} // namespace pertoken
