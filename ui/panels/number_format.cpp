#include "panels/number_format.h"

#include <QLocale>

#include <cmath>

namespace pertoken::ui {

namespace {

QString significant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return QLocale().toString(value, 'f', 0);
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::max(0, digits - 1 - magnitude);
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString NumberFormat::notAvailable()
{
    //: Shown in place of a number that does not exist (never "nan" or "inf").
    return tr("n/a");
}

QString NumberFormat::compact(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    const double magnitude = std::abs(value);
    if (magnitude >= 1e12)
        //: Trillions, e.g. "1.2 T".
        return tr("%1 T").arg(significant(value / 1e12, 3));
    if (magnitude >= 1e9)
        //: Billions (thousand millions), e.g. "1.2 B".
        return tr("%1 B").arg(significant(value / 1e9, 3));
    if (magnitude >= 1e6)
        //: Millions, e.g. "41 M".
        return tr("%1 M").arg(significant(value / 1e6, 3));
    if (magnitude >= 1e4)
        //: Thousands, e.g. "950 K".
        return tr("%1 K").arg(significant(value / 1e3, 3));
    return significant(value, 3);
}

QString NumberFormat::usd(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    const double magnitude = std::abs(value);
    QString amount;
    if (magnitude < 1)
        amount = significant(value, 3);
    else if (magnitude < 1e3)
        amount = QLocale().toString(value, 'f', 2);
    else if (magnitude < 1e6)
        amount = QLocale().toString(value, 'f', 0);
    else
        amount = compact(value);
    //: An amount in US dollars.
    return tr("$%1").arg(amount);
}

QString NumberFormat::usdPerMillionTokens(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return tr("%1 / M tokens").arg(usd(value));
}

QString NumberFormat::usdPerMonth(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return tr("%1/month").arg(usd(value));
}

QString NumberFormat::tokensPerMonth(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return tr("%1 tokens/month").arg(compact(value));
}

QString NumberFormat::tokensPerSecond(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return tr("%1 tokens/s").arg(significant(value, 3));
}

} // namespace pertoken::ui
