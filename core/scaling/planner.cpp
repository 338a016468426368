#include "scaling/planner.h"

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kLossChartPoints = 40;
constexpr int kTrainToTestChartPoints = 20;

struct Range {
    const char *field;
    double value;
    double min;
    double max;
    bool zeroAllowed; // 0 = not requested, outside [min, max]
    const char *unit;
};

std::optional<InputError> checkRange(const Range &range)
{
    const double v = range.value;
    if (std::isfinite(v) && ((range.zeroAllowed && v == 0.0) || (v >= range.min && v <= range.max)))
        return std::nullopt;
    const QString field = QString::fromLatin1(range.field);
    const QString unit = QString::fromLatin1(range.unit);
    const QString got = std::isfinite(v) ? QString::number(v, 'g', 6) : u"not a finite number"_s;
    const QString bounds = u"between %1 and %2 %3"_s.arg(QString::number(range.min, 'g', 6),
                                                         QString::number(range.max, 'g', 6), unit);
    return InputError{{},
                      field,
                      range.zeroAllowed
                          ? u"must be 0 (not requested) or %1 (got %2)"_s.arg(bounds, got)
                          : u"must be %1 (got %2)"_s.arg(bounds, got)};
}

/// `count` points from `from` to `to`, evenly spaced in log.
QList<double> logSpace(double from, double to, int count)
{
    QList<double> values;
    values.reserve(count);
    const double step = (std::log(to) - std::log(from)) / (count - 1);
    for (int i = 0; i < count; ++i)
        values.append(std::exp(std::log(from) + step * i));
    return values;
}

TrainToTestInputs trainToTestInputs(const PlannerInputs &inputs)
{
    TrainToTestInputs t2;
    t2.law = inputs.law;
    t2.passAtK = inputs.passAtK;
    t2.queries = inputs.queries;
    t2.promptTokens = inputs.promptTokens;
    t2.tokensPerSample = inputs.tokensPerSample;
    t2.maxSamples = inputs.maxSamples;
    t2.budgetFlops = inputs.budgetFlops;
    t2.budgetUsd = inputs.budgetUsd;
    t2.prices = inputs.prices;
    return t2;
}

void addLossChart(const PlannerInputs &inputs, PlanResult &result)
{
    double center = kChinchillaComputeFlops;
    if (inputs.computeFlops > 0)
        center = inputs.computeFlops;
    else if (inputs.budgetFlops > 0)
        center = inputs.budgetFlops;
    result.chartComputeFlops = center;

    const QList<double> computes = logSpace(center * 1e-4, center * 1e2, kLossChartPoints);
    for (double flops : computes) {
        const ComputeOptimalPoint point = computeOptimal(inputs.law, flops);
        result.computeOptimalFrontier.append({flops, point.loss});
    }
    // Curves of fixed size would run off to huge losses at small budgets; keep them within the
    // frontier's range so the chart stays readable.
    const double highestLoss = result.computeOptimalFrontier.first().y();
    const double decade = std::round(std::log10(computeOptimal(inputs.law, center).params));
    for (int j = -2; j <= 2; ++j) {
        LossCurve curve;
        curve.params = std::pow(10.0, decade + j);
        for (double flops : computes) {
            const double loss =
                trainingLoss(inputs.law, curve.params, flops / (6.0 * curve.params));
            if (loss <= highestLoss)
                curve.points.append({flops, loss});
        }
        if (!curve.points.isEmpty())
            result.lossCurves.append(curve);
    }
}

void addTrainToTestCharts(const PlannerInputs &inputs, PlanResult &result)
{
    TrainToTestInputs t2 = trainToTestInputs(inputs);
    const QList<double> queries =
        logSpace(std::max(1.0, inputs.queries * 1e-3), std::min(1e15, inputs.queries * 1e3),
                 kTrainToTestChartPoints);
    // Each point starts its search from its neighbour's optimum.
    std::optional<TrainToTestPoint> near;
    for (double q : queries) {
        t2.queries = q;
        const Result<TrainToTestResult> plan = optimizeTrainToTest(t2, near);
        if (!plan)
            continue;
        near = plan->optimum;
        const TrainToTestPoint &optimum = plan->optimum;
        result.optimalParamsByQueries.append({q, optimum.params});
        result.tokensPerParamByQueries.append({q, optimum.tokensPerParam()});
        result.samplesByQueries.append({q, double(optimum.samples)});
        result.chinchillaParamsByQueries.append({q, plan->chinchilla.params});
    }

    t2.queries = inputs.queries;
    const bool inUsd = inputs.prices.inUsd();
    const double budget = inUsd ? inputs.budgetUsd : inputs.budgetFlops;
    const double lowest = inUsd ? 1.0 : 1e15;
    const double highest = inUsd ? 1e15 : 1e30;
    const QList<double> budgets = logSpace(
        std::max(lowest, budget * 1e-2), std::min(highest, budget * 1e2), kTrainToTestChartPoints);
    near.reset();
    for (double b : budgets) {
        (inUsd ? t2.budgetUsd : t2.budgetFlops) = b;
        const Result<TrainToTestResult> plan = optimizeTrainToTest(t2, near);
        if (!plan)
            continue;
        near = plan->optimum;
        result.bestPassAtKByBudget.append({b, plan->optimum.passAtK});
        result.chinchillaPassAtKByBudget.append({b, plan->chinchilla.passAtK});
    }
}

} // namespace

