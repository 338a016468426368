#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pertoken::ui {

/// What an axis or a tooltip number measures; decides the prefix and the scale suffixes.
enum class NumberKind {
    Usd,   ///< "$1.2k", "$0.42"
    Count, ///< "41.2 M", "1.5 B" (tokens, requests)
    Plain, ///< "12.5", "1,200" (tokens/s, ms, batch)
};

/// Rounds to `decimals` places and turns a negative zero into zero, so no label reads "-0.0".
double roundedForDisplay(double value, int decimals);

/// A number in the current locale with a fixed number of decimals and no "-0".
QString formatFixed(double value, int decimals);

/// A US dollar amount for tooltips and tables: "$12,345", "$4.21", "$0.0421" (three
/// significant digits below one dollar).
QString formatUsd(double usd);

/// A count with a scale suffix and three significant digits: "950", "41.2 k", "41.2 M",
/// "1.5 B", "3 T".
QString formatCount(double value);

/// A plain measurement with three significant digits (at most two decimals): "1,234", "45.6",
/// "0.82".
QString formatPlain(double value);

/// A title that names US dollars ("USD per million tokens") as the figures under it are shown:
/// unchanged in US dollars, else "USD per million tokens, shown in EUR".
QString inDisplayCurrency(const QString &usdTitle);
/// The display currency's code, for short axis titles where the long one does not fit:
/// "EUR/month".
QString displayCurrencyCode();

/// Formats one value as `kind` for a tooltip or table.
QString formatValue(double value, NumberKind kind);

/// Evenly spaced ticks covering [min, max] whose step is 1, 2 or 5 × 10^n, at most `maxTicks`
/// of them (at least two). The first tick is at or below `min`, the last at or above `max`.
/// When `anchor` lies inside the range it is one of the ticks.
QList<double> niceTicks(double min, double max, int maxTicks, double anchor = 0);

/// Labels for ticks of one linear axis: one scale (k, M, B) and one number of decimals for all,
/// chosen from the largest tick and the step, so labels line up and never repeat.
QStringList axisTickLabels(const QList<double> &ticks, NumberKind kind);

/// The label of the decade 10^exponent on a logarithmic axis: "1k", "10M", "$100", "$0.01".
QString decadeLabel(int exponent, NumberKind kind);

} // namespace pertoken::ui
