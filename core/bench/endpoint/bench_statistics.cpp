#include "bench/endpoint/bench_statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pertoken {

using namespace Qt::StringLiterals;

Distribution summarize(QList<double> values)
{
    Distribution d;
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = int(values.size());
    d.p50 = percentileOfSorted(values, 0.50);
    d.p90 = percentileOfSorted(values, 0.90);
    d.p99 = percentileOfSorted(values, 0.99);
    d.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    d.min = values.first();
    d.max = values.last();
    return d;
}

double sampleStdDev(const QList<double> &values)
{
    if (values.size() < 2)
        return 0.0;
    const double mean =
        std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    double sumSquares = 0;
    for (double v : values)
        sumSquares += (v - mean) * (v - mean);
    return std::sqrt(sumSquares / double(values.size() - 1));
}

QJsonObject distributionToJson(const Distribution &d)
{
    if (d.count == 0)
        return QJsonObject{{u"count"_s, 0}};
    return QJsonObject{{u"p50"_s, d.p50},    {u"p90"_s, d.p90}, {u"p99"_s, d.p99},
                       {u"mean"_s, d.mean},  {u"min"_s, d.min}, {u"max"_s, d.max},
                       {u"count"_s, d.count}};
}

Distribution distributionFromJson(const QJsonObject &object)
{
    Distribution d;
    d.count = object.value(u"count"_s).toInt();
    if (d.count == 0)
        return d;
    d.p50 = object.value(u"p50"_s).toDouble();
    d.p90 = object.value(u"p90"_s).toDouble();
    d.p99 = object.value(u"p99"_s).toDouble();
    d.mean = object.value(u"mean"_s).toDouble();
    d.min = object.value(u"min"_s).toDouble();
    d.max = object.value(u"max"_s).toDouble();
    return d;
}

} // namespace pertoken
