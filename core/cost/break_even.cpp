#include "cost/break_even.h"

#include <cmath>

namespace pertoken {

QString breakEvenRuleText(BreakEvenPeak rule, double peakConcurrentRequests)
{
    if (rule == BreakEvenPeak::Proportional)
        return QStringLiteral("peak concurrency in proportion to volume");
    return QStringLiteral("peak concurrency fixed at %1 requests").arg(peakConcurrentRequests);
}

std::optional<double> breakEvenVolume(const std::function<double(double)> &costA,
                                      const std::function<double(double)> &costB, double lowTokens,
                                      double highTokens)
{
    if (!(lowTokens > 0) || !(highTokens > lowTokens))
        return std::nullopt;
    const auto difference = [&](double logVolume) {
        const double volume = std::pow(10.0, logVolume);
        return costA(volume) - costB(volume);
    };
    const double logLow = std::log10(lowTokens);
    const double logHigh = std::log10(highTokens);
    const int steps = std::max(1, int(std::ceil((logHigh - logLow) * 8.0)));
    double previousLog = logLow;
    double previous = difference(previousLog);
    for (int i = 1; i <= steps; ++i) {
        const double currentLog = logLow + (logHigh - logLow) * i / steps;
        const double current = difference(currentLog);
        if (previous == 0.0)
            return std::pow(10.0, previousLog);
        if ((previous < 0) != (current < 0) && current != 0.0) {
            double lo = previousLog;
            double hi = currentLog;
            const bool lowNegative = previous < 0;
            for (int iteration = 0; iteration < 60; ++iteration) {
                const double mid = 0.5 * (lo + hi);
                if ((difference(mid) < 0) == lowNegative)
                    lo = mid;
                else
                    hi = mid;
            }
            return std::pow(10.0, hi);
        }
        if (current == 0.0)
            return std::pow(10.0, currentLog);
        previousLog = currentLog;
        previous = current;
    }
    return std::nullopt;
}

} // namespace pertoken
