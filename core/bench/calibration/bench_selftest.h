#pragma once

#include "bench/calibration/calibration_server.h"
#include "bench/endpoint/bench_statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

namespace pertoken {

/// The harness measuring itself: the endpoint benchmark runs against a calibration server of
/// known timing on loopback (its own thread). Client and server read the same monotonic clock,
/// so every request's true timing is known from the server's log: an ideal client would see
/// TTFT_true = t_server_first_write − t_send and TPOT_true = (t_server_last_write −
/// t_server_first_write)/(N − 1). The harness's error is measured − true; the server's own
/// lateness against its nominal schedule (it parses simultaneous requests one after another) is
/// reported beside it, not charged to the client. Budget (DESIGN.md): |harness error| ≤ 2 % or
/// 1 ms at p50, and the client keeps up — its chunk timestamps never fall a token interval
/// behind (client delay p99 < interval) — at up to 256 concurrent streams.
struct SelftestOptions {
    CalibrationTiming timing{100, 20, 16, 1};
    QList<int> concurrencyLevels{1, 16, 64, 256};
    int minRequestsPerLevel = 4; ///< each level sends max(this, its concurrency) requests
};

struct SelftestLevel {
    int concurrency = 0;
    int completed = 0;
    int failed = 0;
    Distribution ttftMs; ///< as the benchmark measured them
    Distribution tpotMs;
    Distribution ttftErrorMs; ///< harness error per request: measured − true TTFT
    Distribution tpotErrorMs; ///< measured − true TPOT
    /// client timestamp − server write, first and last chunk of every request
    Distribution clientDelayMs;
    Distribution serverTtftMs;  ///< server's first write − its receipt of the request
    Distribution serverQueueMs; ///< server's receipt − t_send: connection, kernel, server queue
    double outputTokensPerSecond = 0;
    double idealOutputTokensPerSecond = 0; ///< requests × tokens / (waves × known E2E)
    bool withinBudget = false;
};

struct SelftestResult {
    CalibrationTiming timing;
    QList<SelftestLevel> levels;
    bool cancelled = false;
    QString error;

    bool withinBudget() const;
};

/// The budget: |error| ≤ max(2 % of the known value, 1 ms).
double timingToleranceMs(double knownMs);

SelftestResult runSelftest(const SelftestOptions &options = {},
                           const std::function<void(const QString &)> &progress = {},
                           const std::atomic<bool> *cancel = nullptr);

QJsonObject selftestToJson(const SelftestResult &result);

} // namespace pertoken
