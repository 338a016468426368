#include "bench/calibration/bench_selftest.h"

#include "bench/calibration/calibration_server_thread.h"
#include "bench/endpoint/endpoint_benchmark.h"
#include "common/monotonic_clock.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

double timingToleranceMs(double knownMs)
{
    return std::max(0.02 * knownMs, 1.0);
}

bool SelftestResult::withinBudget() const
{
    if (!error.isEmpty() || cancelled || levels.isEmpty())
        return false;
    for (const SelftestLevel &level : levels)
        if (!level.withinBudget)
            return false;
    return true;
}

SelftestResult runSelftest(const SelftestOptions &options,
                           const std::function<void(const QString &)> &progress,
                           const std::atomic<bool> *cancel)
{
    SelftestResult result;
    result.timing = options.timing;
    const CalibrationTiming &t = options.timing;
    const double knownE2eMs = t.ttftMs + (t.tokensPerResponse - 1) * t.tokenIntervalMs;
    for (int concurrency : options.concurrencyLevels) {
        // A fresh server per level, so one level's leftovers never delay the next.
        CalibrationServerThread server(t);
        QString error;
        if (!server.start(&error)) {
            result.error = u"the calibration server cannot listen: %1"_s.arg(error);
            return result;
        }
        if (progress)
            progress(u"concurrency %1"_s.arg(concurrency));
        EndpointConfig config;
        config.url = server.baseUrl();
        config.api = StreamApi::OpenAiChat;
        config.model = u"calibration"_s;
        config.concurrencyLevels = {concurrency};
        config.requestsPerLevel = std::max(options.minRequestsPerLevel, concurrency);
        config.warmupRequests = 1;
        config.promptTokens = 32;
        config.maxTokens = t.tokensPerResponse;
        config.connectTimeoutMs = 5000;
        config.firstTokenTimeoutMs = int(t.ttftMs) + 10000;
        config.idleTimeoutMs = 10000;
        const EndpointRun run = runEndpointBenchmark(config, {}, cancel);
        if (run.cancelled) {
            result.cancelled = true;
            return result;
        }
        if (!run.fatalError.isEmpty() || run.levels.isEmpty()) {
            result.error = run.fatalError;
            return result;
        }
        QHash<QString, CalibrationLogEntry> serverLog;
        for (const CalibrationLogEntry &entry : server.log())
            serverLog.insert(QString::fromUtf8(entry.requestId), entry);
        QList<double> delays, ttftErrors, tpotErrors, serverTtft, serverQueue;
        for (const RequestRecord &r : run.records) {
            const auto it = serverLog.constFind(r.requestId);
            if (r.warmup || !r.completed() || it == serverLog.cend() || r.chunkNs.isEmpty() ||
                it->firstTokenNs < 0)
                continue;
            const double firstDelay = nsToMs(r.chunkNs.first() - it->firstTokenNs);
            const double lastDelay = nsToMs(r.chunkNs.last() - it->lastTokenNs);
            delays << firstDelay << lastDelay;
            ttftErrors.append(firstDelay); // measured − (server first write − t_send)
            if (const auto tpot = r.tpotMs())
                tpotErrors.append(*tpot - nsToMs(it->lastTokenNs - it->firstTokenNs) /
                                              double(r.outputTokens - 1));
            serverTtft.append(nsToMs(it->firstTokenNs - it->receivedNs));
            serverQueue.append(nsToMs(it->receivedNs - r.sendNs));
        }
        const LevelSummary &summary = run.levels.first();
        SelftestLevel level;
        level.concurrency = concurrency;
        level.completed = summary.completed;
        level.failed = summary.failed;
        level.ttftMs = summary.ttftMs;
        level.tpotMs = summary.tpotMs;
        level.ttftErrorMs = summarize(ttftErrors);
        level.tpotErrorMs = summarize(tpotErrors);
        level.clientDelayMs = summarize(delays);
        level.serverTtftMs = summarize(serverTtft);
        level.serverQueueMs = summarize(serverQueue);
        level.outputTokensPerSecond = summary.outputTokensPerSecond;
        const int waves = (config.requestsPerLevel + concurrency - 1) / concurrency;
        level.idealOutputTokensPerSecond =
            double(config.requestsPerLevel) * t.tokensPerResponse / (waves * knownE2eMs / 1000.0);
        level.withinBudget =
            summary.failed == 0 && summary.completed == config.requestsPerLevel &&
            level.ttftErrorMs.count == summary.completed &&
            std::abs(level.ttftErrorMs.p50) <= timingToleranceMs(t.ttftMs) &&
            std::abs(level.tpotErrorMs.p50) <= timingToleranceMs(t.tokenIntervalMs) &&
            level.clientDelayMs.p99 < t.tokenIntervalMs;
        result.levels.append(level);
    }
    return result;
}

QJsonObject selftestToJson(const SelftestResult &r)
{
    QJsonArray levels;
    for (const SelftestLevel &l : r.levels) {
        levels.append(QJsonObject{
            {u"concurrency"_s, l.concurrency},
            {u"completed"_s, l.completed},
            {u"failed"_s, l.failed},
            {u"ttftMs"_s, distributionToJson(l.ttftMs)},
            {u"tpotMs"_s, distributionToJson(l.tpotMs)},
            {u"clientDelayMs"_s, distributionToJson(l.clientDelayMs)},
            {u"ttftErrorMs"_s, distributionToJson(l.ttftErrorMs)},
            {u"tpotErrorMs"_s, distributionToJson(l.tpotErrorMs)},
            {u"serverTtftMs"_s, distributionToJson(l.serverTtftMs)},
            {u"serverQueueMs"_s, distributionToJson(l.serverQueueMs)},
            {u"outputTokensPerSecond"_s, l.outputTokensPerSecond},
            {u"idealOutputTokensPerSecond"_s, l.idealOutputTokensPerSecond},
            {u"withinBudget"_s, l.withinBudget},
        });
    }
    QJsonObject o{
        {u"kind"_s, u"selftest"_s},
        {u"known"_s, QJsonObject{{u"ttftMs"_s, r.timing.ttftMs},
                                 {u"tpotMs"_s, r.timing.tokenIntervalMs},
                                 {u"tokensPerResponse"_s, r.timing.tokensPerResponse}}},
        {u"budget"_s, u"|p50 of (measured - true)| <= max(2 % of known, 1 ms) for TTFT and "
                      "TPOT, true timing from the server's writes on the same clock; client "
                      "delay p99 < one token interval"_s},
        {u"levels"_s, levels},
        {u"withinBudget"_s, r.withinBudget()},
        {u"cancelled"_s, r.cancelled},
    };
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    return o;
}

} // namespace pertoken
