#include "scenario/scenario_json.h"

#include "common/json_reader.h"
#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"
#include "scenario/parameters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"pertoken.scenario"_s;

// MFU and MBU may be left out of a file: the option then takes its class's fitted figures
// (inference/efficiency.h), as it does when they are 0.
bool mayBeLeftOut(const QString &key)
{
    return key == u"mfu" || key == u"mbu";
}

// A fixed overhead per forward pass that a calibration measured; written only where the option
// has its own (negative = the class's fitted figure).
double stepOverheadMsOf(const DeploymentOption &option)
{
    if (const auto *s = std::get_if<SelfHostedOption>(&option.spec))
        return s->stepOverheadMs;
    if (const auto *d = std::get_if<OnDeviceOption>(&option.spec))
        return d->stepOverheadMs;
    return -1;
}

QJsonObject numericParameters(const DeploymentOption &option)
{
    QJsonObject object;
    for (const ParameterSpec &spec : parametersOfKind(option.kind()))
        object.insert(spec.key, parameterValue(option, spec.key));
    if (const double overhead = stepOverheadMsOf(option); overhead >= 0)
        object.insert(u"stepOverheadMs"_s, overhead);
    return object;
}

QJsonObject optionToJson(const DeploymentOption &option)
{
    QJsonObject object;
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec)) {
        object.insert(u"price"_s, apiPriceToJson(cloud->price));
    } else if (const auto *s = std::get_if<SelfHostedOption>(&option.spec)) {
        object = numericParameters(option);
        object.insert(u"accelerator"_s, acceleratorToJson(s->accelerator));
        object.insert(u"model"_s, modelToJson(s->model));
        object.insert(u"quantization"_s, quantizationToJson(s->quantization));
        object.insert(u"acquisition"_s, s->acquisition == Acquisition::Rent ? u"rent"_s : u"buy"_s);
        if (s->engine != EngineProfile::ContinuousBatching)
            object.insert(u"engine"_s, engineProfileId(s->engine));
        if (s->expertParallel)
            object.insert(u"expertParallel"_s, true);
    } else if (const auto *d = std::get_if<OnDeviceOption>(&option.spec)) {
        object = numericParameters(option);
        object.insert(u"device"_s, acceleratorToJson(d->device));
        object.insert(u"model"_s, modelToJson(d->model));
        object.insert(u"quantization"_s, quantizationToJson(d->quantization));
        object.insert(u"attribution"_s,
                      d->attribution == Attribution::Amortized ? u"amortized"_s : u"marginal"_s);
    }
    object.insert(u"id"_s, option.id);
    object.insert(u"name"_s, option.name);
    object.insert(u"kind"_s, optionKindId(option.kind()));
    object.insert(u"enabled"_s, option.enabled);
    if (option.measuredOutputTokensPerSecond > 0) {
        object.insert(u"measuredOutputTokensPerSecond"_s, option.measuredOutputTokensPerSecond);
        object.insert(u"measuredSource"_s, option.measuredSource);
        const auto insertIfMeasured = [&object](const QString &key, double value) {
            if (value > 0)
                object.insert(key, value);
        };
        insertIfMeasured(u"measuredConcurrency"_s, option.measuredConcurrency);
        insertIfMeasured(u"measuredTtftMs"_s, option.measuredTtftMs);
        insertIfMeasured(u"measuredTpotMs"_s, option.measuredTpotMs);
        insertIfMeasured(u"measuredPrefillTokensPerSecond"_s,
                         option.measuredPrefillTokensPerSecond);
    }
    if (!option.measuredPowerSource.isEmpty())
        object.insert(u"measuredPowerSource"_s, option.measuredPowerSource);
    if (!option.calibrationSource.isEmpty())
        object.insert(u"calibrationSource"_s, option.calibrationSource);
    return object;
}

// Reads a nested catalog record (accelerator, model, ...) through its own strict reader.
template <typename T, typename Parse>
T record(JsonReader &reader, const QJsonObject &object, const QString &path, const QString &key,
         const QString &source, Parse parse)
{
    const QJsonObject nested = reader.object(object, path, key);
    if (reader.failed())
        return T{};
    Result<T> parsed = parse(nested, source, JsonReader::join(path, key));
    if (!parsed) {
        reader.fail(parsed.error().field, parsed.error().message);
        return T{};
    }
    return std::move(parsed).value();
}

