#include "panels/number_format.h"

#include <QLocale>

#include <cmath>

namespace pertoken::ui {

namespace {

DisplayCurrency &currentCurrency()
{
    static DisplayCurrency currency;
    return currency;
}

} // namespace

NumberLanguage NumberFormat::language()
{
    return numberLanguageFor(QLocale());
}

const DisplayCurrency &NumberFormat::displayCurrency()
{
    return currentCurrency();
}

void NumberFormat::setDisplayCurrency(const DisplayCurrency &currency)
{
    currentCurrency() = currency;
}

DisplayCurrencyScope::DisplayCurrencyScope(const DisplayCurrency &currency)
    : m_previous(NumberFormat::displayCurrency())
{
    NumberFormat::setDisplayCurrency(currency);
}

DisplayCurrencyScope::~DisplayCurrencyScope()
{
    NumberFormat::setDisplayCurrency(m_previous);
}

QString NumberFormat::flop(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return formatScientific(value, QStringLiteral("FLOP"), language());
}

QString NumberFormat::notAvailable()
{
    //: Shown in place of a number that does not exist (never "nan" or "inf").
    return tr("n/a");
}

QString NumberFormat::compact(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return formatCompact(value, language());
}

QString NumberFormat::usd(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return formatMoney(value, displayCurrency(), language());
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
    return tr("%1 tokens/s").arg(formatSignificant(value, language()));
}

} // namespace pertoken::ui
