#include "bench/endpoint/request_record.h"

#include "common/json_reader.h"
#include "common/monotonic_clock.h"

#include <QJsonArray>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxTokens = 1e9;

struct KindName {
    FailureKind kind;
    const char16_t *id;
};

constexpr KindName kKindNames[] = {
    {FailureKind::None, u"none"},
    {FailureKind::Refused, u"refused"},
    {FailureKind::ConnectTimeout, u"timeout-connect"},
    {FailureKind::HttpStatus, u"http-status"},
    {FailureKind::FirstTokenTimeout, u"timeout-first-token"},
    {FailureKind::IdleTimeout, u"idle-timeout"},
    {FailureKind::TotalTimeout, u"timeout-total"},
    {FailureKind::MalformedChunk, u"malformed-chunk"},
    {FailureKind::Dropped, u"dropped"},
    {FailureKind::ServerError, u"server-error"},
    {FailureKind::Cancelled, u"cancelled"},
};

double msFrom(qint64 ns, qint64 originNs, bool exact = false)
{
    if (exact) // a double holds ns/1e6 to well under 0.5 ns for any run shorter than a year
        return nsToMs(ns - originNs);
    return std::round(nsToMs(ns - originNs) * 1e4) / 1e4; // 0.1 µs is below any clock's noise
}

qint64 nsFromMs(const QJsonValue &value)
{
    return qint64(std::llround(value.toDouble() * 1e6));
}

} // namespace

QString failureKindId(FailureKind kind)
{
    for (const KindName &name : kKindNames) {
        if (name.kind == kind)
            return QString::fromUtf16(name.id);
    }
    return u"none"_s;
}

bool failureKindFromId(const QString &id, FailureKind *out)
{
    for (const KindName &name : kKindNames) {
        if (id == QStringView(name.id)) {
            *out = name.kind;
            return true;
        }
    }
    return false;
}

QList<FailureKind> allFailureKinds()
{
    QList<FailureKind> kinds;
    for (const KindName &name : kKindNames) {
        if (name.kind != FailureKind::None)
            kinds.append(name.kind);
    }
    return kinds;
}

QString tokenCountSourceId(TokenCountSource source)
{
    switch (source) {
    case TokenCountSource::Usage:
        return u"usage"_s;
    case TokenCountSource::Native:
        return u"native"_s;
    case TokenCountSource::Chunks:
        return u"chunks"_s;
    case TokenCountSource::None:
        break;
    }
    return u"none"_s;
}

TokenCountSource tokenCountSourceFromId(const QString &id)
{
    if (id == u"usage")
        return TokenCountSource::Usage;
    if (id == u"native")
        return TokenCountSource::Native;
    if (id == u"chunks")
        return TokenCountSource::Chunks;
    return TokenCountSource::None;
}

std::optional<double> ServerTimings::decodeTokensPerSecond() const
{
    if (outputTokens <= 0 || decodeMs <= 0)
        return std::nullopt;
    return outputTokens / (decodeMs / 1000.0);
}

std::optional<double> RequestRecord::ttftMs() const
{
    if (chunkNs.isEmpty())
        return std::nullopt;
    return nsToMs(chunkNs.first() - latencyOriginNs());
}

std::optional<double> RequestRecord::ttftFromSendMs() const
{
    if (chunkNs.isEmpty())
        return std::nullopt;
    return nsToMs(chunkNs.first() - sendNs);
}

std::optional<double> RequestRecord::e2eMs() const
{
    if (chunkNs.isEmpty())
        return std::nullopt;
    return nsToMs(chunkNs.last() - latencyOriginNs());
}

std::optional<double> RequestRecord::tpotMs() const
{
    if (chunkNs.isEmpty() || outputTokens < 2)
        return std::nullopt;
    return nsToMs(chunkNs.last() - chunkNs.first()) / double(outputTokens - 1);
}

QList<double> RequestRecord::interChunkMs() const
{
    QList<double> gaps;
    for (qsizetype i = 1; i < chunkNs.size(); ++i)
        gaps.append(nsToMs(chunkNs[i] - chunkNs[i - 1]));
    return gaps;
}

double RequestRecord::queueMs() const
{
    return nsToMs(sendNs - scheduledNs);
}

