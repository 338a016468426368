#pragma once

#include "scenario/evaluation.h"
#include "scenario/scenario.h"

namespace pertoken {

/// The one computation behind every number PerToken shows: a pure function of the scenario.
/// Deterministic (Monte Carlo bands use the scenario's seed), never throws, and never returns
/// NaN or infinity: an option that cannot serve the workload is marked infeasible with a reason.
Evaluation evaluate(const Scenario &scenario);

/// The same, for one option alone at a given monthly token volume (the scenario's mix): used
/// by break-even, sensitivity and the volume curves.
OptionResult evaluateOption(const Scenario &scenario, const DeploymentOption &option);

} // namespace pertoken
