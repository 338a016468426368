#include "cost/option_costing.h"

#include "cost/capital_recovery.h"
#include "pricing/api_cost.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kDaysPerMonth = kHoursPerMonth / 24.0;

QString gigabytes(double bytes)
{
    return QString::number(bytes / 1e9, 'f', 1) + u" GB"_s;
}

// Cost of one average request, blended over the share sent through the batch API.
void prepareCloud(const CloudApiOption &cloud, const Workload &w, PreparedOption &p)
{
    if (!cloud.price.isPriced()) {
        p.feasible = false;
        p.infeasibleReason =
            u"unpriced: the catalog has no input or output price for %1"_s.arg(cloud.price.model);
        return;
    }
    const double cached = w.inputTokensPerRequest * w.cachedInputFraction;
    const RequestCost direct = requestCostBreakdown(cloud.price, w.inputTokensPerRequest, cached,
                                                    w.outputTokensPerRequest, false);
    const RequestCost batched = requestCostBreakdown(cloud.price, w.inputTokensPerRequest, cached,
                                                     w.outputTokensPerRequest, true);
    const double f = cloud.price.batchDiscount > 0 ? w.batchApiFraction : 0.0;
    p.inputUsdPerRequest = (1 - f) * direct.inputUsd + f * batched.inputUsd;
    p.cachedInputUsdPerRequest = (1 - f) * direct.cachedInputUsd + f * batched.cachedInputUsd;
    p.outputUsdPerRequest = (1 - f) * direct.outputUsd + f * batched.outputUsd;
}

// The roofline's inputs for an option: its own MFU, MBU and overhead where it sets them, its
// class's fitted ones where it leaves them at 0 (inference/efficiency.h).
RooflineInput rooflineInput(const Accelerator &accelerator, int devices,
                            const ModelArchitecture &model, const Quantization &quantization,
                            double kvCacheBits, double reserve, const Workload &w,
                            const Efficiency &efficiency)
{
    RooflineInput in;
    in.accelerator = accelerator;
    in.devices = devices;
    in.model = model;
    in.quantization = quantization;
    in.kvCacheBits = kvCacheBits;
    in.promptTokens = w.inputTokensPerRequest;
    in.outputTokens = w.outputTokensPerRequest;
    in.batch = 1;
    in.mfu = efficiency.mfu;
    in.moePrefillHalfTokens = efficiency.moePrefillHalfTokens;
    in.mbu = efficiency.mbu;
    in.stepOverheadSeconds = efficiency.stepOverheadMs / 1e3;
    in.memoryReserveFraction = reserve;
    return in;
}

template <typename Option>
Efficiency effectiveEfficiency(const Option &o, const Accelerator &accelerator,
                               EngineProfile engine, const EfficiencyTable &table,
                               PreparedOption &p)
{
    Efficiency e = table.lookup(vendorClass(accelerator), engine, weightsClass(o.quantization));
    p.efficiency = e;
    p.ownEfficiency = o.mfu > 0 || o.mbu > 0;
    if (o.mfu > 0)
        e.mfu = o.mfu;
    if (o.mbu > 0)
        e.mbu = o.mbu;
    if (o.stepOverheadMs >= 0)
        e.stepOverheadMs = o.stepOverheadMs;
    p.mfu = e.mfu;
    p.mbu = e.mbu;
    p.stepOverheadMs = e.stepOverheadMs;
    return e;
}

