#include "bench/endpoint/arrival_schedule.h"

#include "common/monotonic_clock.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace pertoken {

using namespace Qt::StringLiterals;

QString arrivalProcessId(ArrivalProcess process)
{
    return process == ArrivalProcess::Constant ? u"constant"_s : u"poisson"_s;
}

bool arrivalProcessFromId(const QString &id, ArrivalProcess *out)
{
    if (id == u"poisson")
        *out = ArrivalProcess::Poisson;
    else if (id == u"constant")
        *out = ArrivalProcess::Constant;
    else
        return false;
    return true;
}

QList<qint64> arrivalOffsetsNs(const ArrivalSchedule &s)
{
    QList<qint64> offsets;
    if (s.count <= 0 || s.ratePerSecond <= 0 || s.shardCount < 1 || s.shardIndex < 0 ||
        s.shardIndex >= s.shardCount)
        return offsets;
    offsets.reserve(s.count / s.shardCount + 1);
    std::mt19937_64 generator(s.seed);
    double seconds = 0;
    for (int k = 0; k < s.count; ++k) {
        if (k > 0) {
            if (s.process == ArrivalProcess::Constant) {
                seconds = double(k) / s.ratePerSecond;
            } else {
                const double u = double(generator() >> 11) * 0x1.0p-53; // [0, 1)
                seconds += -std::log1p(-u) / s.ratePerSecond;
            }
        }
        if (k % s.shardCount == s.shardIndex)
            offsets.append(qint64(std::llround(seconds * 1e9)));
    }
    return offsets;
}

double scheduleLagBoundMs(double ratePerSecond)
{
    return std::max(10.0, ratePerSecond > 0 ? 1000.0 / ratePerSecond : 0.0);
}

ScheduleKeeping scheduleKeeping(const QList<qint64> &scheduledNs, const QList<qint64> &sentNs,
                                double ratePerSecond)
{
    ScheduleKeeping k;
    k.boundMs = scheduleLagBoundMs(ratePerSecond);
    const qsizetype n = std::min(scheduledNs.size(), sentNs.size());
    QList<double> lags;
    lags.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        lags.append(nsToMs(sentNs[i] - scheduledNs[i]));
    k.lagMs = summarize(lags);
    k.behind = k.lagMs.count > 0 && k.lagMs.p99 > k.boundMs;
    if (n >= 2) {
        const auto [first, last] = std::minmax_element(sentNs.cbegin(), sentNs.cbegin() + n);
        if (*last > *first)
            k.achievedRatePerSecond = double(n - 1) / (double(*last - *first) / 1e9);
    }
    return k;
}

} // namespace pertoken
