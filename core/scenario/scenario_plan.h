#pragma once

#include "scaling/planner.h"
#include "scenario/scenario.h"

#include <QString>

namespace pertoken {

/// The planner's inputs as a scenario asks for them, and why they differ from what it stores.
struct ScenarioPlannerInputs {
    PlannerInputs inputs;
    QString warning; ///< empty, or why FLOPs could not be priced as the scenario asks
};

/// How a scenario's planner section becomes a plan: with `plannerPricesFromScenario`, FLOPs are
/// priced on the first enabled self-hosted option's hardware (cost/flop_price.h; Sardana et al.
/// 2024, arXiv:2401.00448, §4) and a train-to-test budget given only in FLOPs is expressed as
/// what its training would cost there (budgetUsd = budgetFlops × training $ per model FLOP).
/// Without a self-hosted option to price on, it plans in FLOPs and says so in `warning`.
/// evaluate() and `pertoken plan --scenario` both plan from this, so they give the same answer.
ScenarioPlannerInputs plannerInputsFor(const Scenario &scenario);

} // namespace pertoken
