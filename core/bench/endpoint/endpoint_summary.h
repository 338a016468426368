#pragma once

#include "bench/endpoint/bench_statistics.h"
#include "bench/endpoint/request_record.h"
#include "common/input_error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <limits>

namespace pertoken {

/// Latency targets a request must meet to count toward goodput; 0 = no target. A request is
/// good only when it completed and meets every target set (DistServe's definition, as vLLM and
/// AIPerf use it); a request with fewer than two output tokens has no TPOT and passes the TPOT
/// target, as in vLLM.
struct LatencyTargets {
    double ttftMs = 0;
    double tpotMs = 0;

    bool any() const { return ttftMs > 0 || tpotMs > 0; }
};

/// One level of a concurrency sweep, computed from its measured (non-warm-up) requests.
/// Definitions (benchmark-metrics.md §6): TTFT = t_1 − t_send; E2E = t_last − t_send;
/// TPOT = (E2E − TTFT)/(N_out − 1), N_out ≥ 2; ITL = every gap between content-bearing chunks;
/// queue = t_send − t_sched, reported apart from the latencies (vLLM issue #54101);
/// duration = latest end − earliest t_send; output tokens/s = ΣN_out / duration;
/// requests/s = completed / duration; goodput = good requests / duration, and the good
/// fraction counts failed requests against it (AIPerf). Failed requests count by kind and
/// enter no latency or throughput statistic; cancelled ones are counted apart.
/// An open-loop level (ratePerSecond > 0) counts TTFT and E2E from each request's scheduled send
/// time (RequestRecord::latencyOriginNs), its queue is the schedule lag, and it reports the
/// arrival rate achieved and whether the client kept the schedule (arrival_schedule.h).
struct LevelSummary {
    int concurrency = 0;      ///< open loop: the in-flight cap, 0 = none
    int repeat = 0;           ///< which run of the level (--repeat), from 0
    double ratePerSecond = 0; ///< open loop: the asked arrival rate; 0 in a closed loop
    double achievedRatePerSecond = 0;
    double scheduleLagBoundMs = 0;
    bool clientBehindSchedule = false;
    Distribution ttftFromSendMs; ///< open loop: TTFT from the actual send, for comparison
    int requests = 0;            ///< attempted: completed + failed (cancelled ones excluded)
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    QMap<QString, int> failuresByKind; ///< failureKindId → count
    Distribution ttftMs;
    Distribution tpotMs;
    Distribution itlMs;
    Distribution e2eMs;
    Distribution queueMs;
    double durationSeconds = 0;
    double outputTokensPerSecond = 0;
    double requestsPerSecond = 0;
    int goodRequests = 0;
    double goodputRequestsPerSecond = 0;
    double goodFraction = 0;
    /// "usage", "native" or "chunks" when every completed request agrees, else "mixed".
    QString tokenCountSource;
    QMap<QString, int> tokenCountSources;
    double meanOutputTokens = 0;
    double meanPromptTokens = -1;            ///< from the server; -1 when it reported none
    double serverDecodeTokensPerSecond = -1; ///< mean of native rates; -1 without native fields
    QStringList warnings;
};

/// The level's rate and repeat come from its records.
LevelSummary summarizeLevel(const QList<RequestRecord> &records, int concurrency,
                            const LatencyTargets &targets);

/// A level's output tokens/s while it runs: LevelSummary's definition applied to the requests
/// finished so far, ΣN_out of the completed ones / (latest end − earliest t_send) of the measured
/// ones (failed ones widen the window, as in summarizeLevel; warm-up and cancelled ones are left
/// out). After the level's last request it equals summarizeLevel()'s outputTokensPerSecond. The
/// benchmark panel's live chart plots it.
class LiveLevelThroughput {
public:
    /// Counts one finished request of the level.
    void add(const RequestRecord &record);
    /// 0 until a measured request has ended after the first was sent.
    double outputTokensPerSecond() const;

private:
    qint64 m_firstSendNs = std::numeric_limits<qint64>::max();
    qint64 m_lastEndNs = std::numeric_limits<qint64>::min();
    double m_outputTokens = 0;
};

QJsonObject levelSummaryToJson(const LevelSummary &level);
Result<LevelSummary> levelSummaryFromJson(const QJsonObject &object, const QString &source,
                                          const QString &path);

} // namespace pertoken