void readNumericParameters(JsonReader &reader, const QJsonObject &object, const QString &path,
                           DeploymentOption &option)
{
    for (const ParameterSpec &spec : parametersOfKind(option.kind())) {
        if (mayBeLeftOut(spec.key) && !object.contains(spec.key))
            continue;
        const double value = reader.number(object, path, spec.key, spec.min, spec.max);
        if (reader.failed())
            return;
        if (spec.integer && value != std::floor(value)) {
            reader.fail(JsonReader::join(path, spec.key),
                        u"must be a whole number (got %1)"_s.arg(value));
            return;
        }
        setParameterValue(option, spec.key, value);
    }
    const double overhead =
        reader.optionalNumber(object, path, u"stepOverheadMs"_s, 0, 1e4).value_or(-1);
    if (auto *s = std::get_if<SelfHostedOption>(&option.spec))
        s->stepOverheadMs = overhead;
    else if (auto *d = std::get_if<OnDeviceOption>(&option.spec))
        d->stepOverheadMs = overhead;
}

DeploymentOption optionFromJson(JsonReader &reader, const QJsonObject &object, const QString &path,
                                const QString &source)
{
    DeploymentOption option;
    option.id = reader.nonEmptyString(object, path, u"id"_s);
    option.name = reader.string(object, path, u"name"_s);
    option.enabled = reader.boolean(object, path, u"enabled"_s);
    const QString kind = reader.string(object, path, u"kind"_s);
    if (reader.failed())
        return option;

    if (kind == u"cloud-api") {
        option.spec = CloudApiOption{
            record<ApiPrice>(reader, object, path, u"price"_s, source, apiPriceFromJson)};
    } else if (kind == u"self-hosted") {
        SelfHostedOption s;
        s.accelerator = record<Accelerator>(reader, object, path, u"accelerator"_s, source,
                                            acceleratorFromJson);
        s.model =
            record<ModelArchitecture>(reader, object, path, u"model"_s, source, modelFromJson);
        s.quantization = record<Quantization>(reader, object, path, u"quantization"_s, source,
                                              quantizationFromJson);
        const QString acquisition = reader.string(object, path, u"acquisition"_s);
        if (!reader.failed() && acquisition != u"rent" && acquisition != u"buy")
            reader.fail(JsonReader::join(path, u"acquisition"_s),
                        u"must be \"rent\" or \"buy\" (got \"%1\")"_s.arg(acquisition));
        s.acquisition = acquisition == u"buy" ? Acquisition::Buy : Acquisition::Rent;
        const QString engine = reader.optionalString(object, path, u"engine"_s);
        if (!reader.failed() && !engine.isEmpty() && !engineProfileFromId(engine, &s.engine))
            reader.fail(
                JsonReader::join(path, u"engine"_s),
                u"must be \"continuous-batching\" or \"layer-split\" (got \"%1\")"_s.arg(engine));
        if (object.contains(u"expertParallel"_s))
            s.expertParallel = reader.boolean(object, path, u"expertParallel"_s);
        if (!reader.failed() && s.expertParallel && s.engine != EngineProfile::ContinuousBatching)
            reader.fail(JsonReader::join(path, u"expertParallel"_s),
                        u"needs the continuous-batching engine (a layer split keeps whole "
                        "layers on each GPU)"_s);
        option.spec = s;
        readNumericParameters(reader, object, path, option);
    } else if (kind == u"on-device") {
        OnDeviceOption d;
        d.device =
            record<Accelerator>(reader, object, path, u"device"_s, source, acceleratorFromJson);
        d.model =
            record<ModelArchitecture>(reader, object, path, u"model"_s, source, modelFromJson);
        d.quantization = record<Quantization>(reader, object, path, u"quantization"_s, source,
                                              quantizationFromJson);
        const QString attribution = reader.string(object, path, u"attribution"_s);
        if (!reader.failed() && attribution != u"amortized" && attribution != u"marginal")
            reader.fail(JsonReader::join(path, u"attribution"_s),
                        u"must be \"amortized\" or \"marginal\" (got \"%1\")"_s.arg(attribution));
        d.attribution = attribution == u"marginal" ? Attribution::Marginal : Attribution::Amortized;
        option.spec = d;
        readNumericParameters(reader, object, path, option);
    } else {
        reader.fail(
            JsonReader::join(path, u"kind"_s),
            u"must be \"cloud-api\", \"self-hosted\" or \"on-device\" (got \"%1\")"_s.arg(kind));
    }
    const auto measured =
        reader.optionalNumber(object, path, u"measuredOutputTokensPerSecond"_s, 0, 1e9);
    option.measuredOutputTokensPerSecond = measured.value_or(0.0);
    option.measuredSource = reader.optionalString(object, path, u"measuredSource"_s);
    // What else the measurement saw (scenario files before these fields have none of them).
    const auto measuredFigure = [&](const QString &key, double max) {
        return reader.optionalNumber(object, path, key, 0, max).value_or(0.0);
    };
    option.measuredConcurrency = measuredFigure(u"measuredConcurrency"_s, 1e6);
    option.measuredTtftMs = measuredFigure(u"measuredTtftMs"_s, 1e9);
    option.measuredTpotMs = measuredFigure(u"measuredTpotMs"_s, 1e9);
    option.measuredPrefillTokensPerSecond =
        measuredFigure(u"measuredPrefillTokensPerSecond"_s, 1e9);
    option.measuredPowerSource = reader.optionalString(object, path, u"measuredPowerSource"_s);
    option.calibrationSource = reader.optionalString(object, path, u"calibrationSource"_s);
    return option;
}

