#pragma once

#include "bench/endpoint/bench_statistics.h"

#include <QList>
#include <QString>

namespace pertoken {

/// How an open-loop level's requests arrive: a Poisson process (exponential gaps, the arrival
/// pattern of vLLM's `bench serve --request-rate` and GuideLLM's "poisson") or evenly spaced.
enum class ArrivalProcess { Poisson, Constant };

QString arrivalProcessId(ArrivalProcess process); // "poisson", "constant"
bool arrivalProcessFromId(const QString &id, ArrivalProcess *out);

/// One open-loop level's schedule. `count` requests at `ratePerSecond` make the whole schedule,
/// shared by every shard of a run; shard `shardIndex` of `shardCount` sends the requests whose
/// position k in it satisfies k mod shardCount = shardIndex, so the shards together send exactly
/// what one client would have (and the superposition stays a Poisson process of the full rate).
struct ArrivalSchedule {
    double ratePerSecond = 1;
    ArrivalProcess process = ArrivalProcess::Poisson;
    quint64 seed = 0;
    int count = 0;
    int shardIndex = 0;
    int shardCount = 1;
};

/// The planned send time of every request of the shard, in nanoseconds after the level's start,
/// ascending. The first request of the whole schedule is due at 0. Constant: k / rate. Poisson:
/// cumulative gaps −ln(1 − u)/rate by inversion of the exponential distribution, u = the top
/// 53 bits of std::mt19937_64(seed) / 2⁵³, so a seed gives the same schedule with every
/// standard library (std::exponential_distribution's algorithm is left to each library).
QList<qint64> arrivalOffsetsNs(const ArrivalSchedule &schedule);

/// How well a client kept an open-loop schedule: lag = actual send − scheduled send, per request.
/// `behind` when the p99 lag exceeds `boundMs` = max(10 ms, one mean arrival gap 1000/rate ms):
/// then requests left later than planned, often enough that the arrival rate the server saw is
/// not the one asked for, and the latencies (which count from the scheduled time) include the
/// client's own delay. The achieved rate is (n − 1) / (last send − first send).
struct ScheduleKeeping {
    Distribution lagMs;
    double boundMs = 0;
    bool behind = false;
    double achievedRatePerSecond = 0;
};

double scheduleLagBoundMs(double ratePerSecond);
ScheduleKeeping scheduleKeeping(const QList<qint64> &scheduledNs, const QList<qint64> &sentNs,
                                double ratePerSecond);

} // namespace pertoken
