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

// A standard normal draw by the Box–Muller transform over two unitUniform draws, so the sequence
// too is the same on every standard library.
double standardNormal(std::mt19937_64 &generator)
{
    const double u1 = 1.0 - unitUniform(generator); // in (0, 1]: the logarithm stays finite
    const double u2 = unitUniform(generator);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
}

// The spread of ln(measured / predicted) throughput whose central 90% interval is ±band: the
// published residuals of a class are read as log-normal, 90% of them within a factor 1 + band,
// so σ = ln(1 + band) / z₀.₉₅ with z₀.₉₅ = 1.6449 (the normal's 95th percentile).
double modelErrorSigma(double bandPercent)
{
    return bandPercent > 0 ? std::log1p(bandPercent / 100.0) / 1.6448536269514722 : 0.0;
}

} // namespace

QList<UncertaintyBand> uncertaintyBands(const Scenario &scenario)
{
    QList<UncertaintyBand> bands;
    if (scenario.monteCarloSamples <= 0 ||
        (scenario.ranges.isEmpty() && !scenario.uncertaintyIncludesModelError))
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
        if (!option.enabled || (!touched && !scenario.uncertaintyIncludesModelError))
            continue;
        // Ranges on prices alone leave throughput as it is: prepare once, reprice each sample.
        const PreparedOption base = prepareOption(option, scenario.workload);
        // The model's own error applies where the throughput is the fitted estimate, as the
        // option's error band does (evaluate.cpp): not to a measured or hand-set efficiency.
        const double bandPercent = scenario.uncertaintyIncludesModelError &&
                                           base.serving.basis == ThroughputBasis::Roofline &&
                                           base.efficiency.fitted && !base.ownEfficiency
                                       ? base.efficiency.errorBandPercent
                                       : 0.0;
        const double sigma = modelErrorSigma(bandPercent);
        if (!touched && sigma <= 0)
            continue;
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
            if (sigma > 0) {
                // Throughput off by the factor drawn: every rate of the operating point scales
                // with it, and the replicas and busy hours needed follow in monthlyCostAt.
                const double factor = std::exp(sigma * standardNormal(generator));
                prepared.serving.requestsPerSecond *= factor;
                prepared.serving.outputTokensPerSecond *= factor;
            }
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
                      int(samples.size()), bandPercent});
    }
    return bands;
}

} // namespace pertoken
