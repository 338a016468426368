#include "cost/uncertainty.h"

#include "cost/option_price.h"
#include "scenario/parameters.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace pertoken {

namespace {

// A uniform double in [0, 1) from the generator's top 53 bits: the same sequence on every
// standard library (std::uniform_real_distribution is implementation-defined).
double unitUniform(std::mt19937_64 &generator) {
    return double(generator() >> 11) * 0x1.0p-53;
}

double draw(const ParameterSpec &spec, double low, double high, std::mt19937_64 &generator) {
    const double u = unitUniform(generator);
    double value = low + (high - low) * u;
    if (spec.logarithmic && low > 0 && high > 0)
        value = std::exp(std::log(low) + (std::log(high) - std::log(low)) * u);
    if (spec.integer)
        value = std::round(value);
    return std::clamp(value, spec.min, spec.max);
}

} // namespace

double percentileOfSorted(const QList<double> &sorted, double q) {
    if (sorted.isEmpty())
        return 0.0;
    const double rank = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

QList<UncertaintyBand> uncertaintyBands(const Scenario &scenario) {
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
        const bool touched =
            workloadRange || std::any_of(ranges.cbegin(), ranges.cend(), [&](const Range &r) {
                return r.range.optionId == option.id;
            });
        if (!option.enabled || !touched)
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
            const double cost = usdPerMillionTokens(sampled, workload);
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
