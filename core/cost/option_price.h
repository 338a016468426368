#pragma once

#include "cost/deployment_option.h"
#include "cost/workload.h"

namespace pertoken {

/// An option's cost per million tokens (input and output together) for a workload, at the
/// workload's own volume; 0 for an option that cannot serve it. The single figure that
/// sensitivity and uncertainty vary.
double usdPerMillionTokens(const DeploymentOption &option, const Workload &workload);

} // namespace pertoken
