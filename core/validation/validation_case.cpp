#include "validation/validation_case.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"
#include "hardware/hardware_catalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QtDebug>

#include <array>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"pertoken.validation-cases"_s;
constexpr int kSchemaVersion = 1;
constexpr double kMaxTokens = 10'000'000;
constexpr int kMaxDevices = 1024;
constexpr int kMaxBatch = 1'000'000;

struct MetricName {
    ValidationMetric metric;
    const char16_t *id;
    const char16_t *unit;
};

constexpr std::array kMetrics{
    MetricName{ValidationMetric::OutputTokensPerSecond, u"outputTokensPerSecond", u"tok/s"},
    MetricName{ValidationMetric::TokensPerSecondPerUser, u"tokensPerSecondPerUser", u"tok/s"},
    MetricName{ValidationMetric::TtftMs, u"ttftMs", u"ms"},
    MetricName{ValidationMetric::TpotMs, u"tpotMs", u"ms"},
    MetricName{ValidationMetric::LlamaBenchPp, u"llamaBenchPpTokensPerSecond", u"tok/s"},
    MetricName{ValidationMetric::LlamaBenchTg, u"llamaBenchTgTokensPerSecond", u"tok/s"},
    MetricName{ValidationMetric::BatchLatencyMs, u"batchLatencyMs", u"ms"},
};

QString metricList()
{
    QStringList ids;
    for (const MetricName &name : kMetrics)
        ids.append(QString::fromUtf16(name.id));
    return ids.join(u", "_s);
}

std::optional<InputError> readSource(const QJsonObject &object, const QString &source,
                                     const QString &path, ValidationSource *out)
{
    JsonReader reader(source);
    out->id = reader.nonEmptyString(object, path, u"id"_s);
    out->publisher = reader.nonEmptyString(object, path, u"publisher"_s);
    out->title = reader.nonEmptyString(object, path, u"title"_s);
    out->url = reader.nonEmptyString(object, path, u"url"_s);
    out->read = reader.nonEmptyString(object, path, u"read"_s);
    out->engine = reader.nonEmptyString(object, path, u"engine"_s);
    out->engineVersion = reader.nonEmptyString(object, path, u"engineVersion"_s);
    out->notes = reader.optionalString(object, path, u"notes"_s);
    out->kvCacheBits = reader.optionalNumber(object, path, u"kvCacheBits"_s, 4, 32).value_or(16);
    if (reader.failed())
        return reader.error();
    if (!isEmptyOrIsoDate(out->read))
        return InputError{source, JsonReader::join(path, u"read"_s),
                          u"must be a date YYYY-MM-DD (got \"%1\")"_s.arg(out->read)};
    return std::nullopt;
}

// The lengths each metric needs: a prompt rate needs a prompt, every decode figure output.
std::optional<QString> lengthProblem(ValidationMetric metric, double input, double output)
{
    switch (metric) {
    case ValidationMetric::LlamaBenchPp:
    case ValidationMetric::TtftMs:
        if (input <= 0)
            return u"inputTokens must be greater than 0 for %1"_s.arg(validationMetricId(metric));
        break;
    case ValidationMetric::LlamaBenchTg:
    case ValidationMetric::TpotMs:
    case ValidationMetric::TokensPerSecondPerUser:
    case ValidationMetric::OutputTokensPerSecond:
    case ValidationMetric::BatchLatencyMs:
        if (output <= 0)
            return u"outputTokens must be greater than 0 for %1"_s.arg(validationMetricId(metric));
        break;
    }
    return std::nullopt;
}

InputError caseError(const InputError &error, const QString &caseId)
{
    if (caseId.isEmpty())
        return error;
    return InputError{error.source, error.field, u"case \"%1\": %2"_s.arg(caseId, error.message)};
}

