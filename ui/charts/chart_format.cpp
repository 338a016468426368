#include "charts/chart_format.h"

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

// Thousands, millions, billions, trillions: the words people use for token volumes and dollars.
Scale scaleFor(double magnitude)
{
    static const std::array<Scale, 4> scales = {
        {{1e12, u"T"_s}, {1e9, u"B"_s}, {1e6, u"M"_s}, {1e3, u"k"_s}}};
    for (const Scale &scale : scales) {
        if (magnitude >= scale.factor)
            return scale;
    }
    return {1.0, QString()};
}

QString withoutTrailingZeros(QString text, const QLocale &locale)
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

// Decimals that show a step of `step` exactly (steps are 1, 2 or 5 × 10^n).
int decimalsForStep(double step)
{
    if (!(step > 0))
        return 0;
    return std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 9);
}

// Three significant digits: 123 → 0 decimals, 12.3 → 1, 1.23 → 2.
int decimalsForThreeDigits(double magnitude)
{
    if (magnitude >= 100)
        return 0;
    if (magnitude >= 10)
        return 1;
    return 2;
}

// What a tooltip or table cell shows for a value that is not a number (never "nan" or "inf").
QString notAvailable()
{
    //: Shown in a chart tooltip or table cell in place of a number that does not exist.
    return QCoreApplication::translate("ChartFormat", "n/a");
}

QString signedUsd(double value, const QString &number)
{
    return value < 0 ? u"\u2212$"_s + number : u"$"_s + number;
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
    const double magnitude = std::abs(usd);
    int decimals = 2;
    if (magnitude >= 1000)
        decimals = 0;
    else if (magnitude > 0 && magnitude < 1)
        decimals = std::clamp(2 - static_cast<int>(std::floor(std::log10(magnitude))), 2, 8);
    const double rounded = roundedForDisplay(usd, decimals);
    return signedUsd(rounded, QLocale().toString(std::abs(rounded), 'f', decimals));
}

QString formatCount(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (magnitude < 999.5)
        return locale.toString(roundedForDisplay(value, 0), 'f', 0);
    Scale scale = scaleFor(magnitude);
    double scaled = magnitude / scale.factor;
    int decimals = decimalsForThreeDigits(scaled);
    // 999.96 k is shown as 1 M, not "1,000 k".
    if (roundedForDisplay(scaled, decimals) >= 1000 && scale.factor < 1e12) {
        scale = scaleFor(scale.factor * 1000);
        scaled = magnitude / scale.factor;
        decimals = decimalsForThreeDigits(scaled);
    }
    const QString number = withoutTrailingZeros(
        locale.toString(roundedForDisplay(scaled, decimals), 'f', decimals), locale);
    return (value < 0 ? u"\u2212"_s : QString()) + number + u" "_s + scale.suffix;
}

QString formatPlain(double value)
{
    if (!std::isfinite(value))
        return notAvailable();
    const QLocale locale;
    const int decimals = decimalsForThreeDigits(std::abs(value));
    return withoutTrailingZeros(locale.toString(roundedForDisplay(value, decimals), 'f', decimals),
                                locale);
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
            labels.append(kind == NumberKind::Usd ? u"$0"_s : u"0"_s);
            continue;
        }
        const QString number = locale.toString(std::abs(value), 'f', decimals);
        switch (kind) {
        case NumberKind::Usd:
            labels.append(signedUsd(value, number + scale.suffix));
            break;
        case NumberKind::Count:
            labels.append((value < 0 ? u"\u2212"_s : QString()) + number +
                          (scale.suffix.isEmpty() ? QString() : u" "_s + scale.suffix));
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
        const int scaleExponent = std::min(exponent / 3 * 3, 12);
        const Scale scale = scaleFor(std::pow(10.0, scaleExponent));
        number = locale.toString(std::pow(10.0, exponent - scaleExponent), 'f', 0);
        if (!scale.suffix.isEmpty())
            number += (kind == NumberKind::Usd ? QString() : u" "_s) + scale.suffix;
    }
    return kind == NumberKind::Usd ? signedUsd(1, number) : number;
}

} // namespace pertoken::ui
