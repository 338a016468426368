#include "bench/endpoint/repeat_statistics.h"

#include <QJsonObject>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

struct Metric {
    const char16_t *id;
    double (*value)(const LevelSummary &);
    bool openLoopOnly = false;
};

const Metric kMetrics[] = {
    {u"ttftP50Ms", [](const LevelSummary &l) { return l.ttftMs.p50; }},
    {u"ttftP99Ms", [](const LevelSummary &l) { return l.ttftMs.p99; }},
    {u"tpotP50Ms", [](const LevelSummary &l) { return l.tpotMs.p50; }},
    {u"tpotP99Ms", [](const LevelSummary &l) { return l.tpotMs.p99; }},
    {u"itlP50Ms", [](const LevelSummary &l) { return l.itlMs.p50; }},
    {u"e2eP50Ms", [](const LevelSummary &l) { return l.e2eMs.p50; }},
    {u"e2eP99Ms", [](const LevelSummary &l) { return l.e2eMs.p99; }},
    {u"outputTokensPerSecond", [](const LevelSummary &l) { return l.outputTokensPerSecond; }},
    {u"requestsPerSecond", [](const LevelSummary &l) { return l.requestsPerSecond; }},
    {u"goodputRequestsPerSecond", [](const LevelSummary &l) { return l.goodputRequestsPerSecond; }},
    {u"achievedRatePerSecond", [](const LevelSummary &l) { return l.achievedRatePerSecond; }, true},
};

} // namespace

QStringList repeatMetricIds()
{
    QStringList ids;
    for (const Metric &metric : kMetrics)
        ids.append(QString::fromUtf16(metric.id));
    return ids;
}

QList<RepeatedLevel> repeatStatistics(const QList<LevelSummary> &levels)
{
    QList<QList<const LevelSummary *>> groups;
    for (const LevelSummary &level : levels) {
        if (level.repeat == 0 || groups.isEmpty())
            groups.append(QList<const LevelSummary *>());
        groups.last().append(&level);
    }
    QList<RepeatedLevel> result;
    for (const QList<const LevelSummary *> &group : std::as_const(groups)) {
        RepeatedLevel repeated;
        repeated.concurrency = group.first()->concurrency;
        repeated.ratePerSecond = group.first()->ratePerSecond;
        repeated.repeats = int(group.size());
        for (const Metric &metric : kMetrics) {
            if (metric.openLoopOnly && repeated.ratePerSecond <= 0)
                continue;
            QList<double> values;
            for (const LevelSummary *level : group) {
                if (level->completed > 0) // a repeat with no completed request has no figures
                    values.append(metric.value(*level));
            }
            repeated.metrics.append(
                {QString::fromUtf16(metric.id), meanConfidenceInterval95(values)});
        }
        result.append(repeated);
    }
    return result;
}

QJsonArray repeatStatisticsToJson(const QList<RepeatedLevel> &levels)
{
    QJsonArray array;
    for (const RepeatedLevel &level : levels) {
        QJsonObject metrics;
        for (const auto &[id, m] : level.metrics)
            metrics.insert(id, QJsonObject{{u"mean"_s, m.mean},
                                           {u"ci95Low"_s, m.low()},
                                           {u"ci95High"_s, m.high()},
                                           {u"ci95HalfWidth"_s, m.halfWidth95},
                                           {u"stdDev"_s, m.stdDev},
                                           {u"count"_s, m.count}});
        QJsonObject object{{u"concurrency"_s, level.concurrency},
                           {u"repeats"_s, level.repeats},
                           {u"metrics"_s, metrics}};
        if (level.ratePerSecond > 0)
            object.insert(u"ratePerSecond"_s, level.ratePerSecond);
        array.append(object);
    }
    return array;
}

} // namespace pertoken
