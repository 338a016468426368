#include "charts/chart_axes.h"

#include "charts/chart_series.h"
#include "charts/chart_style.h"
#include "panels/number_format.h"

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLogValueAxis>

#include <QFontMetricsF>
#include <QGraphicsTextItem>

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

const char *const kChartProperty = "pertokenChart";

QCategoryAxis &newLabelAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment)
{
    auto *axis = new QCategoryAxis;
    axis->setObjectName(objectName);
    axis->setProperty(kChartProperty, QVariant::fromValue(static_cast<QObject *>(&chart)));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart.addAxis(axis, alignment);
    return *axis;
}

// The length of the plot along `axis` in pixels as last laid out; 0 before the chart has a size.
double axisLength(const QAbstractAxis &axis)
{
    const auto *chart =
        qobject_cast<const QChart *>(axis.property(kChartProperty).value<QObject *>());
    if (!chart)
        return 0;
    QRectF plot = chart->plotArea();
    if (plot.isEmpty()) // not laid out yet: most of the chart
        plot = QRectF(QPointF(), chart->size() * 0.7);
    return axis.orientation() == Qt::Vertical ? plot.height() : plot.width();
}

// Whether `labels` fit along `axis` without Qt Charts shortening them. Qt Charts gives each label
// of a category axis an equal share of the axis (less a padding on both sides) and elides a
// label longer than its share: text width along a horizontal axis, line height along a vertical
// one. An axis without a size yet fits anything.
bool labelsFit(const QAbstractAxis &axis, const QStringList &labels)
{
    const double length = axisLength(axis);
    if (length <= 0 || labels.isEmpty())
        return true;
    constexpr double kPadding = 2 * 2 + 6; // Qt Charts' label padding each side, and a gap
    const QFontMetricsF metrics(axis.labelsFont());
    const double share = length / double(labels.size());
    if (axis.orientation() == Qt::Vertical)
        return share >= metrics.height() + kPadding;
    double widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return share >= widest + kPadding;
}

const char *const kTitlesProperty = "pertokenTitles";
const char *const kTitleFitProperty = "pertokenTitleFit";

// The title of `axis` that fits along the plot: the first of its titles (longest first) whose
// width, with a margin for Qt Charts' text padding, is at most the plot's length along the axis.
// Qt Charts cuts a longer title off with "..." at that length (VerticalAxis and HorizontalAxis
// truncate the title to the grid's height or width). Before the chart has a size, the first.
void fitTitle(QAbstractAxis &axis)
{
    const QStringList titles = axis.property(kTitlesProperty).toStringList();
    if (titles.isEmpty())
        return;
    constexpr double kMargin = 12;
    const double length = axisLength(axis);
    QString chosen = titles.first();
    if (length > 0) {
        const QFontMetricsF metrics(axis.titleFont());
        chosen = titles.last();
        for (const QString &title : titles) {
            if (metrics.horizontalAdvance(title) + kMargin <= length) {
                chosen = title;
                break;
            }
        }
    }
    if (axis.titleText() != chosen)
        axis.setTitleText(chosen);
}

} // namespace

void setAxisTitles(QChart &chart, QAbstractAxis &axis, const QStringList &titles)
{
    axis.setProperty(kChartProperty, QVariant::fromValue(static_cast<QObject *>(&chart)));
    axis.setProperty(kTitlesProperty, titles);
    // A rotated title takes one line's height beside the plot whatever its text, and a
    // horizontal one one line's height below it: choosing another title never moves the plot.
    if (!chart.property(kTitleFitProperty).toBool()) {
        chart.setProperty(kTitleFitProperty, true);
        QObject::connect(&chart, &QChart::plotAreaChanged, &chart, [chartPointer = &chart] {
            const auto axes = chartPointer->axes();
            for (QAbstractAxis *each : axes)
                fitTitle(*each);
        });
    }
    fitTitle(axis);
}

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
                          const QStringList &titles, const ChartStyle &style)
{
    auto *axis = qobject_cast<QCategoryAxis *>(findAxis(chart, objectName));
    if (!axis)
        axis = &newLabelAxis(chart, objectName, alignment);
    styleAxis(*axis, style);
    setAxisTitles(chart, *axis, titles);
    return *axis;
}

