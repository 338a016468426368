#pragma once

#include "cost/option_result.h"
#include "cost/serving_point.h"
#include "cost/workload.h"
#include "inference/efficiency.h"
#include "inference/roofline.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace pertoken {

/// Everything about one option that does not depend on the monthly volume: throughput and
/// latency at the operating batch, prices per request or per GPU-hour. Computed once per
/// evaluation, then priced at many volumes (volume curves, break-even search).
struct PreparedOption {
    OptionKind kind = OptionKind::CloudApi;
    bool feasible = true;
    QString infeasibleReason;

    // Cloud API: USD per request by part, blended over the batch-API share.
    double inputUsdPerRequest = 0;
    double cachedInputUsdPerRequest = 0;
    double outputUsdPerRequest = 0;

    // Self-hosted and on-device.
    RooflineResult roofline;
    int gpusPerReplica = 1;
    ServingPoint serving; ///< throughput and latency at the operating point, from one source
    double mfu = 0;       ///< the MFU and MBU used: the option's own, or its class's fitted ones
    double mbu = 0;
    double stepOverheadMs = 0;
    /// The fitted class the option falls in, with its error band (inference/efficiency.h);
    /// `ownEfficiency` when the option set MFU or MBU itself.
    Efficiency efficiency;
    bool ownEfficiency = false;
    double replicaPowerWatts = 0; ///< wall power of one replica or device while serving

    // Self-hosted: USD per GPU-hour by part, and fixed USD per month.
    Acquisition acquisition = Acquisition::Rent;
    double rentalUsdPerGpuHour = 0;
    double capitalUsdPerGpuHour = 0;
    double powerUsdPerGpuHour = 0;
    double hostingUsdPerGpuHour = 0;
    double operationsUsdPerMonth = 0;

    // On-device.
    double deviceUsdPerMonth = 0; ///< attributed share of one device, per month
    double electricityUsdPerBusyHour = 0;
    double availableHoursPerMonth = 0; ///< per device, or per replica at target utilization
};

/// The parts a monthly cost is split into; which ones an option has depends on its kind.
enum class CostPartKey {
    Input,
    CachedInput,
    Output,
    Rental,
    Capital,
    Power,
    Hosting,
    Operations,
    Device,
    Electricity,
};
inline constexpr int kCostPartCount = int(CostPartKey::Electricity) + 1;

/// The monthly cost of a prepared option at one volume, split into its parts. A plain value
/// without allocations: break-even search and Monte Carlo price thousands of these.
struct MonthlyCost {
    std::array<double, kCostPartCount> usd{}; ///< USD per month by CostPartKey
    double totalUsd = 0;
    double replicas = 0;      ///< replicas (self-hosted) or devices (on-device) provisioned
    double busyHours = 0;     ///< replica- or device-hours actually serving
    double usageBasedUsd = 0; ///< paying only for busy hours (self-hosted); == total otherwise

    double part(CostPartKey key) const { return usd[std::size_t(key)]; }
    /// The labelled parts an option of `kind` (and acquisition) shows, in display order.
    QList<CostPart> parts(OptionKind kind, Acquisition acquisition) const;
};

/// The roofline inputs `prepareOption` used for `option` (its effective MFU, MBU, overhead and
/// GPUs per replica), for sweeps over batch; nothing for a cloud API.
std::optional<RooflineInput> preparedRooflineInput(const DeploymentOption &option,
                                                   const Workload &workload,
                                                   const PreparedOption &prepared);

/// One GPU-hour of a self-hosted option by part: the rental rate, or for a bought GPU
///   capital = price · CRF(r, years) / 8,760 h;  power = W · avgFraction · PUE · $/kWh / 1,000;
///   hosting = hosting per GPU-month / 730 h.
struct GpuHourCost {
    double rentalUsd = 0;
    double capitalUsd = 0;
    double powerUsd = 0;
    double hostingUsd = 0;
    double totalUsd() const { return rentalUsd + capitalUsd + powerUsd + hostingUsd; }
};
GpuHourCost gpuHourCost(const SelfHostedOption &option);

/// Chooses the operating point (GPUs per replica, batch meeting the latency targets) and
/// per-unit prices (gpuHourCost for self-hosted GPUs). Cost per million tokens then follows
/// ($/GPU-h · GPUs) / (3,600 · tokens/s) · 10⁶ (NVIDIA, "Rethinking AI TCO", 2026; llm-analysis
/// `cost_per_1k_tokens`).
PreparedOption prepareOption(const DeploymentOption &option, const Workload &workload);
/// The same with MFU, MBU and overheads an option leaves at 0 taken from `table` instead of the
/// built-in one (the validation fit's trial tables).
PreparedOption prepareOption(const DeploymentOption &option, const Workload &workload,
                             const EfficiencyTable &table);

/// Recomputes only the prices of a prepared option (per-request API prices, GPU-hour and
/// device costs) after inputs changed that do not change throughput: the fast path of Monte
/// Carlo sampling over price ranges.
void repriceOption(const DeploymentOption &option, const Workload &workload,
                   PreparedOption &prepared);

/// Whether a parameter (an option's, or the workload's when `workload`) changes throughput or
/// latency, so that changing it needs prepareOption rather than repriceOption.
bool affectsThroughput(const QString &key, bool workload);

/// "roofline: memory-bound decode, MBU 0.70, MFU 0.50", the same with the measured machine
/// ("calibrated: ..."), or "measured: 9.4 output tokens/s at concurrency 1, ... (source)", saying
/// which latency figures were measured and which were estimated.
QString basisNote(const PreparedOption &prepared, const DeploymentOption &option);

/// Cost at `tokensPerMonth` with the workload's input:output mix. Self-hosted options provision
/// whole replicas: enough that load / (capacity · target utilization) and peak concurrency /
/// batch are covered, at least one (the staircase). Peak concurrency scales with volume, or stays
/// at the workload's value, as `workload.breakEvenPeak` says; at the workload's own volume both
/// agree.
MonthlyCost monthlyCostAt(const PreparedOption &prepared, const Workload &workload,
                          double tokensPerMonth);

} // namespace pertoken
