#pragma once

#include "cost/deployment_option.h"
#include "cost/option_result.h"
#include "cost/workload.h"
#include "inference/roofline.h"

namespace pertoken {

/// What one replica (or device) delivers at its operating point: throughput and latency
/// together, from one source. Every figure that depends on them (the latency checks, the batch
/// that provisioning divides peak concurrency by, the prefill share that splits cost between
/// input and output tokens, energy per token and cost) reads this struct, so a measurement
/// replaces the estimate everywhere at once rather than in requests per second alone.
struct ServingPoint {
    ThroughputBasis basis = ThroughputBasis::Roofline;
    int batch = 1;                    ///< sequences in flight per replica
    double outputTokensPerSecond = 0; ///< per replica, all sequences together
    double requestsPerSecond = 0;     ///< per replica
    double ttftMs = 0;                ///< time to first token of one request
    double tpotMs = 0;                ///< time per output token of one sequence
    double inputTimeShare = 0;        ///< share of busy time spent in prefill
    bool ttftMeasured = false;        ///< false: the roofline's prefill estimate fills in
    bool tpotMeasured = false;        ///< false: derived from throughput and batch
    bool meetsTtftTarget = true;
    bool meetsTpotTarget = true;
};

/// The operating point of an option whose roofline at the chosen batch is `estimate`.
///
/// Roofline: TTFT = prefill time of one prompt, TPOT = one decode step, requests per second as
/// the roofline gives them, prefill share = batch · prefill / (batch · prefill + output tokens ·
/// step).
///
/// Measured (`option.measuredOutputTokensPerSecond` > 0): output tokens/s is the measurement;
/// requests per second = tokens/s ÷ output tokens per request; the batch is the concurrency it was
/// measured at (the estimate's batch where unknown); TPOT is the measured median, else
/// batch / tokens/s (each of `batch` sequences advances one token per step); TTFT is the measured
/// median, else prompt tokens ÷ the measured prefill rate, else the roofline's prefill estimate
/// (said in the basis note). The prefill share then follows from these with the same formula.
///
/// Calibrated: a roofline over a measured machine (`Accelerator::measured`) without a measured
/// serving rate.
ServingPoint servingPoint(const DeploymentOption &option, const Workload &workload,
                          const RooflineResult &estimate);

} // namespace pertoken
