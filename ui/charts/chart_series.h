#pragma once

#include "scenario/evaluation.h"

#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtCharts/QChart>

#include <Qt>

class QXYSeries;

namespace pertoken::ui {

/// The series of `chart` with this object name and type, created and added when missing.
/// `created` tells whether it is new (its axes still need attaching).
template <typename Series>
Series &seriesNamed(QChart &chart, const QString &objectName, bool *created = nullptr)
{
    const auto all = chart.series();
    for (QAbstractSeries *one : all) {
        if (one->objectName() == objectName) {
            if (auto *typed = qobject_cast<Series *>(one)) {
                if (created)
                    *created = false;
                return *typed;
            }
        }
    }
    auto *series = new Series;
    series->setObjectName(objectName);
    chart.addSeries(series);
    if (created)
        *created = true;
    return *series;
}

/// Removes and deletes every series whose object name is not in `keep`.
void removeSeriesExcept(QChart &chart, const QSet<QString> &keep);

/// Replaces the points of an attached series in one step (never append(): quadratic in 6.4),
/// and only when they changed.
void replacePoints(QXYSeries &series, const QList<QPointF> &points);

/// Sets the pen of a line series: colour, width and dash style.
void setLinePen(QXYSeries &series, const QColor &color, qreal width,
                Qt::PenStyle style = Qt::SolidLine);

/// Legend groups: series that share a group key are shown, hidden and toggled together through
/// the legend marker of the one series that has a marker; the others have none.
void setLegendGroup(QAbstractSeries &series, const QString &groupKey, bool hasMarker);
/// The toggle key of a series: its legend group, or else its object name.
QString legendKey(const QAbstractSeries &series);
/// False for group members without a legend marker.
bool hasLegendMarker(const QAbstractSeries &series);
/// Hides the legend markers of group members that have none.
void hideGroupMemberMarkers(QChart &chart);

/// The position of option `id` in `evaluation.options` (its colour index), or -1.
qsizetype optionIndex(const Evaluation &evaluation, const QString &id);

/// The option's name, or its id when the evaluation has no such option.
QString optionName(const Evaluation &evaluation, const QString &id);

/// A cost part's label in the user's language (labels in `CostPart` are English).
QString costPartLabel(const CostPart &part);

/// Category axes refuse duplicate labels, and two options may share a name: repeats get an
/// invisible zero-width space appended.
QStringList uniqueCategoryLabels(QStringList labels);

/// The options a chart shows: enabled ones, in scenario order.
QList<const OptionResult *> enabledOptions(const Evaluation &evaluation);

} // namespace pertoken::ui
