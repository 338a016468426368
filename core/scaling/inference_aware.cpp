#include "scaling/inference_aware.h"

#include "scaling/root_finding.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

/// Training tokens of the optimum for `effectiveTokens` of inference. The stationarity
/// condition of both forms is c1·D^(−p) + c2·D^(−p−1) = target with positive c1, c2 (see the
/// header), strictly decreasing in D; `computeOptimalTokens` is where it holds with c2 = 0.
double optimalTrainingTokens(const TrainingLaw &law, double loss, double effectiveTokens,
                             double computeOptimalTokens)
{
    if (effectiveTokens <= 0)
        return computeOptimalTokens;
    const double excess = loss - law.E;
    double c1 = 0;
    double c2 = 0;
    double p = 0;
    double target = 0;
    if (law.form == LawForm::Kaplan) {
        const double r = law.alpha / law.beta;
        c1 = law.B * (1.0 + 1.0 / r);
        c2 = effectiveTokens * law.B / (3.0 * r);
        p = 1.0;
        target = std::pow(excess, 1.0 / law.beta);
    } else {
        c1 = law.beta * law.B / law.alpha + law.B;
        c2 = effectiveTokens * law.beta * law.B / (3.0 * law.alpha);
        p = law.beta;
        target = excess;
    }
    // Above hi each term is at most target/2, so the residual is negative there.
    const double hi =
        std::max({std::pow(2.0 * c1 / target, 1.0 / p),
                  std::pow(2.0 * c2 / target, 1.0 / (p + 1.0)), computeOptimalTokens}) *
        2.0;
    const auto residual = [&](double logTokens) {
        return (c1 * std::exp(-p * logTokens) + c2 * std::exp(-(p + 1.0) * logTokens)) / target -
               1.0;
    };
    const std::optional<double> root =
        findRootBracketed(residual, std::log(computeOptimalTokens), std::log(hi), 1e-13);
    return root ? std::exp(*root) : computeOptimalTokens;
}

std::optional<InputError> checkRequest(const TrainingLaw &law, double targetLoss,
                                       double inferenceTokens)
{
    if (!std::isfinite(targetLoss) || targetLoss <= law.E)
        return InputError{
            {},
            u"targetLoss"_s,
            u"must be above the law's irreducible loss E = %1 nats (got %2)"_s.arg(law.E, 0, 'g', 6)
                .arg(targetLoss, 0, 'g', 6)};
    if (!std::isfinite(inferenceTokens) || inferenceTokens < 0)
        return InputError{{},
                          u"inferenceTokens"_s,
                          u"must be 0 or more tokens (got %1)"_s.arg(inferenceTokens, 0, 'g', 6)};
    return std::nullopt;
}

} // namespace

Result<InferenceAwarePoint> inferenceAwareOptimum(const TrainingLaw &law, double targetLoss,
                                                  double inferenceTokens)
{
    return inferenceAwareOptimumUsd(law, targetLoss, inferenceTokens, 0.0, FlopPrices{});
}

Result<InferenceAwarePoint> inferenceAwareOptimumUsd(const TrainingLaw &law, double targetLoss,
                                                     double prefillTokens, double decodeTokens,
                                                     const FlopPrices &prices)
{
    if (auto problem = checkRequest(law, targetLoss, prefillTokens + decodeTokens))
        return *problem;
    if (prefillTokens < 0 || decodeTokens < 0)
        return InputError{{}, u"inferenceTokens"_s, u"must be 0 or more tokens"_s};

    const double trainUsdPerFlop = prices.trainingUsdPerModelFlop();
    const double prefillUsdPerFlop = prices.prefillUsdPerModelFlop();
    const double decodeUsdPerFlop = prices.decodeUsdPerModelFlop();
    const double effectiveTokens =
        (prefillTokens * prefillUsdPerFlop + decodeTokens * decodeUsdPerFlop) / trainUsdPerFlop;

    InferenceAwarePoint point;
    point.targetLoss = targetLoss;
    point.inferenceTokens = prefillTokens + decodeTokens;
    point.computeOptimal = computeOptimalForLoss(law, targetLoss);
    if (effectiveTokens <= 0) {
        point.params = point.computeOptimal.params;
        point.tokens = point.computeOptimal.tokens;
    } else {
        point.tokens =
            optimalTrainingTokens(law, targetLoss, effectiveTokens, point.computeOptimal.tokens);
        point.params =
            paramsForLoss(law, point.tokens, targetLoss).value_or(point.computeOptimal.params);
    }

    const auto inferenceUsd = [&](double params) {
        return 2.0 * params * (prefillTokens * prefillUsdPerFlop + decodeTokens * decodeUsdPerFlop);
    };
    point.trainFlops = 6.0 * point.params * point.tokens;
    point.inferenceFlops = 2.0 * point.params * point.inferenceTokens;
    point.totalFlops = point.trainFlops + point.inferenceFlops;
    point.computeOptimalTotalFlops = point.computeOptimal.computeFlops +
                                     2.0 * point.computeOptimal.params * point.inferenceTokens;
    if (prices.inUsd()) {
        point.trainUsd = point.trainFlops * trainUsdPerFlop;
        point.inferenceUsd = inferenceUsd(point.params);
        point.totalUsd = point.trainUsd + point.inferenceUsd;
        point.computeOptimalTotalUsd = point.computeOptimal.computeFlops * trainUsdPerFlop +
                                       inferenceUsd(point.computeOptimal.params);
    }
    return point;
}

} // namespace pertoken