void readWorkload(JsonReader &reader, const QJsonObject &root, Workload &workload)
{
    const QJsonObject object = reader.object(root, {}, u"workload"_s);
    for (const ParameterSpec &spec : workloadParameters()) {
        const double value = reader.number(object, u"workload"_s, spec.key, spec.min, spec.max);
        if (reader.failed())
            return;
        setParameterValue(workload, spec.key, value);
    }
    // Files written before the rule existed scaled peak concurrency with volume.
    const QString peak = reader.optionalString(object, u"workload"_s, u"breakEvenPeak"_s);
    if (peak == u"fixed")
        workload.breakEvenPeak = BreakEvenPeak::Fixed;
    else if (!reader.failed() && !peak.isEmpty() && peak != u"proportional")
        reader.fail(JsonReader::join(u"workload"_s, u"breakEvenPeak"_s),
                    u"must be \"proportional\" or \"fixed\" (got \"%1\")"_s.arg(peak));
}

void readUncertainty(JsonReader &reader, const QJsonObject &root, Scenario &scenario)
{
    scenario.uncertaintyIncludesModelError = false;
    if (!root.contains(u"uncertainty"_s))
        return;
    const QString path = u"uncertainty"_s;
    const QJsonObject object = reader.object(root, {}, path);
    scenario.seed = quint32(reader.number(object, path, u"seed"_s, 0, 4294967295.0));
    scenario.monteCarloSamples = reader.integer(object, path, u"samples"_s, 0, 100000);
    if (object.contains(u"modelError"_s))
        scenario.uncertaintyIncludesModelError = reader.boolean(object, path, u"modelError"_s);
    const QJsonArray ranges = reader.array(object, path, u"ranges"_s);
    for (qsizetype i = 0; i < ranges.size() && !reader.failed(); ++i) {
        const QString at = JsonReader::join(JsonReader::join(path, u"ranges"_s), i);
        if (!ranges[i].isObject()) {
            reader.fail(at, u"must be an object"_s);
            return;
        }
        const QJsonObject r = ranges[i].toObject();
        InputRange range;
        range.optionId = reader.optionalString(r, at, u"option"_s);
        range.parameter = reader.string(r, at, u"parameter"_s);
        range.low = reader.number(r, at, u"low"_s);
        range.high = reader.number(r, at, u"high"_s);
        if (reader.failed())
            return;
        if (!range.optionId.isEmpty() && !scenario.option(range.optionId)) {
            reader.fail(JsonReader::join(at, u"option"_s),
                        u"names no option of this scenario (\"%1\")"_s.arg(range.optionId));
            return;
        }
        const auto spec = findParameter(scenario, range.optionId, range.parameter);
        if (!spec) {
            reader.fail(JsonReader::join(at, u"parameter"_s),
                        u"is not a parameter of %1 (\"%2\")"_s.arg(
                            range.optionId.isEmpty() ? u"the workload"_s : range.optionId,
                            range.parameter));
            return;
        }
        if (range.low > range.high || range.low < spec->min || range.high > spec->max) {
            reader.fail(at, u"needs %1 ≤ low ≤ high ≤ %2 (got %3 to %4)"_s.arg(spec->min)
                                .arg(spec->max)
                                .arg(range.low)
                                .arg(range.high));
            return;
        }
        scenario.ranges.append(range);
    }
}