namespace {

const char *const kHeldProperty = "pertokenRangeHeld";
// The tick count (linear) or decades between labels (logarithmic) last chosen to fit.
const char *const kSpacingProperty = "pertokenTickSpacing";

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
    // Money axes tick at round amounts of the display currency; the series stay in US dollars.
    const double rate = kind == NumberKind::Usd ? NumberFormat::displayCurrency().perUsd : 1.0;
    min *= rate;
    max *= rate;
    // Fewer ticks where the labels would not fit: a small chart shows "$0, $5, $10" rather than
    // six labels shortened to "…". A held axis keeps the spacing it had.
    const bool held = isRangeHeld(axis) && axis.property(kSpacingProperty).isValid();
    int used = held ? axis.property(kSpacingProperty).toInt() : maxTicks;
    QList<double> ticks = niceTicks(min, max, used);
    QStringList labels = axisTickLabels(ticks, kind);
    for (int fewer = maxTicks - 1; !held && fewer >= 2 && !labelsFit(axis, labels); --fewer) {
        const QList<double> sparser = niceTicks(min, max, fewer);
        if (sparser.size() >= ticks.size())
            continue;
        ticks = sparser;
        labels = axisTickLabels(ticks, kind);
        used = fewer;
    }
    axis.setProperty(kSpacingProperty, used);
    for (double &tick : ticks)
        tick /= rate;
    setLabels(axis, ticks, labels, ticks.first(), ticks.last());
}

LogAxis logAxis(QChart &chart, const QString &objectName, Qt::Alignment alignment, double base,
                const QStringList &titles, const ChartStyle &style)
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
    setAxisTitles(chart, *axis.labels, titles);
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
    // Money axes label whole powers of the display currency; the scale stays in US dollars.
    const double rate = kind == NumberKind::Usd ? NumberFormat::displayCurrency().perUsd : 1.0;
    min *= rate;
    max *= rate;
    int low = static_cast<int>(std::floor(std::log(min) / logBase + 1e-9));
    int high = static_cast<int>(std::ceil(std::log(max) / logBase - 1e-9));
    if (isRangeHeld(*axis.scale) && axis.labels->count() > 0) {
        low = std::min(low,
                       static_cast<int>(std::lround(std::log(axis.scale->min() * rate) / logBase)));
        high = std::max(
            high, static_cast<int>(std::lround(std::log(axis.scale->max() * rate) / logBase)));
    }
    if (high <= low)
        high = low + 1;
    const int span = high - low;
    // Ten labels at most; six along a horizontal decade axis, whose labels ("100 M") are wider
    // than they are tall. Minor grid lines only where decades are wide enough to read.
    const int maxLabels = axis.scale->orientation() == Qt::Horizontal && base == 10 ? 6 : 10;
    axis.scale->setMinorTickCount(base == 10 && span <= 6 ? 8 : 0);
    axis.scale->setRange(std::pow(base, low) / rate, std::pow(base, high) / rate);

    // The overlay spans exactly the scale's range, in log10 units.
    const double first = std::log10(std::pow(base, low) / rate);
    const double last = std::log10(std::pow(base, high) / rate);
    QList<double> values;
    QStringList labels;
    // Every decade where there is room, else every second, third…: never a shortened label. A
    // held axis keeps the spacing it had.
    const bool held = isRangeHeld(*axis.scale) && axis.labels->property(kSpacingProperty).isValid();
    int every = held ? axis.labels->property(kSpacingProperty).toInt()
                     : std::max(1, (span + maxLabels - 1) / maxLabels);
    for (every = std::min(every, span); every <= span; ++every) {
        values.clear();
        labels.clear();
        for (int exponent = low; exponent <= high; ++exponent) {
            if ((exponent - low) % every != 0)
                continue;
            const double value = std::pow(base, exponent);
            values.append(std::log10(value / rate));
            labels.append(base == 10 ? decadeLabel(exponent, kind) : formatValue(value, kind));
        }
        if (values.size() < 2) {
            values.append(std::log10(std::pow(base, high) / rate));
            labels.append(formatValue(std::pow(base, high), kind));
        }
        if (values.first() != first) {
            values.prepend(first);
            labels.prepend(QString());
        }
        if (held || labelsFit(*axis.labels, labels))
            break;
    }
    axis.labels->setProperty(kSpacingProperty, std::min(every, std::max(span, 1)));
    setLabels(*axis.labels, values, labels, first, last);
}

