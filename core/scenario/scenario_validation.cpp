#include "scenario/scenario_validation.h"

#include "common/json_reader.h"
#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"
#include "scenario/parameters.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxMonteCarloSamples = 100000; // the scenario reader's limit
constexpr double kMaxMeasuredFigure = 1e9;    // any measured rate, latency or concurrency
// Far beyond any real memory size, parameter count, FLOP rate or price, and small enough that
// the formulas' products of a few such numbers stay finite.
constexpr double kMaxRecordMagnitude = 1e18;

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

// The numbers of a catalog record (price, accelerator or device, model, quantization), walked
// in its JSON form so every field is seen: none may be NaN, infinite or beyond 1e18. Their ranges
// and provenance (id, source, asOf) are the catalog readers' business; the formulas handle any
// finite value (a model that does not fit, an unpriced option) and say so.
std::optional<InputError> checkFinite(const QJsonObject &record, const QString &source,
                                      const QString &path)
{
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QString field = JsonReader::join(path, it.key());
        if (it.value().isObject()) {
            if (auto problem = checkFinite(it.value().toObject(), source, field))
                return problem;
        } else if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonObject item{{u"value"_s, array[i]}};
                if (auto problem = checkFinite(item, source, JsonReader::join(field, i)))
                    return problem;
            }
        } else if (it.value().isDouble()) {
            const double value = it.value().toDouble();
            if (!std::isfinite(value))
                return InputError{source, field, u"must be a finite number"_s};
            if (std::abs(value) > kMaxRecordMagnitude)
                return InputError{
                    source, field,
                    u"must be at most %1 in size (got %2)"_s.arg(kMaxRecordMagnitude).arg(value)};
        }
    }
    return std::nullopt;
}

std::optional<InputError> checkRecords(const DeploymentOption &option, const QString &source,
                                       const QString &path)
{
    const auto at = [&path](const char *key) { return JsonReader::join(path, QLatin1String(key)); };
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec))
        return checkFinite(apiPriceToJson(cloud->price), source, at("price"));
    const auto check = [&](const Accelerator &device, const char *deviceKey,
                           const ModelArchitecture &model,
                           const Quantization &quantization) -> std::optional<InputError> {
        if (auto problem = checkFinite(acceleratorToJson(device), source, at(deviceKey)))
            return problem;
        if (auto problem = checkFinite(modelToJson(model), source, at("model")))
            return problem;
        return checkFinite(quantizationToJson(quantization), source, at("quantization"));
    };
    if (const auto *s = std::get_if<SelfHostedOption>(&option.spec))
        return check(s->accelerator, "accelerator", s->model, s->quantization);
    const auto &d = std::get<OnDeviceOption>(option.spec);
    return check(d.device, "device", d.model, d.quantization);
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
        if (std::optional<InputError> problem = checkRecords(option, source, path))
            return problem;
        const std::pair<QString, double> measurements[] = {
            {u"measuredOutputTokensPerSecond"_s, option.measuredOutputTokensPerSecond},
            {u"measuredConcurrency"_s, option.measuredConcurrency},
            {u"measuredTtftMs"_s, option.measuredTtftMs},
            {u"measuredTpotMs"_s, option.measuredTpotMs},
            {u"measuredPrefillTokensPerSecond"_s, option.measuredPrefillTokensPerSecond},
        };
        for (const auto &[key, measured] : measurements) {
            const QString measuredField = JsonReader::join(path, key);
            if (!std::isfinite(measured))
                return error(measuredField, u"must be a finite number"_s);
            if (measured < 0 || measured > kMaxMeasuredFigure)
                return error(
                    measuredField,
                    u"must be between 0 and %1 (got %2)"_s.arg(kMaxMeasuredFigure).arg(measured));
        }
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