QJsonObject taskToJson(const TaskDefinition &task)
{
    QJsonArray measured;
    for (const MeasuredSuccess &m : task.measuredSuccess) {
        measured.append(QJsonObject{{u"option"_s, m.optionId},
                                    {u"successFraction"_s, m.successFraction},
                                    {u"source"_s, m.source}});
    }
    QJsonObject object{
        {u"tokensPerAttempt"_s, task.tokensPerAttempt},
        {u"verifierUsdPerAttempt"_s, task.verifierUsdPerAttempt},
        {u"maxSamples"_s, task.maxSamples},
        {u"minSuccessFraction"_s, task.minSuccessFraction},
    };
    if (!task.benchmark.trimmed().isEmpty())
        object.insert(u"benchmark"_s, task.benchmark.trimmed());
    if (!measured.isEmpty())
        object.insert(u"measuredSuccess"_s, measured);
    return object;
}

// The optional task (scenario files before it existed have none).
void readTask(JsonReader &reader, const QJsonObject &root, Scenario &scenario)
{
    if (!root.contains(u"task"_s))
        return;
    const QString path = u"task"_s;
    const QJsonObject object = reader.object(root, {}, path);
    TaskDefinition &task = scenario.task;
    task.benchmark = reader.optionalString(object, path, u"benchmark"_s).trimmed();
    task.tokensPerAttempt = reader.number(object, path, u"tokensPerAttempt"_s, 0, 1e9);
    task.verifierUsdPerAttempt = reader.number(object, path, u"verifierUsdPerAttempt"_s, 0, 1e6);
    task.maxSamples = reader.integer(object, path, u"maxSamples"_s, 1, kMaxTaskSamples);
    task.minSuccessFraction = reader.number(object, path, u"minSuccessFraction"_s, 0, 1);
    const QJsonArray measured = object.contains(u"measuredSuccess"_s)
                                    ? reader.array(object, path, u"measuredSuccess"_s)
                                    : QJsonArray();
    for (qsizetype i = 0; i < measured.size() && !reader.failed(); ++i) {
        const QString at = JsonReader::join(JsonReader::join(path, u"measuredSuccess"_s), i);
        if (!measured[i].isObject()) {
            reader.fail(at, u"must be an object with option, successFraction, source"_s);
            return;
        }
        const QJsonObject m = measured[i].toObject();
        MeasuredSuccess entry;
        entry.optionId = reader.nonEmptyString(m, at, u"option"_s);
        entry.successFraction = reader.number(m, at, u"successFraction"_s, 0, 1);
        entry.source = reader.nonEmptyString(m, at, u"source"_s);
        if (reader.failed())
            return;
        if (entry.successFraction <= 0) {
            reader.fail(JsonReader::join(at, u"successFraction"_s),
                        u"must be above 0 (a share of tasks solved, 0 < x ≤ 1)"_s);
            return;
        }
        if (!scenario.option(entry.optionId) || task.measuredFor(entry.optionId)) {
            reader.fail(
                JsonReader::join(at, u"option"_s),
                u"must name an option of this scenario once (got \"%1\")"_s.arg(entry.optionId));
            return;
        }
        task.measuredSuccess.append(entry);
    }
    if (!reader.failed() && !task.isDefined())
        reader.fail(path, u"needs a benchmark or at least one measuredSuccess entry"_s);
}

} // namespace

