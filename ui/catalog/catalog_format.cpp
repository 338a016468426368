#include "catalog/catalog_format.h"

#include <QLocale>

#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

QString catalogNumber(double value, int minDecimals, int maxDecimals)
{
    int decimals = minDecimals;
    while (decimals < maxDecimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::abs(std::round(value * scale) - value * scale) < 1e-6)
            break;
        ++decimals;
    }
    return QLocale().toString(value, 'f', decimals);
}

QString catalogPrice(double usdPerMTok)
{
    return usdPerMTok < 0 ? u"–"_s : catalogNumber(usdPerMTok, 2);
}

QString catalogTokens(double tokens)
{
    return tokens > 0 ? QLocale().toString(static_cast<qlonglong>(std::llround(tokens))) : u"–"_s;
}

} // namespace pertoken::ui
