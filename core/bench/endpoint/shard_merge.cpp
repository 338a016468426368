#include "bench/endpoint/shard_merge.h"

#include "bench/endpoint/arrival_schedule.h"
#include "common/monotonic_clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// The first key whose value differs between `a` and `b`, or empty when they are equal.
QString firstDifference(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            return key;
    }
    return {};
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"nothing"_s;
    const QJsonDocument document = value.isObject()  ? QJsonDocument(value.toObject())
                                   : value.isArray() ? QJsonDocument(value.toArray())
                                                     : QJsonDocument(QJsonArray{value});
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    if (!value.isObject() && !value.isArray())
        text = text.mid(1, text.size() - 2);
    return text;
}

std::optional<InputError> compareConfiguration(const RecordsShard &first, const RecordsShard &other)
{
    for (const auto &[name, a, b] : {std::tuple{u"endpoint"_s, first.endpoint, other.endpoint},
                                     std::tuple{u"settings"_s, first.settings, other.settings}}) {
        const QString key = firstDifference(a, b);
        if (!key.isEmpty())
            return InputError{other.source, u"line 1: %1.%2"_s.arg(name, key),
                              u"differs from %1 (%2 against %3): shards of different "
                              "configurations cannot be merged"_s.arg(
                                  first.source, compact(b.value(key)), compact(a.value(key)))};
    }
    if (other.shardCount != first.shardCount)
        return InputError{other.source, u"line 1: shardCount"_s,
                          u"is %1 where %2 has %3: shards of different runs cannot be merged"_s
                              .arg(other.shardCount)
                              .arg(first.source)
                              .arg(first.shardCount)};
    return std::nullopt;
}

} // namespace

