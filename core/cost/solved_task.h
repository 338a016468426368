#pragma once

#include "cost/deployment_option.h"
#include "cost/option_result.h"
#include "cost/workload.h"
#include "scaling/pass_at_k.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace pertoken {

/// A user's own measured success rate of one option on the task (their evaluation set), which
/// takes the place of a published benchmark score for that option.
struct MeasuredSuccess {
    QString optionId;
    double successFraction = 0; ///< share of tasks solved in one attempt, (0, 1]
    QString source;             ///< what was measured, when

    bool operator==(const MeasuredSuccess &) const = default;
};

/// What one "task" is, so that options are compared per task solved rather than per token.
/// The task is defined when it names a benchmark or carries at least one measured success rate.
struct TaskDefinition {
    QString benchmark; ///< matched against the options' quality scores (models/quality_score.h)
    QList<MeasuredSuccess> measuredSuccess;
    /// Tokens one attempt uses, priced at the option's blended cost per million tokens;
    /// 0 = one request of the workload (its input plus output tokens).
    double tokensPerAttempt = 0;
    /// What checking one sample costs when more than one is drawn (a verifier call, a unit-test
    /// run, a share of a majority vote), in USD per sample.
    double verifierUsdPerAttempt = 0;
    int maxSamples = 1;            ///< most samples per task k considered, 1..1000
    double minSuccessFraction = 0; ///< S: the headline's least share of tasks solved; 0 = none

    bool isDefined() const { return !benchmark.trimmed().isEmpty() || !measuredSuccess.isEmpty(); }
    const MeasuredSuccess *measuredFor(const QString &optionId) const;

    bool operator==(const TaskDefinition &) const = default;
};

inline constexpr int kMaxTaskSamples = 1000;

/// One option's cost per solved task.
struct SolvedTaskResult {
    QString optionId;
    bool hasSuccess = false; ///< false: no score for the benchmark, no measurement, or infeasible
    QString basis;           ///< English: where the success probability comes from, or why none
    double usdPerAttempt = 0;
    double successProbability = 0;        ///< p = pass@1
    double usdPerSolvedTaskOneSample = 0; ///< usdPerAttempt / p
    int bestSamples = 1;                  ///< k that minimises cost per solved task (see below)
    double passAtBestSamples = 0;         ///< pass@k at that k
    double usdPerSolvedTask = 0;          ///< at bestSamples
    bool meetsMinimum = true;             ///< pass@bestSamples ≥ the task's S
    QList<QPointF> costBySamples;         ///< (k, USD per solved task) for k = 1..maxSamples
};

/// Cost per solved task with k samples per task: k = 1 costs one attempt and solves a share p,
/// so c / p; with k ≥ 2 every sample is also checked (verifier or vote, v per sample) and a task
/// counts as solved when any sample is right (pass@k, an oracle verifier), so k·(c + v) / pass@k.
/// Since pass@k ≤ k·p, more samples never lower the cost per solved task by themselves: they buy
/// a larger share of tasks solved, which is why the best k is the cheapest that reaches S (the
/// train-to-test trade: a small model sampled k times against a large one sampled once).
/// Fixed k covers a majority vote and is an upper bound for a verifier that could stop at the
/// first right answer. Returns 0 when pass@k is 0 (nothing is solved; callers say so).
double usdPerSolvedTask(double usdPerAttempt, double verifierUsdPerAttempt, double passAtK,
                        int samples);

/// pass@k of a model that solves a share p of tasks in one sample, under the planner's pass@k
/// model (scaling/pass_at_k.h): Beta form with mean p and the model's concentration a + b, or
/// the power law exp(ln p · k^−γ). p = 1 gives 1.
double passAtKFromSingleSample(const PassAtKModel &model, double singleSampleAccuracy,
                               double samples);

/// The success probability of `option` on the task: its measured rate if the task has one,
/// else the quality score its model (cloud: the API record; self-hosted and on-device: the
/// architecture record, whatever the quantization) carries for the task's benchmark. Then
/// cost per attempt from `result`'s blended cost per million tokens, cost per solved task for
/// k = 1..maxSamples, and the best k: the cheapest per solved task among the k whose pass@k
/// reaches the task's S (or among all k when none does, with meetsMinimum false, or when S is 0).
SolvedTaskResult solvedTaskFor(const DeploymentOption &option, const OptionResult &result,
                               const Workload &workload, const TaskDefinition &task,
                               const PassAtKModel &passAtK);

/// The cheapest enabled, feasible option per solved task among those that reach the task's S and
/// meet the workload's latency targets; empty when none does.
QString cheapestSolvingId(const QList<SolvedTaskResult> &solved,
                          const QList<OptionResult> &options);

} // namespace pertoken
