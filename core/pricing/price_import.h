#pragma once

#include "pricing/api_price.h"

#include <QList>
#include <QStringList>

namespace pertoken {

/// What an importer read from a foreign price list. Entries that carry no per-token price
/// (priced per image, pixel, second or character, or not at all) are counted in `skipped`, never
/// imported at $0; entries with a malformed field are left out, counted in `malformed`, and each
/// has a line in `warnings` naming its key and field.
struct PriceImport {
    QList<ApiPrice> prices;
    QStringList warnings;
    int skipped = 0;
    int malformed = 0;
};

} // namespace pertoken
