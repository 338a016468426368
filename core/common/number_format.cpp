#include "common/number_format.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// "12345" → "12,345": thousands grouping independent of the system locale.
QString grouped(double wholeNumber)
{
    QString digits = QString::number(wholeNumber, 'f', 0);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

} // namespace

QString formatUsd(double usd)
{
    if (!std::isfinite(usd))
        return u"n/a"_s;
    if (std::abs(usd) < 1e-12)
        usd = 0.0;
    const double magnitude = std::abs(usd);
    const QString sign = usd < 0 ? u"-"_s : QString();
    if (magnitude >= 1e6)
        return sign + u"$"_s + QString::number(magnitude / 1e6, 'f', 2) + u" M"_s;
    if (magnitude >= 1000)
        return sign + u"$"_s + grouped(magnitude);
    if (magnitude >= 1)
        return sign + u"$"_s + QString::number(magnitude, 'f', 2);
    if (magnitude == 0)
        return u"$0.00"_s;
    return sign + u"$"_s + QString::number(magnitude, 'g', 3);
}

QString formatCount(double count)
{
    if (!std::isfinite(count))
        return u"n/a"_s;
    const double magnitude = std::abs(count);
    struct Step {
        double size;
        const char16_t *suffix;
    };
    static const Step steps[] = {{1e12, u" T"}, {1e9, u" B"}, {1e6, u" M"}, {1e3, u" k"}};
    for (const Step &step : steps) {
        if (magnitude >= step.size)
            return QString::number(count / step.size, 'g', 3) + QString::fromUtf16(step.suffix);
    }
    return QString::number(count, 'g', 3);
}

namespace {

const QString kMinus = u"\u2212"_s;

// Decimals that give three significant digits: 123 → 0, 12.3 → 1, 0.0123 → 4.
int decimalsForSignificant(double magnitude, int digits)
{
    if (!(magnitude > 0))
        return 0;
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    return std::clamp(digits - 1 - exponent, 0, 9);
}

double roundTo(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(value * factor) / factor;
    return rounded == 0 ? 0.0 : rounded;
}

// Rounds to `digits` significant digits: 999,960 → 1,000,000 at three.
double roundSignificant(double magnitude, int digits)
{
    if (!(magnitude > 0))
        return 0;
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    const double unit = std::pow(10.0, exponent - digits + 1);
    return std::round(magnitude / unit) * unit;
}

QString dropTrailingZeros(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(locale.zeroDigit()))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

QString superscript(int exponent)
{
    static const char16_t digits[] =
        u"\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    QString text = exponent < 0 ? u"\u207b"_s : QString();
    const QString plain = QString::number(std::abs(exponent));
    for (const QChar digit : plain)
        text += QChar(digits[digit.digitValue()]);
    return text;
}

} // namespace

NumberLanguage numberLanguageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return NumberLanguage::German;
    case QLocale::Chinese:
        return NumberLanguage::Chinese;
    default:
        return NumberLanguage::English;
    }
}

NumberLanguage numberLanguageFor(const QString &code)
{
    if (code.startsWith(u"de"_s, Qt::CaseInsensitive))
        return NumberLanguage::German;
    if (code.startsWith(u"zh"_s, Qt::CaseInsensitive))
        return NumberLanguage::Chinese;
    return NumberLanguage::English;
}

