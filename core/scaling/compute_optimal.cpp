#include "scaling/compute_optimal.h"

#include <cmath>

namespace pertoken {

namespace {

struct ChinchillaAllocation {
    double g = 0; // G = (αA/(βB))^(1/(α+β))
    double a = 0; // N exponent β/(α+β)
    double b = 0; // D exponent α/(α+β)
};

ChinchillaAllocation chinchillaAllocation(const TrainingLaw &law)
{
    const double sum = law.alpha + law.beta;
    return {std::pow(law.alpha * law.A / (law.beta * law.B), 1.0 / sum), law.beta / sum,
            law.alpha / sum};
}

double kaplanRatio(const TrainingLaw &law)
{
    return law.alpha / law.beta;
}

} // namespace

ComputeOptimalPoint computeOptimal(const TrainingLaw &law, double computeFlops)
{
    ComputeOptimalPoint point;
    point.computeFlops = computeFlops;
    if (law.form == LawForm::Kaplan) {
        const double r = kaplanRatio(law);
        // ln N = [ln r + r·ln A + ln C − ln(6B)] / (1 + r), in logs to stay finite.
        point.params = std::exp(
            (std::log(r) + r * std::log(law.A) + std::log(computeFlops) - std::log(6.0 * law.B)) /
            (1.0 + r));
        point.tokens = computeFlops / (6.0 * point.params);
    } else {
        const ChinchillaAllocation allocation = chinchillaAllocation(law);
        point.params = allocation.g * std::pow(computeFlops / 6.0, allocation.a);
        point.tokens = std::pow(computeFlops / 6.0, allocation.b) / allocation.g;
    }
    point.loss = trainingLoss(law, point.params, point.tokens);
    return point;
}

ComputeOptimalPoint computeOptimalForLoss(const TrainingLaw &law, double loss)
{
    ComputeOptimalPoint point;
    point.loss = loss;
    const double excess = loss - law.E;
    if (law.form == LawForm::Kaplan) {
        const double r = kaplanRatio(law);
        const double x = std::pow(excess, 1.0 / law.beta);
        point.tokens = law.B * (1.0 + 1.0 / r) / x;
        point.params = law.A * std::pow(r * point.tokens / law.B, 1.0 / r);
    } else {
        point.tokens = std::pow(law.B * (law.beta / law.alpha + 1.0) / excess, 1.0 / law.beta);
        point.params = std::pow(law.A * (law.alpha / law.beta + 1.0) / excess, 1.0 / law.alpha);
    }
    point.computeFlops = 6.0 * point.params * point.tokens;
    return point;
}

double computeOptimalFlopsForParams(const TrainingLaw &law, double params)
{
    if (law.form == LawForm::Kaplan) {
        const double r = kaplanRatio(law);
        return 6.0 * law.B * std::pow(params, 1.0 + r) / (r * std::pow(law.A, r));
    }
    const ChinchillaAllocation allocation = chinchillaAllocation(law);
    return 6.0 * std::pow(params / allocation.g, 1.0 / allocation.a);
}

double computeOptimalFlopsForTokens(const TrainingLaw &law, double tokens)
{
    if (law.form == LawForm::Kaplan) {
        const double r = kaplanRatio(law);
        const double params = law.A * std::pow(r * tokens / law.B, 1.0 / r);
        return 6.0 * params * tokens;
    }
    const ChinchillaAllocation allocation = chinchillaAllocation(law);
    return 6.0 * std::pow(allocation.g * tokens, 1.0 / allocation.b);
}

} // namespace pertoken
