#pragma once

#include <QCoreApplication>
#include <QString>

namespace pertoken::ui {

/// How the dashboard writes money and volumes: "$0.312", "$1,240", "$3.4 M", "41 M tokens/month".
/// Locale-aware digits; magnitudes as K, M, B, T (translatable). A value that is not finite is
/// shown as "n/a", never as "nan" or "inf", and without its unit.
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
};

} // namespace pertoken::ui
