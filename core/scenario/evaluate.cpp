#include "scenario/evaluate.h"

#include "cost/break_even.h"
#include "cost/option_costing.h"
#include "scenario/scenario_plan.h"
#include "scenario/scenario_validation.h"
#include "scenario/sensitivity.h"
#include "scenario/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kVolumeCurvePointsPerDecade = 6;
constexpr double kLowestVolume = 1e3;
constexpr double kHighestVolume = 1e15;

double perMillion(double usd, double tokens)
{
    return tokens > 0 ? usd / tokens * 1e6 : 0.0;
}

// Throughput and latency at batch sizes 1, 2, 4, ... up to twice the memory limit, so the chart
// shows where memory stops the batch from growing.
QList<BatchPoint> batchSweep(const DeploymentOption &option, const Workload &workload,
                             const PreparedOption &prepared)
{
    QList<BatchPoint> points;
    const std::optional<RooflineInput> input = preparedRooflineInput(option, workload, prepared);
    if (!input)
        return points;
    RooflineInput in = *input;
    const int memoryLimit = prepared.roofline.maxBatch;
    const int last = std::clamp(memoryLimit * 2, 2, 4096);
    for (int batch = 1; batch <= last; batch *= 2) {
        BatchPoint point;
        point.batch = batch;
        point.fits = batch <= memoryLimit;
        if (point.fits) {
            in.batch = batch;
            const RooflineResult r = roofline(in);
            point.outputTokensPerSecond = r.outputTokensPerSecond;
            point.tpotMs = r.decodeStepSeconds * 1e3;
            point.ttftMs = r.prefillSeconds * 1e3;
        }
        points.append(point);
    }
    return points;
}

OptionResult resultFor(const DeploymentOption &option, const Workload &workload,
                       const PreparedOption &prepared)
{
    OptionResult r;
    r.id = option.id;
    r.name = option.name;
    r.kind = option.kind();
    r.enabled = option.enabled;
    r.feasible = prepared.feasible;
    r.infeasibleReason = prepared.infeasibleReason;
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec))
        r.priceAsOf = cloud->price.asOf;
    if (r.kind != OptionKind::CloudApi) {
        r.roofline = prepared.roofline;
        r.basis = prepared.serving.basis;
        r.basisNote = basisNote(prepared, option);
        if (r.basis == ThroughputBasis::Roofline && prepared.efficiency.fitted &&
            !prepared.ownEfficiency) {
            r.errorBandPercent = prepared.efficiency.errorBandPercent;
            r.errorBandCases = prepared.efficiency.errorBandCases;
        }
        r.gpusPerReplica = prepared.gpusPerReplica;
        r.batchSweep = batchSweep(option, workload, prepared);
    }
    if (!prepared.feasible)
        return r;

    const double tokens = workload.tokensPerMonth();
    const MonthlyCost cost = monthlyCostAt(prepared, workload, tokens);
    r.monthlyUsd = cost.totalUsd;
    r.breakdown = cost.parts(r.kind, prepared.acquisition);
    for (CostPart &part : r.breakdown)
        part.usdPerMillionTokens = perMillion(part.usdPerMonth, tokens);
    r.usdPerMillionTokens = perMillion(cost.totalUsd, tokens);

    const double inputTokens = workload.requestsPerMonth * workload.inputTokensPerRequest;
    const double outputTokens = workload.requestsPerMonth * workload.outputTokensPerRequest;
    if (r.kind == OptionKind::CloudApi) {
        r.usdPerMillionInputTokens = perMillion(
            cost.part(CostPartKey::Input) + cost.part(CostPartKey::CachedInput), inputTokens);
        r.usdPerMillionOutputTokens = perMillion(cost.part(CostPartKey::Output), outputTokens);
        return r;
    }

    r.usdPerMillionInputTokens =
        perMillion(cost.totalUsd * prepared.serving.inputTimeShare, inputTokens);
    r.usdPerMillionOutputTokens =
        perMillion(cost.totalUsd * (1.0 - prepared.serving.inputTimeShare), outputTokens);
    r.replicas = cost.replicas;
    r.busyFraction = cost.replicas > 0 ? cost.busyHours / (cost.replicas * 730.0) : 0.0;
    r.outputTokensPerSecond = prepared.serving.outputTokensPerSecond;
    r.operatingBatch = prepared.serving.batch;
    r.ttftMs = prepared.serving.ttftMs;
    r.tpotMs = prepared.serving.tpotMs;
    r.usageBasedUsdPerMillionTokens = perMillion(cost.usageBasedUsd, tokens);
    const double tokensPerSecond = prepared.serving.requestsPerSecond * workload.tokensPerRequest();
    r.joulesPerToken = tokensPerSecond > 0 ? prepared.replicaPowerWatts / tokensPerSecond : 0.0;
    r.tokensPerKWh = r.joulesPerToken > 0 ? 3.6e6 / r.joulesPerToken : 0.0;
    r.meetsTtftTarget = prepared.serving.meetsTtftTarget;
    r.meetsTpotTarget = prepared.serving.meetsTpotTarget;
    return r;
}

