#pragma once

#include "scenario/evaluation.h"
#include "scenario/headline.h"
#include "scenario/scenario.h"

#include <QJsonObject>

namespace pertoken {

/// The `pertoken.eval/1` document: every option with its cost per million tokens (null where the
/// option cannot serve the workload, never 0), monthly cost by part, and for self-hosted and
/// on-device options throughput, fit, bound and energy; break-even volumes (null where two
/// options never cross); the cheapest option; the "headline" object (headlineToJson). The CLI
/// prints it and memo bundles embed it. "solvedTask" (null when the scenario defines no task)
/// holds the task and, per option, usdPerAttempt, successProbability, usdPerSolvedTaskOneSample,
/// bestSamples, passAtBestSamples and usdPerSolvedTask (null where the option has no success
/// probability, with "basis" saying why).
QJsonObject evaluationToJson(const Scenario &scenario, const Evaluation &evaluation);

/// The headline figures as the dashboard's summary shows them: "cheapest" (an option id, null
/// when none can serve the workload) with its cost per million tokens and per month, "breakEven"
/// ({a, b, tokensPerMonth, usdPerMonth}, null when the cheapest option crosses no other), and the
/// counts of enabled and feasible options.
QJsonObject headlineToJson(const Headline &headline);

} // namespace pertoken
