#include "validation/validation_run.h"

#include "cost/option_builder.h"
#include "cost/option_costing.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// A maximum-throughput run has no batch limit but memory; the roofline's maxBatch is smaller.
constexpr int kUnlimitedBatch = 1'000'000;

double predictedFigure(const ValidationCase &c, const ServingPoint &serving)
{
    switch (c.metric) {
    case ValidationMetric::OutputTokensPerSecond:
        return serving.outputTokensPerSecond;
    case ValidationMetric::TokensPerSecondPerUser:
    case ValidationMetric::LlamaBenchTg:
        return serving.tpotMs > 0 ? 1e3 / serving.tpotMs : 0.0;
    case ValidationMetric::TtftMs:
        return serving.ttftMs;
    case ValidationMetric::TpotMs:
        return serving.tpotMs;
    case ValidationMetric::LlamaBenchPp:
        return serving.ttftMs > 0 ? c.inputTokens / (serving.ttftMs / 1e3) : 0.0;
    case ValidationMetric::BatchLatencyMs:
        return serving.requestsPerSecond > 0 ? serving.batch / serving.requestsPerSecond * 1e3
                                             : 0.0;
    }
    return 0.0;
}

QString devicesKey(const ValidationCase &c)
{
    return c.devices > 1 ? u"multi"_s : u"single"_s;
}

const QStringList &subsetGroups()
{
    static const QStringList groups{u"overall"_s, u"fit"_s,     u"source"_s,  u"deviceClass"_s,
                                    u"load"_s,    u"devices"_s, u"weights"_s, u"metric"_s};
    return groups;
}

QString subsetKey(const QString &group, const ValidationCase &c)
{
    if (group == u"source"_s)
        return c.sourceId;
    if (group == u"deviceClass"_s)
        return deviceClassKey(c.hardware);
    if (group == u"load"_s)
        return loadKey(c);
    if (group == u"devices"_s)
        return devicesKey(c);
    if (group == u"weights"_s)
        return weightsKey(c.quantization);
    if (group == u"metric"_s)
        return validationMetricId(c.metric);
    if (group == u"fit"_s)
        return isHeldOut(c) ? u"held-out"_s : u"training"_s;
    return u"all"_s;
}