QStringList fittedCategoryNames(const QChart &chart, const QStringList &names,
                                Qt::Orientation orientation, const QFont &font)
{
    // Qt Charts gives the vertical axes together at most 40% of the chart's width
    // (CartesianChartLayout's maxAxisPortion); a horizontal category axis shares the plot's
    // width among its categories. Less the labels' padding.
    constexpr double kMaxAxisPortion = 0.4;
    constexpr double kPadding = 16;
    const QSizeF size = chart.size();
    if (size.isEmpty() || names.isEmpty())
        return names;
    // The axes and the plot share the chart's width less its margins and the legend: up to the
    // plot's right edge where the chart has been laid out.
    const QRectF plot = chart.plotArea();
    const double plotWidth = plot.isEmpty() ? size.width() * 0.6 : plot.width();
    const double axesWidth =
        plot.isEmpty() ? size.width() * 0.6 : plot.right() - chart.margins().left();
    // With a fifth to spare: the plot area moves once the labels change.
    const double room = orientation == Qt::Vertical
                            ? axesWidth * kMaxAxisPortion * 0.8 - kPadding
                            : plotWidth / double(names.size()) * 0.7 - kPadding;
    if (room <= 0)
        return names;
    const QFontMetricsF metrics(font);
    QStringList fitted;
    fitted.reserve(names.size());
    for (const QString &name : names)
        fitted.append(metrics.elidedText(name, Qt::ElideMiddle, room));
    return fitted;
}

void replaceCategories(QBarCategoryAxis &axis, const QStringList &categories)
{
    const QStringList current = axis.categories();
    if (current == categories || (isRangeHeld(axis) && current.size() == categories.size()))
        return;
    axis.setCategories(categories);
}

namespace {

// The visible text items of the axes, with whether each is an axis title.
QList<std::pair<QString, bool>> drawnAxisTexts(const QChart &chart)
{
    QStringList titles;
    const auto axes = chart.axes();
    for (const QAbstractAxis *axis : axes) {
        if (axis->isTitleVisible() && !axis->titleText().isEmpty())
            titles.append(axis->titleText());
    }
    QList<std::pair<QString, bool>> texts;
    QList<QGraphicsItem *> pending = chart.childItems();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeFirst();
        if (item == chart.legend() || !item->isVisible())
            continue;
        if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item)) {
            const QString plain = text->toPlainText();
            QString stem = plain;
            if (stem.endsWith(u"..."))
                stem.chop(3);
            const bool title = !stem.isEmpty() &&
                               std::any_of(titles.cbegin(), titles.cend(),
                                           [&](const QString &t) { return t.startsWith(stem); });
            if (!plain.isEmpty())
                texts.append({plain, title});
        }
        pending.append(item->childItems());
    }
    return texts;
}

} // namespace

QStringList drawnAxisLabels(const QChart &chart)
{
    QStringList labels;
    const auto texts = drawnAxisTexts(chart);
    for (const auto &[text, title] : texts) {
        if (!title)
            labels.append(text);
    }
    return labels;
}

QStringList drawnAxisTitles(const QChart &chart)
{
    QStringList titles;
    const auto texts = drawnAxisTexts(chart);
    for (const auto &[text, title] : texts) {
        if (title)
            titles.append(text);
    }
    return titles;
}

void attachOnce(QAbstractSeries &series, QAbstractAxis &axis)
{
    if (!series.attachedAxes().contains(&axis))
        series.attachAxis(&axis);
}

} // namespace pertoken::ui
