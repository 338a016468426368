#pragma once

#include "inference/roofline.h"
#include "scaling/planner.h"
#include "scenario/scenario.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace pertoken {

/// One named part of an option's monthly cost ("input tokens", "GPU rental", "capital", ...).
struct CostPart {
    QString key;   ///< stable id: "input", "cachedInput", "output", "rental", "capital",
                   ///< "power", "hosting", "operations", "device", "electricity"
    QString label; ///< English label; the UI translates it
    double usdPerMonth = 0;
    double usdPerMillionTokens = 0; ///< this part's share of the option's cost per million tokens
};

/// Where an option's throughput comes from.
enum class ThroughputBasis { Roofline, Measured };

/// One point of a throughput-and-latency sweep over batch size.
struct BatchPoint {
    int batch = 0;
    double outputTokensPerSecond = 0;
    double tpotMs = 0;
    double ttftMs = 0;
    bool fits = true;
};

/// Everything PerToken says about one deployment option for the scenario's workload.
struct OptionResult {
    QString id;
    QString name;
    OptionKind kind = OptionKind::CloudApi;
    bool enabled = true;
    bool feasible = true;     ///< false: cannot serve (model does not fit, unpriced, ...)
    QString infeasibleReason; ///< English, names the cause

    double monthlyUsd = 0;
    double usdPerMillionTokens = 0;       ///< monthly cost / monthly tokens (input + output)
    double usdPerMillionInputTokens = 0;  ///< the input tokens' share of cost, per input token
    double usdPerMillionOutputTokens = 0; ///< the output tokens' share of cost, per output token
    QList<CostPart> breakdown;            ///< sums to monthlyUsd

    // Self-hosted and on-device only.
    std::optional<RooflineResult> roofline;
    ThroughputBasis basis = ThroughputBasis::Roofline;
    QString basisNote;                        ///< "roofline, MBU 0.70, MFU 0.50" or the measurement
    int gpusPerReplica = 0;                   ///< devices per replica (1 for on-device)
    double replicas = 0;                      ///< replicas (or devices) provisioned
    double busyFraction = 0;                  ///< share of provisioned time spent serving
    double outputTokensPerSecond = 0;         ///< per replica, at the operating batch
    double usageBasedUsdPerMillionTokens = 0; ///< paying only for busy hours
    double joulesPerToken = 0;
    double tokensPerKWh = 0;
    bool meetsTtftTarget = true;
    bool meetsTpotTarget = true;
    QList<BatchPoint> batchSweep;

    /// Monthly cost against monthly token volume (x: tokens/month, y: USD/month), log-spaced.
    QList<QPointF> volumeCurve;
};

/// The volume (tokens per month, same input:output mix) above which the costlier-at-low-volume
/// option becomes the cheaper one; empty when their costs never cross in 1e3..1e15 tokens/month.
struct BreakEven {
    QString a;
    QString b;
    std::optional<double> tokensPerMonth;
    double usdPerMonth = 0; ///< both options' monthly cost at the crossing
};

/// One bar of the sensitivity tornado: the option's cost per million tokens with one input at
/// −20% and at +20% of its value, all else equal.
struct SensitivityRow {
    QString optionId;
    QString parameter; ///< parameter key (parameters.h); "workload." prefix for the workload
    QString label;     ///< English label of the parameter
    QString unit;      ///< the parameter's unit ("USD/GPU-h"); empty for ratios
    int decimals = 2;  ///< decimals the parameter is shown with
    double baseValue = 0;
    double lowUsdPerMillionTokens = 0;  ///< at −20%
    double highUsdPerMillionTokens = 0; ///< at +20%
    double swing() const;               ///< |high − low|
};

/// P10/P50/P90 of an option's cost per million tokens over the scenario's input ranges.
struct UncertaintyBand {
    QString optionId;
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    int samples = 0;
};

/// Every output of `evaluate()`. Every number the dashboard, the memo and the CLI show comes
/// from here, so they always agree.
struct Evaluation {
    QList<OptionResult> options;
    QString cheapestId;                 ///< cheapest feasible enabled option; empty if none
    QList<BreakEven> breakEven;         ///< every pair of feasible enabled options
    QList<SensitivityRow> sensitivity;  ///< per option, ranked by swing (largest first)
    QList<UncertaintyBand> uncertainty; ///< per option, only when the scenario has ranges
    QStringList warnings;
    double tokensPerMonth = 0; ///< the workload's volume, echoed for charts and memos
    PlanResult plan;           ///< the model-size planner's answers and chart series
    FlopPrices planFlopPrices; ///< the prices the plan used (zero: planned in FLOPs)

    const OptionResult *option(const QString &id) const;
    QList<SensitivityRow> sensitivityFor(const QString &optionId) const;
};

} // namespace pertoken
