#include "bench/results/apply_bench_result.h"

#include "bench/results/bench_energy.h"
#include "cost/option_builder.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

void clearMeasurement(DeploymentOption &option)
{
    option.measuredOutputTokensPerSecond = 0;
    option.measuredSource.clear();
    option.measuredConcurrency = 0;
    option.measuredTtftMs = 0;
    option.measuredTpotMs = 0;
    option.measuredPrefillTokensPerSecond = 0;
}

// The run's measured average draw becomes the option's power: a device's draw while generating,
// or a self-hosted server's per-GPU draw (the whole measured draw shared among the replica's
// GPUs), with the average-power fraction at 1 since the measurement already is an average under
// the benchmark's load.
void applyMeasuredPower(const BenchResult &result, const ApplyChoice &choice,
                        DeploymentOption &option)
{
    const PowerMeasurement &power = result.power;
    if (!power.measured() || power.averageWatts() <= 0)
        return;
    const double watts = power.averageWatts();
    const EnergyPerToken energy = benchEnergyPerToken(result);
    QString note = u"measured %1: %2 W average over %3 s (%4)"_s
                       .arg(result.createdAt.toUTC().toString(Qt::ISODate))
                       .arg(watts, 0, 'f', 1)
                       .arg(power.durationSeconds, 0, 'f', 1)
                       .arg(power.totalBasis);
    if (energy.measured)
        note += u", %1 J per output token"_s.arg(energy.joulesPerOutputToken, 0, 'g', 3);
    if (auto *hosted = std::get_if<SelfHostedOption>(&option.spec)) {
        int gpus = hosted->gpusPerReplica;
        if (gpus <= 0)
            gpus = choice.evaluatedGpusPerReplica;
        if (gpus <= 0) {
            gpus = 1;
            note += u"; GPU count not known, taken as 1"_s;
        }
        hosted->powerWattsPerGpu = watts / gpus;
        hosted->averagePowerFraction = 1;
        if (gpus > 1)
            note += u"; shared among %1 GPUs"_s.arg(gpus);
    } else if (auto *device = std::get_if<OnDeviceOption>(&option.spec)) {
        device->powerWatts = watts;
    } else {
        return;
    }
    option.measuredPowerSource = note;
}

} // namespace

Result<int> chooseEndpointLevel(const EndpointRun &run, const ApplyChoice &choice)
{
    const QString source = u"endpoint benchmark"_s;
    if (choice.levelIndex >= 0) {
        if (choice.levelIndex >= run.levels.size())
            return InputError{
                source, u"level"_s,
                u"must be below %1 (got %2)"_s.arg(run.levels.size()).arg(choice.levelIndex)};
        if (run.levels[choice.levelIndex].completed == 0)
            return InputError{source, u"level"_s, u"completed no request"_s};
        return choice.levelIndex;
    }
    const LatencyTargets &targets = run.config.targets;
    int best = -1;
    for (int i = 0; i < run.levels.size(); ++i) {
        const LevelSummary &level = run.levels[i];
        if (level.completed == 0)
            continue;
        if (targets.ttftMs > 0 && level.ttftMs.p90 > targets.ttftMs)
            continue;
        if (targets.tpotMs > 0 && level.tpotMs.count > 0 && level.tpotMs.p90 > targets.tpotMs)
            continue;
        if (best < 0 || level.outputTokensPerSecond > run.levels[best].outputTokensPerSecond)
            best = i;
    }
    if (best < 0)
        return InputError{source, u"levels"_s,
                          targets.any() ? u"no level met the latency targets at p90"_s
                                        : u"no level completed a request"_s};
    return best;
}

Result<DeploymentOption> applyBenchResult(const BenchResult &result, DeploymentOption option,
                                          const ApplyChoice &choice)
{
    if (option.kind() == OptionKind::CloudApi)
        return InputError{option.name,
                          {},
                          u"is a cloud API, priced per token: a measured "
                          "throughput does not apply to it"_s};
    const QString date = result.createdAt.date().toString(Qt::ISODate);
    switch (result.kind) {
    case BenchKind::Hardware: {
        if (result.hardware.memoryBandwidthGBps() <= 0)
            return InputError{u"hardware benchmark"_s, u"memoryBandwidthGBps"_s,
                              u"was not measured (cancelled or failed)"_s};
        // The option now runs on the measured machine, built as any catalog hardware is: its
        // name follows (unless the user renamed it), a machine one owns is bought, not rented,
        // and the roofline over its measured figures is the basis ("calibrated").
        clearMeasurement(option);
        if (!applyHardware(option, measuredAccelerator(result.hardware)))
            return InputError{option.name, {}, u"cannot run on a measured machine"_s};
        return option;
    }
    case BenchKind::Endpoint: {
        const Result<int> index = chooseEndpointLevel(result.endpoint, choice);
        if (!index)
            return index.error();
        const LevelSummary &level = result.endpoint.levels[*index];
        clearMeasurement(option);
        option.measuredOutputTokensPerSecond = level.outputTokensPerSecond;
        // An open-loop level has no fixed concurrency: the mean number in flight is, by Little's
        // law, completed requests/s × mean time in the system (E2E from the schedule).
        option.measuredConcurrency = level.ratePerSecond > 0
                                         ? level.requestsPerSecond * level.e2eMs.mean / 1000.0
                                         : double(level.concurrency);
        option.measuredTtftMs = level.ttftMs.count > 0 ? level.ttftMs.p50 : 0.0;
        option.measuredTpotMs = level.tpotMs.count > 0 ? level.tpotMs.p50 : 0.0;
        option.measuredSource =
            u"endpoint benchmark %1: %2 at %3, %4, %5 output tokens/s "
            "(TTFT p50 %6 ms, TPOT p50 %7 ms; tokens from %8)"_s
                .arg(date, result.endpoint.config.model, result.endpoint.endpointUrl.toString())
                .arg(level.ratePerSecond > 0
                         ? u"%1 requests/s open loop"_s.arg(level.ratePerSecond, 0, 'g', 6)
                         : u"concurrency %1"_s.arg(level.concurrency))
                .arg(level.outputTokensPerSecond, 0, 'f', 1)
                .arg(level.ttftMs.p50, 0, 'f', 0)
                .arg(level.tpotMs.p50, 0, 'f', 1)
                .arg(level.tokenCountSource);
        applyMeasuredPower(result, choice, option);
        return option;
    }
    case BenchKind::LlamaBench:
        break;
    }
    const LlamaBenchTest *decode = result.llamaBench.decodeTest();
    if (!decode)
        return InputError{u"llama-bench result"_s, u"tests"_s,
                          u"has no decode (tg) test to take a throughput from"_s};
    clearMeasurement(option);
    option.measuredOutputTokensPerSecond = decode->avgTokensPerSecond;
    option.measuredConcurrency = 1; // llama-bench generates one sequence at a time
    // Its prompt-processing test, where the file has one, gives the time to first token.
    if (const LlamaBenchTest *prefill = result.llamaBench.prefillTest())
        option.measuredPrefillTokensPerSecond = prefill->avgTokensPerSecond;
    option.measuredSource =
        u"llama-bench %1 (build %2, %3, %4): %5 ± %6 t/s at batch 1, imported "
        "%7"_s.arg(decode->label)
            .arg(decode->buildNumber)
            .arg(decode->modelType, decode->gpuInfo.isEmpty() ? decode->cpuInfo : decode->gpuInfo)
            .arg(decode->avgTokensPerSecond, 0, 'f', 1)
            .arg(decode->stddevTokensPerSecond, 0, 'f', 1)
            .arg(date);
    return option;
}

} // namespace pertoken
