#pragma once

#include "common/input_error.h"
#include "pricing/api_price.h"

#include <QJsonObject>
#include <QList>

namespace pertoken {

/// The built-in API price catalog (resources/catalog/api-prices.json): current public list prices
/// with the date each was read and its source.
const QList<ApiPrice> &builtinApiPrices();
const ApiPrice *findApiPrice(const QString &id);

/// The JSON form of one entry, used by the catalog file, `prices import --out` and scenarios.
QJsonObject apiPriceToJson(const ApiPrice &price);
Result<ApiPrice> apiPriceFromJson(const QJsonObject &object, const QString &source,
                                  const QString &path);

/// A whole catalog file, {"format": "pertoken.api-prices", "schemaVersion": 1, "prices": [...]}
/// (schema in resources/catalog/README.md). Duplicate ids are an error.
Result<QList<ApiPrice>> parseApiPriceCatalog(const QByteArray &json, const QString &source);
QByteArray apiPriceCatalogToJson(const QList<ApiPrice> &prices);

} // namespace pertoken
