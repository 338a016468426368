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
    /// GPUs per replica the option evaluates to (OptionResult::gpusPerReplica), over which a
    /// measured power is shared when the option chooses its own GPU count (gpusPerReplica 0);
    /// 0 = not known, then one GPU is assumed and the basis says so.
    int evaluatedGpusPerReplica = 0;
};

/// The level `choice` selects, or why none qualifies.
Result<int> chooseEndpointLevel(const EndpointRun &run, const ApplyChoice &choice = {});

/// "Use in scenario": a measurement replaces the roofline estimate of a deployment option.
/// An endpoint result sets the level's system output tokens/s, its concurrency and its median
/// TTFT and TPOT; a llama-bench result its batch-1 decode rate (tg t/s, a lower bound for a
/// batching server) and, where the file has a prompt test, its prefill rate; both set
/// `measuredSource`; where the endpoint run measured this machine's power, its average draw
/// becomes the option's power (a device's draw, or a server's per-GPU draw at an average-power
/// fraction of 1) and `measuredPowerSource` says what was measured when. cost/serving_point.h then
/// takes throughput, latency, batch and prefill share from the measurement together. A hardware
/// result moves the option onto the measured machine (measuredAccelerator, through the option
/// builder: the name follows, the GPUs are owned) and clears any measured throughput, so the
/// roofline runs over the measured bandwidth and compute. A cloud API option is priced per token
/// and takes no measurement.
Result<DeploymentOption> applyBenchResult(const BenchResult &result, DeploymentOption option,
                                          const ApplyChoice &choice = {});

} // namespace pertoken
