#pragma once

#include "common/input_error.h"
#include "scaling/compute_optimal.h"
#include "scaling/flop_prices.h"
#include "scaling/inference_aware.h"
#include "scaling/pass_at_k.h"
#include "scaling/train_to_test.h"
#include "scaling/training_law.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace pertoken {

/// Everything the model-size planner needs. Each of its three answers is requested by a
/// non-zero input: `computeFlops` (compute-optimal, Hoffmann et al. arXiv:2203.15556),
/// `targetLoss` (inference-aware, Sardana et al. arXiv:2401.00448), `queries` (train-to-test,
/// Roberts et al. arXiv:2604.01411). The numeric fields' ranges, defaults and the meaning of 0
/// are the table plannerInputSpecs() (planner_ranges.h); validatePlannerInputs enforces them,
/// plus a target loss above the law's E and a train-to-test budget when queries are set.
struct PlannerInputs {
    TrainingLaw law;
    double computeFlops = 0;    ///< training budget for the compute-optimal answer; 0 = none
    double targetLoss = 0;      ///< nats per token for the inference-aware answer; 0 = none
    double inferenceTokens = 0; ///< lifetime tokens served by the inference-aware model
    /// Share of `inferenceTokens` that are prompt (prefill) tokens; matters in dollars only.
    double inferencePromptShare = 0;
    double queries = 0; ///< lifetime queries for train-to-test; 0 = none
    double promptTokens = 0;
    double tokensPerSample = 0;
    int maxSamples = 1024;
    double budgetFlops = 0; ///< end-to-end train-to-test budget in FLOPs
    double budgetUsd = 0;   ///< the same in dollars, used when `prices` are set
    PassAtKModel passAtK;
    FlopPrices prices; ///< both prices 0: plan in FLOPs

    bool operator==(const PlannerInputs &) const = default;
};

/// Documented defaults (the numbers are plannerInputSpecs()' defaultValue): the Epoch refit;
/// Chinchilla's budget 5.76e23 FLOPs for both the compute-optimal answer and the train-to-test
/// budget; target loss 2.0 nats with 2e12 lifetime inference tokens (the inference demand of
/// Sardana et al.'s Fig. 1); 1e9 queries (their
/// "~1B requests") of 70 prompt and 215 generated tokens (the LMSys averages of the
/// beyond-chinchilla repository, prompt share 70/285); up to 1024 samples; default pass@k
/// model; planning in FLOPs.
PlannerInputs defaultPlannerInputs();

/// Loss against training compute for one model size: (compute FLOPs, loss nats).
struct LossCurve {
    double params = 0;
    QList<QPointF> points;
};

/// The planner's answers and the series its charts draw. Series are empty when their answer
/// was not requested; every number is finite.
struct PlanResult {
    std::optional<InputError> error; ///< inputs invalid or a requested answer impossible
    bool budgetInUsd = false;        ///< budget series are in USD rather than FLOPs

    std::optional<ComputeOptimalPoint> computeOptimal;
    std::optional<InferenceAwarePoint> inferenceAware;
    std::optional<TrainToTestResult> trainToTest;

    double chartComputeFlops = 0;             ///< the budget the loss chart centres on
    QList<LossCurve> lossCurves;              ///< a few model sizes, decades apart
    QList<QPointF> computeOptimalFrontier;    ///< (compute FLOPs, loss nats)
    QList<QPointF> optimalParamsByQueries;    ///< (queries, parameters), train-to-test
    QList<QPointF> tokensPerParamByQueries;   ///< (queries, training tokens per parameter)
    QList<QPointF> samplesByQueries;          ///< (queries, samples per query k)
    QList<QPointF> chinchillaParamsByQueries; ///< (queries, parameters) of the Chinchilla point
    QList<QPointF> bestPassAtKByBudget;       ///< (budget FLOPs or USD, best pass@k)
    QList<QPointF> chinchillaPassAtKByBudget; ///< (budget, pass@1 of the Chinchilla point)
};

/// Checks every field against plannerInputSpecs() and the rules above; the error names the field by
/// JSON path
/// ("targetLoss", "law.alpha", "passAtK.betaConcentration", "prices.decodeUtilization").
std::optional<InputError> validatePlannerInputs(const PlannerInputs &inputs);

/// Pure and deterministic; never NaN or infinity. Cheap enough for every slider change:
/// the frontier sweeps use 40 points (loss chart) and 20 points (train-to-test charts).
PlanResult runPlan(const PlannerInputs &inputs);

/// The `planner` object of a scenario file.
QJsonObject plannerInputsToJson(const PlannerInputs &inputs);
/// Strict: every field present, typed and in range; errors name `source` and the JSON path
/// under `path` (e.g. "planner.law.E").
Result<PlannerInputs> plannerInputsFromJson(const QJsonObject &object, const QString &source,
                                            const QString &path);

/// The `pertoken plan --json` document, schema "pertoken.plan/1": law, constants {E, A, B,
/// alpha, beta}, and computeOptimal, inferenceAware and trainToTest for the answers present.
QJsonObject planResultToJson(const PlanResult &result, const PlannerInputs &inputs);

} // namespace pertoken
