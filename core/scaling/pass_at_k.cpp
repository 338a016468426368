#include "scaling/pass_at_k.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

QString passAtKFormId(PassAtKForm form)
{
    return form == PassAtKForm::PowerLaw ? u"power-law"_s : u"beta"_s;
}

PassAtKModel defaultPassAtKModel()
{
    PassAtKModel model;
    model.form = PassAtKForm::Beta;
    model.linkIntercept = 7.0;
    model.linkSlopePerNat = -4.0;
    model.linkProvenance =
        u"illustrative: not a published fit. Chosen so that a Chinchilla-scale model "
        "(loss 1.97 nats under the Epoch refit) solves about 29% of questions in one sample, "
        "one logit per 0.25 nat of loss (sigmoid link as in Train-to-Test, arXiv:2604.01411)"_s;
    model.betaConcentration = 0.767;
    model.betaProvenance =
        u"derived: the a + b for which Beta pass@k passes through Brown et al. "
        "arXiv:2407.21787 (DeepSeek-Coder-V2-Instruct, SWE-bench Lite: 15.9% at k = 1, 56.0% "
        "at k = 250); illustrative for other tasks"_s;
    model.powerLawExponent = 0.209;
    model.powerLawProvenance =
        u"derived: gamma = ln(ln 0.159 / ln 0.560) / ln 250 from the same two points of Brown "
        "et al. arXiv:2407.21787; illustrative for other tasks"_s;
    return model;
}

double singleSampleAccuracy(const PassAtKModel &model, double loss)
{
    const double logit = model.linkIntercept + model.linkSlopePerNat * loss;
    const double accuracy = 1.0 / (1.0 + std::exp(-logit));
    return std::clamp(accuracy, kMinSingleSampleAccuracy, 1.0 - kMinSingleSampleAccuracy);
}

double betaPassAtK(double a, double b, double samples)
{
    const double logRatio = std::lgamma(a + b) + std::lgamma(b + samples) - std::lgamma(b) -
                            std::lgamma(a + b + samples);
    return std::clamp(-std::expm1(logRatio), 0.0, 1.0);
}

double powerLawPassAtK(double singleSampleAccuracy, double exponent, double samples)
{
    return std::exp(std::log(singleSampleAccuracy) * std::pow(samples, -exponent));
}

double passAtK(const PassAtKModel &model, double loss, double samples)
{
    const double mean = singleSampleAccuracy(model, loss);
    if (model.form == PassAtKForm::PowerLaw)
        return powerLawPassAtK(mean, model.powerLawExponent, samples);
    const double a = mean * model.betaConcentration;
    const double b = (1.0 - mean) * model.betaConcentration;
    return betaPassAtK(a, b, samples);
}

std::optional<InputError> validatePassAtKModel(const PassAtKModel &model, const QString &path)
{
    const auto field = [&](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };
    const auto number = [](double value) { return QString::number(value, 'g', 6); };
    if (!std::isfinite(model.linkIntercept) || std::abs(model.linkIntercept) > 1000.0)
        return InputError{
            {},
            field(u"linkIntercept"_s),
            u"must be between -1000 and 1000 (got %1)"_s.arg(number(model.linkIntercept))};
    if (!std::isfinite(model.linkSlopePerNat) || model.linkSlopePerNat >= 0.0 ||
        model.linkSlopePerNat < -1000.0)
        return InputError{{},
                          field(u"linkSlopePerNat"_s),
                          u"must be negative (lower loss means higher accuracy) and at least "
                          "-1000 (got %1)"_s.arg(number(model.linkSlopePerNat))};
    if (!std::isfinite(model.betaConcentration) || model.betaConcentration <= 0.0 ||
        model.betaConcentration > 1e6)
        return InputError{
            {},
            field(u"betaConcentration"_s),
            u"must be above 0 and at most 1e6 (got %1)"_s.arg(number(model.betaConcentration))};
    if (!std::isfinite(model.powerLawExponent) || model.powerLawExponent <= 0.0 ||
        model.powerLawExponent > 10.0)
        return InputError{
            {},
            field(u"powerLawExponent"_s),
            u"must be above 0 and at most 10 (got %1)"_s.arg(number(model.powerLawExponent))};
    return std::nullopt;
}

} // namespace pertoken
