#pragma once

#include "common/input_error.h"

#include <QString>

#include <optional>

namespace pertoken {

/// How the chance that at least one of k samples solves a question grows with k.
enum class PassAtKForm {
    /// Per-question success p ~ Beta(a, b): pass@k = E[1 − (1−p)^k] = 1 − B(a, b+k)/B(a, b)
    /// (the beta-binomial identity; the per-question Beta structure is that of the accuracy
    /// route of Train-to-Test, Roberts et al. 2026, arXiv:2604.01411; for large k,
    /// 1 − pass@k ≈ Γ(a+b)/Γ(b)·k^(−a), the power law of Schaeffer et al. 2025,
    /// arXiv:2502.17578).
    Beta,
    /// Exponentiated power law in k (Brown et al. 2024, "Large Language Monkeys",
    /// arXiv:2407.21787): −ln pass@k = −ln pass@1 · k^(−γ).
    PowerLaw,
};

QString passAtKFormId(PassAtKForm form); ///< "beta", "power-law"

/// The pass@k model with every constant editable and its provenance beside it. Single-sample
/// accuracy is linked to the pretraining loss by a sigmoid, pass@1 = σ(w0 + w1·L), as in the
/// accuracy route of Train-to-Test (arXiv:2604.01411), whose fitted constants are not published
/// in a form we could use; the default link is labelled illustrative.
struct PassAtKModel {
    PassAtKForm form = PassAtKForm::Beta;
    double linkIntercept = 0;   ///< w0
    double linkSlopePerNat = 0; ///< w1, negative: lower loss, higher accuracy
    QString linkProvenance;
    double betaConcentration = 0; ///< a + b of the per-question Beta distribution
    QString betaProvenance;
    double powerLawExponent = 0; ///< γ
    QString powerLawProvenance;

    bool operator==(const PassAtKModel &) const = default;
};

/// Defaults: an illustrative link (w0 = 7, w1 = −4 per nat: a Chinchilla-scale model at
/// L ≈ 1.97 solves ≈ 29% of questions in one sample), and a Beta concentration (0.767) and
/// power-law exponent (0.209) both derived from one published pair of points: Brown et al.
/// arXiv:2407.21787, DeepSeek-Coder-V2-Instruct on SWE-bench Lite, 15.9% at k = 1 and 56.0% at
/// k = 250.
PassAtKModel defaultPassAtKModel();

/// Checks the documented ranges: w0 in [−1000, 1000]; w1 in [−1000, 0) (negative: a model
/// with lower loss must be more accurate); concentration in (0, 1e6]; γ in (0, 10]. Fields are
/// named `path`.linkSlopePerNat, ...
std::optional<InputError> validatePassAtKModel(const PassAtKModel &model, const QString &path);

/// Lowest and highest single-sample accuracy the link returns: keeps Beta(a, b) proper and
/// the log-gamma arguments positive for any loss.
inline constexpr double kMinSingleSampleAccuracy = 1e-9;

/// σ(w0 + w1·L), clamped to [1e-9, 1 − 1e-9].
double singleSampleAccuracy(const PassAtKModel &model, double loss);

/// 1 − B(a, b+k)/B(a, b) = 1 − exp(lnΓ(a+b) + lnΓ(b+k) − lnΓ(b) − lnΓ(a+b+k)), with std::lgamma
/// so it stays accurate for k in the millions. a, b > 0, k ≥ 0 (k need not be whole).
double betaPassAtK(double a, double b, double samples);

/// exp(ln(pass@1)·k^(−γ)).
double powerLawPassAtK(double singleSampleAccuracy, double exponent, double samples);

/// pass@k of a model with pretraining loss `loss`, for `samples` ≥ 1 samples per question.
/// Beta form: mean a/(a+b) = σ(w0 + w1·L), a + b = concentration.
double passAtK(const PassAtKModel &model, double loss, double samples);

} // namespace pertoken
