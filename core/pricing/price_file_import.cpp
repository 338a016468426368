#include "pricing/price_file_import.h"

#include "common/catalog_file.h"
#include "pricing/csv_import.h"
#include "pricing/litellm_import.h"
#include "pricing/price_catalog.h"

#include <QFile>
#include <QFileInfo>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kCatalogFormat = u"pertoken.api-prices"_s;

// The "format" of a JSON object, or "" when the bytes are not one (LiteLLM's importer then
// reports what is wrong with them).
QString jsonFormat(const QByteArray &bytes, const QString &fileName)
{
    const Result<QJsonObject> root = parseJsonObject(bytes, fileName);
    return root ? root->value(u"format"_s).toString() : QString();
}

} // namespace

QString priceFileFormatId(PriceFileFormat format)
{
    switch (format) {
    case PriceFileFormat::LiteLlm:
        return u"litellm"_s;
    case PriceFileFormat::Csv:
        return u"csv"_s;
    case PriceFileFormat::Catalog:
        break;
    }
    return u"catalog"_s;
}

PriceFileImport importPriceFileBytes(const QByteArray &bytes, const QString &fileName,
                                     const QString &stampDate)
{
    PriceFileImport result;
    result.stampDate = stampDate;
    const QByteArray head = bytes.left(4096).trimmed();
    const bool json = head.startsWith('{') || head.startsWith('[');
    QString format;
    if (QFileInfo(fileName).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0 || !json) {
        result.format = PriceFileFormat::Csv;
    } else {
        format = jsonFormat(bytes, fileName);
        result.format =
            format == kCatalogFormat ? PriceFileFormat::Catalog : PriceFileFormat::LiteLlm;
    }
    if (result.format == PriceFileFormat::LiteLlm && format.startsWith(u"pertoken."_s)) {
        result.error = InputError{
            fileName, u"format"_s,
            u"must be \"%1\" for a price file (got \"%2\")"_s.arg(kCatalogFormat, format)};
        return result;
    }

    Result<PriceImport> imported = PriceImport{};
    switch (result.format) {
    case PriceFileFormat::LiteLlm:
        imported = importLiteLlmPrices(bytes, fileName);
        break;
    case PriceFileFormat::Csv:
        imported = importPriceCsv(bytes, fileName);
        break;
    case PriceFileFormat::Catalog:
        if (Result<QList<ApiPrice>> prices = parseApiPriceCatalog(bytes, fileName))
            imported = PriceImport{.prices = std::move(prices).value()};
        else
            imported = prices.error();
        break;
    }
    if (!imported) {
        result.error = imported.error();
        return result;
    }
    result.import = std::move(imported).value();
    for (ApiPrice &price : result.import.prices) {
        if (price.asOf.isEmpty())
            price.asOf = stampDate;
    }
    if (result.import.prices.isEmpty()) {
        result.error =
            InputError{fileName,
                       {},
                       u"holds no usable per-token price (%1 entries malformed, %2 without a "
                       "per-token price)"_s.arg(result.import.malformed)
                           .arg(result.import.skipped)};
    }
    return result;
}

PriceFileImport importPriceFile(const QString &path, const QString &stampDate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PriceFileImport result;
        result.error = InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
        return result;
    }
    const QFileInfo info(path);
    const QString date =
        stampDate.isEmpty() ? info.lastModified().date().toString(Qt::ISODate) : stampDate;
    PriceFileImport result = importPriceFileBytes(file.readAll(), info.fileName(), date);
    if (result.error)
        result.error->source = path;
    return result;
}

} // namespace pertoken