// The largest batch up to `limit` whose time per output token meets the target (step time grows
// with batch, so bisect); batch 1 when even that misses it.
int batchMeetingTarget(RooflineInput in, int limit, double tpotTargetSeconds)
{
    if (tpotTargetSeconds <= 0)
        return limit;
    int lo = 1;
    int hi = limit;
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        in.batch = mid;
        if (roofline(in).decodeStepSeconds <= tpotTargetSeconds)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

void prepareSelfHosted(const DeploymentOption &option, const SelfHostedOption &s, const Workload &w,
                       const EfficiencyTable &table, PreparedOption &p)
{
    const Efficiency efficiency = effectiveEfficiency(s, s.accelerator, s.engine, table, p);
    RooflineInput in =
        rooflineInput(s.accelerator, std::max(1, s.gpusPerReplica), s.model, s.quantization,
                      s.kvCacheBits, s.memoryReserveFraction, w, efficiency);
    in.engine = s.engine;
    in.expertParallel = s.expertParallel;
    if (s.gpusPerReplica <= 0) {
        // Smallest power-of-two tensor-parallel group that holds weights and one sequence.
        for (int devices = 1; devices <= 8; devices *= 2) {
            in.devices = devices;
            if (roofline(in).fits)
                break;
        }
    }
    RooflineResult probe = roofline(in);
    p.gpusPerReplica = in.devices;
    if (!probe.fits) {
        p.feasible = false;
        p.infeasibleReason =
            u"%1 at %2 needs %3 for weights plus %4 of KV cache per sequence; %5 × %6 leave %7"_s
                .arg(s.model.name, s.quantization.name, gigabytes(probe.residentWeightBytes),
                     gigabytes(probe.kvBytesPerSequence))
                .arg(in.devices)
                .arg(s.accelerator.name, gigabytes(probe.usableMemoryBytes));
        p.roofline = probe;
        return;
    }
    const int limit = std::max(1, std::min(s.maxBatch, probe.maxBatch));
    in.batch = batchMeetingTarget(in, limit, w.tpotTargetMs / 1e3);
    p.roofline = roofline(in);
    p.serving = servingPoint(option, w, p.roofline);
}

void priceSelfHosted(const SelfHostedOption &s, PreparedOption &p)
{
    const double watts = s.powerWattsPerGpu > 0 ? s.powerWattsPerGpu : s.accelerator.powerWatts;
    p.replicaPowerWatts = p.gpusPerReplica * watts * s.averagePowerFraction * s.pue;
    p.operationsUsdPerMonth = s.operationsUsdPerMonth;
    p.availableHoursPerMonth = kHoursPerMonth * s.targetUtilization;
    p.acquisition = s.acquisition;
    const GpuHourCost hourly = gpuHourCost(s);
    p.rentalUsdPerGpuHour = hourly.rentalUsd;
    p.capitalUsdPerGpuHour = hourly.capitalUsd;
    p.powerUsdPerGpuHour = hourly.powerUsd;
    p.hostingUsdPerGpuHour = hourly.hostingUsd;
}

void prepareOnDevice(const DeploymentOption &option, const OnDeviceOption &d, const Workload &w,
                     const EfficiencyTable &table, PreparedOption &p)
{
    // A device serves one stream the way llama.cpp (and Ollama, LM Studio on top of it) does.
    const Efficiency efficiency =
        effectiveEfficiency(d, d.device, EngineProfile::LayerSplit, table, p);
    RooflineInput in = rooflineInput(d.device, 1, d.model, d.quantization, d.kvCacheBits,
                                     d.memoryReserveFraction, w, efficiency);
    in.engine = EngineProfile::LayerSplit;
    p.roofline = roofline(in);
    p.gpusPerReplica = 1;
    if (!p.roofline.fits) {
        p.feasible = false;
        p.infeasibleReason =
            u"%1 at %2 needs %3 for weights plus %4 of KV cache; %5 leaves %6 for the model"_s.arg(
                d.model.name, d.quantization.name, gigabytes(p.roofline.weightBytes),
                gigabytes(p.roofline.kvBytesPerSequence), d.device.name,
                gigabytes(p.roofline.usableMemoryBytes));
        return;
    }
    p.serving = servingPoint(option, w, p.roofline);
}

void priceOnDevice(const OnDeviceOption &d, PreparedOption &p)
{
    p.replicaPowerWatts = d.powerWatts > 0 ? d.powerWatts : d.device.powerWatts;
    p.electricityUsdPerBusyHour = p.replicaPowerWatts / 1000.0 * d.electricityUsdPerKWh;
    p.availableHoursPerMonth = d.hoursInUsePerDay * kDaysPerMonth;
    if (d.attribution == Attribution::Amortized && d.lifetimeYears > 0)
        p.deviceUsdPerMonth = d.devicePriceUsd * d.attributionShare / (d.lifetimeYears * 12.0);
}

} // namespace

