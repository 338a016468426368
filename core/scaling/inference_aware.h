#pragma once

#include "common/input_error.h"
#include "scaling/compute_optimal.h"
#include "scaling/flop_prices.h"
#include "scaling/training_law.h"

namespace pertoken {

/// The model that reaches a target loss at the least lifetime cost, training plus inference.
struct InferenceAwarePoint {
    double targetLoss = 0;
    double inferenceTokens = 0; ///< lifetime tokens served (prompt + generated)
    double params = 0;
    double tokens = 0;         ///< training tokens
    double trainFlops = 0;     ///< 6·N·D
    double inferenceFlops = 0; ///< 2·N·T
    double totalFlops = 0;
    /// Dollar version only (FlopPrices::inUsd()); 0 otherwise.
    double trainUsd = 0;
    double inferenceUsd = 0;
    double totalUsd = 0;

    /// The compute-optimal (Chinchilla) model of the same loss, serving the same tokens.
    ComputeOptimalPoint computeOptimal;
    double computeOptimalTotalFlops = 0;
    double computeOptimalTotalUsd = 0;

    double paramsRatio() const { return params / computeOptimal.params; }
    double tokensRatio() const { return tokens / computeOptimal.tokens; }
    double totalFlopsRatio() const { return totalFlops / computeOptimalTotalFlops; }
};

/// Sardana, Portes, Doubov, Frankle 2024, "Beyond Chinchilla-Optimal: Accounting for Inference
/// in Language Model Scaling Laws", arXiv:2401.00448 (ICML 2024), eq. for the FLOP objective:
///   minimise 6·N·D + 2·N·T  subject to  L(N, D) = ℓ.
/// Chinchilla form, the stationarity condition (their model_calculator.py) in D,
///   (βB/α + B)·D^(−β) + (T·βB/(3α))·D^(−β−1) + E − ℓ = 0,
/// is strictly decreasing in D and is solved by bracketed root finding between the
/// compute-optimal D (where it is ≥ 0) and an upper bound where both terms are below (ℓ − E)/2;
/// then N = (A / (ℓ − E − B/D^β))^(1/α). Kaplan form, the same Lagrangian gives
///   B(1 + 1/r)/D + T·B/(3r·D²) − (ℓ − E)^(1/β) = 0 with r = α/β.
/// At T = 0 the result is the compute-optimal point at loss ℓ, exactly.
/// Errors (field "targetLoss" or "inferenceTokens") when ℓ ≤ E or T < 0.
Result<InferenceAwarePoint> inferenceAwareOptimum(const TrainingLaw &law, double targetLoss,
                                                  double inferenceTokens);

/// The dollar version (Sardana et al. §4, cost_calculator.py): minimise
///   6·N·D·c_tr/U_tr + 2·N·(T_prefill·c_inf/U_prefill + T_decode·c_inf/U_decode),
/// which is the FLOP problem with T replaced by
///   T_eff = (U_tr/c_tr)·(T_prefill·c_inf/U_prefill + T_decode·c_inf/U_decode).
/// With prices not set (FlopPrices::inUsd() false) it equals the FLOP version.
Result<InferenceAwarePoint> inferenceAwareOptimumUsd(const TrainingLaw &law, double targetLoss,
                                                     double prefillTokens, double decodeTokens,
                                                     const FlopPrices &prices);

} // namespace pertoken
