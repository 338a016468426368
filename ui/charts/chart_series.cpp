#include "charts/chart_series.h"

#include "labels.h"

#include <QCoreApplication>
#include <QPen>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QXYSeries>

namespace pertoken::ui {

void removeSeriesExcept(QChart &chart, const QSet<QString> &keep)
{
    const auto all = chart.series();
    for (QAbstractSeries *one : all) {
        if (!keep.contains(one->objectName())) {
            chart.removeSeries(one);
            delete one;
        }
    }
}

void replacePoints(QXYSeries &series, const QList<QPointF> &points)
{
    if (series.points() != points)
        series.replace(points);
}

void setLinePen(QXYSeries &series, const QColor &color, qreal width, Qt::PenStyle style)
{
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    series.setPen(pen);
}

namespace {

const char *const kGroupProperty = "pertokenLegendGroup";
const char *const kNoMarkerProperty = "pertokenNoLegendMarker";

} // namespace

void setLegendGroup(QAbstractSeries &series, const QString &groupKey, bool hasMarker)
{
    series.setProperty(kGroupProperty, groupKey);
    series.setProperty(kNoMarkerProperty, !hasMarker);
}

QString legendKey(const QAbstractSeries &series)
{
    const QString group = series.property(kGroupProperty).toString();
    return group.isEmpty() ? series.objectName() : group;
}

bool hasLegendMarker(const QAbstractSeries &series)
{
    return !series.property(kNoMarkerProperty).toBool();
}

void hideGroupMemberMarkers(QChart &chart)
{
    const auto markers = chart.legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series() && !hasLegendMarker(*marker->series()))
            marker->setVisible(false);
    }
}

qsizetype optionIndex(const Evaluation &evaluation, const QString &id)
{
    for (qsizetype i = 0; i < evaluation.options.size(); ++i) {
        if (evaluation.options[i].id == id)
            return i;
    }
    return -1;
}

QString optionName(const Evaluation &evaluation, const QString &id)
{
    const OptionResult *option = evaluation.option(id);
    return option ? option->name : id;
}

QString costPartLabel(const CostPart &part)
{
    return costPartLabel(part.label);
}

QStringList uniqueCategoryLabels(QStringList labels)
{
    for (qsizetype i = 1; i < labels.size(); ++i) {
        while (labels.mid(0, i).contains(labels[i]))
            labels[i] += QChar(0x200B);
    }
    return labels;
}

QList<const OptionResult *> enabledOptions(const Evaluation &evaluation)
{
    QList<const OptionResult *> options;
    for (const OptionResult &option : evaluation.options) {
        if (option.enabled)
            options.append(&option);
    }
    return options;
}

} // namespace pertoken::ui
