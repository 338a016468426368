#pragma once

#include "cost/frontier.h"

#include <QJsonObject>

#include <optional>

namespace pertoken {

/// The body of `pertoken frontier --json` (schema "pertoken.frontier/1"): every curve with its
/// computed points and its front, and the answers to the reverse queries that were asked.
QJsonObject frontierToJson(const QList<FrontierCurve> &curves,
                           std::optional<double> minUserTokensPerSecond,
                           std::optional<double> maxUsdPerMillionTokens);

QJsonObject frontierPointToJson(const FrontierPoint &point);
QJsonObject frontierAnswerToJson(const FrontierAnswer &answer);

} // namespace pertoken
