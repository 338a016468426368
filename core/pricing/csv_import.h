#pragma once

#include "common/input_error.h"
#include "pricing/price_import.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pertoken {

/// Imports a price list kept as CSV (RFC 4180: comma separated, UTF-8, a field holding a comma,
/// quote or line break is quoted and its quotes doubled). The first line is the header:
///
///     id,provider,model,input_usd_per_mtok,output_usd_per_mtok,cached_input_usd_per_mtok,
///     batch_discount,long_context_threshold_tokens,long_context_input_usd_per_mtok,
///     long_context_output_usd_per_mtok,output_modality,context_window_tokens,as_of,source
///
/// (one line in the file). Columns may come in any order; the optional ones may be left out of
/// the header or left empty in a row: cached_input_usd_per_mtok (empty = no caching discount),
/// batch_discount (a fraction off list price, 0.5 = half price; empty = no batch API), the three
/// long_context_* columns (threshold in prompt tokens, with at least one of its rates), an extra
/// long_context_cached_input_usd_per_mtok, and context_window_tokens (empty = unknown). Required
/// in every row: id, provider, model, input_usd_per_mtok, output_usd_per_mtok, output_modality
/// (text, image, audio or embedding), as_of (YYYY-MM-DD) and source. Prices are USD per million
/// tokens. Blank lines are skipped.
///
/// The file is all or nothing: the first bad cell is an error whose field names the line and the
/// column ("line 4, column input_usd_per_mtok"), so a price list is fixed rather than half read.
Result<PriceImport> importPriceCsv(const QByteArray &csv, const QString &source);

/// The header columns, in the documented order (the optional long_context_cached one last).
QStringList priceCsvColumns();

} // namespace pertoken
