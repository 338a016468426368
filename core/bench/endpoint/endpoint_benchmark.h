#pragma once

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
};

/// What a run produced, finished or cancelled. `records` holds every request, warm-up ones
/// (flagged) included; `levels` the summary of each level that ran; `originNs` the monotonic
/// time the run started, against which the raw records' times are written.
struct EndpointRun {
    EndpointConfig config;
    QUrl endpointUrl;
    QDateTime startedAt;
    qint64 originNs = 0;
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
    int level = 0; ///< index into concurrencyLevels; -1 during warm-up
    int levelCount = 0;
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

/// The endpoint run as the `pertoken.bench/1` document body (kind "endpoint"); never the key.
QJsonObject endpointRunToJson(const EndpointRun &run);
Result<EndpointRun> endpointRunFromJson(const QJsonObject &object, const QString &source);

} // namespace pertoken
