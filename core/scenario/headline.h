#pragma once

#include "scenario/evaluation.h"

#include <optional>

namespace pertoken {

/// The figures a reader sees first, chosen once for the dashboard's summary, `pertoken eval` and
/// the memo: the cheapest option (the cheapest feasible enabled one that meets the workload's
/// latency targets, as evaluate() ranks them; when none meets them, the cheapest feasible one,
/// marked `cheapestMissesTargets` and never to be presented as a recommendation),
/// and the headline break-even, the crossing of the cheapest option with another that lies
/// nearest the workload's volume on a log scale (the volume at which the recommendation would
/// change). No break-even is the headline when the cheapest option crosses no other between
/// 1e3 and 1e15 tokens a month.
struct Headline {
    QString cheapestId; ///< empty when no enabled option can serve the workload
    double cheapestUsdPerMillionTokens = 0;
    double cheapestUsdPerMonth = 0;
    std::optional<BreakEven> breakEven; ///< its tokensPerMonth is always set
    int enabledOptions = 0;
    int feasibleOptions = 0;            ///< enabled options that can serve the workload
    int meetingTargets = 0;             ///< feasible enabled options that meet both latency targets
    bool cheapestMissesTargets = false; ///< no option meets the targets; cheapestId misses them
    /// Cheapest option per solved task that solves at least the task's share S of tasks (at its
    /// best number of samples); empty when the scenario defines no task or none reaches S.
    QString cheapestSolvingId;
    double cheapestSolvingUsdPerSolvedTask = 0;
};

Headline headline(const Evaluation &evaluation);

/// "4 of 6 options meet the latency targets": English, as `pertoken eval` prints it; the
/// dashboard shows the same sentence translated.
QString targetsCountText(const Headline &headline);

} // namespace pertoken
