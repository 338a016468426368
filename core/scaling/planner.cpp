#include "scaling/planner.h"

#include "scaling/planner_ranges.h"

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kLossChartPoints = 40;
constexpr int kTrainToTestChartPoints = 20;

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
    for (const PlannerInputSpec &spec : plannerInputSpecs())
        spec.set(inputs, spec.defaultValue);
    inputs.passAtK = defaultPassAtKModel();
    inputs.prices = FlopPrices{};
    return inputs;
}

std::optional<InputError> validatePlannerInputs(const PlannerInputs &inputs)
{
    if (auto problem = validateTrainingLaw(inputs.law, u"law"_s))
        return problem;
    for (const PlannerInputSpec &spec : plannerInputSpecs())
        if (auto problem = spec.check(spec.get(inputs)))
            return problem;
    // Beyond the table: a loss the law can reach, and the budget train-to-test needs.
    const double e = inputs.law.E;
    if (inputs.targetLoss != 0.0 && !(inputs.targetLoss > e))
        return InputError{
            {},
            u"targetLoss"_s,
            u"must be above the law's irreducible loss E = %1 nats (got %2)"_s.arg(
                QString::number(e, 'g', 6), QString::number(inputs.targetLoss, 'g', 6))};
    const bool inUsd = inputs.prices.inUsd();
    if (inputs.queries > 0 && !inUsd && inputs.budgetFlops == 0.0)
        return InputError{{},
                          u"budgetFlops"_s,
                          u"must be a positive number of FLOPs when queries are set (got 0)"_s};
    if (inputs.queries > 0 && inUsd && inputs.budgetUsd == 0.0)
        return InputError{
            {},
            u"budgetUsd"_s,
            u"must be a positive number of USD when queries are set and FLOPs are priced "
            "(got 0)"_s};
    struct PriceRange {
        QString field;
        double value;
        double min;
        double max;
        bool zeroAllowed;
    };
    const PriceRange prices[] = {
        {u"prices.trainingUsdPerFlop"_s, inputs.prices.trainingUsdPerFlop, 1e-30, 1e-6, true},
        {u"prices.inferenceUsdPerFlop"_s, inputs.prices.inferenceUsdPerFlop, 1e-30, 1e-6, true},
        {u"prices.trainingUtilization"_s, inputs.prices.trainingUtilization, 1e-6, 1, false},
        {u"prices.prefillUtilization"_s, inputs.prices.prefillUtilization, 1e-6, 1, false},
        {u"prices.decodeUtilization"_s, inputs.prices.decodeUtilization, 1e-6, 1, false},
    };
    for (const PriceRange &range : prices) {
        const double v = range.value;
        if (std::isfinite(v) &&
            ((range.zeroAllowed && v == 0.0) || (v >= range.min && v <= range.max)))
            continue;
        return InputError{
            {},
            range.field,
            u"must be %1between %2 and %3 (got %4)"_s.arg(
                range.zeroAllowed ? u"0 or "_s : QString(), QString::number(range.min, 'g', 6),
                QString::number(range.max, 'g', 6),
                std::isfinite(v) ? QString::number(v, 'g', 6) : u"not a finite number"_s)};
    }
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
