#pragma once

#include "cost/deployment_option.h"
#include "inference/roofline.h"

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

/// Where an option's throughput and latency come from: the roofline over data-sheet figures, a
/// measured serving rate (an endpoint, llama-bench or a typed-in figure), or the roofline over
/// a machine whose bandwidth and compute were measured (`pertoken bench hardware`).
enum class ThroughputBasis { Roofline, Measured, Calibrated };

/// "roofline", "measured", "calibrated": the basis as files and the command line name it.
QString basisId(ThroughputBasis basis);

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
    QString priceAsOf;        ///< cloud API only: the date its list price was read (ApiPrice::asOf)

    double monthlyUsd = 0;
    double usdPerMillionTokens = 0;       ///< monthly cost / monthly tokens (input + output)
    double usdPerMillionInputTokens = 0;  ///< the input tokens' share of cost, per input token
    double usdPerMillionOutputTokens = 0; ///< the output tokens' share of cost, per output token
    QList<CostPart> breakdown;            ///< sums to monthlyUsd

    // Self-hosted and on-device only.
    std::optional<RooflineResult> roofline;
    ThroughputBasis basis = ThroughputBasis::Roofline;
    QString basisNote; ///< "roofline, MBU 0.70, MFU 0.50" or the measurement
    /// How wrong an estimated throughput may be: the 90th percentile of |error| over the
    /// published cases of the option's class (inference/efficiency.h) and their count; 0 for a
    /// measured basis or a class without published cases.
    double errorBandPercent = 0;
    int errorBandCases = 0;
    int gpusPerReplica = 0;                   ///< devices per replica (1 for on-device)
    double replicas = 0;                      ///< replicas (or devices) provisioned
    double busyFraction = 0;                  ///< share of provisioned time spent serving
    double outputTokensPerSecond = 0;         ///< per replica, at the operating batch
    int operatingBatch = 0;                   ///< sequences in flight per replica
    double ttftMs = 0;                        ///< time to first token at the operating point
    double tpotMs = 0;                        ///< time per output token at the operating point
    double usageBasedUsdPerMillionTokens = 0; ///< paying only for busy hours
    double joulesPerToken = 0;
    double tokensPerKWh = 0;
    bool meetsTtftTarget = true;
    bool meetsTpotTarget = true;
    /// Meets both latency targets; an option that does not is never the headline.
    bool meetsTargets() const { return meetsTtftTarget && meetsTpotTarget; }
    QList<BatchPoint> batchSweep;

    /// Monthly cost against monthly token volume (x: tokens/month, y: USD/month), log-spaced.
    QList<QPointF> volumeCurve;
};

} // namespace pertoken
