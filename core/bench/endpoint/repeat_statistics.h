#pragma once

#include "bench/endpoint/endpoint_summary.h"
#include "common/confidence_interval.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <utility>

namespace pertoken {

/// One level of a sweep run several times (--repeat): each headline metric's mean over the
/// repeats with its 95 % confidence interval (Student t, confidence_interval.h). The metrics are
/// the per-repeat figures themselves (a repeat's p99 TTFT is one value), so the interval says how
/// much the figure moves between runs, not how requests spread within one.
struct RepeatedLevel {
    int concurrency = 0;
    double ratePerSecond = 0;
    int repeats = 0;
    QList<std::pair<QString, MeanInterval>> metrics; ///< in repeatMetricIds() order
};

/// "ttftP50Ms", "ttftP99Ms", "tpotP50Ms", "tpotP99Ms", "itlP50Ms", "e2eP50Ms", "e2eP99Ms",
/// "outputTokensPerSecond", "requestsPerSecond", "goodputRequestsPerSecond" and, for open-loop
/// levels, "achievedRatePerSecond".
QStringList repeatMetricIds();

/// Groups the run's levels, in order, by their repeat counter (a repeat 0 starts a level).
QList<RepeatedLevel> repeatStatistics(const QList<LevelSummary> &levels);

QJsonArray repeatStatisticsToJson(const QList<RepeatedLevel> &levels);

} // namespace pertoken