QJsonValue numberOrNull(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

EngineProfile validationEngineProfile(const ValidationCase &c, const QString &engine)
{
    return isOnDeviceHardware(c.hardware) ? EngineProfile::LayerSplit
                                          : engineProfileOfEngine(engine);
}

bool isHeldOut(const ValidationCase &c)
{
    const QByteArray digest = QCryptographicHash::hash(c.id.toUtf8(), QCryptographicHash::Sha256);
    return quint8(digest.at(0)) % 4 == 0;
}

DeploymentOption validationOption(const ValidationCase &c, const QString &engine)
{
    DeploymentOption option = hardwareOption(c.hardware);
    applyModel(option, c.model);
    applyQuantization(option, c.quantization);
    const auto apply = [&](auto &spec) { spec.kvCacheBits = c.kvCacheBits; };
    if (auto *hosted = std::get_if<SelfHostedOption>(&option.spec)) {
        hosted->gpusPerReplica = c.devices;
        hosted->engine = engineProfileOfEngine(engine);
        hosted->maxBatch = c.maxThroughput ? kUnlimitedBatch : c.batch;
        apply(*hosted);
    } else if (auto *device = std::get_if<OnDeviceOption>(&option.spec)) {
        apply(*device);
    }
    return option;
}

Workload validationWorkload(const ValidationCase &c)
{
    Workload w;
    w.requestsPerMonth = 1e6;
    w.inputTokensPerRequest = c.inputTokens;
    w.outputTokensPerRequest = c.outputTokens;
    w.peakConcurrentRequests = c.maxThroughput ? 1.0 : double(c.batch);
    return w;
}

CasePrediction predictCase(const ValidationCase &c, const QString &engine,
                           const EfficiencyTable *table)
{
    CasePrediction prediction;
    const DeploymentOption option = validationOption(c, engine);
    if (option.kind() == OptionKind::OnDevice && (c.devices > 1 || c.batch != 1)) {
        prediction.whyNot = u"an on-device option serves one stream on one device"_s;
        return prediction;
    }
    const PreparedOption prepared = table ? prepareOption(option, validationWorkload(c), *table)
                                          : prepareOption(option, validationWorkload(c));
    if (!prepared.feasible) {
        prediction.whyNot = prepared.infeasibleReason;
        return prediction;
    }
    prediction.batch = prepared.serving.batch;
    prediction.value = predictedFigure(c, prepared.serving);
    if (prediction.value <= 0) {
        prediction.whyNot =
            u"the model gives no %1 for this request shape"_s.arg(validationMetricId(c.metric));
        return prediction;
    }
    prediction.predicted = true;
    prediction.errorPercent = errorPercent(prediction.value, c.measured);
    return prediction;
}

QString deviceClassKey(const Accelerator &accelerator)
{
    return vendorClass(accelerator);
}

QString loadKey(const ValidationCase &c)
{
    if (c.maxThroughput)
        return u"max"_s;
    return c.batch == 1 ? u"batch-1"_s : u"batch-n"_s;
}

QString weightsKey(const Quantization &quantization)
{
    return weightsClass(quantization);
}

const ValidationSubset *ValidationReport::findSubset(const QString &group, const QString &key) const
{
    for (const ValidationSubset &subset : subsets) {
        if (subset.group == group && subset.key == key)
            return &subset;
    }
    return nullptr;
}

ValidationReport runValidation(const ValidationSuite &suite, const EfficiencyTable *table)
{
    ValidationReport report;
    report.sources = suite.sources;
    report.cases = suite.cases;
    for (const ValidationCase &c : suite.cases) {
        const ValidationSource *source = suite.findSource(c.sourceId);
        report.predictions.append(predictCase(c, source ? source->engine : QString(), table));
    }

    for (const QString &group : subsetGroups()) {
        QMap<QString, ValidationSubset> byKey; // sorted by key
        QMap<QString, QList<CaseError>> errors;
        for (qsizetype i = 0; i < report.cases.size(); ++i) {
            const ValidationCase &c = report.cases.at(i);
            const CasePrediction &p = report.predictions.at(i);
            const QString key = subsetKey(group, c);
            ValidationSubset &subset = byKey[key];
            subset.group = group;
            subset.key = key;
            ++subset.cases;
            if (p.predicted)
                errors[key].append({c.id, p.errorPercent});
            else
                ++subset.notPredicted;
        }
        for (auto it = byKey.begin(); it != byKey.end(); ++it) {
            it->stats = errorStatistics(errors.value(it.key()));
            report.subsets.append(*it);
        }
    }
    return report;
}

QJsonObject validationJson(const ValidationReport &report, const QString &casesFile)
{
    QJsonArray subsets;
    for (const ValidationSubset &s : report.subsets) {
        const bool any = s.stats.count > 0;
        subsets.append(QJsonObject{
            {u"group"_s, s.group},
            {u"key"_s, s.key},
            {u"cases"_s, s.cases},
            {u"predicted"_s, s.stats.count},
            {u"notPredicted"_s, s.notPredicted},
            {u"medianAbsErrorPercent"_s, numberOrNull(any, s.stats.medianAbsErrorPercent)},
            {u"medianErrorPercent"_s, numberOrNull(any, s.stats.medianErrorPercent)},
            {u"worstCase"_s, any ? QJsonValue(s.stats.worstCaseId) : QJsonValue()},
            {u"worstErrorPercent"_s, numberOrNull(any, s.stats.worstErrorPercent)},
            {u"outsideTwofold"_s, s.stats.outsideTwofold},
        });
    }
    QJsonArray cases;
    for (qsizetype i = 0; i < report.cases.size(); ++i) {
        const ValidationCase &c = report.cases.at(i);
        const CasePrediction &p = report.predictions.at(i);
        QJsonObject row{
            {u"id"_s, c.id},
            {u"source"_s, c.sourceId},
            {u"url"_s, c.url},
            {u"table"_s, c.table},
            {u"hardware"_s, c.hardware.id},
            {u"devices"_s, c.devices},
            {u"model"_s, c.model.id},
            {u"quantization"_s, c.quantization.id},
            {u"batch"_s, c.maxThroughput ? QJsonValue(u"max"_s) : QJsonValue(c.batch)},
            {u"inputTokens"_s, c.inputTokens},
            {u"outputTokens"_s, c.outputTokens},
            {u"metric"_s, validationMetricId(c.metric)},
            {u"unit"_s, validationMetricUnit(c.metric)},
            {u"measured"_s, c.measured},
            {u"predicted"_s, numberOrNull(p.predicted, p.value)},
            {u"errorPercent"_s, numberOrNull(p.predicted, p.errorPercent)},
            {u"predictedBatch"_s, numberOrNull(p.predicted, p.batch)},
        };
        if (!p.predicted)
            row.insert(u"whyNotPredicted"_s, p.whyNot);
        cases.append(row);
    }
    QJsonArray sources;
    for (const ValidationSource &s : report.sources) {
        sources.append(QJsonObject{
            {u"id"_s, s.id},
            {u"publisher"_s, s.publisher},
            {u"title"_s, s.title},
            {u"url"_s, s.url},
            {u"read"_s, s.read},
            {u"engine"_s, s.engine},
            {u"engineVersion"_s, s.engineVersion},
        });
    }
    return QJsonObject{
        {u"casesFile"_s, casesFile},
        {u"subsets"_s, subsets},
        {u"cases"_s, cases},
        {u"sources"_s, sources},
    };
}

} // namespace pertoken
