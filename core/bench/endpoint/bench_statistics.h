#pragma once

#include "common/percentile.h"

#include <QJsonObject>
#include <QList>

namespace pertoken {

/// The summary every latency and throughput distribution is reported with: median, p90, p99 and
/// mean. Percentiles interpolate linearly between order statistics (NumPy's default
/// `np.percentile(..., method="linear")`, which vLLM's `bench serve` and GenAI-Perf use), so the
/// figures compare directly with theirs. `count` = 0 means there were no samples and the other
/// fields are 0.
struct Distribution {
    int count = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double mean = 0;
    double min = 0;
    double max = 0;

    bool operator==(const Distribution &) const = default;
};

Distribution summarize(QList<double> values);

/// Sample standard deviation (n − 1 denominator, as llama-bench's `stddev_ts`); 0 when n < 2.
double sampleStdDev(const QList<double> &values);

/// {"p50", "p90", "p99", "mean", "min", "max", "count"}; the distribution of nothing is
/// {"count": 0} so no one reads zeros as measurements.
QJsonObject distributionToJson(const Distribution &distribution);
Distribution distributionFromJson(const QJsonObject &object);

} // namespace pertoken
