#pragma once

#include "bench/endpoint/arrival_schedule.h"
#include "bench/endpoint/endpoint_summary.h"
#include "bench/endpoint/prompt_builder.h"
#include "bench/endpoint/request_record.h"
#include "bench/http/stream_protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace pertoken {

/// A serving benchmark: a concurrency sweep against one streaming endpoint. Every level sends
/// `requestsPerLevel` requests, at most `concurrency` at a time, all ready at the level's start
/// (vLLM's `--request-rate inf --max-concurrency N`, its "most common" throughput pattern); the
/// wait for a free slot is each request's client queue time, reported apart.
/// With `ratePerSecondLevels` set the sweep is open-loop instead: each level sends
/// `requestsPerLevel` requests on an arrival schedule (arrival_schedule.h) at that rate, whatever
/// the server's speed, at most `maxConcurrency` in flight (0 = no cap but the client's 4096), and
/// latencies count from the scheduled send times. Each level runs `repeats` times in a row.
struct EndpointConfig {
    QUrl url; ///< base URL or the endpoint's full URL (streamEndpointUrl)
    StreamApi api = StreamApi::OpenAiChat;
    QString model;
    QList<int> concurrencyLevels{1, 4, 16};
    int requestsPerLevel = 16;
    int promptTokens = 128;
    int maxTokens = 128;
    int warmupRequests = 2; ///< before the sweep, at the first level's concurrency; excluded
    bool ignoreEos = true;
    double charsPerToken = kDefaultCharsPerToken;
    LatencyTargets targets;
    int connectTimeoutMs = 10000;
    int firstTokenTimeoutMs = 120000;
    int idleTimeoutMs = 30000;
    int totalTimeoutMs = 600000;
    /// The whole run's deadline, warm-up included; 0 = none. A run that reaches it stops as a
    /// cancelled one does, keeping every request measured so far.
    int runTimeoutMs = 0;
    QByteArray apiKey; ///< held in memory only; results record just whether one was used
    QList<double> ratePerSecondLevels; ///< open loop when not empty
    ArrivalProcess arrivals = ArrivalProcess::Poisson;
    quint64 seed = 0;
    int maxConcurrency = 0;
    int repeats = 1;
    /// One shard of a run spread over several clients: the open-loop schedule is the whole
    /// run's, and this client sends its k mod shardCount = shardIndex part of it.
    int shardIndex = 0;
    int shardCount = 1;
    /// When the measured schedule starts, by this machine's clock (after the warm-up); invalid =
    /// as soon as the warm-up ends. Shards given the same time start together.
    QDateTime startAt;

    bool openLoop() const { return !ratePerSecondLevels.isEmpty(); }
    int levelCount() const
    {
        return int(openLoop() ? ratePerSecondLevels.size() : concurrencyLevels.size());
    }
    /// The requests this client sends per level: in a shard, its part of the schedule.
    int requestsPerLevelHere() const;
};

/// What a run produced, finished or cancelled. `records` holds every request, warm-up ones
/// (flagged) included; `levels` the summary of each level that ran; `originNs` the monotonic
/// time the run started, against which the raw records' times are written.
struct EndpointRun {
    EndpointConfig config;
    QUrl endpointUrl;
    QDateTime startedAt;
    qint64 originNs = 0;
    /// When the first measured level started: monotonic, and by the wall clock (the time that
    /// --start-at asked for, give or take how late this client woke up).
    qint64 scheduleOriginNs = 0;
    QDateTime scheduleStartedAt;
    QList<RequestRecord> records;
    QList<LevelSummary> levels;
    bool cancelled = false;
    bool deadlineReached = false; ///< stopped by runTimeoutMs (then `cancelled` too)
    bool apiKeyUsed = false;      ///< whether an Authorization header was sent; never the key
    /// Why the run stopped without measuring: the endpoint refused the connection, or every
    /// warm-up request failed. Empty when levels ran.
    QString fatalError;
};

struct EndpointProgress {
    int level = 0; ///< index into the levels; -1 during warm-up
    int levelCount = 0;
    int repeat = 0; ///< which run of the level (--repeat), from 0
    int finishedInLevel = 0;
    int requestsInLevel = 0;
    const RequestRecord *last = nullptr; ///< the request that just finished
};
using EndpointProgressCallback = std::function<void(const EndpointProgress &)>;

/// Runs the benchmark on the calling thread (it spins a local event loop; call it from a worker
/// thread in a GUI). Checks `cancel` every 20 ms: a cancelled run returns within a second with
/// what it measured, in-flight requests recorded as cancelled.
EndpointRun runEndpointBenchmark(const EndpointConfig &config,
                                 const EndpointProgressCallback &progress = {},
                                 const std::atomic<bool> *cancel = nullptr);

/// The run's settings as results and record files carry them (never the key or the shard index).
QJsonObject endpointSettingsToJson(const EndpointConfig &config);

/// The endpoint run as the `pertoken.bench/1` document body (kind "endpoint"); never the key.
QJsonObject endpointRunToJson(const EndpointRun &run);
Result<EndpointRun> endpointRunFromJson(const QJsonObject &object, const QString &source);

} // namespace pertoken
