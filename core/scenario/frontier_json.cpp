#include "scenario/frontier_json.h"

#include "cost/option_result.h"

#include <QJsonArray>

namespace pertoken {

using namespace Qt::StringLiterals;

QJsonObject frontierPointToJson(const FrontierPoint &point)
{
    QJsonObject object{
        {u"userTokensPerSecond"_s, point.userTokensPerSecond},
        {u"usdPerMillionTokens"_s, point.usdPerMillionTokens},
        {u"interpolated"_s, point.interpolated},
    };
    if (point.devices > 0) {
        object.insert(u"devices"_s, point.devices);
        object.insert(u"replicaTokensPerSecond"_s, point.replicaTokensPerSecond);
        object.insert(u"usdPerReplicaHour"_s, point.usdPerHour);
        if (point.batch > 0)
            object.insert(u"batch"_s, point.batch);
    }
    return object;
}

QJsonObject frontierAnswerToJson(const FrontierAnswer &answer)
{
    QJsonObject object{{u"found"_s, answer.found}, {u"outsideRange"_s, answer.outsideRange}};
    if (answer.found) {
        object.insert(u"optionId"_s, answer.optionId);
        object.insert(u"optionName"_s, answer.optionName);
        object.insert(u"point"_s, frontierPointToJson(answer.point));
    }
    if (!answer.note.isEmpty())
        object.insert(u"note"_s, answer.note);
    return object;
}

QJsonObject frontierToJson(const QList<FrontierCurve> &curves,
                           std::optional<double> minUserTokensPerSecond,
                           std::optional<double> maxUsdPerMillionTokens)
{
    QJsonArray options;
    for (const FrontierCurve &curve : curves) {
        QJsonArray points;
        for (const FrontierPoint &point : curve.points)
            points.append(frontierPointToJson(point));
        QJsonArray front;
        for (const FrontierPoint &point : curve.front)
            front.append(frontierPointToJson(point));
        options.append(QJsonObject{
            {u"id"_s, curve.optionId},
            {u"name"_s, curve.optionName},
            {u"kind"_s, optionKindId(curve.kind)},
            {u"basis"_s, curve.basis},
            {u"points"_s, points},
            {u"front"_s, front},
        });
    }
    QJsonObject body{
        {u"tokensCounted"_s, u"input and output tokens in the workload's mix"_s},
        {u"options"_s, options},
    };
    if (minUserTokensPerSecond) {
        QJsonObject query = frontierAnswerToJson(cheapestAtSpeed(curves, *minUserTokensPerSecond));
        query.insert(u"minUserTokensPerSecond"_s, *minUserTokensPerSecond);
        body.insert(u"cheapestAtSpeed"_s, query);
    }
    if (maxUsdPerMillionTokens) {
        QJsonObject query = frontierAnswerToJson(fastestUnderCost(curves, *maxUsdPerMillionTokens));
        query.insert(u"maxUsdPerMillionTokens"_s, *maxUsdPerMillionTokens);
        body.insert(u"fastestUnderCost"_s, query);
    }
    return body;
}

} // namespace pertoken
