#pragma once

#include "common/input_error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

/// Why a request did not complete. Failed requests are counted by kind and kept out of every
/// latency statistic (GuideLLM issue #444: failures dragging TTFT and throughput).
enum class FailureKind {
    None,
    Refused,           ///< no connection: refused, unreachable, unknown host, TLS failure
    ConnectTimeout,    ///< no connection within the connect timeout
    HttpStatus,        ///< an HTTP status other than 2xx
    FirstTokenTimeout, ///< no generated text within the first-token timeout
    IdleTimeout,       ///< a gap between chunks longer than the idle timeout
    TotalTimeout,      ///< the request ran past the total timeout
    MalformedChunk,    ///< a chunk that is not the protocol's JSON, or broken HTTP framing
    Dropped,           ///< the connection closed before the stream's end marker
    ServerError,       ///< the stream carried an error object
    Cancelled,         ///< the run was cancelled while the request was in flight
};

QString failureKindId(FailureKind kind); // "refused", "http-status", "timeout-first-token", ...
bool failureKindFromId(const QString &id, FailureKind *out);
QList<FailureKind> allFailureKinds(); // every kind but None

/// Where a request's output token count came from, best first: the server's `usage` object, the
/// server's native timing fields (Ollama `eval_count`, llama-server `timings.predicted_n`), and
/// only then the number of content-bearing chunks, which undercounts when one chunk carries
/// several tokens (speculative decoding; vLLM PR #50600).
enum class TokenCountSource { None, Usage, Native, Chunks };

QString tokenCountSourceId(TokenCountSource source); // "usage", "native", "chunks", "none"
TokenCountSource tokenCountSourceFromId(const QString &id);

/// What the server reported about its own timing: Ollama's final object (durations converted
/// from nanoseconds) or llama-server's `timings`. -1 where the server gave nothing.
struct ServerTimings {
    QString source; ///< "ollama", "llama-server" or empty
    int outputTokens = -1;
    int promptTokens = -1;
    double decodeMs = -1;  ///< Ollama eval_duration, llama-server predicted_ms
    double prefillMs = -1; ///< Ollama prompt_eval_duration, llama-server prompt_ms
    double loadMs = -1;    ///< Ollama load_duration
    double totalMs = -1;   ///< Ollama total_duration

    bool present() const { return !source.isEmpty(); }
    /// Server-side decode rate: output tokens / decode time.
    std::optional<double> decodeTokensPerSecond() const;
    bool operator==(const ServerTimings &) const = default;
};

/// Everything measured about one request, kept raw so any statistic can be recomputed later.
/// Times are monotonic nanoseconds (monotonic_clock.h). Definitions (benchmark-metrics.md §6):
/// t_sched is when the request was ready to go, t_send when the client started it (connecting
/// if it had no open connection), t_k the arrival of the k-th chunk that carries generated text
/// (content or reasoning; role-only and usage chunks do not count).
struct RequestRecord {
    int index = 0;       ///< order of issue within the run
    QString requestId;   ///< sent as X-Request-Id
    int concurrency = 0; ///< closed loop: the level's; open loop: the in-flight cap (0 = none)
    bool warmup = false;
    int level = -1; ///< index of the level (concurrency or rate) in the sweep; -1 in warm-up
    int repeat = 0; ///< which run of the level (--repeat), from 0
    /// Open loop: the level's asked arrival rate; 0 in a closed loop (fixed concurrency).
    double ratePerSecond = 0;
    int requestedPromptTokens = 0;
    int maxTokens = 0;

    qint64 scheduledNs = 0;
    qint64 sendNs = 0;
    qint64 connectedNs = -1; ///< connection ready; equals sendNs for a reused connection
    bool reusedConnection = false;
    QList<qint64> chunkNs; ///< arrival of every content-bearing chunk
    qint64 endNs = -1;     ///< end of the stream or the failure

    int outputTokens = -1;
    int promptTokens = -1; ///< the server's usage.prompt_tokens (or native count)
    TokenCountSource tokenSource = TokenCountSource::None;
    ServerTimings server;

    FailureKind failure = FailureKind::None;
    int httpStatus = 0;
    QString error;

    bool completed() const { return failure == FailureKind::None; }
    bool openLoop() const { return ratePerSecond > 0; }
    /// Where latencies count from: t_send in a closed loop; t_sched in an open loop, so a client
    /// that falls behind its schedule cannot hide the wait (coordinated omission).
    qint64 latencyOriginNs() const { return openLoop() ? scheduledNs : sendNs; }
    /// t_1 − latency origin; nullopt without a content chunk.
    std::optional<double> ttftMs() const;
    /// t_1 − t_send, whatever the loop: the TTFT a client that ignores its schedule would report.
    std::optional<double> ttftFromSendMs() const;
    /// t_last − latency origin, t_last being the last content-bearing chunk.
    std::optional<double> e2eMs() const;
    /// (e2e − TTFT) / (N_out − 1): decode time only, never divided by time that includes TTFT.
    /// nullopt when N_out < 2.
    std::optional<double> tpotMs() const;
    /// Gaps between consecutive content-bearing chunks, t_k − t_(k−1).
    QList<double> interChunkMs() const;
    /// t_send − t_sched: time the request waited in the client.
    double queueMs() const;
};

/// Raw record as JSON, times in milliseconds relative to `originNs` (the run's start), rounded
/// to 0.1 µs; `exact` keeps every bit, so the nanoseconds read back are the ones measured.
QJsonObject requestRecordToJson(const RequestRecord &record, qint64 originNs, bool exact = false);
/// Reads a raw record back; an unknown outcome or a missing time is an error naming `path`.
Result<RequestRecord> requestRecordFromJson(const QJsonObject &object, const QString &source,
                                            const QString &path);

} // namespace pertoken
