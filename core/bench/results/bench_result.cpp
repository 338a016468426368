#include "bench/results/bench_result.h"

#include "common/json_output.h"
#include "common/json_reader.h"

#include <QJsonDocument>

namespace pertoken {

using namespace Qt::StringLiterals;

QString benchKindId(BenchKind kind)
{
    switch (kind) {
    case BenchKind::Hardware:
        return u"hardware"_s;
    case BenchKind::Endpoint:
        return u"endpoint"_s;
    case BenchKind::LlamaBench:
        break;
    }
    return u"llama-bench"_s;
}

bool benchKindFromId(const QString &id, BenchKind *out)
{
    for (BenchKind kind : {BenchKind::Hardware, BenchKind::Endpoint, BenchKind::LlamaBench}) {
        if (benchKindId(kind) == id) {
            *out = kind;
            return true;
        }
    }
    return false;
}

BenchResult benchResultFrom(const HardwareProbeResult &hardware)
{
    BenchResult r;
    r.kind = BenchKind::Hardware;
    r.createdAt = hardware.measuredAt;
    r.system = hardware.system;
    r.hardware = hardware;
    return r;
}

BenchResult benchResultFrom(const EndpointRun &endpoint, const SystemInfo &client,
                            const PowerMeasurement &power)
{
    BenchResult r;
    r.kind = BenchKind::Endpoint;
    r.createdAt = endpoint.startedAt;
    r.system = client;
    r.endpoint = endpoint;
    r.power = power;
    return r;
}

BenchResult benchResultFrom(const LlamaBenchResult &llamaBench, const SystemInfo &importer)
{
    BenchResult r;
    r.kind = BenchKind::LlamaBench;
    // A measurement is dated by when it was made, not when it was imported: llama-bench writes
    // each test's time; builds that do not are dated by the import.
    const QDateTime measured = llamaBench.runTime();
    r.createdAt = measured.isValid() ? measured : QDateTime::currentDateTimeUtc();
    r.system = importer;
    r.llamaBench = llamaBench;
    return r;
}

QJsonObject benchResultBody(const BenchResult &r)
{
    QJsonObject body;
    switch (r.kind) {
    case BenchKind::Hardware:
        body = hardwareProbeToJson(r.hardware);
        break;
    case BenchKind::Endpoint:
        body = endpointRunToJson(r.endpoint);
        body.insert(u"power"_s, powerMeasurementToJson(r.power));
        break;
    case BenchKind::LlamaBench:
        body = llamaBenchToJson(r.llamaBench);
        break;
    }
    body.insert(u"kind"_s, benchKindId(r.kind));
    body.insert(u"createdAt"_s, r.createdAt.toUTC().toString(Qt::ISODate));
    body.insert(u"producer"_s, u"PerToken " PERTOKEN_VERSION ""_s);
    body.insert(u"system"_s, systemInfoToJson(r.system));
    return body;
}

QByteArray benchResultToJson(const BenchResult &r)
{
    return schemaFirstJson(QString::fromUtf16(kBenchSchema), benchResultBody(r));
}

bool looksLikeBenchResult(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    return object.value(u"schema"_s).toString().startsWith(u"pertoken.bench/"_s);
}

Result<BenchResult> parseBenchResult(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return InputError{
            source, {}, u"is not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return InputError{source, {}, u"must hold a JSON object"_s};
    const QJsonObject o = document.object();
    JsonReader reader(source);
    const QString schema = reader.string(o, {}, u"schema"_s);
    if (!reader.failed() && schema != QStringView(kBenchSchema))
        reader.fail(u"schema"_s,
                    u"must be \"%1\" (got \"%2\"%3)"_s.arg(QString::fromUtf16(kBenchSchema), schema,
                                                           schema.startsWith(u"pertoken.bench/"_s)
                                                               ? u", written by a newer PerToken"_s
                                                               : QString()));
    const QString kindId = reader.string(o, {}, u"kind"_s);
    BenchResult r;
    if (!reader.failed() && !benchKindFromId(kindId, &r.kind))
        reader.fail(u"kind"_s,
                    u"must be hardware, endpoint or llama-bench (got \"%1\")"_s.arg(kindId));
    r.createdAt = QDateTime::fromString(reader.string(o, {}, u"createdAt"_s), Qt::ISODate);
    r.system = systemInfoFromJson(reader.object(o, {}, u"system"_s));
    if (reader.failed())
        return reader.error();
    switch (r.kind) {
    case BenchKind::Hardware: {
        Result<HardwareProbeResult> hardware = hardwareProbeFromJson(o, source);
        if (!hardware)
            return hardware.error();
        r.hardware = std::move(hardware).value();
        r.hardware.system = r.system;
        r.hardware.measuredAt = r.createdAt;
        break;
    }
    case BenchKind::Endpoint: {
        Result<EndpointRun> endpoint = endpointRunFromJson(o, source);
        if (!endpoint)
            return endpoint.error();
        r.endpoint = std::move(endpoint).value();
        // Results written before power was sampled have no "power": not measured, saying so.
        if (o.contains(u"power"_s)) {
            Result<PowerMeasurement> power =
                powerMeasurementFromJson(o.value(u"power"_s).toObject(), source, u"power"_s);
            if (!power)
                return power.error();
            r.power = std::move(power).value();
        } else {
            r.power.notMeasuredReason = u"power was not recorded with this result"_s;
        }
        break;
    }
    case BenchKind::LlamaBench: {
        Result<LlamaBenchResult> llama = llamaBenchFromJson(o, source);
        if (!llama)
            return llama.error();
        r.llamaBench = std::move(llama).value();
        break;
    }
    }
    return r;
}

QString benchResultSummary(const BenchResult &r)
{
    switch (r.kind) {
    case BenchKind::Hardware:
        return u"hardware: memory %1 GB/s, FP32 GEMM %2 GFLOPS (%3 threads), %4 GFLOPS (1 thread)"_s
            .arg(r.hardware.memoryBandwidthGBps(), 0, 'f', 1)
            .arg(r.hardware.gemmGflops(), 0, 'f', 1)
            .arg(r.hardware.gemmAllThreads.threads)
            .arg(r.hardware.gemmSingleThread.bestGflops, 0, 'f', 1);
    case BenchKind::Endpoint: {
        double best = 0;
        QString at = u"concurrency 0"_s;
        for (const LevelSummary &level : r.endpoint.levels) {
            if (level.outputTokensPerSecond > best) {
                best = level.outputTokensPerSecond;
                at = level.ratePerSecond > 0
                         ? u"%1 requests/s"_s.arg(level.ratePerSecond, 0, 'g', 6)
                         : u"concurrency %1"_s.arg(level.concurrency);
            }
        }
        if (!r.endpoint.fatalError.isEmpty())
            return u"endpoint %1: %2"_s.arg(r.endpoint.endpointUrl.toString(),
                                            r.endpoint.fatalError);
        return u"endpoint %1 @ %2: %3 output tokens/s at %4%5"_s
            .arg(r.endpoint.config.model, r.endpoint.endpointUrl.toString())
            .arg(best, 0, 'f', 1)
            .arg(at)
            .arg(r.endpoint.cancelled ? u" (cancelled)"_s : QString());
    }
    case BenchKind::LlamaBench:
        break;
    }
    QStringList parts;
    for (const LlamaBenchTest &t : r.llamaBench.tests)
        parts.append(u"%1 %2 t/s"_s.arg(t.label).arg(t.avgTokensPerSecond, 0, 'f', 1));
    const QString model =
        r.llamaBench.tests.isEmpty() ? QString() : r.llamaBench.tests.first().modelType;
    return u"llama-bench %1: %2"_s.arg(model, parts.join(u", "_s));
}

} // namespace pertoken