PlannerInputs defaultPlannerInputs()
{
    PlannerInputs inputs;
    inputs.law = epochRefitLaw();
    inputs.computeFlops = kChinchillaComputeFlops;
    inputs.targetLoss = 2.0;
    inputs.inferenceTokens = 2e12;
    inputs.inferencePromptShare = 70.0 / 285.0;
    inputs.queries = 1e9;
    inputs.promptTokens = 70;
    inputs.tokensPerSample = 215;
    inputs.maxSamples = 1024;
    inputs.budgetFlops = kChinchillaComputeFlops;
    inputs.budgetUsd = 0;
    inputs.passAtK = defaultPassAtKModel();
    inputs.prices = FlopPrices{};
    return inputs;
}

std::optional<InputError> validatePlannerInputs(const PlannerInputs &inputs)
{
    if (auto problem = validateTrainingLaw(inputs.law, u"law"_s))
        return problem;
    const double e = inputs.law.E;
    if (inputs.targetLoss != 0.0 &&
        !(std::isfinite(inputs.targetLoss) && inputs.targetLoss > e && inputs.targetLoss <= e + 20))
        return InputError{{},
                          u"targetLoss"_s,
                          u"must be above the law's irreducible loss E = %1 nats and at most "
                          "E + 20 (got %2)"_s.arg(QString::number(e, 'g', 6),
                                                  QString::number(inputs.targetLoss, 'g', 6))};
    const bool inUsd = inputs.prices.inUsd();
    const Range ranges[] = {
        {"computeFlops", inputs.computeFlops, 1e15, 1e30, true, "FLOPs"},
        {"inferenceTokens", inputs.inferenceTokens, 0, 1e18, false, "tokens"},
        {"inferencePromptShare", inputs.inferencePromptShare, 0, 1, false, ""},
        {"queries", inputs.queries, 0, 1e15, false, "queries"},
        {"promptTokens", inputs.promptTokens, 0, 1e6, false, "tokens"},
        {"tokensPerSample", inputs.tokensPerSample, 1, 1e6, false, "tokens"},
        {"maxSamples", double(inputs.maxSamples), 1, kMaxSamplesLimit, false, "samples"},
        {"budgetFlops", inputs.budgetFlops, 1e15, 1e30, !(inputs.queries > 0 && !inUsd), "FLOPs"},
        {"budgetUsd", inputs.budgetUsd, 1, 1e15, !(inputs.queries > 0 && inUsd), "USD"},
        {"prices.trainingUsdPerFlop", inputs.prices.trainingUsdPerFlop, 1e-30, 1e-6, true,
         "USD/FLOP"},
        {"prices.inferenceUsdPerFlop", inputs.prices.inferenceUsdPerFlop, 1e-30, 1e-6, true,
         "USD/FLOP"},
        {"prices.trainingUtilization", inputs.prices.trainingUtilization, 1e-6, 1, false, ""},
        {"prices.prefillUtilization", inputs.prices.prefillUtilization, 1e-6, 1, false, ""},
        {"prices.decodeUtilization", inputs.prices.decodeUtilization, 1e-6, 1, false, ""},
    };
    for (const Range &range : ranges)
        if (auto problem = checkRange(range))
            return problem;
    if ((inputs.prices.trainingUsdPerFlop > 0) != (inputs.prices.inferenceUsdPerFlop > 0))
        return InputError{{},
                          u"prices.inferenceUsdPerFlop"_s,
                          u"must be set together with prices.trainingUsdPerFlop (both 0 plans "
                          "in FLOPs)"_s};
    return validatePassAtKModel(inputs.passAtK, u"passAtK"_s);
}

PlanResult runPlan(const PlannerInputs &inputs)
{
    PlanResult result;
    if (auto problem = validatePlannerInputs(inputs)) {
        result.error = problem;
        return result;
    }
    result.budgetInUsd = inputs.prices.inUsd();
    if (inputs.computeFlops > 0)
        result.computeOptimal = computeOptimal(inputs.law, inputs.computeFlops);
    if (inputs.targetLoss > 0) {
        const double prefill =
            result.budgetInUsd ? inputs.inferenceTokens * inputs.inferencePromptShare : 0.0;
        const Result<InferenceAwarePoint> point =
            inferenceAwareOptimumUsd(inputs.law, inputs.targetLoss, prefill,
                                     inputs.inferenceTokens - prefill, inputs.prices);
        if (point)
            result.inferenceAware = point.value();
        else
            result.error = point.error();
    }
    if (inputs.queries > 0) {
        const Result<TrainToTestResult> plan = optimizeTrainToTest(trainToTestInputs(inputs));
        if (plan) {
            result.trainToTest = plan.value();
            addTrainToTestCharts(inputs, result);
        } else if (!result.error) {
            result.error = plan.error();
        }
    }
    addLossChart(inputs, result);
    return result;
}

} // namespace pertoken
