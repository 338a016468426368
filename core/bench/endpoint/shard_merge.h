#pragma once

#include "bench/endpoint/endpoint_benchmark.h"
#include "bench/endpoint/records_file.h"
#include "common/input_error.h"

#include <QDateTime>
#include <QList>

namespace pertoken {

/// How one shard went: its clock's start against --start-at, and whether its client kept the
/// open-loop schedule (arrival_schedule.h's bound, at any of its levels).
struct ShardReport {
    QString source;
    int shardIndex = 0;
    int requests = 0;
    double startSkewMs = 0; ///< scheduleStartedAt − startAt (− the earliest start without one)
    double lagP99Ms = 0;    ///< the worst level's p99 schedule lag
    bool saturated = false;
};

/// Shards pooled into one run. Every level is computed by summarizeLevel() over the pooled raw
/// records of all shards, exactly as for a run on one client: percentiles come from the pooled
/// samples, never from the shards' percentiles. Shard times are placed on one axis by their
/// wall-clock schedule starts, which only moves throughput's time window, never a latency.
struct MergedRun {
    EndpointRun run; ///< config from the shards' settings, levels and pooled records
    QList<ShardReport> shards;
    double clockSkewMs = 0; ///< largest − smallest start skew between shards
    QList<int> missingShards;
    QStringList warnings;
};

/// Refuses (an error naming the file, the line or field, and what was expected): shards whose
/// endpoint or settings differ, the same shard twice, and a shard with records from the future,
/// ending later than `now` + `futureToleranceMs` by its own clock. Missing shards are merged
/// without, and named in `missingShards` and a warning.
Result<MergedRun> mergeShards(const QList<RecordsShard> &shards, const QDateTime &now,
                              qint64 futureToleranceMs = 60000);

/// The merge's own findings as JSON: {"shards": [...], "clockSkewMs", "missingShards",
/// "saturatedShards"}.
QJsonObject mergeReportToJson(const MergedRun &merged);

} // namespace pertoken