std::optional<RooflineInput> preparedRooflineInput(const DeploymentOption &option,
                                                   const Workload &workload,
                                                   const PreparedOption &prepared)
{
    Efficiency efficiency = prepared.efficiency;
    efficiency.mfu = prepared.mfu;
    efficiency.mbu = prepared.mbu;
    efficiency.stepOverheadMs = prepared.stepOverheadMs;
    if (const auto *s = std::get_if<SelfHostedOption>(&option.spec)) {
        RooflineInput in =
            rooflineInput(s->accelerator, prepared.gpusPerReplica, s->model, s->quantization,
                          s->kvCacheBits, s->memoryReserveFraction, workload, efficiency);
        in.engine = s->engine;
        in.expertParallel = s->expertParallel;
        return in;
    }
    if (const auto *d = std::get_if<OnDeviceOption>(&option.spec)) {
        RooflineInput in = rooflineInput(d->device, 1, d->model, d->quantization, d->kvCacheBits,
                                         d->memoryReserveFraction, workload, efficiency);
        in.engine = EngineProfile::LayerSplit;
        return in;
    }
    return std::nullopt;
}

GpuHourCost gpuHourCost(const SelfHostedOption &s)
{
    GpuHourCost cost;
    if (s.acquisition == Acquisition::Rent) {
        cost.rentalUsd = s.rentalUsdPerGpuHour;
        return cost;
    }
    const double watts = s.powerWattsPerGpu > 0 ? s.powerWattsPerGpu : s.accelerator.powerWatts;
    cost.capitalUsd =
        s.purchaseUsdPerGpu * capitalRecoveryFactor(s.costOfCapital, s.lifetimeYears) / 8760.0;
    cost.powerUsd = watts * s.averagePowerFraction * s.pue / 1000.0 * s.electricityUsdPerKWh;
    cost.hostingUsd = s.hostingUsdPerGpuMonth / kHoursPerMonth;
    return cost;
}

PreparedOption prepareOption(const DeploymentOption &option, const Workload &workload)
{
    return prepareOption(option, workload, builtinEfficiencyTable());
}

PreparedOption prepareOption(const DeploymentOption &option, const Workload &workload,
                             const EfficiencyTable &table)
{
    PreparedOption p;
    p.kind = option.kind();
    if (const auto *selfHosted = std::get_if<SelfHostedOption>(&option.spec))
        prepareSelfHosted(option, *selfHosted, workload, table, p);
    else if (const auto *onDevice = std::get_if<OnDeviceOption>(&option.spec))
        prepareOnDevice(option, *onDevice, workload, table, p);
    if (p.feasible && p.kind != OptionKind::CloudApi && !(p.serving.requestsPerSecond > 0)) {
        p.feasible = false;
        p.infeasibleReason = u"no throughput: check the device's bandwidth and FLOPs"_s;
    }
    repriceOption(option, workload, p);
    return p;
}

void repriceOption(const DeploymentOption &option, const Workload &workload, PreparedOption &p)
{
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec)) {
        p.feasible = true;
        p.infeasibleReason.clear();
        prepareCloud(*cloud, workload, p);
    } else if (!p.feasible) {
        return;
    } else if (const auto *selfHosted = std::get_if<SelfHostedOption>(&option.spec)) {
        priceSelfHosted(*selfHosted, p);
    } else if (const auto *onDevice = std::get_if<OnDeviceOption>(&option.spec)) {
        priceOnDevice(*onDevice, p);
    }
}

