#pragma once

#include "charts/chart_format.h"

#include <QString>
#include <QStringList>

#include <Qt>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QFont;
class QLogValueAxis;

namespace pertoken::ui {

struct ChartStyle;

// Qt Charts formats axis labels with printf patterns, which cannot write "$1.2k" or "41 M".
// These helpers draw labels themselves with a QCategoryAxis: for a linear axis the category
// axis is the value axis; for a logarithmic axis a label-only category axis over log10 of the
// range sits on top of a QLogValueAxis whose own labels are hidden.

/// The axis of `chart` with this object name, or nullptr.
QAbstractAxis *findAxis(const QChart &chart, const QString &objectName);

/// Titles `axis` with the first of `titles` (longest first: "Monthly cost (USD per month)",
/// "USD/month") that fits along the plot, chosen again whenever the plot area changes; the last
/// where none fits. Qt Charts would cut a title that does not fit off with "...", which is how
/// small charts (the 2×2 overview on a laptop screen) lost their units.
void setAxisTitles(QChart &chart, QAbstractAxis &axis, const QStringList &titles);

/// Finds or creates a linear axis with readable labels, titled as setAxisTitles.
QCategoryAxis &linearAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment,
                          const QStringList &titles, const ChartStyle &style);

/// While an axis's range is held (a slider is being dragged), setLinearRange and setLogRange only
/// widen it: an axis that changes its labels makes Qt Charts lay out the whole chart again, which
/// costs more than a frame, and an axis that jumps back and forth is hard to read. Releasing the
/// hold lets the next call fit the range to the data again.
void setRangeHeld(QAbstractAxis &axis, bool held);
bool isRangeHeld(const QAbstractAxis &axis);

/// Sets the range to nice ticks around [min, max] with labels formatted as `kind`. Does nothing
/// when nothing changed.
void setLinearRange(QCategoryAxis &axis, double min, double max, NumberKind kind, int maxTicks);

/// A logarithmic axis and its label overlay.
struct LogAxis {
    QLogValueAxis *scale = nullptr;  ///< attach series to this one
    QCategoryAxis *labels = nullptr; ///< only draws labels and the title
};

/// Finds or creates a logarithmic axis (base 10 or 2) with readable labels, titled as
/// setAxisTitles.
LogAxis logAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment, double base,
                const QStringList &titles, const ChartStyle &style);

/// Sets the range to whole powers of the base around [min, max] (both > 0); labels as `kind`.
void setLogRange(const LogAxis &axis, double min, double max, NumberKind kind);

/// Option names for a category axis of `chart`, each shortened in the middle ("Llama 3.3 70B…64 GB
/// laptop") to the room Qt Charts gives it, so Qt Charts never cuts one off at the end. The whole
/// names stay in the tooltips and the data table. Unchanged before the chart has a size.
QStringList fittedCategoryNames(const QChart &chart, const QStringList &names,
                                Qt::Orientation orientation, const QFont &font);

/// Gives `axis` these categories unless it has them, or is held (setRangeHeld) with as many:
/// during a slider drag the names stay, only their shortening could change with the plot's width,
/// and new labels would make Qt Charts lay out the whole chart again.
void replaceCategories(QBarCategoryAxis &axis, const QStringList &categories);

/// The tick and category labels of the axes as Qt Charts draws them now, after it shortened
/// those that did not fit (they then end in "..."); titles and the legend are not included.
/// Empty until the chart was laid out.
QStringList drawnAxisLabels(const QChart &chart);
/// The axis titles as drawn, shortened like the labels.
QStringList drawnAxisTitles(const QChart &chart);

/// Attaches `series` to `axis` unless it already is.
void attachOnce(QAbstractSeries &series, QAbstractAxis &axis);

} // namespace pertoken::ui
