#pragma once

#include "scenario/evaluation.h"
#include "scenario/scenario.h"

#include <QJsonObject>

namespace pertoken {

/// The `pertoken.eval/1` document: every option with its cost per million tokens (null where the
/// option cannot serve the workload, never 0), monthly cost by part, and for self-hosted and
/// on-device options throughput, fit, bound and energy; break-even volumes (null where two
/// options never cross); the cheapest option. The CLI prints it and memo bundles embed it.
QJsonObject evaluationToJson(const Scenario &scenario, const Evaluation &evaluation);

} // namespace pertoken