bool affectsThroughput(const QString &key, bool workload)
{
    if (workload)
        return key == u"inputTokensPerRequest" || key == u"outputTokensPerRequest" ||
               key == u"ttftTargetMs" || key == u"tpotTargetMs";
    return key == u"gpusPerReplica" || key == u"maxBatch" || key == u"mfu" || key == u"mbu" ||
           key == u"kvCacheBits" || key == u"memoryReserveFraction" ||
           key == u"measuredOutputTokensPerSecond";
}

namespace {

QString throughputNote(const PreparedOption &prepared, const DeploymentOption &option)
{
    const ServingPoint &point = prepared.serving;
    if (point.basis == ThroughputBasis::Measured) {
        const QString ttft =
            point.ttftMeasured ? u"TTFT %1 ms measured"_s : u"TTFT %1 ms from the roofline"_s;
        const QString tpot = point.tpotMeasured ? u"TPOT %1 ms measured"_s
                                                : u"TPOT %1 ms from throughput and concurrency"_s;
        return u"measured: %1 output tokens/s at concurrency %2, %3, %4 (%5)"_s
            .arg(point.outputTokensPerSecond, 0, 'f', 1)
            .arg(point.batch)
            .arg(ttft.arg(point.ttftMs, 0, 'f', 0), tpot.arg(point.tpotMs, 0, 'f', 1),
                 option.measuredSource);
    }
    const QString estimate =
        u"%1-bound decode, MBU %2, MFU %3, %4 ms per step (%5); error %6"_s
            .arg(boundId(prepared.roofline.decodeBound))
            .arg(prepared.mbu, 0, 'f', 2)
            .arg(prepared.mfu, 0, 'f', 2)
            .arg(prepared.stepOverheadMs, 0, 'f', 1)
            .arg(prepared.ownEfficiency ? u"the option's own MBU and MFU"_s
                                        : u"fitted for "_s + prepared.efficiency.classLabel,
                 prepared.ownEfficiency ? u"not known for the option's own figures"_s
                                        : errorBandText(prepared.efficiency));
    if (point.basis == ThroughputBasis::Calibrated && !option.calibrationSource.isEmpty()) {
        return u"calibrated: %1-bound decode, MBU %2, MFU %3, %4 ms per step, fitted to %5"_s
            .arg(boundId(prepared.roofline.decodeBound))
            .arg(prepared.mbu, 0, 'f', 2)
            .arg(prepared.mfu, 0, 'f', 2)
            .arg(prepared.stepOverheadMs, 0, 'f', 1)
            .arg(option.calibrationSource);
    }
    if (point.basis == ThroughputBasis::Calibrated) {
        const Accelerator *machine = nullptr;
        if (const auto *hosted = std::get_if<SelfHostedOption>(&option.spec))
            machine = &hosted->accelerator;
        else if (const auto *device = std::get_if<OnDeviceOption>(&option.spec))
            machine = &device->device;
        return u"calibrated: roofline over %1 (%2 GB/s, %3 TFLOPS measured), %4"_s
            .arg(machine ? machine->name : QString())
            .arg(machine ? machine->bandwidthGBps : 0.0, 0, 'f', 1)
            .arg(machine ? machine->bf16Tflops : 0.0, 0, 'f', 2)
            .arg(estimate);
    }
    return u"roofline: "_s + estimate;
}

} // namespace

QString basisNote(const PreparedOption &prepared, const DeploymentOption &option)
{
    const QString note = throughputNote(prepared, option);
    return option.measuredPowerSource.isEmpty()
               ? note
               : u"%1; power %2"_s.arg(note, option.measuredPowerSource);
}

