#pragma once

#include "common/input_error.h"
#include "scenario/scenario.h"

#include <optional>

namespace pertoken {

/// Checks every number of a scenario that evaluate() reads, as the scenario reader does for a
/// file: each parameter of the table in parameters.h (workload, every option's parameters in
/// both of its modes, the planner) finite, inside its range and whole where it counts things;
/// no number of an option's catalog records (price, accelerator or device, model,
/// quantization) NaN, infinite or beyond 1e18;
/// a measured throughput finite and not negative; each uncertainty range on a known parameter
/// with min ≤ low ≤ high ≤ max; the Monte Carlo sample count and the planner's own fields
/// (validatePlannerInputs). The first problem comes back with its JSON path
/// ("options[2].rentalUsdPerGpuHour", "uncertainty.ranges[0]"), `source` naming the scenario.
std::optional<InputError> validateScenario(const Scenario &scenario,
                                           const QString &source = QStringLiteral("scenario"));

/// The same without the planner's inputs: what the cost model (every option, break-even,
/// sensitivity, bands) needs. The planner checks its own inputs (validatePlannerInputs).
std::optional<InputError> validateCostInputs(const Scenario &scenario,
                                             const QString &source = QStringLiteral("scenario"));

} // namespace pertoken
