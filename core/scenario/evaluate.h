#pragma once

#include "scenario/evaluation.h"
#include "scenario/scenario.h"

namespace pertoken {

/// The one computation behind every number PerToken shows: a pure function of the scenario.
/// Deterministic (Monte Carlo bands use the scenario's seed), never throws, and never returns
/// NaN or infinity: an option that cannot serve the workload is marked infeasible with a reason.
Evaluation evaluate(const Scenario &scenario);

/// One option alone against the scenario's workload (no break-even, sensitivity or bands): for
/// callers that re-price a single option, such as the benchmark panel's "use in scenario".
OptionResult evaluateOption(const Scenario &scenario, const DeploymentOption &option);

} // namespace pertoken