QList<CostPart> MonthlyCost::parts(OptionKind kind, Acquisition acquisition) const
{
    const auto make = [this](CostPartKey key, const QString &id, const QString &label) {
        return CostPart{id, label, part(key), 0.0};
    };
    switch (kind) {
    case OptionKind::CloudApi:
        return {make(CostPartKey::Input, u"input"_s, u"Input tokens"_s),
                make(CostPartKey::CachedInput, u"cachedInput"_s, u"Cached input tokens"_s),
                make(CostPartKey::Output, u"output"_s, u"Output tokens"_s)};
    case OptionKind::SelfHosted:
        if (acquisition == Acquisition::Rent)
            return {make(CostPartKey::Rental, u"rental"_s, u"GPU rental"_s),
                    make(CostPartKey::Operations, u"operations"_s, u"Operations"_s)};
        return {make(CostPartKey::Capital, u"capital"_s, u"Capital"_s),
                make(CostPartKey::Power, u"power"_s, u"Power"_s),
                make(CostPartKey::Hosting, u"hosting"_s, u"Hosting"_s),
                make(CostPartKey::Operations, u"operations"_s, u"Operations"_s)};
    case OptionKind::OnDevice:
        break;
    }
    return {make(CostPartKey::Device, u"device"_s, u"Device share"_s),
            make(CostPartKey::Electricity, u"electricity"_s, u"Electricity"_s)};
}

MonthlyCost monthlyCostAt(const PreparedOption &p, const Workload &w, double tokensPerMonth)
{
    MonthlyCost cost;
    if (!p.feasible || w.tokensPerRequest() <= 0)
        return cost;
    const double requests = tokensPerMonth / w.tokensPerRequest();
    const auto set = [&cost](CostPartKey key, double usd) { cost.usd[std::size_t(key)] = usd; };

    switch (p.kind) {
    case OptionKind::CloudApi:
        set(CostPartKey::Input, requests * p.inputUsdPerRequest);
        set(CostPartKey::CachedInput, requests * p.cachedInputUsdPerRequest);
        set(CostPartKey::Output, requests * p.outputUsdPerRequest);
        break;
    case OptionKind::SelfHosted: {
        cost.busyHours = requests / p.serving.requestsPerSecond / 3600.0;
        const double scenarioTokens = w.tokensPerMonth();
        const bool proportional = w.breakEvenPeak == BreakEvenPeak::Proportional;
        const double peak = proportional && scenarioTokens > 0
                                ? w.peakConcurrentRequests * tokensPerMonth / scenarioTokens
                                : w.peakConcurrentRequests;
        // Replicas may be busy only `targetUtilization` of the month (see prepareSelfHosted).
        const double forLoad = cost.busyHours / p.availableHoursPerMonth;
        const double forPeak = peak / std::max(1, p.serving.batch);
        cost.replicas = std::max(1.0, std::ceil(std::max(forLoad, forPeak) - 1e-9));
        const double gpuHours = cost.replicas * p.gpusPerReplica * kHoursPerMonth;
        set(CostPartKey::Rental, gpuHours * p.rentalUsdPerGpuHour);
        set(CostPartKey::Capital, gpuHours * p.capitalUsdPerGpuHour);
        set(CostPartKey::Power, gpuHours * p.powerUsdPerGpuHour);
        set(CostPartKey::Hosting, gpuHours * p.hostingUsdPerGpuHour);
        set(CostPartKey::Operations, p.operationsUsdPerMonth);
        const double hourly = p.rentalUsdPerGpuHour + p.capitalUsdPerGpuHour +
                              p.powerUsdPerGpuHour + p.hostingUsdPerGpuHour;
        cost.usageBasedUsd = cost.busyHours * p.gpusPerReplica * hourly + p.operationsUsdPerMonth;
        break;
    }
    case OptionKind::OnDevice:
        cost.busyHours = requests / p.serving.requestsPerSecond / 3600.0;
        cost.replicas = std::max(1.0, std::ceil(cost.busyHours / p.availableHoursPerMonth - 1e-9));
        set(CostPartKey::Device, cost.replicas * p.deviceUsdPerMonth);
        set(CostPartKey::Electricity, cost.busyHours * p.electricityUsdPerBusyHour);
        break;
    }
    for (double usd : cost.usd)
        cost.totalUsd += usd;
    if (p.kind != OptionKind::SelfHosted)
        cost.usageBasedUsd = cost.totalUsd;
    return cost;
}

} // namespace pertoken
