#pragma once

#include "cost/deployment_option.h"
#include "cost/option_costing.h"
#include "cost/workload.h"

#include <QList>
#include <QString>

namespace pertoken {

/// One operating point of an option on the cost–speed plane: a parallelism layout and a batch,
/// with a replica (or device) busy all the time.
///
///   per-user speed      = 1 / decode step time (1,000 / TPOT in ms), output tokens/s
///   replica tokens/s    = requests/s · (input + output tokens per request)
///   USD per million     = USD per replica-hour / (3,600 · replica tokens/s) · 10⁶
///
/// "Tokens" are input plus output tokens in the workload's mix, as OptionResult's
/// usdPerMillionTokens counts them, so the two figures compare directly. A self-hosted replica
/// costs devices × its GPU-hour (gpuHourCost: rental, or capital + power + hosting); the fixed
/// operations cost per month is left out, because it does not grow with replicas. A device costs
/// its attributed share per month spread over its hours in use, plus electricity while busy.
struct FrontierPoint {
    int devices = 1; ///< tensor-parallel degree (or layer-split devices); 0 for a cloud API
    int batch = 1;   ///< sequences decoding together; 0 for a cloud API
    double userTokensPerSecond = 0;    ///< output tokens per second each user sees
    double replicaTokensPerSecond = 0; ///< input + output tokens per second of the replica
    double usdPerHour = 0;             ///< one replica (or device) busy for an hour
    double usdPerMillionTokens = 0;
    bool interpolated = false; ///< between two computed points of one layout (reverse queries)
};

/// An option's points across layouts and batches, and the Pareto front among them: the points no
/// other point beats on both per-user speed (higher) and cost (lower).
struct FrontierCurve {
    QString optionId;
    QString optionName;
    OptionKind kind = OptionKind::SelfHosted;
    QList<FrontierPoint> points; ///< every layout and batch computed, by layout then batch
    QList<FrontierPoint> front;  ///< slowest (cheapest) first; speed and cost both rise
    QString basis; ///< "roofline", "calibrated", or for a cloud API the speed's source and date
};

/// The frontier of one prepared option. Self-hosted: tensor-parallel degrees 1, 2, 4 and 8 (above
/// 1 only where the accelerator has an interconnect record) at which the model and one sequence
/// fit, batches 1, 2, 4, … up to the most that fit (and the option's engine limit), that most
/// itself included. On-device: one device, batches likewise. Cloud API: one point at the price
/// record's published output speed, costed at `apiUsdPerMillionTokens`; none where the record has
/// no speed. Empty for an infeasible option.
FrontierCurve frontierCurve(const DeploymentOption &option, const Workload &workload,
                            const PreparedOption &prepared, double apiUsdPerMillionTokens);

/// The Pareto front of `points`, slowest first: a point stays when no other point is at least as
/// fast and at least as cheap, and strictly better in one of the two.
QList<FrontierPoint> paretoFront(const QList<FrontierPoint> &points);

/// The answer to a reverse query over every curve.
struct FrontierAnswer {
    bool found = false;
    QString optionId;
    QString optionName;
    FrontierPoint point;
    /// The query lies outside the computed range (faster than any point, or cheaper than any):
    /// nothing is answered and `note` says what the range is.
    bool outsideRange = false;
    QString note;
};

/// The cheapest point with per-user speed ≥ `minUserTokensPerSecond`. Between two front points of
/// one layout the replica's throughput is interpolated linearly in per-user speed and the cost
/// computed from it (never the cost interpolated); across layouts the faster computed point.
FrontierAnswer cheapestAtSpeed(const QList<FrontierCurve> &curves, double minUserTokensPerSecond);

/// The fastest per-user speed at a cost ≤ `maxUsdPerMillionTokens`, with the same interpolation:
/// the throughput where the cost equals the bound, USD per hour · 10⁶ / (3,600 · bound).
FrontierAnswer fastestUnderCost(const QList<FrontierCurve> &curves, double maxUsdPerMillionTokens);

} // namespace pertoken
