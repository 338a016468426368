#pragma once

#include "scenario/evaluation.h"
#include "scenario/scenario.h"

#include <QList>

namespace pertoken {

/// P10/P50/P90 of each affected option's cost per million tokens over the scenario's input
/// ranges, by Monte Carlo with `scenario.monteCarloSamples` draws from a generator seeded with
/// `scenario.seed` (so the same scenario gives the same bands on every machine). Each range is
/// sampled uniformly, or log-uniformly for logarithmic parameters. Only options that a range
/// touches (a workload range touches all) get a band.
QList<UncertaintyBand> uncertaintyBands(const Scenario &scenario);

} // namespace pertoken