QLocale numberLocale(NumberLanguage language)
{
    switch (language) {
    case NumberLanguage::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case NumberLanguage::Chinese:
        return QLocale(QLocale::Chinese, QLocale::China);
    case NumberLanguage::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

Magnitude magnitudeFor(double magnitude, NumberLanguage language)
{
    struct Word {
        double factor;
        const char16_t *suffix;
    };
    static const Word english[] = {{1e12, u"T"}, {1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"}};
    static const Word german[] = {{1e12, u"Bio."}, {1e9, u"Mrd."}, {1e6, u"Mio."}, {1e3, u"Tsd."}};
    static const Word chinese[] = {{1e12, u"\u4e07\u4ebf"}, {1e8, u"\u4ebf"}, {1e4, u"\u4e07"}};
    auto pick = [magnitude, language](const auto &words) {
        for (const Word &word : words) {
            if (magnitude >= word.factor)
                return Magnitude{word.factor, QString::fromUtf16(word.suffix),
                                 language != NumberLanguage::Chinese};
        }
        return Magnitude{};
    };
    switch (language) {
    case NumberLanguage::German:
        return pick(german);
    case NumberLanguage::Chinese:
        return pick(chinese);
    case NumberLanguage::English:
        break;
    }
    return pick(english);
}

QString formatDecimal(double value, int decimals, NumberLanguage language)
{
    if (!std::isfinite(value))
        return notAvailableText(language);
    const double rounded = roundTo(value, decimals);
    const QString number = numberLocale(language).toString(std::abs(rounded), 'f', decimals);
    return rounded < 0 ? kMinus + number : number;
}

QString formatSignificant(double value, NumberLanguage language)
{
    if (!std::isfinite(value))
        return notAvailableText(language);
    const int decimals = decimalsForSignificant(roundSignificant(std::abs(value), 3), 3);
    return dropTrailingZeros(formatDecimal(value, decimals, language), numberLocale(language));
}

QString formatCompact(double value, NumberLanguage language)
{
    if (!std::isfinite(value))
        return notAvailableText(language);
    const double rounded = roundSignificant(std::abs(value), 3);
    if (rounded < 1e4)
        return formatSignificant(value, language);
    const Magnitude word = magnitudeFor(rounded, language);
    const QString number = formatSignificant(rounded / word.factor, language);
    return (value < 0 ? kMinus : QString()) + number + (word.spaced ? u" "_s : QString()) +
           word.suffix;
}

QString formatScientific(double value, const QString &unit, NumberLanguage language, int digits)
{
    digits = std::clamp(digits, 1, 15);
    if (!std::isfinite(value))
        return notAvailableText(language);
    const QString withUnit = unit.isEmpty() ? QString() : u" "_s + unit;
    const double magnitude = std::abs(value);
    if (magnitude == 0 || (magnitude >= 0.01 && roundSignificant(magnitude, 2) < 1e4))
        return formatSignificant(value, language) + withUnit;
    int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    double mantissa = roundTo(magnitude / std::pow(10.0, exponent), digits - 1);
    if (mantissa >= 10) {
        mantissa /= 10;
        ++exponent;
    }
    const QString number =
        dropTrailingZeros(formatDecimal(mantissa, digits - 1, language), numberLocale(language));
    return (value < 0 ? kMinus : QString()) + number + u" \u00d7 10"_s + superscript(exponent) +
           withUnit;
}

std::optional<double> parseScientific(QString text, const QString &unit, NumberLanguage language)
{
    if (text.size() > 100)
        return std::nullopt;
    text = text.trimmed();
    if (!unit.isEmpty() && text.endsWith(unit))
        text.chop(unit.size());
    static const QString superscripts =
        u"\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"_s;
    QString plain;
    for (const QChar c : std::as_const(text)) {
        const qsizetype digit = superscripts.indexOf(c);
        if (digit >= 0)
            plain += QChar(char16_t(u'0' + digit));
        else if (c == u'\u207b' || c == u'\u2212')
            plain += u'-';
        else if (!c.isSpace())
            plain += c;
    }
    // "3.2×10^23", "3.2x10²³", "3.2*10^23" → "3.2e23"; "10²³" alone → "1e23".
    static const QRegularExpression power(u"^(.*?)(?:[\u00d7xX*]|^)10\\^?(-?\\d+)$"_s);
    const QRegularExpressionMatch match = power.match(plain);
    if (match.hasMatch()) {
        const QString mantissa = match.captured(1).isEmpty() ? u"1"_s : match.captured(1);
        plain = mantissa + u"e"_s + match.captured(2);
    }
    const QLocale locale = numberLocale(language);
    bool ok = false;
    double value = locale.toDouble(plain, &ok);
    if (!ok) // "3.2e23" typed with a point in a German interface
        value = QLocale::c().toDouble(plain, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString notAvailableText(NumberLanguage language)
{
    switch (language) {
    case NumberLanguage::German:
        return u"k. A."_s;
    case NumberLanguage::Chinese:
        return u"\u4e0d\u9002\u7528"_s;
    case NumberLanguage::English:
        break;
    }
    return u"n/a"_s;
}

Result<DisplayCurrency> makeDisplayCurrency(const QString &source, const QString &code,
                                            double perUsd, const QDate &rateDate)
{
    static const QRegularExpression threeLetters(u"^[A-Z]{3}$"_s);
    if (!threeLetters.match(code).hasMatch())
        return InputError{source, u"currency"_s,
                          u"must be a three-letter ISO 4217 code in capitals such as USD, EUR "
                          "or CNY (got \"%1\")"_s.arg(code.left(40))};
    if (!std::isfinite(perUsd) || perUsd <= 0 || perUsd > 1e6)
        return InputError{source, u"rate"_s,
                          u"must be a number above 0 and at most 1000000 %1 per US dollar "
                          "(got %2)"_s.arg(code, QString::number(perUsd, 'g', 8))};
    DisplayCurrency currency;
    currency.code = code;
    if (code == u"USD"_s) {
        if (perUsd != 1)
            return InputError{source, u"rate"_s,
                              u"a US dollar is 1 US dollar (got %1)"_s.arg(perUsd)};
        return currency;
    }
    if (!rateDate.isValid())
        return InputError{source, u"rate date"_s,
                          u"a rate for %1 needs the date it was read, as YYYY-MM-DD"_s.arg(code)};
    currency.perUsd = perUsd;
    currency.rateDate = rateDate;
    return currency;
}

QString currencySymbol(const QString &code)
{
    if (code == u"USD"_s)
        return u"$"_s;
    if (code == u"EUR"_s)
        return u"\u20ac"_s;
    if (code == u"GBP"_s)
        return u"\u00a3"_s;
    if (code == u"JPY"_s)
        return u"JP\u00a5"_s;
    if (code == u"CNY"_s)
        return u"CN\u00a5"_s;
    return code;
}

QString formatMoney(double usd, const DisplayCurrency &currency, NumberLanguage language)
{
    if (!std::isfinite(usd))
        return notAvailableText(language);
    const double amount = currency.fromUsd(usd);
    const double magnitude = std::abs(amount);
    QString number;
    if (magnitude < 1)
        number = magnitude < 1e-12 ? formatDecimal(0, 2, language)
                                   : formatSignificant(magnitude, language);
    else if (roundTo(magnitude, 2) < 1000)
        number = formatDecimal(magnitude, 2, language);
    else if (roundTo(magnitude, 0) < 1e6)
        number = formatDecimal(magnitude, 0, language);
    else
        number = formatCompact(magnitude, language);
    const QString sign = amount < 0 && magnitude >= 1e-12 ? kMinus : QString();
    const QString symbol = currencySymbol(currency.code);
    if (language == NumberLanguage::German)
        return sign + number + u" "_s + symbol;
    const bool isWord = symbol == currency.code;
    return sign + symbol + (isWord ? u" "_s : QString()) + number;
}

QString formatMoneyText(double usd, const DisplayCurrency &currency)
{
    return currency.isUsd() ? formatUsd(usd) : formatMoney(usd, currency, NumberLanguage::English);
}

QString currencyNote(const DisplayCurrency &currency)
{
    if (currency.isUsd())
        return QString();
    return u"Money in %1 at %2 %1 per US dollar (rate of %3); stored figures are in US "
           "dollars."_s.arg(currency.code, QString::number(currency.perUsd, 'g', 8),
                            currency.rateDate.toString(Qt::ISODate));
}

} // namespace pertoken
