#include "charts/dashboard_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"

#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QTimer>
#include <QToolTip>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr double kHiddenAlpha = 0.3;

QString markerKey(QLegendMarker &marker)
{
    if (auto *bar = qobject_cast<QBarLegendMarker *>(&marker))
        return bar->barset() ? bar->barset()->objectName() : QString();
    return marker.series() ? legendKey(*marker.series()) : QString();
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(alpha);
    return color;
}

} // namespace

DashboardChart::DashboardChart(const QString &chartId, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_chartId(chartId)
    , m_title(title)
    , m_style(ChartStyle::fromPalette(palette(), font()))
{
    m_chart = new QChart;
    m_view = new QChartView(m_chart, this);
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(40); // after the chart's own layout, which is posted
    connect(m_refit, &QTimer::timeout, this, &DashboardChart::redraw);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(220, 150);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);

    m_table = new ChartTableModel(this);
    applyChartStyle(*m_chart, m_style);
    stylePlaceholder();
    setAccessibleName(title);
}

DashboardChart::~DashboardChart() = default;

QAbstractItemModel *DashboardChart::dataModel() const
{
    return m_table;
}

QStringList DashboardChart::drawnAxisLabels() const
{
    return pertoken::ui::drawnAxisLabels(*m_chart);
}

QStringList DashboardChart::drawnAxisTitles() const
{
    return pertoken::ui::drawnAxisTitles(*m_chart);
}

QString DashboardChart::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

bool DashboardChart::isSeriesHidden(const QString &objectName) const
{
    return m_hidden.contains(objectName);
}

void DashboardChart::setSeriesHidden(const QString &objectName, bool hidden)
{
    if (hidden == isSeriesHidden(objectName))
        return;
    if (hidden)
        m_hidden.insert(objectName);
    else
        m_hidden.remove(objectName);
    refresh(m_evaluation);
}

void DashboardChart::setRangesHeld(bool held)
{
    m_rangesHeld = held;
    m_view->setRenderHint(QPainter::Antialiasing, !held);
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes)
        setRangeHeld(*axis, held);
}

void DashboardChart::refresh(const Evaluation &evaluation)
{
    m_evaluation = evaluation;
    m_filled = true;
    redraw();
    Q_EMIT evaluationShown();
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Axes choose their ticks for the room they have (chart_axes.h): choose again once the chart
    // has laid itself out at the new size.
    if (m_filled)
        m_refit->start();
}

void DashboardChart::redraw()
{
    const QString placeholder = fill(*m_chart, *m_table, m_evaluation);
    const auto series = m_chart->series();
    for (QAbstractSeries *one : series) {
        if (firstVisit(*one))
            connectHover(*one);
    }
    applyLegendState();
    m_placeholder->setText(placeholder);
    m_stack->setCurrentWidget(placeholder.isEmpty() ? static_cast<QWidget *>(m_view)
                                                    : static_cast<QWidget *>(m_placeholder));
}

void DashboardChart::applyLegendState()
{
    const auto series = m_chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            // A bar set cannot be hidden on its own: its values drop to zero while hidden (the
            // table keeps them), so the stack closes up around the parts still shown.
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                if (!m_hidden.contains(set->objectName()))
                    continue;
                for (int i = 0; i < set->count(); ++i) {
                    if (set->at(i) != 0)
                        set->replace(i, 0);
                }
            }
        } else {
            one->setVisible(!m_hidden.contains(legendKey(*one)));
        }
    }
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series() && !hasLegendMarker(*marker->series())) {
            marker->setVisible(false);
            continue;
        }
        if (firstVisit(*marker))
            connectMarker(*marker);
        const bool hidden = m_hidden.contains(markerKey(*marker));
        const double alpha = hidden ? kHiddenAlpha : 1.0;
        // Hiding a series hides its marker too; keep it so it can be clicked back on.
        marker->setVisible(true);
        QBrush brush = marker->brush();
        brush.setColor(withAlpha(brush.color(), alpha));
        marker->setBrush(brush);
        QPen pen = marker->pen();
        pen.setColor(withAlpha(pen.color(), alpha));
        marker->setPen(pen);
        marker->setLabelBrush(withAlpha(m_style.text, alpha));
    }
}

void DashboardChart::connectMarker(QLegendMarker &marker)
{
    connect(&marker, &QLegendMarker::clicked, this, [this, target = &marker] {
        const QString key = markerKey(*target);
        if (!key.isEmpty())
            setSeriesHidden(key, !isSeriesHidden(key));
    });
}

void DashboardChart::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

bool DashboardChart::firstVisit(QObject &object)
{
    static const char *const property = "pertokenConnected";
    if (object.property(property).toBool())
        return false;
    object.setProperty(property, true);
    return true;
}

void DashboardChart::restyle()
{
    m_style = ChartStyle::fromPalette(palette(), font());
    applyChartStyle(*m_chart, m_style);
    stylePlaceholder();
    refresh(m_evaluation);
}

void DashboardChart::stylePlaceholder()
{
    QPalette palette = m_placeholder->palette();
    palette.setColor(QPalette::Window, m_style.background);
    palette.setColor(QPalette::WindowText, m_style.mutedText);
    m_placeholder->setPalette(palette);
    m_placeholder->setAutoFillBackground(true);
}

void DashboardChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_chart && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange))
        restyle();
}

} // namespace pertoken::ui
