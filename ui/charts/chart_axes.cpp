#include "charts/chart_axes.h"

#include "charts/chart_series.h"
#include "charts/chart_style.h"

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLogValueAxis>

#include <algorithm>
#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Replaces the labels of a category axis, one at each value. A category axis places label i at
// the end of category i, so the first category is a sliver ending at the first tick.
void setLabels(QCategoryAxis &axis, const QList<double> &values, QStringList labels,
               double rangeMin, double rangeMax)
{
    if (values.size() < 2)
        return;
    labels = uniqueCategoryLabels(labels);
    const double epsilon = (values.last() - values.first()) * 1e-6;
    bool same =
        axis.categoriesLabels() == labels && axis.min() == rangeMin && axis.max() == rangeMax;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis.endValue(labels[i]) == values[i];
    if (same)
        return;
    const QStringList old = axis.categoriesLabels();
    for (const QString &label : old)
        axis.remove(label);
    axis.setStartValue(values.first() - epsilon);
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis.append(labels[i], values[i]);
    axis.setRange(rangeMin, rangeMax);
}

QCategoryAxis &newLabelAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment)
{
    auto *axis = new QCategoryAxis;
    axis->setObjectName(objectName);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart.addAxis(axis, alignment);
    return *axis;
}

} // namespace

QAbstractAxis *findAxis(const QChart &chart, const QString &objectName)
{
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        if (axis->objectName() == objectName)
            return axis;
    }
    return nullptr;
}

QCategoryAxis &linearAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment,
                          const QString &title, const ChartStyle &style)
{
    auto *axis = qobject_cast<QCategoryAxis *>(findAxis(chart, objectName));
    if (!axis)
        axis = &newLabelAxis(chart, objectName, alignment);
    styleAxis(*axis, style);
    axis->setTitleText(title);
    return *axis;
}

namespace {

const char *const kHeldProperty = "pertokenRangeHeld";

} // namespace

void setRangeHeld(QAbstractAxis &axis, bool held)
{
    axis.setProperty(kHeldProperty, held);
}

bool isRangeHeld(const QAbstractAxis &axis)
{
    return axis.property(kHeldProperty).toBool();
}

void setLinearRange(QCategoryAxis &axis, double min, double max, NumberKind kind, int maxTicks)
{
    // The held range is made of earlier nice ticks, so widening to it gives the same ticks back.
    if (isRangeHeld(axis) && axis.count() > 0) {
        min = std::min(min, axis.min());
        max = std::max(max, axis.max());
    }
    const QList<double> ticks = niceTicks(min, max, maxTicks);
    setLabels(axis, ticks, axisTickLabels(ticks, kind), ticks.first(), ticks.last());
}

LogAxis logAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment, double base,
                const QString &title, const ChartStyle &style)
{
    LogAxis axis;
    axis.scale = qobject_cast<QLogValueAxis *>(findAxis(chart, objectName));
    axis.labels = qobject_cast<QCategoryAxis *>(findAxis(chart, objectName + u".labels"_s));
    if (!axis.scale) {
        axis.scale = new QLogValueAxis;
        axis.scale->setObjectName(objectName);
        axis.scale->setBase(base);
        chart.addAxis(axis.scale, alignment);
    }
    if (!axis.labels)
        axis.labels = &newLabelAxis(chart, objectName + u".labels"_s, alignment);
    styleAxis(*axis.scale, style);
    styleAxis(*axis.labels, style);
    axis.scale->setLabelsVisible(false);
    axis.scale->setLineVisible(false);
    axis.scale->setTitleVisible(false);
    axis.labels->setGridLineVisible(false);
    axis.labels->setTitleText(title);
    return axis;
}

void setLogRange(const LogAxis &axis, double min, double max, NumberKind kind)
{
    const double base = axis.scale->base();
    const double logBase = std::log(base);
    if (!(min > 0) || !(max > 0) || !std::isfinite(min) || !std::isfinite(max)) {
        min = 1;
        max = base;
    }
    int low = static_cast<int>(std::floor(std::log(min) / logBase + 1e-9));
    int high = static_cast<int>(std::ceil(std::log(max) / logBase - 1e-9));
    if (isRangeHeld(*axis.scale) && axis.labels->count() > 0) {
        low = std::min(low, static_cast<int>(std::lround(std::log(axis.scale->min()) / logBase)));
        high = std::max(high, static_cast<int>(std::lround(std::log(axis.scale->max()) / logBase)));
    }
    if (high <= low)
        high = low + 1;
    const int span = high - low;
    // Ten labels at most; six along a horizontal decade axis, whose labels ("100 M") are wider
    // than they are tall. Minor grid lines only where decades are wide enough to read.
    const int maxLabels = axis.scale->orientation() == Qt::Horizontal && base == 10 ? 6 : 10;
    const int every = std::max(1, (span + maxLabels - 1) / maxLabels);
    axis.scale->setMinorTickCount(base == 10 && span <= 6 ? 8 : 0);
    axis.scale->setRange(std::pow(base, low), std::pow(base, high));

    QList<double> values;
    QStringList labels;
    for (int exponent = low; exponent <= high; ++exponent) {
        if ((exponent - low) % every != 0)
            continue;
        const double value = std::pow(base, exponent);
        values.append(std::log10(value));
        labels.append(base == 10 ? decadeLabel(exponent, kind) : formatValue(value, kind));
    }
    if (values.size() < 2) {
        values.append(std::log10(std::pow(base, high)));
        labels.append(formatValue(std::pow(base, high), kind));
    }
    // The overlay spans exactly the scale's range, in log10 units.
    const double first = std::log10(std::pow(base, low));
    const double last = std::log10(std::pow(base, high));
    if (values.first() != first) {
        values.prepend(first);
        labels.prepend(QString());
    }
    setLabels(*axis.labels, values, labels, first, last);
}

void attachOnce(QAbstractSeries &series, QAbstractAxis &axis)
{
    if (!series.attachedAxes().contains(&axis))
        series.attachAxis(&axis);
}

} // namespace pertoken::ui
