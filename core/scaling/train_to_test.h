#pragma once

#include "common/input_error.h"
#include "scaling/flop_prices.h"
#include "scaling/pass_at_k.h"
#include "scaling/training_law.h"

#include <optional>

namespace pertoken {

/// The most samples per query the planner considers.
inline constexpr int kMaxSamplesLimit = 1000000;

/// One end-to-end budget to split between training and test-time sampling.
struct TrainToTestInputs {
    TrainingLaw law;
    PassAtKModel passAtK;
    double queries = 0;         ///< lifetime queries served
    double promptTokens = 0;    ///< per query, prefilled once and shared by its samples
    double tokensPerSample = 0; ///< generated per sample
    int maxSamples = 1024;      ///< k is searched over 1..maxSamples
    double budgetFlops = 0;     ///< the budget when planning in FLOPs
    double budgetUsd = 0;       ///< the budget when `prices` are set
    FlopPrices prices;
};

/// A choice of parameters N, training tokens D and samples per query k, and what it buys.
struct TrainToTestPoint {
    double params = 0;
    double tokens = 0;
    int samples = 1;
    double loss = 0;
    double passAtK = 0;
    double trainFlops = 0;     ///< 6·N·D
    double inferenceFlops = 0; ///< 2·N·Q·(prompt + k·tokensPerSample)
    double trainUsd = 0;       ///< dollar mode only
    double inferenceUsd = 0;   ///< dollar mode only

    double tokensPerParam() const { return params > 0 ? tokens / params : 0.0; }
};

/// The T² optimum and, beside it, the Chinchilla point: the compute-optimal model (k = 1) whose
/// training plus serving the same queries spends the same budget.
struct TrainToTestResult {
    TrainToTestPoint optimum;
    TrainToTestPoint chinchilla;
};

/// Train-to-Test (Roberts et al. 2026, "Test-Time Scaling Makes Overtraining Compute-Optimal",
/// arXiv:2604.01411): choose N, D and k to maximise pass@k under one end-to-end budget
///   6·N·D + 2·N·Q·(prompt + k·tokensPerSample) = budget            (FLOPs), or
///   6·N·D·c_tr/U_tr + 2·N·Q·(prompt·c_inf/U_prefill + k·tokensPerSample·c_inf/U_decode)
///                                                                   (dollars, FlopPrices).
/// D follows from the budget. For each k, pass@k falls with the loss, so the best N minimises
/// L(N, D(N)), which is convex in ln N: its slope is found by bracketed root finding over
/// N ≥ 1 parameter and D ≥ 1 token. k is searched on a grid of powers of two over
/// 1..maxSamples; inside the best grid cell Brent's minimiser over ln k (k real) finds the peak
/// and the whole k around it are compared. `near`, the optimum of a neighbouring problem (the
/// previous point of a sweep), replaces the grid by a bracket around its k. With no queries
/// there is nothing to sample: the optimum is k = 1 at the compute-optimal point of the whole
/// budget. Errors name the field: "queries", "promptTokens", "tokensPerSample", "maxSamples",
/// "budgetFlops"/"budgetUsd" (also when the budget cannot serve the queries at all), or the
/// law and pass@k constants.
Result<TrainToTestResult> optimizeTrainToTest(const TrainToTestInputs &inputs,
                                              const std::optional<TrainToTestPoint> &near = {});

/// The inner problem alone: the N (and D from the budget) that maximise pass@k for a fixed
/// number of samples per query, 1 ≤ samples ≤ maxSamples. Errors as above, and when the budget
/// cannot serve that many samples.
Result<TrainToTestPoint> trainToTestAtSamples(const TrainToTestInputs &inputs, int samples);

} // namespace pertoken