QJsonObject requestRecordToJson(const RequestRecord &r, qint64 originNs, bool exact)
{
    QJsonObject o{
        {u"index"_s, r.index},
        {u"requestId"_s, r.requestId},
        {u"concurrency"_s, r.concurrency},
        {u"warmup"_s, r.warmup},
        {u"requestedPromptTokens"_s, r.requestedPromptTokens},
        {u"maxTokens"_s, r.maxTokens},
        {u"scheduledMs"_s, msFrom(r.scheduledNs, originNs, exact)},
        {u"sendMs"_s, msFrom(r.sendNs, originNs, exact)},
        {u"reusedConnection"_s, r.reusedConnection},
        {u"outcome"_s, failureKindId(r.failure)},
        {u"outputTokens"_s, r.outputTokens},
        {u"promptTokens"_s, r.promptTokens},
        {u"tokenCountSource"_s, tokenCountSourceId(r.tokenSource)},
        {u"contentChunks"_s, r.chunkNs.size()},
    };
    if (r.connectedNs >= 0)
        o.insert(u"connectedMs"_s, msFrom(r.connectedNs, originNs, exact));
    if (r.endNs >= 0)
        o.insert(u"endMs"_s, msFrom(r.endNs, originNs, exact));
    if (r.level >= 0)
        o.insert(u"level"_s, r.level);
    if (r.repeat > 0)
        o.insert(u"repeat"_s, r.repeat);
    if (r.openLoop())
        o.insert(u"ratePerSecond"_s, r.ratePerSecond);
    QJsonArray chunks; // relative to t_send, so each request reads on its own
    for (qint64 t : r.chunkNs)
        chunks.append(msFrom(t, r.sendNs, exact));
    o.insert(u"chunkArrivalMs"_s, chunks);
    if (r.httpStatus != 0)
        o.insert(u"httpStatus"_s, r.httpStatus);
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    if (r.server.present()) {
        o.insert(u"serverTimings"_s, QJsonObject{{u"source"_s, r.server.source},
                                                 {u"outputTokens"_s, r.server.outputTokens},
                                                 {u"promptTokens"_s, r.server.promptTokens},
                                                 {u"decodeMs"_s, r.server.decodeMs},
                                                 {u"prefillMs"_s, r.server.prefillMs},
                                                 {u"loadMs"_s, r.server.loadMs},
                                                 {u"totalMs"_s, r.server.totalMs}});
    }
    return o;
}

Result<RequestRecord> requestRecordFromJson(const QJsonObject &o, const QString &source,
                                            const QString &path)
{
    JsonReader reader(source);
    RequestRecord r;
    r.index = reader.integer(o, path, u"index"_s, 0, 1 << 30);
    r.requestId = reader.optionalString(o, path, u"requestId"_s);
    r.concurrency = reader.integer(o, path, u"concurrency"_s, 0, 1 << 20);
    r.warmup = reader.optionalBoolean(o, path, u"warmup"_s, false);
    r.level = int(reader.optionalNumber(o, path, u"level"_s, -1, 1 << 20).value_or(-1));
    r.repeat = int(reader.optionalNumber(o, path, u"repeat"_s, 0, 1 << 20).value_or(0));
    r.ratePerSecond = reader.optionalNumber(o, path, u"ratePerSecond"_s, 0, 1e9).value_or(0);
    // Token counts are held as int: a count beyond a billion tokens in one request is refused
    // with the field named rather than converted out of range.
    r.requestedPromptTokens =
        int(reader.optionalNumber(o, path, u"requestedPromptTokens"_s, 0, kMaxTokens).value_or(0));
    r.maxTokens = int(reader.optionalNumber(o, path, u"maxTokens"_s, 0, kMaxTokens).value_or(0));
    r.scheduledNs = qint64(std::llround(reader.number(o, path, u"scheduledMs"_s) * 1e6));
    r.sendNs = qint64(std::llround(reader.number(o, path, u"sendMs"_s) * 1e6));
    r.connectedNs = o.contains(u"connectedMs"_s) ? nsFromMs(o.value(u"connectedMs"_s)) : -1;
    r.endNs = o.contains(u"endMs"_s) ? nsFromMs(o.value(u"endMs"_s)) : -1;
    r.reusedConnection = reader.optionalBoolean(o, path, u"reusedConnection"_s, false);
    const QJsonArray chunks = o.value(u"chunkArrivalMs"_s).toArray();
    for (const QJsonValue &value : chunks)
        r.chunkNs.append(r.sendNs + nsFromMs(value));
    r.outputTokens =
        int(reader.optionalNumber(o, path, u"outputTokens"_s, -1, kMaxTokens).value_or(-1));
    r.promptTokens =
        int(reader.optionalNumber(o, path, u"promptTokens"_s, -1, kMaxTokens).value_or(-1));
    r.tokenSource = tokenCountSourceFromId(reader.optionalString(o, path, u"tokenCountSource"_s));
    const QString outcome = reader.string(o, path, u"outcome"_s);
    if (!reader.failed() && !failureKindFromId(outcome, &r.failure))
        reader.fail(
            JsonReader::join(path, u"outcome"_s),
            u"must be \"none\" or a failure kind such as \"dropped\" (got \"%1\")"_s.arg(outcome));
    r.httpStatus = int(reader.optionalNumber(o, path, u"httpStatus"_s, 0, 999).value_or(0));
    r.error = reader.optionalString(o, path, u"error"_s);
    const QJsonObject s = o.value(u"serverTimings"_s).toObject();
    if (!s.isEmpty()) {
        r.server.source = s.value(u"source"_s).toString();
        r.server.outputTokens = s.value(u"outputTokens"_s).toInt(-1);
        r.server.promptTokens = s.value(u"promptTokens"_s).toInt(-1);
        r.server.decodeMs = s.value(u"decodeMs"_s).toDouble(-1);
        r.server.prefillMs = s.value(u"prefillMs"_s).toDouble(-1);
        r.server.loadMs = s.value(u"loadMs"_s).toDouble(-1);
        r.server.totalMs = s.value(u"totalMs"_s).toDouble(-1);
    }
    if (reader.failed())
        return reader.error();
    return r;
}

} // namespace pertoken
