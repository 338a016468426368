#include "bench/endpoint/endpoint_summary.h"

#include "bench/endpoint/arrival_schedule.h"

#include "common/json_reader.h"
#include "common/monotonic_clock.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

bool meetsTargets(const RequestRecord &r, const LatencyTargets &targets)
{
    if (targets.ttftMs > 0 &&
        r.ttftMs().value_or(std::numeric_limits<double>::max()) > targets.ttftMs)
        return false;
    if (targets.tpotMs > 0 && r.tpotMs().value_or(0.0) > targets.tpotMs)
        return false;
    return true;
}

void addWarnings(LevelSummary *level, const QList<RequestRecord> &completed)
{
    if (level->failed > 0)
        level->warnings.append(u"%1 of %2 requests failed; they are left out of the latency and "
                               "throughput figures"_s.arg(level->failed)
                                   .arg(level->requests));
    if (level->tokenCountSources.value(u"chunks"_s) > 0)
        level->warnings.append(
            u"%1 requests had no usage or native token count; their output "
            "tokens are the number of chunks, which undercounts when a chunk "
            "carries several tokens"_s.arg(level->tokenCountSources.value(u"chunks"_s)));
    if (completed.isEmpty())
        return;
    // Output length mismatch (AIPerf): |actual − requested| > min(5 % of requested, 50 tokens).
    const int requested = completed.first().maxTokens;
    if (requested > 0) {
        const double gap = std::abs(level->meanOutputTokens - requested);
        if (gap > std::min(0.05 * requested, 50.0))
            level->warnings.append(
                u"mean output %1 tokens against %2 requested: the server stopped early or "
                "ignored max_tokens, so TPOT and throughput describe shorter outputs"_s
                    .arg(level->meanOutputTokens, 0, 'f', 1)
                    .arg(requested));
    }
}

} // namespace

LevelSummary summarizeLevel(const QList<RequestRecord> &records, int concurrency,
                            const LatencyTargets &targets)
{
    LevelSummary level;
    level.concurrency = concurrency;
    QList<double> ttft, tpot, itl, e2e, queue, decodeRates, ttftFromSend;
    QList<qint64> scheduled, sent;
    QList<RequestRecord> completed;
    qint64 firstSendNs = std::numeric_limits<qint64>::max();
    qint64 lastEndNs = std::numeric_limits<qint64>::min();
    double outputTokens = 0;
    double promptTokens = 0;
    int promptCount = 0;
    for (const RequestRecord &r : records) {
        if (r.warmup)
            continue;
        level.ratePerSecond = r.ratePerSecond;
        level.repeat = r.repeat;
        if (r.failure == FailureKind::Cancelled) {
            ++level.cancelled;
            continue;
        }
        ++level.requests;
        firstSendNs = std::min(firstSendNs, r.sendNs);
        lastEndNs = std::max(lastEndNs, r.endNs);
        queue.append(r.queueMs());
        scheduled.append(r.scheduledNs);
        sent.append(r.sendNs);
        if (!r.completed()) {
            ++level.failed;
            ++level.failuresByKind[failureKindId(r.failure)];
            continue;
        }
        ++level.completed;
        completed.append(r);
        if (const auto v = r.ttftMs())
            ttft.append(*v);
        if (const auto v = r.ttftFromSendMs(); v && r.openLoop())
            ttftFromSend.append(*v);
        if (const auto v = r.tpotMs())
            tpot.append(*v);
        if (const auto v = r.e2eMs())
            e2e.append(*v);
        itl.append(r.interChunkMs());
        outputTokens += std::max(0, r.outputTokens);
        ++level.tokenCountSources[tokenCountSourceId(r.tokenSource)];
        if (r.promptTokens >= 0) {
            promptTokens += r.promptTokens;
            ++promptCount;
        }
        if (const auto rate = r.server.decodeTokensPerSecond())
            decodeRates.append(*rate);
        if (meetsTargets(r, targets))
            ++level.goodRequests;
    }
    level.ttftMs = summarize(ttft);
    level.tpotMs = summarize(tpot);
    level.itlMs = summarize(itl);
    level.e2eMs = summarize(e2e);
    level.queueMs = summarize(queue);
    level.ttftFromSendMs = summarize(ttftFromSend);
    if (level.ratePerSecond > 0) {
        const ScheduleKeeping keeping = scheduleKeeping(scheduled, sent, level.ratePerSecond);
        level.achievedRatePerSecond = keeping.achievedRatePerSecond;
        level.scheduleLagBoundMs = keeping.boundMs;
        level.clientBehindSchedule = keeping.behind;
        if (keeping.behind)
            level.warnings.append(
                u"the client could not keep the schedule: p99 send lag %1 ms is beyond %2 ms; "
                "the server saw %3 requests/s against %4 asked"_s.arg(keeping.lagMs.p99, 0, 'f', 1)
                    .arg(keeping.boundMs, 0, 'f', 1)
                    .arg(keeping.achievedRatePerSecond, 0, 'f', 2)
                    .arg(level.ratePerSecond, 0, 'f', 2));
    }
    if (level.requests > 0 && lastEndNs > firstSendNs)
        level.durationSeconds = nsToMs(lastEndNs - firstSendNs) / 1000.0;
    if (level.durationSeconds > 0) {
        level.outputTokensPerSecond = outputTokens / level.durationSeconds;
        level.requestsPerSecond = level.completed / level.durationSeconds;
        level.goodputRequestsPerSecond = level.goodRequests / level.durationSeconds;
    }
    if (level.requests > 0)
        level.goodFraction = double(level.goodRequests) / level.requests;
    if (level.completed > 0)
        level.meanOutputTokens = outputTokens / level.completed;
    if (promptCount > 0)
        level.meanPromptTokens = promptTokens / promptCount;
    if (!decodeRates.isEmpty())
        level.serverDecodeTokensPerSecond = summarize(decodeRates).mean;
    level.tokenCountSource = level.tokenCountSources.size() == 1
                                 ? level.tokenCountSources.firstKey()
                             : level.tokenCountSources.isEmpty() ? u"none"_s
                                                                 : u"mixed"_s;
    addWarnings(&level, completed);
    return level;
}

