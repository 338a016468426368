#pragma once

#include "bench/results/bench_result.h"
#include "common/input_error.h"
#include "scenario/scenario.h"

namespace pertoken {

/// Which endpoint level's throughput to use. -1 picks it: with latency targets, the level of
/// highest output tokens/s whose p90 TTFT and p90 TPOT meet them (throughput at the
/// SLO-satisfying concurrency, benchmark-metrics.md §6, not the peak); without targets, the
/// level of highest output tokens/s among those that completed requests.
struct ApplyChoice {
    int levelIndex = -1;
};

/// The level `choice` selects, or why none qualifies.
Result<int> chooseEndpointLevel(const EndpointRun &run, const ApplyChoice &choice = {});

/// "Use in scenario": a measurement replaces the roofline estimate of a deployment option.
/// An endpoint or llama-bench result sets `measuredOutputTokensPerSecond` (the level's system
/// output tokens/s; llama-bench's batch-1 decode tg t/s, a lower bound for a batching server)
/// and `measuredSource`; a hardware result makes the option run on the measured machine
/// (measuredAccelerator) and clears any measured throughput, so the roofline uses the measured
/// bandwidth. A cloud API option is priced per token and takes no measurement.
Result<DeploymentOption> applyBenchResult(const BenchResult &result, DeploymentOption option,
                                          const ApplyChoice &choice = {});

} // namespace pertoken
