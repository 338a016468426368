#pragma once

#include "scenario/evaluation.h"
#include "scenario/scenario.h"

#include <QList>

namespace pertoken {

/// One-at-a-time sensitivity of an option's cost per million tokens: every input marked for the
/// tornado (parameters.h) at −20% and +20% of its value (clamped to its valid range), all else
/// equal. Rows come back ranked by swing, largest first. Workload inputs carry the key prefix
/// "workload.".
QList<SensitivityRow> sensitivityRows(const Scenario &scenario, const DeploymentOption &option);

/// The fraction each input is moved by.
inline constexpr double kSensitivityStep = 0.20;

} // namespace pertoken
