#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken prices import FILE [--out F] [--json] [--as-of YYYY-MM-DD]`: reads a LiteLLM
/// model_prices_and_context_window.json, a price CSV (header in core/pricing/csv_import.h) or a
/// PerToken api-prices catalog, and prints what it found (a table, or with --json the
/// "pertoken.prices-import/1" document); --out writes the prices as a PerToken catalog
/// (the schema of resources/catalog/api-prices.json). `arguments` are the words after
/// `pertoken prices`. Exit status 0, 1 when --out cannot be written, 2 on bad usage or input.
int runPricesCommand(const QStringList &arguments);

} // namespace pertoken::cli
