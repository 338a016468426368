#pragma once

#include "cost/workload.h"

#include <QString>

#include <functional>
#include <optional>

namespace pertoken {

/// The volume (tokens per month, same input:output mix) above which the costlier-at-low-volume
/// option becomes the cheaper one; empty when their costs never cross in 1e3..1e15 tokens/month.
struct BreakEven {
    QString a;
    QString b;
    std::optional<double> tokensPerMonth;
    double usdPerMonth = 0; ///< both options' monthly cost at the crossing
    /// false: one of the two cannot serve the workload at any volume (it misses a latency
    /// target), so no crossing is reported ("no break-even where both can serve").
    bool bothServe = true;
};

/// The rule break-even volumes follow, in English, for tables and the memo: "peak concurrency
/// in proportion to volume" or "peak concurrency fixed at 40 requests".
QString breakEvenRuleText(BreakEvenPeak rule, double peakConcurrentRequests);

/// The lowest monthly volume in [lowTokens, highTokens] at which two monthly-cost functions cross
/// (their difference changes sign), or nothing when one is cheaper throughout. Scans a log grid
/// (8 points a decade) for the first sign change, then bisects in log space. Self-hosted costs
/// are staircases (whole replicas), so the crossing may sit on a step's edge.
std::optional<double> breakEvenVolume(const std::function<double(double)> &costA,
                                      const std::function<double(double)> &costB,
                                      double lowTokens = 1e3, double highTokens = 1e15);

} // namespace pertoken
