#pragma once

#include "common/input_error.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace pertoken {

/// Plain-text number formats shared by the command line and the decision memo (the dashboard
/// formats through the user's locale instead). Always with the unit, never "-0".

/// "$0.0123", "$4.18", "$12,345", "$1.23 M"
QString formatUsd(double usd);
/// "950", "12.3 k", "3.6 B", "1.2 T" (tokens, requests, FLOPs without the unit)
QString formatCount(double count);

// ---------------------------------------------------------------------------------------------
// Numbers in the interface language. The dashboard passes the language it speaks, the command
// line and the memo English; the same value then reads the same wherever it is shown.

/// The languages numbers are written in: decimal separator, grouping and magnitude words.
enum class NumberLanguage {
    English, ///< "1,234.5", "41.2 M", "72.2 B"
    German,  ///< "1.234,5", "41,2 Mio.", "72,2 Mrd."
    Chinese, ///< "1,234.5", "4120万", "1.23亿" (Chinese counts in steps of 10^4)
};

/// German for a German locale, Chinese for a Chinese one, English otherwise.
NumberLanguage numberLanguageFor(const QLocale &locale);
/// The same for an interface language code: "de", "de_AT" → German; "zh_CN" → Chinese.
NumberLanguage numberLanguageFor(const QString &code);
/// The locale whose separators `language` uses (en_US, de_DE, zh_CN).
QLocale numberLocale(NumberLanguage language);

/// A named magnitude: `factor` 1e6 with suffix "M" (English), "Mio." (German), or 1e4 with "万".
struct Magnitude {
    double factor = 1;
    QString suffix;     ///< empty for factor 1
    bool spaced = true; ///< a space between number and suffix ("41 M"; Chinese writes "41万")
};
/// The largest magnitude word of `language` not above `magnitude`: English K, M, B, T (10^3…
/// 10^12); German Tsd., Mio., Mrd., Bio.; Chinese 万 (10^4), 亿 (10^8), 万亿 (10^12). Factor 1
/// below the first.
Magnitude magnitudeFor(double magnitude, NumberLanguage language);

/// `value` with `decimals` decimals in the language's separators, grouped, never "-0".
QString formatDecimal(double value, int decimals, NumberLanguage language);
/// Three significant digits, trailing zeros dropped: 18.4 → "18,4" (German), 0.0123, 1,234.
QString formatSignificant(double value, NumberLanguage language);
/// A count with three significant digits and a magnitude word from 10^4 on: 9,500; "12.3 K",
/// "72.2 Mrd.", "1.23万", "1.23亿". Below 10^4 the whole number, grouped.
QString formatCompact(double value, NumberLanguage language);
/// Scientific notation with the unit: 3.2e23, "FLOP" → "3.2 × 10²³ FLOP" ("3,2 × 10²³ FLOP" in
/// German); two significant digits, or `digits` (trailing zeros dropped). Values from 0.01 to
/// below 10^4 are written out ("950 FLOP").
QString formatScientific(double value, const QString &unit, NumberLanguage language,
                         int digits = 2);
/// Reads what formatScientific() writes, and what a user types in a field for large numbers:
/// "3.2 × 10²³", "3.2e23", "3,2 × 10^23" (German), "1,000,000" (grouped), with or without the
/// `unit` after it. Nothing when the text is not a finite number.
std::optional<double> parseScientific(QString text, const QString &unit, NumberLanguage language);
/// "n/a", "k. A.", "不适用": what a cell shows for a value that does not exist.
QString notAvailableText(NumberLanguage language);

/// The currency money is shown in. Every stored figure is in US dollars; a display currency
/// multiplies it by a rate the user set, with the date the rate was read.
struct DisplayCurrency {
    QString code = QStringLiteral("USD"); ///< ISO 4217, upper case: "USD", "EUR", "CNY"
    double perUsd = 1;                    ///< units of `code` for one US dollar
    QDate rateDate;                       ///< when the rate was read; invalid for USD

    bool isUsd() const { return code == QLatin1String("USD"); }
    double fromUsd(double usd) const { return usd * perUsd; }
};

/// Checks a currency the user gave (`source` names the flag or setting in the message): a code
/// of three letters A–Z, a rate above 0 and at most 10^6 per US dollar, a date for every
/// currency but USD (whose rate must be 1).
Result<DisplayCurrency> makeDisplayCurrency(const QString &source, const QString &code,
                                            double perUsd, const QDate &rateDate);
/// "$" for USD, "€" EUR, "£" GBP, "JP¥" JPY, "CN¥" CNY; the code itself for others.
QString currencySymbol(const QString &code);
/// A money amount in the display currency: below 1 three significant digits, below 1,000 two
/// decimals, below 10^6 whole units, then compact. "$4.18", "€12,345", "CN¥1.23万"; German puts
/// the symbol after the number: "4,18 €", "72,2 Mrd. $".
QString formatMoney(double usd, const DisplayCurrency &currency, NumberLanguage language);
/// Money in English text for the command line and the memo: US dollars exactly as formatUsd,
/// another currency as formatMoney writes it in English.
QString formatMoneyText(double usd, const DisplayCurrency &currency);
/// "Money in EUR at 0.92 EUR per US dollar (rate of 2026-11-30); stored figures are in US
/// dollars." Empty for USD. English, for the memo and the command line.
QString currencyNote(const DisplayCurrency &currency);

} // namespace pertoken
