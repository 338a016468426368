#pragma once

#include "common/input_error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pertoken {

/// The two functional forms of a pretraining law, loss L in nats per token as a function of
/// parameters N and training tokens D.
///
/// - Chinchilla form (Hoffmann et al. 2022, arXiv:2203.15556, Approach 3):
///   L(N, D) = E + A / N^α + B / D^β.
/// - Kaplan form (Kaplan et al. 2020, arXiv:2001.08361, eq. 1.5), with the constants mapped as
///   A = N_c, B = D_c, α = α_N, β = α_D and an optional offset E (0 in the paper):
///   L(N, D) = E + [ (A / N)^(α/β) + B / D ]^β.
enum class LawForm { Chinchilla, Kaplan };

QString lawFormId(LawForm form); ///< "chinchilla", "kaplan"
std::optional<LawForm> lawFormFromId(const QString &id);

/// A pretraining law with its constants and where they come from. `id` is "epoch", "hoffmann",
/// "kaplan" for the published sets below and "custom" for constants a person typed in.
struct TrainingLaw {
    QString id;
    LawForm form = LawForm::Chinchilla;
    double E = 0;
    double A = 0;
    double B = 0;
    double alpha = 0;
    double beta = 0;
    QString provenance;

    bool operator==(const TrainingLaw &) const = default;
};

/// Besiroglu, Erdil, Barnett, You 2024, "Chinchilla Scaling: A replication attempt",
/// arXiv:2404.10102: E 1.8172, A 482.01, B 2085.43, α 0.3478, β 0.3658. The default set.
TrainingLaw epochRefitLaw();
/// Hoffmann et al. 2022, arXiv:2203.15556, Approach 3 as printed in the paper body:
/// E 1.69, A 406.4, B 410.7, α 0.34, β 0.28.
TrainingLaw hoffmannLaw();
/// Kaplan et al. 2020, arXiv:2001.08361, eq. 1.5 and Table 2: N_c 8.8e13, D_c 5.4e13,
/// α_N 0.076, α_D 0.095 (N counts non-embedding parameters).
TrainingLaw kaplanLaw();

/// "epoch", "hoffmann", "kaplan".
QStringList namedLawIds();
/// The published set for an id of namedLawIds(); nullopt for anything else (also "custom").
std::optional<TrainingLaw> namedLaw(const QString &id);

/// Checks the constants against their documented ranges: id one of namedLawIds() or "custom";
/// E in [0, 100] nats; A and B in (0, 1e30]; α and β in (0, 3]. Fields are named
/// `path`.E, `path`.alpha, ...
std::optional<InputError> validateTrainingLaw(const TrainingLaw &law, const QString &path);

/// The loss no amount of parameters or data goes below (E in both forms).
inline double irreducibleLoss(const TrainingLaw &law)
{
    return law.E;
}

/// L(N, D) in nats per token. N and D must be positive.
double trainingLoss(const TrainingLaw &law, double params, double tokens);
/// ∂L/∂ln N and ∂L/∂ln D (both negative): the solvers work in log space.
double lossSlopeLogParams(const TrainingLaw &law, double params, double tokens);
double lossSlopeLogTokens(const TrainingLaw &law, double params, double tokens);

/// Both slopes at once from ln N and ln D: what the train-to-test solver evaluates thousands of
/// times per plan, without a pow() per term.
struct LossSlopes {
    double logParams = 0; ///< ∂L/∂ln N
    double logTokens = 0; ///< ∂L/∂ln D
};
LossSlopes lossSlopesAtLogs(const TrainingLaw &law, double logParams, double logTokens);

/// The training tokens a model of `params` needs to reach `loss` (the inverse of L in D);
/// nullopt when that model cannot reach it with any amount of data.
std::optional<double> tokensForLoss(const TrainingLaw &law, double params, double loss);
/// The parameters needed to reach `loss` on `tokens` training tokens (the inverse of L in N);
/// nullopt when no model size reaches it on that much data.
std::optional<double> paramsForLoss(const TrainingLaw &law, double tokens, double loss);

} // namespace pertoken
