#pragma once

#include "bench/results/bench_result.h"
#include "common/input_error.h"
#include "cost/deployment_option.h"

#include <QList>

namespace pertoken {

/// One measured operating point a calibration fits: `concurrency` sequences decoding together,
/// with prompts of `promptTokens` and outputs of `outputTokens`; the median time per output
/// token, and the median time to first token where it measures prefill alone (the lowest
/// concurrency, 0 elsewhere).
struct CalibrationPoint {
    int concurrency = 1;
    double promptTokens = 0;
    double outputTokens = 0;
    double tpotMs = 0;
    double ttftMs = 0;
};

struct CalibrationFit {
    double mbu = 0;
    double mfu = 0;
    double stepOverheadMs = 0;
    bool overheadFitted = false; ///< false: one decode point, the class's overhead kept
    bool mfuFitted = false;      ///< false: no prefill point, the option's MFU kept
    double rmsLogError = 0;      ///< over the points, of ln(predicted / measured)
    QList<CalibrationPoint> points;
};

/// The points a benchmark result offers: an endpoint run's closed-loop levels that completed
/// requests (concurrency, median TPOT, and median TTFT at the lowest level), or a llama-bench
/// result's tg tests (TPOT = 1000 / t/s at batch 1; a test at depth D as a D-token prompt) and
/// pp tests without depth (TTFT = N / t/s). Empty for a hardware probe or an open-loop run.
QList<CalibrationPoint> calibrationPoints(const BenchResult &result);

/// Fits the option's MBU and fixed overhead per forward pass to the points' TPOT (the roofline
/// step at each concurrency, inference/roofline.h, so the fit is a line in concurrency whose
/// slope is the KV cache read and whose intercept the weights plus the overhead), and its MFU to
/// the TTFT, minimising the sum of ln(predicted / measured)² by coordinate descent within MBU
/// 0.02–1, MFU 0.02–1, overhead 0–1000 ms (common/bounded_minimum.h). With one decode point the
/// overhead stays the option's (or its class's) and only MBU moves. Fails with a message for a
/// cloud API option, an option whose model does not fit, or a result with no usable point.
Result<CalibrationFit> fitCalibration(const DeploymentOption &option,
                                      const QList<CalibrationPoint> &points);

/// "Calibrate" instead of "Use in scenario": the option keeps its roofline, with MBU, MFU and
/// overhead fitted to the measurement, so batch sweeps, latency checks and other prompt lengths
/// follow from the fitted model rather than copying one point. Clears any measured throughput
/// and sets `calibrationSource` (what was measured, at which concurrencies, when, and the fit's
/// error).
Result<DeploymentOption> calibrateOption(const BenchResult &result, DeploymentOption option);

} // namespace pertoken
