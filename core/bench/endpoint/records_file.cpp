#include "bench/endpoint/records_file.h"

#include "common/json_reader.h"
#include "common/monotonic_clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QByteArray line(QJsonObject object, const QString &kind)
{
    object.insert(u"kind"_s, kind);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString safeUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

QByteArray recordsFileBytes(const EndpointRun &run)
{
    const EndpointConfig &c = run.config;
    const qint64 scheduleOriginNs = run.scheduleOriginNs > 0 ? run.scheduleOriginNs : run.originNs;
    QJsonObject header{
        {u"endpoint"_s, QJsonObject{{u"url"_s, safeUrl(run.endpointUrl)},
                                    {u"api"_s, streamApiId(c.api)},
                                    {u"model"_s, c.model}}},
        {u"settings"_s, endpointSettingsToJson(c)},
        {u"shardIndex"_s, c.shardIndex},
        {u"shardCount"_s, c.shardCount},
        {u"startedAt"_s, run.startedAt.toString(Qt::ISODateWithMs)},
        {u"scheduleStartedAt"_s,
         (run.scheduleStartedAt.isValid() ? run.scheduleStartedAt : run.startedAt)
             .toString(Qt::ISODateWithMs)},
        {u"scheduleOriginMs"_s, nsToMs(scheduleOriginNs - run.originNs)},
    };
    header.insert(u"kind"_s, u"header"_s);
    // "schema" first, as in every document the command line writes.
    QByteArray bytes = "{\"schema\":\"" + QString::fromUtf16(kRecordsSchema).toUtf8() + "\"," +
                       QJsonDocument(header).toJson(QJsonDocument::Compact).mid(1) + '\n';
    for (const RequestRecord &record : run.records)
        bytes += line(requestRecordToJson(record, run.originNs, true), u"request"_s);
    bytes += line({{u"requests"_s, run.records.size()}, {u"cancelled"_s, run.cancelled}}, u"end"_s);
    return bytes;
}

std::optional<InputError> writeRecordsFile(const EndpointRun &run, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(recordsFileBytes(run)) < 0 || !file.commit())
        return InputError{path, {}, u"cannot be written: %1"_s.arg(file.errorString())};
    return std::nullopt;
}

Result<RecordsShard> parseRecordsFile(const QByteArray &bytes, const QString &source)
{
    RecordsShard shard;
    shard.source = source;
    const QList<QByteArray> lines = bytes.split('\n');
    qint64 scheduleOriginNs = 0;
    bool ended = false;
    int lineNumber = 0;
    int lastLine = 0;
    for (const QByteArray &text : lines) {
        ++lineNumber;
        if (text.trimmed().isEmpty())
            continue;
        lastLine = lineNumber;
        const QString where = u"line %1"_s.arg(lineNumber);
        if (ended)
            return InputError{source, where, u"follows the end line: expected nothing more"_s};
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (!document.isObject())
            return InputError{source, where,
                              u"is not a whole JSON object (%1): the file is truncated or "
                              "damaged"_s.arg(parseError.errorString())};
        const QJsonObject o = document.object();
        const QString kind = o.value(u"kind"_s).toString();
        JsonReader reader(source);
        if (shard.endpoint.isEmpty()) {
            const QString schema = o.value(u"schema"_s).toString();
            if (schema != QStringView(kRecordsSchema) || kind != u"header")
                return InputError{source, where + u": schema"_s,
                                  u"expected a \"%1\" header line (got \"%2\")"_s.arg(
                                      QString::fromUtf16(kRecordsSchema), schema)};
            shard.endpoint = reader.object(o, where, u"endpoint"_s);
            shard.settings = reader.object(o, where, u"settings"_s);
            shard.shardCount = reader.integer(o, where, u"shardCount"_s, 1, 100000);
            shard.shardIndex = reader.integer(o, where, u"shardIndex"_s, 0, 100000);
            shard.startedAt =
                QDateTime::fromString(reader.string(o, where, u"startedAt"_s), Qt::ISODateWithMs);
            shard.scheduleStartedAt = QDateTime::fromString(
                reader.string(o, where, u"scheduleStartedAt"_s), Qt::ISODateWithMs);
            scheduleOriginNs = std::llround(reader.number(o, where, u"scheduleOriginMs"_s) * 1e6);
            if (reader.failed())
                return reader.error();
            if (shard.shardIndex >= shard.shardCount)
                return InputError{source, where + u": shardIndex"_s,
                                  u"must be below shardCount %1 (got %2)"_s.arg(shard.shardCount)
                                      .arg(shard.shardIndex)};
            if (!shard.startedAt.isValid() || !shard.scheduleStartedAt.isValid())
                return InputError{source, where + u": scheduleStartedAt"_s,
                                  u"expected ISO 8601 times"_s};
            continue;
        }
        if (kind == u"end") {
            const int count = reader.integer(o, where, u"requests"_s, 0, 1 << 30);
            shard.cancelled = reader.optionalBoolean(o, where, u"cancelled"_s, false);
            if (reader.failed())
                return reader.error();
            if (count != shard.records.size())
                return InputError{source, where + u": requests"_s,
                                  u"says %1 requests but the file holds %2: records are "
                                  "missing"_s.arg(count)
                                      .arg(shard.records.size())};
            ended = true;
            continue;
        }
        if (kind != u"request")
            return InputError{source, where + u": kind"_s,
                              u"expected \"request\" or \"end\" (got \"%1\")"_s.arg(kind)};
        Result<RequestRecord> record = requestRecordFromJson(o, source, where);
        if (!record)
            return record.error();
        RequestRecord r = std::move(record).value();
        r.scheduledNs -= scheduleOriginNs;
        r.sendNs -= scheduleOriginNs;
        if (r.connectedNs >= 0)
            r.connectedNs -= scheduleOriginNs;
        if (r.endNs >= 0)
            r.endNs -= scheduleOriginNs;
        for (qint64 &t : r.chunkNs)
            t -= scheduleOriginNs;
        shard.records.append(r);
        shard.recordLines.append(lineNumber);
    }
    if (lastLine == 0)
        return InputError{source, {}, u"is empty: expected a records file with a header line"_s};
    if (!ended)
        return InputError{source, u"line %1"_s.arg(lastLine),
                          u"the file ends without its end line: it is truncated"_s};
    return shard;
}

Result<RecordsShard> readRecordsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    return parseRecordsFile(file.readAll(), path);
}

} // namespace pertoken
