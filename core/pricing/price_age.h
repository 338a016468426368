#pragma once

#include "pricing/api_price.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pertoken {

/// How old a price may be before it is marked: six months unless the user sets otherwise
/// (Preferences in the dashboard, --stale-after-months on the command line).
inline constexpr int kDefaultStaleAfterMonths = 6;
inline constexpr int kMinStaleAfterMonths = 1;
inline constexpr int kMaxStaleAfterMonths = 120;

/// True when a price read on `asOf` (YYYY-MM-DD) is older than `months` calendar months on
/// `today`: asOf < today − months (QDate::addMonths, so 2026-08-31 minus six months is
/// 2026-02-28). An empty or unreadable date is never marked: there is nothing to compare.
bool isPriceStale(const QString &asOf, const QDate &today, int months);

/// The distinct API prices among `prices` that isPriceStale() marks, in order, once per id.
QList<ApiPrice> stalePrices(const QList<ApiPrice> &prices, const QDate &today, int months);

} // namespace pertoken
