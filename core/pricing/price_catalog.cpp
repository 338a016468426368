#include "pricing/price_catalog.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtDebug>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"pertoken.api-prices"_s;
constexpr int kSchemaVersion = 1;

void readOptionalRate(JsonReader &reader, const QJsonObject &object, const QString &path,
                      const QString &key, double *out)
{
    if (const std::optional<double> value =
            reader.optionalNumber(object, path, key, 0, kMaxUsdPerMTok))
        *out = *value;
}

void readLongContext(JsonReader &reader, const QJsonObject &object, const QString &path,
                     ApiPrice *price)
{
    if (!object.contains(u"longContext"_s) || reader.failed())
        return;
    const QJsonObject tier = reader.object(object, path, u"longContext"_s);
    const QString tierPath = JsonReader::join(path, u"longContext"_s);
    price->longContextThresholdTokens =
        reader.number(tier, tierPath, u"thresholdTokens"_s, 1, kMaxPriceTokens);
    readOptionalRate(reader, tier, tierPath, u"inputUsdPerMTok"_s,
                     &price->longContextInputUsdPerMTok);
    readOptionalRate(reader, tier, tierPath, u"outputUsdPerMTok"_s,
                     &price->longContextOutputUsdPerMTok);
    readOptionalRate(reader, tier, tierPath, u"cachedInputUsdPerMTok"_s,
                     &price->longContextCachedInputUsdPerMTok);
    if (!reader.failed() && price->longContextInputUsdPerMTok < 0 &&
        price->longContextOutputUsdPerMTok < 0) {
        reader.fail(tierPath, u"needs inputUsdPerMTok or outputUsdPerMTok"_s);
    }
}

// A published output speed carries where and when it was read, as a price does.
void readOutputSpeed(JsonReader &reader, const QJsonObject &object, const QString &path,
                     ApiPrice *price)
{
    if (!object.contains(u"outputSpeed"_s) || reader.failed())
        return;
    const QJsonObject speed = reader.object(object, path, u"outputSpeed"_s);
    const QString speedPath = JsonReader::join(path, u"outputSpeed"_s);
    price->outputTokensPerSecond =
        reader.number(speed, speedPath, u"outputTokensPerSecond"_s, 0.001, 1e6);
    price->speedSource = reader.nonEmptyString(speed, speedPath, u"source"_s);
    price->speedAsOf = reader.nonEmptyString(speed, speedPath, u"asOf"_s);
    if (!reader.failed() && !isEmptyOrIsoDate(price->speedAsOf)) {
        reader.fail(JsonReader::join(speedPath, u"asOf"_s),
                    u"must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(price->speedAsOf));
    }
}

QList<ApiPrice> loadBuiltin()
{
    const QString path = u":/catalog/api-prices.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("%s: cannot open the built-in price catalog", qPrintable(path));
        return {};
    }
    Result<QList<ApiPrice>> prices = parseApiPriceCatalog(file.readAll(), u"api-prices.json"_s);
    if (!prices) {
        qCritical("%s", qPrintable(prices.error().toString()));
        return {};
    }
    return std::move(prices).value();
}

} // namespace

const QList<ApiPrice> &builtinApiPrices()
{
    static const QList<ApiPrice> prices = loadBuiltin();
    return prices;
}

const ApiPrice *findApiPrice(const QString &id)
{
    for (const ApiPrice &price : builtinApiPrices()) {
        if (price.id == id)
            return &price;
    }
    return nullptr;
}