QList<QPointF> volumeCurve(const PreparedOption &prepared, const Workload &workload)
{
    QList<QPointF> points;
    if (!prepared.feasible)
        return points;
    // Whole decades, from four below the workload's volume to five above it, at fixed points of
    // each decade (1, 1.47, 2.15, 3.16, 4.64, 6.81 × 10^k): the volumes sampled stay put while
    // the workload's volume moves within a decade, so a curve that does not depend on it (an
    // API's) stays exactly as it was and a chart need not redraw it.
    const double centre = std::clamp(workload.tokensPerMonth(), kLowestVolume, kHighestVolume);
    const int decade = static_cast<int>(std::floor(std::log10(centre)));
    const int low = std::max(decade - 4, static_cast<int>(std::log10(kLowestVolume)));
    const int high = std::min(decade + 5, static_cast<int>(std::log10(kHighestVolume)));
    points.reserve((high - low) * kVolumeCurvePointsPerDecade + 1);
    for (int i = low * kVolumeCurvePointsPerDecade; i <= high * kVolumeCurvePointsPerDecade; ++i) {
        const double volume = std::pow(10.0, double(i) / kVolumeCurvePointsPerDecade);
        points.append({volume, monthlyCostAt(prepared, workload, volume).totalUsd});
    }
    return points;
}

// The plan depends only on the planner's inputs, which most edits (every workload and option
// slider) leave unchanged; the last result is kept per thread and reused while they are equal.
PlanResult planFor(const PlannerInputs &inputs)
{
    thread_local std::optional<std::pair<PlannerInputs, PlanResult>> last;
    if (!last || !(last->first == inputs))
        last.emplace(inputs, runPlan(inputs));
    return last->second;
}

} // namespace

OptionResult evaluateOption(const Scenario &scenario, const DeploymentOption &option)
{
    const PreparedOption prepared = prepareOption(option, scenario.workload);
    OptionResult result = resultFor(option, scenario.workload, prepared);
    result.volumeCurve = volumeCurve(prepared, scenario.workload);
    return result;
}

namespace {

// The model-size planner's part of an evaluation; it validates its own inputs.
void addPlan(const Scenario &scenario, Evaluation &e)
{
    const ScenarioPlannerInputs planner = plannerInputsFor(scenario);
    if (!planner.warning.isEmpty())
        e.warnings.append(planner.warning);
    e.planFlopPrices = planner.inputs.prices;
    e.plan = planFor(planner.inputs);
}

// Cost per solved task, with the planner's pass@k model for repeated sampling.
void addSolvedTasks(const Scenario &scenario, Evaluation &e)
{
    if (!scenario.task.isDefined())
        return;
    for (qsizetype i = 0; i < scenario.options.size(); ++i) {
        e.solvedTasks.append(solvedTaskFor(scenario.options[i], e.options[i], scenario.workload,
                                           scenario.task, scenario.planner.passAtK));
    }
    e.cheapestSolvingId = cheapestSolvingId(e.solvedTasks, e.options);
}

} // namespace