namespace {

QJsonObject countsToJson(const QMap<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, int> countsFromJson(const QJsonObject &object)
{
    QMap<QString, int> counts;
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

} // namespace

void LiveLevelThroughput::add(const RequestRecord &record)
{
    if (record.warmup || record.failure == FailureKind::Cancelled)
        return;
    m_firstSendNs = std::min(m_firstSendNs, record.sendNs);
    m_lastEndNs = std::max(m_lastEndNs, record.endNs);
    if (record.completed())
        m_outputTokens += std::max(0, record.outputTokens);
}

double LiveLevelThroughput::outputTokensPerSecond() const
{
    if (m_lastEndNs <= m_firstSendNs)
        return 0;
    return m_outputTokens / (nsToMs(m_lastEndNs - m_firstSendNs) / 1000.0);
}

QJsonObject levelSummaryToJson(const LevelSummary &l)
{
    QJsonObject failures = countsToJson(l.failuresByKind);
    QJsonObject object{
        {u"concurrency"_s, l.concurrency},
        {u"requests"_s, l.requests},
        {u"completed"_s, l.completed},
        {u"failed"_s, l.failed},
        {u"cancelled"_s, l.cancelled},
        {u"failuresByKind"_s, failures},
        {u"ttftMs"_s, distributionToJson(l.ttftMs)},
        {u"tpotMs"_s, distributionToJson(l.tpotMs)},
        {u"itlMs"_s, distributionToJson(l.itlMs)},
        {u"e2eMs"_s, distributionToJson(l.e2eMs)},
        {u"queueMs"_s, distributionToJson(l.queueMs)},
        {u"durationSeconds"_s, l.durationSeconds},
        {u"outputTokensPerSecond"_s, l.outputTokensPerSecond},
        {u"requestsPerSecond"_s, l.requestsPerSecond},
        {u"goodRequests"_s, l.goodRequests},
        {u"goodputRequestsPerSecond"_s, l.goodputRequestsPerSecond},
        {u"goodFraction"_s, l.goodFraction},
        {u"tokenCountSource"_s, l.tokenCountSource},
        {u"tokenCountSources"_s, countsToJson(l.tokenCountSources)},
        {u"meanOutputTokens"_s, l.meanOutputTokens},
        {u"meanPromptTokens"_s, l.meanPromptTokens},
        {u"serverDecodeTokensPerSecond"_s, l.serverDecodeTokensPerSecond},
        {u"warnings"_s, QJsonArray::fromStringList(l.warnings)},
    };
    if (l.repeat > 0)
        object.insert(u"repeat"_s, l.repeat);
    if (l.ratePerSecond > 0) {
        object.insert(u"ratePerSecond"_s, l.ratePerSecond);
        object.insert(u"achievedRatePerSecond"_s, l.achievedRatePerSecond);
        object.insert(u"scheduleLagBoundMs"_s, l.scheduleLagBoundMs);
        object.insert(u"clientBehindSchedule"_s, l.clientBehindSchedule);
        object.insert(u"ttftFromSendMs"_s, distributionToJson(l.ttftFromSendMs));
    }
    return object;
}

Result<LevelSummary> levelSummaryFromJson(const QJsonObject &o, const QString &source,
                                          const QString &path)
{
    JsonReader reader(source);
    LevelSummary l;
    l.concurrency = reader.integer(o, path, u"concurrency"_s, 0, 1 << 20);
    l.repeat = int(reader.optionalNumber(o, path, u"repeat"_s, 0, 1 << 20).value_or(0));
    l.ratePerSecond = reader.optionalNumber(o, path, u"ratePerSecond"_s, 0, 1e9).value_or(0);
    l.achievedRatePerSecond =
        reader.optionalNumber(o, path, u"achievedRatePerSecond"_s, 0).value_or(0);
    l.scheduleLagBoundMs = reader.optionalNumber(o, path, u"scheduleLagBoundMs"_s, 0).value_or(0);
    l.clientBehindSchedule = reader.optionalBoolean(o, path, u"clientBehindSchedule"_s, false);
    l.ttftFromSendMs = distributionFromJson(o.value(u"ttftFromSendMs"_s).toObject());
    l.requests = reader.integer(o, path, u"requests"_s, 0, 1 << 30);
    l.completed = reader.integer(o, path, u"completed"_s, 0, 1 << 30);
    l.failed = reader.integer(o, path, u"failed"_s, 0, 1 << 30);
    l.cancelled = int(reader.optionalNumber(o, path, u"cancelled"_s, 0, 1 << 30).value_or(0));
    l.failuresByKind = countsFromJson(o.value(u"failuresByKind"_s).toObject());
    l.ttftMs = distributionFromJson(reader.object(o, path, u"ttftMs"_s));
    l.tpotMs = distributionFromJson(reader.object(o, path, u"tpotMs"_s));
    l.itlMs = distributionFromJson(reader.object(o, path, u"itlMs"_s));
    l.e2eMs = distributionFromJson(reader.object(o, path, u"e2eMs"_s));
    l.queueMs = distributionFromJson(o.value(u"queueMs"_s).toObject());
    l.durationSeconds = reader.optionalNumber(o, path, u"durationSeconds"_s, 0).value_or(0);
    l.outputTokensPerSecond = reader.number(o, path, u"outputTokensPerSecond"_s, 0);
    l.requestsPerSecond = reader.number(o, path, u"requestsPerSecond"_s, 0);
    l.goodRequests = int(reader.optionalNumber(o, path, u"goodRequests"_s, 0, 1 << 30).value_or(0));
    l.goodputRequestsPerSecond =
        reader.optionalNumber(o, path, u"goodputRequestsPerSecond"_s, 0).value_or(0);
    l.goodFraction = reader.optionalNumber(o, path, u"goodFraction"_s, 0, 1).value_or(0);
    l.tokenCountSource = reader.string(o, path, u"tokenCountSource"_s);
    l.tokenCountSources = countsFromJson(o.value(u"tokenCountSources"_s).toObject());
    l.meanOutputTokens = reader.optionalNumber(o, path, u"meanOutputTokens"_s, 0).value_or(0);
    l.meanPromptTokens = reader.optionalNumber(o, path, u"meanPromptTokens"_s).value_or(-1);
    l.serverDecodeTokensPerSecond =
        reader.optionalNumber(o, path, u"serverDecodeTokensPerSecond"_s).value_or(-1);
    const QJsonArray warnings = o.value(u"warnings"_s).toArray();
    for (const QJsonValue &w : warnings)
        l.warnings.append(w.toString());
    if (reader.failed())
        return reader.error();
    return l;
}

} // namespace pertoken