QJsonObject apiPriceToJson(const ApiPrice &price)
{
    QJsonObject object{
        {u"id"_s, price.id},
        {u"provider"_s, price.provider},
        {u"model"_s, price.model},
        {u"inputUsdPerMTok"_s, price.inputUsdPerMTok},
        {u"outputUsdPerMTok"_s, price.outputUsdPerMTok},
        {u"outputModality"_s, outputModalityId(price.outputModality)},
        {u"asOf"_s, price.asOf},
        {u"source"_s, price.source},
    };
    if (price.cachedInputUsdPerMTok >= 0)
        object.insert(u"cachedInputUsdPerMTok"_s, price.cachedInputUsdPerMTok);
    if (price.batchDiscount > 0)
        object.insert(u"batchDiscount"_s, price.batchDiscount);
    if (price.longContextThresholdTokens > 0) {
        QJsonObject tier{{u"thresholdTokens"_s, price.longContextThresholdTokens}};
        if (price.longContextInputUsdPerMTok >= 0)
            tier.insert(u"inputUsdPerMTok"_s, price.longContextInputUsdPerMTok);
        if (price.longContextOutputUsdPerMTok >= 0)
            tier.insert(u"outputUsdPerMTok"_s, price.longContextOutputUsdPerMTok);
        if (price.longContextCachedInputUsdPerMTok >= 0)
            tier.insert(u"cachedInputUsdPerMTok"_s, price.longContextCachedInputUsdPerMTok);
        object.insert(u"longContext"_s, tier);
    }
    if (price.contextWindowTokens > 0)
        object.insert(u"contextWindowTokens"_s, price.contextWindowTokens);
    if (price.outputTokensPerSecond > 0) {
        object.insert(u"outputSpeed"_s,
                      QJsonObject{{u"outputTokensPerSecond"_s, price.outputTokensPerSecond},
                                  {u"source"_s, price.speedSource},
                                  {u"asOf"_s, price.speedAsOf}});
    }
    if (!price.qualityScores.isEmpty())
        object.insert(u"qualityScores"_s, qualityScoresToJson(price.qualityScores));
    return object;
}

Result<ApiPrice> apiPriceFromJson(const QJsonObject &object, const QString &source,
                                  const QString &path)
{
    JsonReader reader(source);
    ApiPrice price;
    price.id = reader.nonEmptyString(object, path, u"id"_s);
    price.provider = reader.nonEmptyString(object, path, u"provider"_s);
    price.model = reader.nonEmptyString(object, path, u"model"_s);
    price.inputUsdPerMTok = reader.number(object, path, u"inputUsdPerMTok"_s, 0, kMaxUsdPerMTok);
    price.outputUsdPerMTok = reader.number(object, path, u"outputUsdPerMTok"_s, 0, kMaxUsdPerMTok);
    readOptionalRate(reader, object, path, u"cachedInputUsdPerMTok"_s,
                     &price.cachedInputUsdPerMTok);
    if (const std::optional<double> discount =
            reader.optionalNumber(object, path, u"batchDiscount"_s, 0, 1)) {
        price.batchDiscount = *discount;
        if (*discount >= 1) {
            reader.fail(JsonReader::join(path, u"batchDiscount"_s),
                        u"must be below 1 (a fraction off the list price: 0.5 = half price)"_s);
        }
    }
    readLongContext(reader, object, path, &price);
    const QString modality = reader.string(object, path, u"outputModality"_s);
    if (!reader.failed() && !outputModalityFromId(modality, &price.outputModality)) {
        reader.fail(JsonReader::join(path, u"outputModality"_s),
                    u"must be text, image, audio or embedding (got \"%1\")"_s.arg(modality));
    }
    if (const std::optional<double> window =
            reader.optionalNumber(object, path, u"contextWindowTokens"_s, 0, kMaxPriceTokens))
        price.contextWindowTokens = *window;
    price.asOf = reader.string(object, path, u"asOf"_s);
    if (!reader.failed() && !isEmptyOrIsoDate(price.asOf)) {
        reader.fail(JsonReader::join(path, u"asOf"_s),
                    u"must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(price.asOf));
    }
    price.source = reader.nonEmptyString(object, path, u"source"_s);
    readOutputSpeed(reader, object, path, &price);
    price.qualityScores = readQualityScores(reader, object, path);
    if (reader.failed())
        return reader.error();
    return price;
}

Result<QList<ApiPrice>> parseApiPriceCatalog(const QByteArray &json, const QString &source)
{
    Result<QJsonObject> root = parseJsonObject(json, source);
    if (!root)
        return root.error();
    if (std::optional<InputError> error =
            checkCatalogEnvelope(*root, kFormat, kSchemaVersion, source))
        return *error;
    QList<ApiPrice> prices;
    if (std::optional<InputError> error =
            readCatalogEntries(*root, u"prices"_s, source, apiPriceFromJson, &prices))
        return *error;
    return prices;
}

QByteArray apiPriceCatalogToJson(const QList<ApiPrice> &prices)
{
    QJsonArray entries;
    for (const ApiPrice &price : prices)
        entries.append(apiPriceToJson(price));
    QJsonObject root = catalogEnvelope(kFormat, kSchemaVersion);
    root.insert(u"prices"_s, entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pertoken