QJsonObject scenarioToJson(const Scenario &scenario)
{
    QJsonObject workload;
    for (const ParameterSpec &spec : workloadParameters())
        workload.insert(spec.key, parameterValue(scenario.workload, spec.key));
    workload.insert(u"breakEvenPeak"_s, scenario.workload.breakEvenPeak == BreakEvenPeak::Fixed
                                            ? u"fixed"_s
                                            : u"proportional"_s);
    QJsonArray options;
    for (const DeploymentOption &option : scenario.options)
        options.append(optionToJson(option));
    QJsonArray ranges;
    for (const InputRange &range : scenario.ranges) {
        QJsonObject r{
            {u"parameter"_s, range.parameter}, {u"low"_s, range.low}, {u"high"_s, range.high}};
        if (!range.optionId.isEmpty())
            r.insert(u"option"_s, range.optionId);
        ranges.append(r);
    }
    QJsonObject root{
        {u"format"_s, kFormat},
        {u"schemaVersion"_s, kScenarioSchemaVersion},
        {u"name"_s, scenario.name},
        {u"description"_s, scenario.description},
        {u"question"_s, scenario.question},
        {u"workload"_s, workload},
        {u"options"_s, options},
        {u"planner"_s, plannerInputsToJson(scenario.planner)},
        {u"plannerPricesFromScenario"_s, scenario.plannerPricesFromScenario},
        {u"uncertainty"_s, QJsonObject{{u"seed"_s, double(scenario.seed)},
                                       {u"samples"_s, scenario.monteCarloSamples},
                                       {u"modelError"_s, scenario.uncertaintyIncludesModelError},
                                       {u"ranges"_s, ranges}}},
    };
    if (scenario.task.isDefined())
        root.insert(u"task"_s, taskToJson(scenario.task));
    return root;
}

QByteArray scenarioToBytes(const Scenario &scenario)
{
    return QJsonDocument(scenarioToJson(scenario)).toJson(QJsonDocument::Indented);
}

Result<Scenario> scenarioFromJson(const QJsonObject &root, const QString &source)
{
    JsonReader reader(source);
    const QString format = reader.string(root, {}, u"format"_s);
    if (!reader.failed() && format != kFormat)
        reader.fail(u"format"_s, u"must be \"%1\" (got \"%2\")"_s.arg(kFormat, format));
    const QJsonValue version = root.value(u"schemaVersion"_s);
    if (!reader.failed() && version.isDouble() && version.toDouble() > kScenarioSchemaVersion) {
        reader.fail(u"schemaVersion"_s,
                    u"is %1: the file was written by a newer PerToken; this version reads schema "
                    "versions up to %2"_s.arg(version.toDouble())
                        .arg(kScenarioSchemaVersion));
    }
    reader.integer(root, {}, u"schemaVersion"_s, 1, kScenarioSchemaVersion);

    Scenario scenario;
    scenario.name = reader.string(root, {}, u"name"_s);
    scenario.description = reader.optionalString(root, {}, u"description"_s);
    scenario.question = reader.optionalString(root, {}, u"question"_s);
    readWorkload(reader, root, scenario.workload);
    const QJsonArray options = reader.array(root, {}, u"options"_s);
    QSet<QString> ids;
    for (qsizetype i = 0; i < options.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::join(u"options"_s, i);
        if (!options[i].isObject()) {
            reader.fail(path, u"must be an object"_s);
            break;
        }
        DeploymentOption option = optionFromJson(reader, options[i].toObject(), path, source);
        if (!reader.failed() && ids.contains(option.id))
            reader.fail(
                JsonReader::join(path, u"id"_s),
                u"\"%1\" is used by an earlier option; ids must be unique"_s.arg(option.id));
        ids.insert(option.id);
        scenario.options.append(std::move(option));
    }
    if (!reader.failed())
        readUncertainty(reader, root, scenario);
    if (!reader.failed())
        readTask(reader, root, scenario);
    if (!reader.failed()) {
        scenario.planner =
            record<PlannerInputs>(reader, root, {}, u"planner"_s, source, plannerInputsFromJson);
        scenario.plannerPricesFromScenario =
            reader.boolean(root, {}, u"plannerPricesFromScenario"_s);
    }
    if (reader.failed())
        return reader.error();
    return scenario;
}

Result<Scenario> scenarioFromBytes(const QByteArray &bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return InputError{
            source,
            {},
            u"is not valid JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return InputError{source, {}, u"must hold a JSON object at the top level"_s};
    return scenarioFromJson(document.object(), source);
}

Result<Scenario> loadScenarioFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    constexpr qint64 kMaxScenarioBytes = 64 * 1024 * 1024;
    if (file.size() > kMaxScenarioBytes)
        return InputError{path, {}, u"is larger than 64 MiB; a scenario is a few kilobytes"_s};
    return scenarioFromBytes(file.readAll(), path);
}

std::optional<InputError> saveScenarioFile(const Scenario &scenario, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return InputError{path, {}, u"cannot be written: %1"_s.arg(file.errorString())};
    const QByteArray bytes = scenarioToBytes(scenario);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return InputError{path, {}, u"could not be saved: %1"_s.arg(file.errorString())};
    return std::nullopt;
}

} // namespace pertoken