Result<MergedRun> mergeShards(const QList<RecordsShard> &shards, const QDateTime &now,
                              qint64 futureToleranceMs)
{
    if (shards.isEmpty())
        return InputError{{}, {}, u"no records files to merge"_s};
    const RecordsShard &first = shards.first();
    QMap<int, QString> seen;
    for (const RecordsShard &shard : shards) {
        if (std::optional<InputError> problem = compareConfiguration(first, shard))
            return *problem;
        if (seen.contains(shard.shardIndex))
            return InputError{
                shard.source, u"line 1: shardIndex"_s,
                u"shard %1/%2 is also %3: each shard may be merged once"_s.arg(shard.shardIndex)
                    .arg(shard.shardCount)
                    .arg(seen.value(shard.shardIndex))};
        seen.insert(shard.shardIndex, shard.source);
        const QDateTime latestAllowed = now.addMSecs(futureToleranceMs);
        if (shard.scheduleStartedAt > latestAllowed)
            return InputError{shard.source, u"line 1: scheduleStartedAt"_s,
                              u"%1 is in the future (now %2): the shard's clock is wrong or the "
                              "file is not from this run"_s.arg(
                                  shard.scheduleStartedAt.toString(Qt::ISODateWithMs),
                                  now.toString(Qt::ISODateWithMs))};
        for (qsizetype i = 0; i < shard.records.size(); ++i) {
            const QDateTime end = shard.scheduleStartedAt.addMSecs(
                std::max(shard.records[i].endNs, qint64(0)) / 1'000'000);
            if (end > latestAllowed)
                return InputError{
                    shard.source, u"line %1: endMs"_s.arg(shard.recordLines.value(i)),
                    u"the request ends at %1, in the future (now %2): the shard's clock is "
                    "wrong or the file is not from this run"_s.arg(
                        end.toString(Qt::ISODateWithMs), now.toString(Qt::ISODateWithMs))};
        }
    }

    MergedRun merged;
    QJsonObject document{{u"endpoint"_s, first.endpoint},
                         {u"settings"_s, first.settings},
                         {u"levels"_s, QJsonArray{}}};
    Result<EndpointRun> configured = endpointRunFromJson(document, first.source);
    if (!configured)
        return configured.error();
    EndpointRun &run = merged.run;
    run = std::move(configured).value();
    run.config.shardIndex = 0;
    run.config.shardCount = 1;
    const QDateTime startAt = run.config.startAt;
    QDateTime earliest = first.scheduleStartedAt;
    QDateTime earliestRun = first.startedAt;
    for (const RecordsShard &shard : shards) {
        earliest = std::min(earliest, shard.scheduleStartedAt);
        earliestRun = std::min(earliestRun, shard.startedAt);
        run.cancelled = run.cancelled || shard.cancelled;
    }
    run.startedAt = earliestRun;
    run.scheduleStartedAt = earliest;

    // Pool: every shard's times moved onto the earliest shard's axis by its wall-clock start.
    QMap<std::pair<int, int>, QList<RequestRecord>> levels; // (level, repeat) → records
    double minSkew = 0, maxSkew = 0;
    for (qsizetype s = 0; s < shards.size(); ++s) {
        const RecordsShard &shard = shards[s];
        const qint64 offsetNs = earliest.msecsTo(shard.scheduleStartedAt) * 1'000'000;
        ShardReport report;
        report.source = shard.source;
        report.shardIndex = shard.shardIndex;
        report.startSkewMs =
            double((startAt.isValid() ? startAt : earliest).msecsTo(shard.scheduleStartedAt));
        minSkew = s == 0 ? report.startSkewMs : std::min(minSkew, report.startSkewMs);
        maxSkew = s == 0 ? report.startSkewMs : std::max(maxSkew, report.startSkewMs);
        QMap<std::pair<int, int>, std::pair<QList<qint64>, QList<qint64>>> lags;
        for (RequestRecord r : shard.records) {
            r.scheduledNs += offsetNs;
            r.sendNs += offsetNs;
            if (r.connectedNs >= 0)
                r.connectedNs += offsetNs;
            if (r.endNs >= 0)
                r.endNs += offsetNs;
            for (qint64 &t : r.chunkNs)
                t += offsetNs;
            run.records.append(r);
            if (r.warmup || r.failure == FailureKind::Cancelled)
                continue;
            ++report.requests;
            levels[{r.level, r.repeat}].append(r);
            if (r.openLoop()) {
                auto &[scheduled, sent] = lags[{r.level, r.repeat}];
                scheduled.append(r.scheduledNs);
                sent.append(r.sendNs);
            }
        }
        for (auto it = lags.cbegin(); it != lags.cend(); ++it) {
            const double rate = run.config.ratePerSecondLevels.value(it.key().first, 1.0);
            // This shard's own part of the schedule arrives at rate / shardCount.
            const ScheduleKeeping keeping =
                scheduleKeeping(it.value().first, it.value().second, rate / shard.shardCount);
            report.lagP99Ms = std::max(report.lagP99Ms, keeping.lagMs.p99);
            report.saturated = report.saturated || keeping.behind;
        }
        if (report.saturated)
            merged.warnings.append(
                u"%1 (shard %2): the client could not keep its schedule, p99 "
                "lag %3 ms: its requests reached the server late"_s.arg(shard.source)
                    .arg(shard.shardIndex)
                    .arg(report.lagP99Ms, 0, 'f', 1));
        merged.shards.append(report);
    }
    merged.clockSkewMs = maxSkew - minSkew;
    for (int i = 0; i < first.shardCount; ++i) {
        if (!seen.contains(i))
            merged.missingShards.append(i);
    }
    if (!merged.missingShards.isEmpty()) {
        QStringList names;
        for (int i : std::as_const(merged.missingShards))
            names.append(QString::number(i));
        merged.warnings.append(u"shards %1 of %2 are missing: their requests are not in the "
                               "figures"_s.arg(names.join(u", "_s))
                                   .arg(first.shardCount));
    }
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        const int concurrency = run.config.openLoop()
                                    ? run.config.maxConcurrency
                                    : run.config.concurrencyLevels.value(it.key().first, 0);
        run.levels.append(summarizeLevel(it.value(), concurrency, run.config.targets));
    }
    return merged;
}

QJsonObject mergeReportToJson(const MergedRun &merged)
{
    QJsonArray shards, saturated, missing;
    for (const ShardReport &s : merged.shards) {
        shards.append(QJsonObject{{u"file"_s, s.source},
                                  {u"shardIndex"_s, s.shardIndex},
                                  {u"requests"_s, s.requests},
                                  {u"startSkewMs"_s, s.startSkewMs},
                                  {u"scheduleLagP99Ms"_s, s.lagP99Ms},
                                  {u"saturated"_s, s.saturated}});
        if (s.saturated)
            saturated.append(s.shardIndex);
    }
    for (int i : merged.missingShards)
        missing.append(i);
    return QJsonObject{{u"shards"_s, shards},
                       {u"clockSkewMs"_s, merged.clockSkewMs},
                       {u"saturatedShards"_s, saturated},
                       {u"missingShards"_s, missing},
                       {u"warnings"_s, QJsonArray::fromStringList(merged.warnings)}};
}

} // namespace pertoken
