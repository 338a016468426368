#pragma once

namespace pertoken {

/// What break-even volumes hold fixed as the monthly volume varies: peak concurrency in
/// proportion to the volume (twice the tokens, twice the requests in flight at peak), or peak
/// concurrency fixed at the workload's value (more tokens spread over the same peak).
enum class BreakEvenPeak { Proportional, Fixed };

/// The monthly workload every option is priced against. Volumes are per month (730 hours).
struct Workload {
    double requestsPerMonth = 0;
    double inputTokensPerRequest = 0;  ///< prompt tokens, cached ones included
    double outputTokensPerRequest = 0; ///< generated tokens, reasoning tokens included
    double cachedInputFraction = 0;    ///< share of input tokens served from a prompt cache
    double batchApiFraction = 0;       ///< share of requests sent through a batch API
    double peakConcurrentRequests = 0; ///< requests in flight at the busiest moment
    double ttftTargetMs = 0;           ///< time-to-first-token target; 0 = none
    double tpotTargetMs = 0;           ///< time-per-output-token target; 0 = none
    BreakEvenPeak breakEvenPeak = BreakEvenPeak::Proportional; ///< volume curves, break-even

    double tokensPerRequest() const { return inputTokensPerRequest + outputTokensPerRequest; }
    double tokensPerMonth() const { return requestsPerMonth * tokensPerRequest(); }

    bool operator==(const Workload &) const = default;
};

} // namespace pertoken
