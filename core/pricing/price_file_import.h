#pragma once

#include "common/input_error.h"
#include "pricing/price_import.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pertoken {

/// The kinds of price file PerToken reads.
enum class PriceFileFormat {
    LiteLlm, ///< LiteLLM's model_prices_and_context_window.json (litellm_import.h)
    Csv,     ///< a price CSV (csv_import.h)
    Catalog, ///< a PerToken catalog, {"format": "pertoken.api-prices", ...} (price_catalog.h)
};

/// "litellm", "csv", "catalog": the ids the command line's JSON uses.
QString priceFileFormatId(PriceFileFormat format);

/// What importing one price file gave. `import` holds the entries and the warnings (as data, for
/// the caller to show); `error` is set when nothing usable came out of the file, and then names
/// the file, the field where there is one, and what was expected. A file whose entries are all
/// malformed or unpriced is such an error, with the warnings still in `import.warnings`.
struct PriceFileImport {
    PriceFileFormat format = PriceFileFormat::LiteLlm;
    PriceImport import;
    QString stampDate; ///< the date given to entries without one, YYYY-MM-DD or ""
    std::optional<InputError> error;

    bool ok() const { return !error.has_value(); }
};

/// Recognises a price file and imports it; the one rule the command line (`prices import`) and
/// the Catalogs dialog share.
///
/// Recognition: a file named *.csv is CSV. Otherwise a file whose first non-blank byte is not
/// `{` or `[` is CSV; a JSON object whose "format" is "pertoken.api-prices" is a PerToken
/// catalog; a JSON object with another "format" starting with "pertoken." is another PerToken
/// file (a hardware catalog, a scenario) and is refused; any other JSON is LiteLLM's file.
///
/// Dating: an entry that carries its own date keeps it (every CSV row and most catalog entries
/// do). An entry without one (every LiteLLM entry, a catalog entry with an empty "asOf") gets
/// `stampDate`, the day the file was obtained (importPriceFile() passes the file's modification
/// date unless the user gave one). `stampDate` is "" or YYYY-MM-DD.
///
/// `fileName` is used in each LiteLLM entry's source ("<fileName>, key <key>") and as the
/// `source` of the error; pass the name without folders so entries read alike on every machine.
PriceFileImport importPriceFileBytes(const QByteArray &bytes, const QString &fileName,
                                     const QString &stampDate);

/// Reads `path` and imports it with importPriceFileBytes(). `stampDate` empty means the file's
/// modification date. Errors name `path` as given.
PriceFileImport importPriceFile(const QString &path, const QString &stampDate = {});

} // namespace pertoken
