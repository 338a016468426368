#include "scenario/uncertainty.h"

#include "common/percentile.h"
#include "cost/option_costing.h"
#include "scenario/parameters.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace pertoken {

namespace {

// A uniform double in [0, 1) from the generator's top 53 bits: the same sequence on every
// standard library (std::uniform_real_distribution is implementation-defined).
double unitUniform(std::mt19937_64 &generator)
{
    return double(generator() >> 11) * 0x1.0p-53;
}

double draw(const ParameterSpec &spec, double low, double high, std::mt19937_64 &generator)
{
    const double u = unitUniform(generator);
    double value = low + (high - low) * u;
    if (spec.logarithmic && low > 0 && high > 0)
        value = std::exp(std::log(low) + (std::log(high) - std::log(low)) * u);
    if (spec.integer)
        value = std::round(value);
    return std::clamp(value, spec.min, spec.max);
}

} // namespace

QList<UncertaintyBand> uncertaintyBands(const Scenario &scenario)
{
    QList<UncertaintyBand> bands;
    if (scenario.ranges.isEmpty() || scenario.monteCarloSamples <= 0)
        return bands;

    struct Range {
        InputRange range;
        ParameterSpec spec;
    };
    QList<Range> ranges;
    bool workloadRange = false;
    for (const InputRange &range : scenario.ranges) {
        if (const auto spec = findParameter(scenario, range.optionId, range.parameter)) {
            ranges.append({range, *spec});
            workloadRange = workloadRange || range.optionId.isEmpty();
        }
    }

    std::mt19937_64 generator(scenario.seed);
    for (const DeploymentOption &option : scenario.options) {
        bool touched = false;
        bool throughputVaries = false;
        for (const Range &r : std::as_const(ranges)) {
            const bool workload = r.range.optionId.isEmpty();
            if (workload || r.range.optionId == option.id) {
                touched = true;
                throughputVaries =
                    throughputVaries || affectsThroughput(r.range.parameter, workload);
            }
        }
        if (!option.enabled || !touched)
            continue;
        // Ranges on prices alone leave throughput as it is: prepare once, reprice each sample.
        const PreparedOption base = prepareOption(option, scenario.workload);
        QList<double> samples;
        samples.reserve(scenario.monteCarloSamples);
        for (int i = 0; i < scenario.monteCarloSamples; ++i) {
            Workload workload = scenario.workload;
            DeploymentOption sampled = option;
            for (const Range &r : std::as_const(ranges)) {
                const double value = draw(r.spec, r.range.low, r.range.high, generator);
                if (r.range.optionId.isEmpty())
                    setParameterValue(workload, r.range.parameter, value);
                else if (r.range.optionId == option.id)
                    setParameterValue(sampled, r.range.parameter, value);
            }
            PreparedOption prepared = base;
            if (throughputVaries)
                prepared = prepareOption(sampled, workload);
            else
                repriceOption(sampled, workload, prepared);
            const double tokens = workload.tokensPerMonth();
            const double cost =
                prepared.feasible && tokens > 0
                    ? monthlyCostAt(prepared, workload, tokens).totalUsd / tokens * 1e6
                    : 0.0;
            if (cost > 0)
                samples.append(cost);
        }
        if (samples.isEmpty())
            continue;
        std::sort(samples.begin(), samples.end());
        bands.append({option.id, percentileOfSorted(samples, 0.10),
                      percentileOfSorted(samples, 0.50), percentileOfSorted(samples, 0.90),
                      int(samples.size())});
    }
    return bands;
}

} // namespace pertoken
