#pragma once

#include <QString>

namespace pertoken::ui {

/// How catalog tables write figures: exact values in the user's locale, units in the column
/// header. A negative price means "not offered" and shows as a dash.
QString catalogNumber(double value, int minDecimals = 0, int maxDecimals = 6);
QString catalogPrice(double usdPerMTok);
QString catalogTokens(double tokens);

} // namespace pertoken::ui
