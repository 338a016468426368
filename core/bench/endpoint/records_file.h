#pragma once

#include "bench/endpoint/endpoint_benchmark.h"
#include "common/input_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

inline constexpr char16_t kRecordsSchema[] = u"pertoken.bench-records/1";

/// One client's raw records as JSON lines (`--records FILE.jsonl`), for an exact merge of
/// shards (shard_merge.h). Line 1, the header: {"schema": "pertoken.bench-records/1", "kind":
/// "header", "endpoint": {...}, "settings": {...}, "shardIndex", "shardCount", "startedAt",
/// "scheduleStartedAt", "scheduleOriginMs"}; then one {"kind": "request", ...} per request, the
/// raw record of request_record.h with its times in milliseconds after the client's start,
/// unrounded so the nanoseconds read back are the ones measured; last {"kind": "end",
/// "requests": n, "cancelled": bool}, whose absence marks a truncated file.
QByteArray recordsFileBytes(const EndpointRun &run);
/// Writes through QSaveFile; the error names the path.
std::optional<InputError> writeRecordsFile(const EndpointRun &run, const QString &path);

/// A records file read back. Record times are moved to the shard's schedule origin (the start
/// of its first measured level, t = 0 at --start-at), so shards share a time axis.
struct RecordsShard {
    QString source;
    QJsonObject endpoint;
    QJsonObject settings;
    int shardIndex = 0;
    int shardCount = 1;
    QDateTime startedAt;
    QDateTime scheduleStartedAt;
    QList<RequestRecord> records;
    QList<int> recordLines; ///< the line each record came from, for messages
    bool cancelled = false;
};

/// Refuses anything but a whole file: a line that is not JSON (a truncated last line included)
/// or a missing end line is an error naming `source` and the line.
Result<RecordsShard> parseRecordsFile(const QByteArray &bytes, const QString &source);
Result<RecordsShard> readRecordsFile(const QString &path);

} // namespace pertoken