std::optional<InputError> readCase(const QJsonObject &object, const QString &source,
                                   const QString &path, const ValidationSuite &suite,
                                   ValidationCase *out)
{
    JsonReader reader(source);
    out->id = reader.nonEmptyString(object, path, u"id"_s);
    if (reader.failed())
        return reader.error();
    const auto fail = [&](const QString &key, const QString &message) {
        return caseError(InputError{source, JsonReader::join(path, key), message}, out->id);
    };

    out->sourceId = reader.nonEmptyString(object, path, u"source"_s);
    out->table = reader.nonEmptyString(object, path, u"table"_s);
    const QString hardwareId = reader.nonEmptyString(object, path, u"hardware"_s);
    out->devices = reader.integer(object, path, u"devices"_s, 1, kMaxDevices);
    const QString modelId = reader.nonEmptyString(object, path, u"model"_s);
    const QString quantizationId = reader.nonEmptyString(object, path, u"quantization"_s);
    out->inputTokens = reader.number(object, path, u"inputTokens"_s, 0, kMaxTokens);
    out->outputTokens = reader.number(object, path, u"outputTokens"_s, 0, kMaxTokens);
    const QString metricId = reader.nonEmptyString(object, path, u"metric"_s);
    out->measured = reader.number(object, path, u"measured"_s, 0);
    const QString url = reader.optionalString(object, path, u"url"_s);
    out->note = reader.optionalString(object, path, u"note"_s);
    const std::optional<double> kvCacheBits =
        reader.optionalNumber(object, path, u"kvCacheBits"_s, 4, 32);
    if (reader.failed())
        return caseError(reader.error(), out->id);

    const ValidationSource *origin = suite.findSource(out->sourceId);
    if (!origin)
        return fail(u"source"_s,
                    u"no source \"%1\" in the file's sources list"_s.arg(out->sourceId));
    out->url = url.isEmpty() ? origin->url : url;
    out->kvCacheBits = kvCacheBits.value_or(origin->kvCacheBits);
    const Accelerator *hardware = findAccelerator(hardwareId);
    if (!hardware)
        return fail(u"hardware"_s,
                    u"no accelerator \"%1\" in the hardware catalog"_s.arg(hardwareId));
    out->hardware = *hardware;
    const ModelArchitecture *model = findModel(modelId);
    if (!model)
        return fail(u"model"_s, u"no model \"%1\" in the hardware catalog"_s.arg(modelId));
    out->model = *model;
    const Quantization *quantization = findQuantization(quantizationId);
    if (!quantization)
        return fail(u"quantization"_s,
                    u"no quantization \"%1\" in the hardware catalog"_s.arg(quantizationId));
    out->quantization = *quantization;
    if (!validationMetricFromId(metricId, &out->metric))
        return fail(u"metric"_s, u"must be one of %1 (got \"%2\")"_s.arg(metricList(), metricId));
    if (out->measured <= 0)
        return fail(u"measured"_s, u"must be greater than 0"_s);

    const QJsonValue batch = object.value(u"batch"_s);
    if (batch.isString() && batch.toString() == u"max"_s) {
        out->maxThroughput = true;
        out->batch = 0;
    } else if (batch.isDouble() && batch.toDouble() == std::floor(batch.toDouble()) &&
               batch.toDouble() >= 1 && batch.toDouble() <= kMaxBatch) {
        out->batch = int(batch.toDouble());
    } else {
        return fail(u"batch"_s, u"must be a whole number from 1 to %1, or \"max\" for a "
                                "maximum-throughput run"_s.arg(kMaxBatch));
    }
    if (const std::optional<QString> problem =
            lengthProblem(out->metric, out->inputTokens, out->outputTokens))
        return fail(out->metric == ValidationMetric::LlamaBenchPp ||
                            out->metric == ValidationMetric::TtftMs
                        ? u"inputTokens"_s
                        : u"outputTokens"_s,
                    *problem);
    return std::nullopt;
}

ValidationSuite loadBuiltin()
{
    const QString path = u":/validation/cases.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("%s: cannot open the built-in validation cases", qPrintable(path));
        return {};
    }
    Result<ValidationSuite> suite = parseValidationSuite(file.readAll(), u"cases.json"_s);
    if (!suite) {
        qCritical("%s", qPrintable(suite.error().toString()));
        return {};
    }
    return std::move(suite).value();
}

} // namespace

QString validationMetricId(ValidationMetric metric)
{
    for (const MetricName &name : kMetrics) {
        if (name.metric == metric)
            return QString::fromUtf16(name.id);
    }
    return {};
}

bool validationMetricFromId(const QString &id, ValidationMetric *metric)
{
    for (const MetricName &name : kMetrics) {
        if (id == QString::fromUtf16(name.id)) {
            *metric = name.metric;
            return true;
        }
    }
    return false;
}

QString validationMetricUnit(ValidationMetric metric)
{
    for (const MetricName &name : kMetrics) {
        if (name.metric == metric)
            return QString::fromUtf16(name.unit);
    }
    return {};
}

const ValidationSource *ValidationSuite::findSource(const QString &id) const
{
    for (const ValidationSource &source : sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

Result<ValidationSuite> parseValidationSuite(const QByteArray &json, const QString &source)
{
    Result<QJsonObject> root = parseJsonObject(json, source);
    if (!root)
        return root.error();
    if (std::optional<InputError> envelope =
            checkCatalogEnvelope(*root, kFormat, kSchemaVersion, source))
        return *envelope;

    ValidationSuite suite;
    JsonReader reader(source);
    const QJsonArray sources = reader.array(*root, {}, u"sources"_s);
    const QJsonArray cases = reader.array(*root, {}, u"cases"_s);
    if (reader.failed())
        return reader.error();

    QHash<QString, qsizetype> sourceIndex;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString path = JsonReader::join(u"sources"_s, i);
        if (!sources.at(i).isObject())
            return InputError{source, path, u"must be an object"_s};
        ValidationSource entry;
        if (std::optional<InputError> error =
                readSource(sources.at(i).toObject(), source, path, &entry))
            return *error;
        if (sourceIndex.contains(entry.id))
            return InputError{source, JsonReader::join(path, u"id"_s),
                              u"\"%1\" is already used by sources[%2]"_s.arg(entry.id).arg(
                                  sourceIndex.value(entry.id))};
        sourceIndex.insert(entry.id, i);
        suite.sources.append(entry);
    }

    QHash<QString, qsizetype> caseIndex;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString path = JsonReader::join(u"cases"_s, i);
        if (!cases.at(i).isObject())
            return InputError{source, path, u"must be an object"_s};
        ValidationCase entry;
        if (std::optional<InputError> error =
                readCase(cases.at(i).toObject(), source, path, suite, &entry))
            return *error;
        if (caseIndex.contains(entry.id))
            return InputError{source, JsonReader::join(path, u"id"_s),
                              u"\"%1\" is already used by cases[%2]"_s.arg(entry.id).arg(
                                  caseIndex.value(entry.id))};
        caseIndex.insert(entry.id, i);
        suite.cases.append(entry);
    }
    return suite;
}

const ValidationSuite &builtinValidationSuite()
{
    static const ValidationSuite suite = loadBuiltin();
    return suite;
}

} // namespace pertoken