Evaluation evaluate(const Scenario &scenario)
{
    Evaluation e;
    if (std::optional<InputError> problem = validateCostInputs(scenario)) {
        // A number out of its range (a hand-edited value, NaN from a broken import) would give
        // nonsense or NaN: every option says why it has no figures instead.
        const QString reason = u"%1: %2"_s.arg(problem->field, problem->message);
        for (const DeploymentOption &option : scenario.options) {
            OptionResult result;
            result.id = option.id;
            result.name = option.name;
            result.kind = option.kind();
            result.enabled = option.enabled;
            result.feasible = false;
            result.infeasibleReason = reason;
            if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec))
                result.priceAsOf = cloud->price.asOf;
            e.options.append(std::move(result));
        }
        e.warnings.append(u"the scenario has an invalid input: %1"_s.arg(reason));
        addPlan(scenario, e);
        return e;
    }
    const Workload &workload = scenario.workload;
    e.tokensPerMonth = workload.tokensPerMonth();
    e.breakEvenPeak = workload.breakEvenPeak;
    e.peakConcurrentRequests = workload.peakConcurrentRequests;

    QList<PreparedOption> prepared;
    prepared.reserve(scenario.options.size());
    for (const DeploymentOption &option : scenario.options) {
        prepared.append(prepareOption(option, workload));
        OptionResult result = resultFor(option, workload, prepared.last());
        result.volumeCurve = volumeCurve(prepared.last(), workload);
        e.options.append(std::move(result));
    }

    double cheapest = 0;
    for (const OptionResult &r : std::as_const(e.options)) {
        if (!r.enabled)
            continue;
        if (!r.feasible) {
            e.warnings.append(u"%1: %2"_s.arg(r.name, r.infeasibleReason));
            continue;
        }
        if (!r.meetsTtftTarget)
            e.warnings.append(u"%1 misses the time-to-first-token target"_s.arg(r.name));
        if (!r.meetsTpotTarget)
            e.warnings.append(u"%1 misses the time-per-output-token target"_s.arg(r.name));
        if (!r.meetsTargets())
            continue;
        if (e.cheapestId.isEmpty() || r.usdPerMillionTokens < cheapest) {
            cheapest = r.usdPerMillionTokens;
            e.cheapestId = r.id;
        }
    }

    for (qsizetype i = 0; i < e.options.size(); ++i) {
        const OptionResult &a = e.options[i];
        if (!a.enabled || !a.feasible)
            continue;
        for (qsizetype j = i + 1; j < e.options.size(); ++j) {
            const OptionResult &b = e.options[j];
            if (!b.enabled || !b.feasible)
                continue;
            const auto costA = [&](double v) {
                return monthlyCostAt(prepared[i], workload, v).totalUsd;
            };
            const auto costB = [&](double v) {
                return monthlyCostAt(prepared[j], workload, v).totalUsd;
            };
            BreakEven pair{a.id, b.id, std::nullopt, 0.0, a.meetsTargets() && b.meetsTargets()};
            if (pair.bothServe)
                pair.tokensPerMonth = breakEvenVolume(costA, costB, kLowestVolume, kHighestVolume);
            if (pair.tokensPerMonth)
                pair.usdPerMonth = costA(*pair.tokensPerMonth);
            e.breakEven.append(pair);
        }
    }

    for (qsizetype i = 0; i < scenario.options.size(); ++i) {
        if (e.options[i].enabled && e.options[i].feasible)
            e.frontier.append(frontierCurve(scenario.options[i], workload, prepared[i],
                                            e.options[i].usdPerMillionTokens));
    }

    for (qsizetype i = 0; i < scenario.options.size(); ++i) {
        if (e.options[i].enabled && e.options[i].feasible)
            e.sensitivity.append(sensitivityRows(scenario, scenario.options[i]));
    }
    e.uncertainty = uncertaintyBands(scenario);
    addPlan(scenario, e);
    addSolvedTasks(scenario, e);
    return e;
}

} // namespace pertoken
