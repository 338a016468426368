#include "charts/chart_format.h"

#include "common/number_format.h"
#include "panels/number_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

struct Scale {
    double factor;
    QString suffix;
};

NumberLanguage language()
{
    return NumberFormat::language();
}

// The magnitude word of the interface language: K, M, B (English), Tsd., Mio., Mrd. (German),
// 万, 亿 (Chinese); English axes write thousands as "k" to stay short.
Scale scaleFor(double magnitude)
{
    const Magnitude word = magnitudeFor(magnitude, language());
    if (word.factor == 1)
        return {1.0, QString()};
    return {word.factor, word.suffix == u"K"_s ? u"k"_s : word.suffix};
}

// A money label of an axis: "$1.2k" in English and Chinese, "1,2 Tsd. $" in German; `number`
// carries its magnitude word.
QString moneyLabel(bool negative, const QString &number)
{
    const QString symbol = currencySymbol(NumberFormat::displayCurrency().code);
    const QString sign = negative ? u"\u2212"_s : QString();
    if (language() == NumberLanguage::German)
        return sign + number + u" "_s + symbol;
    // A currency without a symbol is written as its code, then a space: "CHF 1.2k".
    const bool word = symbol == NumberFormat::displayCurrency().code;
    return sign + symbol + (word ? u" "_s : QString()) + number;
}

// The space between number and magnitude word; Chinese writes none.
QString wordSeparator(const QString &suffix)
{
    return suffix.isEmpty() || language() == NumberLanguage::Chinese ? QString() : u" "_s;
}

// Decimals that show a step of `step` exactly (steps are 1, 2 or 5 × 10^n).
int decimalsForStep(double step)
{
    if (!(step > 0))
        return 0;
    return std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 9);
}

// What a tooltip or table cell shows for a value that is not a number (never "nan" or "inf").
QString notAvailable()
{
    //: Shown in a chart tooltip or table cell in place of a number that does not exist.
    return QCoreApplication::translate("ChartFormat", "n/a");
}

} // namespace

double roundedForDisplay(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(value * factor) / factor;
    return rounded == 0 ? 0.0 : rounded;
}

QString formatFixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return notAvailable();
    return QLocale().toString(roundedForDisplay(value, decimals), 'f', decimals);
}

QString formatUsd(double usd)
{
    if (!std::isfinite(usd))
        return notAvailable();
    return formatMoney(usd, NumberFormat::displayCurrency(), language());
}

QString formatCount(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return formatCompact(value, language());
}

QString formatPlain(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    return formatSignificant(value, language());
}

QString inDisplayCurrency(const QString &usdTitle)
{
    const DisplayCurrency &currency = NumberFormat::displayCurrency();
    if (currency.isUsd())
        return usdTitle;
    //: %1 a title that names US dollars ("USD per million tokens"), %2 the currency the
    //: figures are shown in ("EUR").
    return QCoreApplication::translate("ChartFormat", "%1, shown in %2")
        .arg(usdTitle, currency.code);
}

QString displayCurrencyCode()
{
    return NumberFormat::displayCurrency().code;
}

QString formatValue(double value, NumberKind kind)
{
    switch (kind) {
    case NumberKind::Usd:
        return formatUsd(value);
    case NumberKind::Count:
        return formatCount(value);
    case NumberKind::Plain:
        break;
    }
    return formatPlain(value);
}

QList<double> niceTicks(double min, double max, int maxTicks, double anchor)
{
    maxTicks = std::max(maxTicks, 2);
    if (!std::isfinite(min) || !std::isfinite(max))
        return {0.0, 1.0};
    if (max < min)
        std::swap(min, max);
    if (max - min < 1e-12 * std::max(1.0, std::abs(max))) {
        const double pad = min == 0 ? 1.0 : std::abs(min) * 0.1;
        min -= min == 0 ? 0.0 : pad;
        max += pad;
    }
    const double raw = (max - min) / (maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    static constexpr std::array<double, 3> multiples = {1.0, 2.0, 5.0};
    for (int attempt = 0; attempt < 8; ++attempt) {
        for (const double multiple : multiples) {
            const double step = multiple * magnitude;
            const double first = std::floor((min - anchor) / step + 1e-9);
            const double last = std::ceil((max - anchor) / step - 1e-9);
            if (last - first + 1 > maxTicks)
                continue;
            QList<double> ticks;
            for (double k = first; k <= last; k += 1)
                ticks.append(k == 0 ? anchor : anchor + k * step);
            return ticks;
        }
        magnitude *= 10;
    }
    return {min, max};
}

QStringList axisTickLabels(const QList<double> &ticks, NumberKind kind)
{
    const QLocale locale;
    double magnitude = 0;
    for (const double tick : ticks)
        magnitude = std::max(magnitude, std::abs(tick));
    const double step = ticks.size() > 1 ? std::abs(ticks[1] - ticks[0]) : std::max(magnitude, 1.0);
    const Scale scale = kind == NumberKind::Plain ? Scale{1.0, QString()} : scaleFor(magnitude);
    const int decimals = decimalsForStep(step / scale.factor);

    QStringList labels;
    labels.reserve(ticks.size());
    for (const double tick : ticks) {
        const double value = roundedForDisplay(tick / scale.factor, decimals);
        if (value == 0) {
            labels.append(kind == NumberKind::Usd ? moneyLabel(false, u"0"_s) : u"0"_s);
            continue;
        }
        const QString number = locale.toString(std::abs(value), 'f', decimals);
        switch (kind) {
        case NumberKind::Usd:
            // English money axes stay short: "$1.2k"; German "1,2 Tsd. $", Chinese "$1.2万".
            labels.append(moneyLabel(value < 0, number +
                                                    (language() == NumberLanguage::German
                                                         ? wordSeparator(scale.suffix)
                                                         : QString()) +
                                                    scale.suffix));
            break;
        case NumberKind::Count:
            labels.append((value < 0 ? u"\u2212"_s : QString()) + number +
                          wordSeparator(scale.suffix) + scale.suffix);
            break;
        case NumberKind::Plain:
            labels.append((value < 0 ? u"\u2212"_s : QString()) + number);
            break;
        }
    }
    return labels;
}

QString decadeLabel(int exponent, NumberKind kind)
{
    const QLocale locale;
    QString number;
    if (exponent < 0) {
        number = locale.toString(std::pow(10.0, exponent), 'f', -exponent);
    } else {
        const double value = std::pow(10.0, exponent);
        const Scale scale = scaleFor(value);
        number = locale.toString(value / scale.factor, 'f', 0);
        if (!scale.suffix.isEmpty())
            number += (kind == NumberKind::Usd && language() != NumberLanguage::German
                           ? QString()
                           : wordSeparator(scale.suffix)) +
                      scale.suffix;
    }
    return kind == NumberKind::Usd ? moneyLabel(false, number) : number;
}

} // namespace pertoken::ui
