#include "cli/prices_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/text_table.h"
#include "common/catalog_file.h"
#include "common/json_output.h"
#include "pricing/csv_import.h"
#include "pricing/price_catalog.h"
#include "pricing/price_file_import.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSaveFile>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

QString formatName(PriceFileFormat format)
{
    switch (format) {
    case PriceFileFormat::LiteLlm:
        return u"LiteLLM model_prices_and_context_window.json"_s;
    case PriceFileFormat::Csv:
        return u"price CSV"_s;
    case PriceFileFormat::Catalog:
        break;
    }
    return u"PerToken api-prices catalog"_s;
}

void printWarnings(const PriceImport &result)
{
    for (const QString &warning : result.warnings)
        err() << u"pertoken: warning: "_s << warning << '\n';
    err().flush();
}

QString rate(double usdPerMTok)
{
    return usdPerMTok < 0 ? u"-"_s : QString::number(usdPerMTok, 'g', 6);
}

QString longContext(const ApiPrice &price)
{
    if (price.longContextThresholdTokens <= 0)
        return u"-"_s;
    return u">%1k: %2/%3"_s.arg(price.longContextThresholdTokens / 1000, 0, 'g', 6)
        .arg(rate(price.longContextInputUsdPerMTok), rate(price.longContextOutputUsdPerMTok));
}

void printSummary(const QString &path, PriceFileFormat format, const PriceImport &result,
                  bool table)
{
    out() << u"%1: %2"_s.arg(path, formatName(format)) << '\n'
          << u"imported %1 priced entries; skipped %2 without a per-token price; left out %3 "
             u"malformed; %4 warnings"_s.arg(result.prices.size())
                 .arg(result.skipped)
                 .arg(result.malformed)
                 .arg(result.warnings.size())
          << "\n";
    if (table && !result.prices.isEmpty()) {
        TextTable prices({u"id"_s, u"provider"_s, u"$/M in"_s, u"$/M out"_s, u"$/M cached"_s,
                          u"batch off"_s, u"long context $/M"_s, u"output"_s, u"context"_s,
                          u"as of"_s});
        for (const ApiPrice &p : result.prices) {
            prices.addRow({p.id, p.provider, rate(p.inputUsdPerMTok), rate(p.outputUsdPerMTok),
                           rate(p.cachedInputUsdPerMTok),
                           p.batchDiscount > 0 ? u"%1%"_s.arg(p.batchDiscount * 100) : u"-"_s,
                           longContext(p), outputModalityId(p.outputModality),
                           p.contextWindowTokens > 0
                               ? QString::number(p.contextWindowTokens, 'f', 0)
                               : u"-"_s,
                           p.asOf.isEmpty() ? u"-"_s : p.asOf});
        }
        out() << '\n' << prices.render() << '\n';
    }
    out().flush();
}

QJsonObject importJson(const QString &path, PriceFileFormat format, const PriceImport &result)
{
    QJsonArray prices;
    for (const ApiPrice &price : result.prices)
        prices.append(apiPriceToJson(price));
    return QJsonObject{
        {u"file"_s, path},
        {u"fileKind"_s, priceFileFormatId(format)},
        {u"imported"_s, result.prices.size()},
        {u"skipped"_s, result.skipped},
        {u"malformed"_s, result.malformed},
        {u"warnings"_s, QJsonArray::fromStringList(result.warnings)},
        {u"prices"_s, prices},
    };
}

int writeCatalog(const QList<ApiPrice> &prices, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = apiPriceCatalogToJson(prices);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << u"pertoken: %1: cannot be written: %2"_s.arg(path, file.errorString()) << Qt::endl;
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace

int runPricesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import API prices: a LiteLLM model_prices_and_context_window.json, a price CSV\n"
        "(header: %1)\nor a PerToken api-prices catalog."_s.arg(priceCsvColumns().join(u',')));
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, u"The subcommand: import."_s);
    parser.addPositionalArgument(u"file"_s, u"The price file to read."_s);
    parser.addOptions(pricesOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken prices"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"import"_s)
        return usageError(u"prices: expected `prices import FILE [--out F] [--json]`"_s);
    if (positional.size() != 2)
        return usageError(
            u"prices import: expected one FILE (got %1)"_s.arg(positional.size() - 1));
    const QString path = positional.at(1);
    const QString asOf = parser.value(u"as-of"_s);
    if (!isEmptyOrIsoDate(asOf))
        return usageError(u"--as-of: must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(asOf));

    const PriceFileImport imported = importPriceFile(path, asOf);
    printWarnings(imported.import);
    if (imported.error)
        return inputError(*imported.error);
    const PriceImport &result = imported.import;

    const QString outPath = parser.value(u"out"_s);
    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(u"pertoken.prices-import/1"_s,
                                 importJson(path, imported.format, result));
        out().flush();
    } else {
        printSummary(path, imported.format, result, outPath.isEmpty());
    }
    if (!outPath.isEmpty()) {
        const int status = writeCatalog(result.prices, outPath);
        if (status != kExitOk)
            return status;
        if (!parser.isSet(u"json"_s))
            out() << u"wrote %1 prices to %2"_s.arg(result.prices.size()).arg(outPath) << '\n';
    }
    out().flush();
    return kExitOk;
}

} // namespace pertoken::cli
