#include "scenario/scenario_validation.h"

#include "common/json_reader.h"
#include "scenario/parameters.h"

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxMonteCarloSamples = 100000; // the scenario reader's limit
constexpr double kMaxMeasuredTokensPerSecond = 1e9;

std::optional<QString> problem(const ParameterSpec &spec, double value)
{
    if (!std::isfinite(value)) // no "nan" or "inf" in a message a person reads
        return std::isnan(value) ? u"must be a number (it is not one)"_s
                                 : u"must be a finite number (it is infinite)"_s;
    if (value < spec.min || value > spec.max)
        return u"must be between %1 and %2 (got %3)"_s.arg(spec.min).arg(spec.max).arg(value);
    if (spec.integer && value != std::floor(value))
        return u"must be a whole number (got %1)"_s.arg(value);
    return std::nullopt;
}

} // namespace

std::optional<InputError> validateCostInputs(const Scenario &scenario, const QString &source)
{
    const auto error = [&source](const QString &field, const QString &message) {
        return InputError{source, field, message};
    };
    for (const ParameterSpec &spec : workloadParameters()) {
        if (auto message = problem(spec, parameterValue(scenario.workload, spec.key)))
            return error(JsonReader::join(u"workload"_s, spec.key), *message);
    }
    for (qsizetype i = 0; i < scenario.options.size(); ++i) {
        const DeploymentOption &option = scenario.options[i];
        const QString path = JsonReader::join(u"options"_s, i);
        for (const ParameterSpec &spec : parametersOfKind(option.kind())) {
            // A cloud API without a cached-input price stores −1: "no cache discount".
            const double value = parameterValue(option, spec.key);
            if (spec.key == u"cachedInputUsdPerMTok" && value < 0 && std::isfinite(value))
                continue;
            if (auto message = problem(spec, value))
                return error(JsonReader::join(path, spec.key), *message);
        }
        const double measured = option.measuredOutputTokensPerSecond;
        const QString measuredField = JsonReader::join(path, u"measuredOutputTokensPerSecond"_s);
        if (!std::isfinite(measured))
            return error(measuredField, u"must be a finite number"_s);
        if (measured < 0 || measured > kMaxMeasuredTokensPerSecond)
            return error(measuredField,
                         u"must be between 0 and %1 (got %2)"_s.arg(kMaxMeasuredTokensPerSecond)
                             .arg(measured));
    }
    if (scenario.monteCarloSamples < 0 || scenario.monteCarloSamples > kMaxMonteCarloSamples)
        return error(u"uncertainty.samples"_s,
                     u"must be between 0 and %1 (got %2)"_s.arg(kMaxMonteCarloSamples)
                         .arg(scenario.monteCarloSamples));
    for (qsizetype i = 0; i < scenario.ranges.size(); ++i) {
        const InputRange &range = scenario.ranges[i];
        const QString at = JsonReader::join(u"uncertainty.ranges"_s, i);
        const auto spec = findParameter(scenario, range.optionId, range.parameter);
        if (!spec)
            return error(JsonReader::join(at, u"parameter"_s),
                         u"is not a parameter of %1 (\"%2\")"_s.arg(
                             range.optionId.isEmpty() ? u"the workload"_s : range.optionId,
                             range.parameter));
        if (!std::isfinite(range.low) || !std::isfinite(range.high))
            return error(at, u"needs finite low and high ends"_s);
        if (range.low > range.high || range.low < spec->min || range.high > spec->max)
            return error(at, u"needs %1 ≤ low ≤ high ≤ %2 (got %3 to %4)"_s.arg(spec->min)
                                 .arg(spec->max)
                                 .arg(range.low)
                                 .arg(range.high));
    }
    return std::nullopt;
}

std::optional<InputError> validateScenario(const Scenario &scenario, const QString &source)
{
    if (std::optional<InputError> problem = validateCostInputs(scenario, source))
        return problem;
    if (std::optional<InputError> planner = validatePlannerInputs(scenario.planner)) {
        planner->source = source;
        planner->field = JsonReader::join(u"planner"_s, planner->field);
        return planner;
    }
    return std::nullopt;
}

} // namespace pertoken
