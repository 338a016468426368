#include "scenario/headline.h"

#include <cmath>

namespace pertoken {

Headline headline(const Evaluation &evaluation)
{
    Headline h;
    for (const OptionResult &result : evaluation.options) {
        h.enabledOptions += result.enabled ? 1 : 0;
        h.feasibleOptions += result.enabled && result.feasible ? 1 : 0;
        h.meetingTargets += result.enabled && result.feasible && result.meetsTargets() ? 1 : 0;
    }
    for (const SolvedTaskResult &solved : evaluation.solvedTasks) {
        if (solved.optionId == evaluation.cheapestSolvingId) {
            h.cheapestSolvingId = solved.optionId;
            h.cheapestSolvingUsdPerSolvedTask = solved.usdPerSolvedTask;
        }
    }
    const OptionResult *cheapest = evaluation.option(evaluation.cheapestId);
    if (!cheapest) {
        // No option meets the targets: name the cheapest anyway, marked as missing them.
        for (const OptionResult &result : evaluation.options) {
            if (result.enabled && result.feasible && !result.meetsTargets() &&
                (!cheapest || result.usdPerMillionTokens < cheapest->usdPerMillionTokens))
                cheapest = &result;
        }
        h.cheapestMissesTargets = cheapest != nullptr;
    }
    if (!cheapest)
        return h;
    h.cheapestId = cheapest->id;
    h.cheapestUsdPerMillionTokens = cheapest->usdPerMillionTokens;
    h.cheapestUsdPerMonth = cheapest->monthlyUsd;

    if (evaluation.tokensPerMonth <= 0)
        return h;
    double nearestDistance = 0;
    for (const BreakEven &pair : evaluation.breakEven) {
        if (!pair.tokensPerMonth || *pair.tokensPerMonth <= 0)
            continue;
        if (pair.a != h.cheapestId && pair.b != h.cheapestId)
            continue;
        const double distance =
            std::abs(std::log10(*pair.tokensPerMonth / evaluation.tokensPerMonth));
        if (!h.breakEven || distance < nearestDistance) {
            h.breakEven = pair;
            nearestDistance = distance;
        }
    }
    return h;
}

QString targetsCountText(const Headline &headline)
{
    return QStringLiteral("%1 of %2 options meet the latency targets")
        .arg(headline.meetingTargets)
        .arg(headline.enabledOptions);
}

} // namespace pertoken
