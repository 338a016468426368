#include "charts/uncertainty_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"

#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>

#include <algorithm>
#include <array>
#include <limits>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const QString kSeries = u"bands"_s;

void drawPlot(QChart &chart, const UncertaintyChart::Plot &plot, const ChartStyle &style)
{
    auto &series = seriesNamed<QBoxPlotSeries>(chart, kSeries);
    series.setName(UncertaintyChart::tr("P10 to P90, line at P50"));
    series.setBoxWidth(0.45);

    QStringList ids;
    QStringList names;
    for (const UncertaintyChart::Band &band : plot.bands) {
        ids.append(band.band.optionId);
        names.append(band.name);
    }
    QStringList current;
    const auto boxes = series.boxSets();
    for (const QBoxSet *box : boxes)
        current.append(box->objectName());
    // Boxes are rebuilt only when the options change; otherwise values change in place.
    if (current != ids) {
        series.clear();
        for (const UncertaintyChart::Band &band : plot.bands) {
            auto *box = new QBoxSet(band.name);
            box->setObjectName(band.band.optionId);
            series.append(box);
        }
    }

    double lowest = std::numeric_limits<double>::max();
    double highest = 0;
    const auto shown = series.boxSets();
    for (qsizetype i = 0; i < shown.size() && i < plot.bands.size(); ++i) {
        const UncertaintyChart::Band &band = plot.bands[i];
        QBoxSet *box = shown[i];
        const std::array<double, 5> values = {band.band.p10, band.band.p10, band.band.p50,
                                              band.band.p90, band.band.p90};
        for (int k = 0; k < 5; ++k) {
            if (box->at(k) != values[static_cast<std::size_t>(k)])
                box->setValue(k, values[static_cast<std::size_t>(k)]);
        }
        if (box->label() != band.name)
            box->setLabel(band.name);
        QColor fill = style.optionColor(band.colorIndex);
        fill.setAlphaF(0.35);
        box->setBrush(fill);
        box->setPen(QPen(style.optionColor(band.colorIndex), 2));
        lowest = std::min(lowest, band.band.p10);
        highest = std::max(highest, band.band.p90);
    }
    if (plot.bands.isEmpty()) {
        lowest = 0;
        highest = 1;
    }

    auto *optionsAxis = qobject_cast<QBarCategoryAxis *>(findAxis(chart, u"options"_s));
    if (!optionsAxis) {
        optionsAxis = new QBarCategoryAxis;
        optionsAxis->setObjectName(u"options"_s);
        chart.addAxis(optionsAxis, Qt::AlignBottom);
    }
    styleAxis(*optionsAxis, style);
    optionsAxis->setGridLineVisible(false);
    // The names are already shortened in the middle to fit (fittedCategoryNames): drawn whole.
    optionsAxis->setTruncateLabels(false);
    optionsAxis->setTitleText(UncertaintyChart::tr("Box from P10 to P90, line at P50"));
    names =
        uniqueCategoryLabels(fittedCategoryNames(chart, names, Qt::Horizontal, style.labelFont));
    replaceCategories(*optionsAxis, names);

    QCategoryAxis &costAxis =
        linearAxis(chart, u"cost"_s, Qt::AlignLeft,
                   {inDisplayCurrency(UncertaintyChart::tr("USD per million tokens")),
                    //: Short axis title where the long one does not fit; %1 a currency code.
                    UncertaintyChart::tr("%1/M tokens").arg(displayCurrencyCode())},
                   style);
    setLinearRange(costAxis, lowest, highest, NumberKind::Usd, 6);
    attachOnce(series, *optionsAxis);
    attachOnce(series, costAxis);
    // One series: its legend entry would only repeat the axis title.
    chart.legend()->setVisible(false);
}

} // namespace

UncertaintyChart::UncertaintyChart(QWidget *parent)
    : DashboardChart(u"uncertainty"_s, chartTitle(), parent)
{}

UncertaintyChart::~UncertaintyChart() = default;

QString UncertaintyChart::chartTitle()
{
    return tr("Cost per million tokens: P10, P50 and P90");
}

QString UncertaintyChart::noRangesText()
{
    return tr("No input ranges set in this scenario.\nGive an input a low and a high value to "
              "see the P10, P50 and P90 of each option's cost per million tokens.");
}

void UncertaintyChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

UncertaintyChart::Plot UncertaintyChart::plot(const Evaluation &evaluation)
{
    Plot plot;
    const auto options = enabledOptions(evaluation);
    for (const OptionResult *option : options) {
        for (const UncertaintyBand &band : evaluation.uncertainty) {
            if (band.optionId == option->id)
                plot.bands.append({band, option->name, optionIndex(evaluation, option->id)});
        }
    }
    return plot;
}

std::unique_ptr<QChart> UncertaintyChart::buildChart(const Evaluation &evaluation,
                                                     const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style);
    return chart;
}

void UncertaintyChart::fillChart(QChart &chart, const Evaluation &evaluation,
                                 const ChartStyle &style)
{
    drawPlot(chart, plot(evaluation), style);
}

void UncertaintyChart::fillTable(ChartTableModel &table, const Evaluation &evaluation)
{
    const Plot drawn = plot(evaluation);
    QList<QVariantList> rows;
    for (const Band &band : drawn.bands)
        rows.append({band.name, band.band.p10, band.band.p50, band.band.p90, band.band.samples});
    table.setTable({{tr("Option")},
                    {tr("P10 (USD per million tokens)"), NumberKind::Usd},
                    {tr("P50 (USD per million tokens)"), NumberKind::Usd},
                    {tr("P90 (USD per million tokens)"), NumberKind::Usd},
                    {tr("Samples"), NumberKind::Plain}},
                   rows);
}

QString UncertaintyChart::fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation)
{
    m_plot = plot(evaluation);
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation);
    return m_plot.bands.isEmpty() ? noRangesText() : QString();
}

void UncertaintyChart::connectHover(QAbstractSeries &series)
{
    auto *boxes = qobject_cast<QBoxPlotSeries *>(&series);
    if (!boxes)
        return;
    connect(boxes, &QBoxPlotSeries::hovered, this, [this](bool status, QBoxSet *box) {
        showToolTip(status && box ? boxToolTip(box->objectName()) : QString());
    });
}

QString UncertaintyChart::boxToolTip(const QString &optionId) const
{
    for (const Band &band : m_plot.bands) {
        if (band.band.optionId != optionId)
            continue;
        //: Uncertainty tooltip: option, P10, P50, P90 and the number of Monte Carlo samples.
        QString text = tr("%1\nP10: %2 per million tokens\nP50: %3 per million tokens\nP90: %4 "
                          "per million tokens\n%5 samples")
                           .arg(band.name, formatUsd(band.band.p10), formatUsd(band.band.p50),
                                formatUsd(band.band.p90), QString::number(band.band.samples));
        if (band.band.modelErrorPercent > 0) {
            //: Uncertainty tooltip, second part: the throughput model's error band drawn too.
            text += u'\n' + tr("includes the throughput model's error (±%1%, 90% of published "
                               "cases)")
                                .arg(formatFixed(band.band.modelErrorPercent, 0));
        }
        return text;
    }
    return {};
}

} // namespace pertoken::ui
