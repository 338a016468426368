#pragma once

#include "cost/break_even.h"
#include "cost/frontier.h"
#include "cost/option_result.h"
#include "scaling/planner.h"
#include "scenario/scenario.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace pertoken {

/// One bar of the sensitivity tornado: the option's cost per million tokens with one input at
/// −20% and at +20% of its value, all else equal.
struct SensitivityRow {
    QString optionId;
    QString parameter; ///< parameter key (parameters.h); "workload." prefix for the workload
    QString label;     ///< English label of the parameter
    QString unit;      ///< the parameter's unit ("USD/GPU-h"); empty for ratios
    int decimals = 2;  ///< decimals the parameter is shown with
    double baseValue = 0;
    double lowUsdPerMillionTokens = 0;  ///< at −20%
    double highUsdPerMillionTokens = 0; ///< at +20%
    double swing() const;               ///< |high − low|
};

/// P10/P50/P90 of an option's cost per million tokens over the scenario's input ranges, and
/// over the throughput model's error where the scenario includes it.
struct UncertaintyBand {
    QString optionId;
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    int samples = 0;
    double modelErrorPercent = 0; ///< the error band drawn (90% interval); 0 = none drawn
};

/// Every output of `evaluate()`. Every number the dashboard, the memo and the CLI show comes
/// from here, so they always agree.
struct Evaluation {
    QList<OptionResult> options;
    QString cheapestId; ///< cheapest feasible enabled option meeting the targets; empty if none
    QList<BreakEven> breakEven;         ///< every pair of feasible enabled options
    QList<SensitivityRow> sensitivity;  ///< per option, ranked by swing (largest first)
    QList<UncertaintyBand> uncertainty; ///< per option, only when the scenario has ranges
    QStringList warnings;
    double tokensPerMonth = 0; ///< the workload's volume, echoed for charts and memos
    BreakEvenPeak breakEvenPeak = BreakEvenPeak::Proportional; ///< the rule break-even follows
    double peakConcurrentRequests = 0;                         ///< the workload's, echoed
    PlanResult plan;           ///< the model-size planner's answers and chart series
    FlopPrices planFlopPrices; ///< the prices the plan used (zero: planned in FLOPs)
    /// Cost per million tokens against per-user speed, per feasible enabled option
    /// (cost/frontier.h); a cloud API without a published speed has an empty curve.
    QList<FrontierCurve> frontier;
    /// Cost per solved task, only when the scenario defines a task: one entry per option in the
    /// options' order (cost/solved_task.h), and the cheapest option per solved task among those
    /// that solve at least the task's share S (empty when none does).
    QList<SolvedTaskResult> solvedTasks;
    QString cheapestSolvingId;

    const OptionResult *option(const QString &id) const;
    QList<SensitivityRow> sensitivityFor(const QString &optionId) const;
};

} // namespace pertoken
