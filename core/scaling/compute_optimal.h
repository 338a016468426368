#pragma once

#include "scaling/training_law.h"

namespace pertoken {

/// Chinchilla's FLOP count for one training run of the 70B model on 1.4T tokens (Hoffmann et
/// al. 2022, arXiv:2203.15556, Table 3): the budget most scaling-law comparisons start from.
inline constexpr double kChinchillaComputeFlops = 5.76e23;

/// A model that reaches its loss with the least training compute, C ≈ 6·N·D.
struct ComputeOptimalPoint {
    double computeFlops = 0;
    double params = 0;
    double tokens = 0;
    double loss = 0;

    double tokensPerParam() const { return params > 0 ? tokens / params : 0.0; }
};

/// The allocation of a training budget C (FLOPs, C = 6·N·D) that minimises L(N, D).
///
/// Chinchilla form, closed form (Hoffmann et al. 2022, arXiv:2203.15556, eq. 4; as coded in
/// nikhilsardana/beyond-chinchilla utils.py): G = (αA / (βB))^(1/(α+β)), a = β/(α+β),
/// b = α/(α+β), N = G·(C/6)^a, D = G⁻¹·(C/6)^b.
/// Kaplan form: minimising (A/N)^r + 6·B·N/C with r = α/β gives N = (r·A^r·C / (6B))^(1/(1+r)),
/// D = C/(6N). (Kaplan's own N ∝ C^0.73 comes from early-stopped runs, not from eq. 1.5.)
ComputeOptimalPoint computeOptimal(const TrainingLaw &law, double computeFlops);

/// The inverse: the compute-optimal model that reaches `loss` (> E), and its budget.
/// Chinchilla form (Sardana et al. 2024, arXiv:2401.00448, utils.py at T = 0):
/// D = (B·(β/α + 1) / (ℓ − E))^(1/β), N = (A·(α/β + 1) / (ℓ − E))^(1/α).
ComputeOptimalPoint computeOptimalForLoss(const TrainingLaw &law, double loss);

/// The budget at which `params` is the compute-optimal size: C(N) = 6·(N/G)^(1/a).
double computeOptimalFlopsForParams(const TrainingLaw &law, double params);
/// The budget at which `tokens` is the compute-optimal data size: C(D) = 6·(G·D)^(1/b).
/// (The beyond-chinchilla repository's `chinchilla_compute_from_tokens` returns (6·D·G)^(1/b),
/// which is not this inverse.)
double computeOptimalFlopsForTokens(const TrainingLaw &law, double tokens);

} // namespace pertoken
