#include "cost/serving_point.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

namespace {

const Accelerator *hardwareOf(const DeploymentOption &option)
{
    if (const auto *hosted = std::get_if<SelfHostedOption>(&option.spec))
        return &hosted->accelerator;
    if (const auto *device = std::get_if<OnDeviceOption>(&option.spec))
        return &device->device;
    return nullptr;
}

double prefillShare(int batch, double ttftMs, double outputTokens, double tpotMs)
{
    const double prefill = batch * ttftMs;
    const double decode = outputTokens * tpotMs;
    return prefill + decode > 0 ? prefill / (prefill + decode) : 0.0;
}

} // namespace

ServingPoint servingPoint(const DeploymentOption &option, const Workload &w,
                          const RooflineResult &estimate)
{
    ServingPoint point;
    point.batch = std::max(1, estimate.batch);
    point.ttftMs = estimate.prefillSeconds * 1e3;
    point.tpotMs = estimate.decodeStepSeconds * 1e3;
    point.requestsPerSecond = estimate.requestsPerSecond;
    point.outputTokensPerSecond = estimate.outputTokensPerSecond;
    const Accelerator *hardware = hardwareOf(option);
    point.basis = (hardware && hardware->measured) || !option.calibrationSource.isEmpty()
                      ? ThroughputBasis::Calibrated
                      : ThroughputBasis::Roofline;

    const double measured = option.measuredOutputTokensPerSecond;
    if (measured > 0 && w.outputTokensPerRequest > 0) {
        point.basis = ThroughputBasis::Measured;
        if (option.measuredConcurrency > 0)
            point.batch = std::max(1, int(std::lround(option.measuredConcurrency)));
        point.outputTokensPerSecond = measured;
        point.requestsPerSecond = measured / w.outputTokensPerRequest;
        point.tpotMeasured = option.measuredTpotMs > 0;
        point.tpotMs = point.tpotMeasured ? option.measuredTpotMs : point.batch * 1e3 / measured;
        if (option.measuredTtftMs > 0) {
            point.ttftMeasured = true;
            point.ttftMs = option.measuredTtftMs;
        } else if (option.measuredPrefillTokensPerSecond > 0) {
            point.ttftMeasured = true;
            point.ttftMs = w.inputTokensPerRequest / option.measuredPrefillTokensPerSecond * 1e3;
        }
    }
    point.inputTimeShare =
        prefillShare(point.batch, point.ttftMs, w.outputTokensPerRequest, point.tpotMs);
    point.meetsTtftTarget = w.ttftTargetMs <= 0 || point.ttftMs <= w.ttftTargetMs;
    point.meetsTpotTarget = w.tpotTargetMs <= 0 || point.tpotMs <= w.tpotTargetMs;
    return point;
}

} // namespace pertoken
