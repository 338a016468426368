#pragma once

#include "common/number_format.h"

#include <QCoreApplication>
#include <QString>

namespace pertoken::ui {

/// How the dashboard writes money and volumes: "$0.312", "$1,240", "$3.4 M", "41 M tokens/month".
/// Digits and magnitude words follow the interface language (core/common/number_format.h:
/// "72,2 Mrd.", "1.23亿"); money is in the display currency (Preferences). A value that is not
/// finite is shown as "n/a", never as "nan" or "inf", and without its unit.
class NumberFormat final {
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)

public:
    /// Three significant digits with a magnitude suffix: 1234 → "1.23 K", 4.1e7 → "41 M".
    static QString compact(double value);
    /// US dollars: three significant digits below $1, cents below $1,000, whole dollars below
    /// $1 M, then compact.
    static QString usd(double value);
    static QString usdPerMillionTokens(double value);
    static QString usdPerMonth(double value);
    static QString tokensPerMonth(double value);
    static QString tokensPerSecond(double value);
    static QString notAvailable(); ///< "n/a", translated
    /// FLOPs in scientific notation with the unit: "3.2 × 10²³ FLOP".
    static QString flop(double value);

    /// The language numbers are written in: the default locale's (Language::install sets it).
    static NumberLanguage language();
    /// The currency every money figure of the dashboard is shown in; US dollars by default.
    static const DisplayCurrency &displayCurrency();
    static void setDisplayCurrency(const DisplayCurrency &currency);
};

/// While alive, money is shown in `currency`; the currency before comes back when it ends.
class DisplayCurrencyScope final {
    Q_DISABLE_COPY_MOVE(DisplayCurrencyScope)

public:
    explicit DisplayCurrencyScope(const DisplayCurrency &currency);
    ~DisplayCurrencyScope();

private:
    DisplayCurrency m_previous;
};

} // namespace pertoken::ui
