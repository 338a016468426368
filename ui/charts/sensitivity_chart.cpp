#include "charts/sensitivity_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"
#include "labels.h"

#include <QCoreApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <optional>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const QString kSeries = u"sensitivity"_s;
const QString kBaseSeries = u"base"_s;

void drawPlot(QChart &chart, const SensitivityChart::Plot &plot, const ChartStyle &style)
{
    bool created = false;
    auto &series = seriesNamed<QHorizontalBarSeries>(chart, kSeries, &created);
    series.setBarWidth(0.75);
    const auto count = static_cast<int>(plot.rows.size());
    const auto sets = series.barSets();
    if (sets.size() != 2 || sets.first()->count() != count) {
        series.clear();
        for (const QString &name :
             {SensitivityChart::lowerSetName(), SensitivityChart::higherSetName()}) {
            auto *set = new QBarSet(QString());
            set->setObjectName(name);
            set->append(QList<qreal>(count, 0.0));
            series.append(set);
        }
    }
    QBarSet *lower = series.barSets().at(0);
    QBarSet *higher = series.barSets().at(1);
    // QBarSet::setLabel re-lays out the legend even when the label is unchanged.
    for (const auto &[set, label] : {std::pair{lower, SensitivityChart::tr("Input −20%")},
                                     std::pair{higher, SensitivityChart::tr("Input +20%")}}) {
        if (set->label() != label)
            set->setLabel(label);
    }
    lower->setColor(style.lowerColor());
    higher->setColor(style.higherColor());
    lower->setBorderColor(style.lowerColor());
    higher->setBorderColor(style.higherColor());

    // Bars hold the change from the base cost in percent of it: a slider that moves the base cost
    // (the volume, a price) moves the bars but rarely the axis labels, so the chart keeps its
    // layout during a drag. Where the base cost is zero the change is in US dollars instead.
    // Absolute costs are in the tooltips and the table.
    const double base = plot.baseUsdPerMillionTokens;
    const bool percent = base > 0;
    const auto change = [base, percent](double usdPerMillionTokens) {
        const double delta = usdPerMillionTokens - base;
        return percent ? 100.0 * delta / base : delta;
    };
    double lowest = 0;
    double highest = 0;
    QStringList categories;
    for (int c = 0; c < count; ++c) {
        const SensitivityChart::Row &row = plot.rows[count - 1 - c];
        const double down = change(row.row.lowUsdPerMillionTokens);
        const double up = change(row.row.highUsdPerMillionTokens);
        if (lower->at(c) != down)
            lower->replace(c, down);
        if (higher->at(c) != up)
            higher->replace(c, up);
        lowest = std::min({lowest, down, up});
        highest = std::max({highest, down, up});
        categories.append(row.label);
    }
    categories =
        uniqueCategoryLabels(fittedCategoryNames(chart, categories, Qt::Vertical, style.labelFont));

    auto *parameterAxis = qobject_cast<QBarCategoryAxis *>(findAxis(chart, u"parameters"_s));
    if (!parameterAxis) {
        parameterAxis = new QBarCategoryAxis;
        parameterAxis->setObjectName(u"parameters"_s);
        chart.addAxis(parameterAxis, Qt::AlignLeft);
    }
    styleAxis(*parameterAxis, style);
    // Qt Charts would cut these labels off to "…" in a small chart; fittedCategoryNames() shortens
    // them in the middle instead, and a label it let through is drawn whole.
    parameterAxis->setTruncateLabels(false);
    parameterAxis->setGridLineVisible(false);
    replaceCategories(*parameterAxis, categories);

    //: Tornado axis title: the option whose cost per million tokens changes.
    const QString title =
        percent ? SensitivityChart::tr("%1: change in cost (%)")
                : inDisplayCurrency(SensitivityChart::tr("%1: change in USD per million tokens"));
    // Where the option's name does not fit, the unit stays: the tooltip names the option.
    const QString shortTitle =
        percent ? SensitivityChart::tr("Change in cost (%)")
                //: Short tornado axis title; %1 a currency code.
                : SensitivityChart::tr("Change in %1/M tokens").arg(displayCurrencyCode());
    QCategoryAxis &costAxis = linearAxis(chart, u"cost"_s, Qt::AlignBottom,
                                         {title.arg(plot.optionName), shortTitle}, style);
    if (highest - lowest <= 0)
        highest = percent ? 1.0 : 1e-6;
    setLinearRange(costAxis, lowest, highest, percent ? NumberKind::Plain : NumberKind::Usd, 7);
    attachOnce(series, *parameterAxis);
    attachOnce(series, costAxis);

    auto &baseLine = seriesNamed<QLineSeries>(chart, kBaseSeries);
    attachOnce(baseLine, costAxis);
    attachOnce(baseLine, *parameterAxis);
    // A fixed name: a legend entry that changes width would re-lay out the chart on every change.
    baseLine.setName(SensitivityChart::tr("Base cost"));
    setLinePen(baseLine, style.text, 1.5);
    replacePoints(baseLine, {{0.0, -0.5}, {0.0, count - 0.5}});

    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

} // namespace

SensitivityChart::SensitivityChart(QWidget *parent)
    : DashboardChart(u"sensitivity"_s, chartTitle(), parent)
{}

SensitivityChart::~SensitivityChart() = default;

QString SensitivityChart::chartTitle()
{
    return tr("Sensitivity of cost per million tokens to each input (±20%)");
}

QString SensitivityChart::lowerSetName()
{
    return u"lower"_s;
}

QString SensitivityChart::higherSetName()
{
    return u"higher"_s;
}

void SensitivityChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

void SensitivityChart::setOptionId(const QString &optionId)
{
    if (optionId == m_optionId)
        return;
    m_optionId = optionId;
    refresh(evaluation());
}

SensitivityChart::Plot SensitivityChart::plot(const Evaluation &evaluation, const QString &optionId)
{
    Plot plot;
    QString shown = optionId;
    if (shown.isEmpty() || evaluation.sensitivityFor(shown).isEmpty())
        shown = evaluation.cheapestId;
    if (shown.isEmpty() && !evaluation.sensitivity.isEmpty())
        shown = evaluation.sensitivity.first().optionId;
    const OptionResult *option = evaluation.option(shown);
    if (!option)
        return plot;
    plot.optionId = option->id;
    plot.optionName = option->name;
    plot.baseUsdPerMillionTokens = option->usdPerMillionTokens;

    QList<SensitivityRow> rows = evaluation.sensitivityFor(option->id);
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const SensitivityRow &a, const SensitivityRow &b) { return a.swing() > b.swing(); });
    for (const SensitivityRow &row :
         std::as_const(rows).first(std::min<qsizetype>(rows.size(), kMaxRows))) {
        const QString label = parameterLabel(row.label);
        const QString unit = unitLabel(row.unit);
        const QString value = formatFixed(row.baseValue, row.decimals);
        // The axis label carries no number, so moving the input does not re-lay out the chart;
        // the tooltip gives the value.
        //: Tornado row: parameter label and its unit ("GPU rental price (USD/GPU-h)").
        const QString axisLabel = unit.isEmpty() ? label : tr("%1 (%2)").arg(label, unit);
        //: Tornado tooltip heading: parameter label, its value and unit.
        const QString valueLabel = unit.isEmpty() ? tr("%1: %2").arg(label, value)
                                                  : tr("%1: %2 %3").arg(label, value, unit);
        plot.rows.append({row, axisLabel, valueLabel, unit});
    }
    return plot;
}

std::unique_ptr<QChart> SensitivityChart::buildChart(const Evaluation &evaluation,
                                                     const ChartStyle &style,
                                                     const QString &optionId)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style, optionId);
    return chart;
}

void SensitivityChart::fillChart(QChart &chart, const Evaluation &evaluation,
                                 const ChartStyle &style, const QString &optionId)
{
    drawPlot(chart, plot(evaluation, optionId), style);
}

void SensitivityChart::fillTable(ChartTableModel &table, const Evaluation &evaluation,
                                 const QString &optionId)
{
    const Plot drawn = plot(evaluation, optionId);
    QList<QVariantList> rows;
    for (const Row &row : drawn.rows) {
        rows.append({drawn.optionName, parameterLabel(row.row.label), row.row.baseValue, row.unit,
                     drawn.baseUsdPerMillionTokens, row.row.lowUsdPerMillionTokens,
                     row.row.highUsdPerMillionTokens});
    }
    table.setTable({{tr("Option")},
                    {tr("Input")},
                    {tr("Base value"), NumberKind::Plain},
                    {tr("Unit")},
                    {tr("Base cost (USD per million tokens)"), NumberKind::Usd},
                    {tr("Cost at −20% (USD per million tokens)"), NumberKind::Usd},
                    {tr("Cost at +20% (USD per million tokens)"), NumberKind::Usd}},
                   rows);
}

void SensitivityChart::keepRowOrder(Plot &next, const Plot &shown)
{
    // Rows that swap ranks on every step of a drag would re-lay out the chart each time; while
    // the same inputs are shown for the same option, they keep their places until the drag ends.
    if (next.optionId != shown.optionId || next.rows.size() != shown.rows.size())
        return;
    QList<Row> ordered;
    ordered.reserve(next.rows.size());
    for (const Row &old : shown.rows) {
        const auto same = std::find_if(next.rows.cbegin(), next.rows.cend(), [&old](const Row &r) {
            return r.row.parameter == old.row.parameter;
        });
        if (same == next.rows.cend())
            return;
        ordered.append(*same);
    }
    next.rows = ordered;
}

QString SensitivityChart::fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation)
{
    // Without a chosen option the tornado follows the cheapest one; while a drag holds the chart
    // it stays with the option it showed, so crossing a break-even does not swap every row.
    const QString shown = m_optionId.isEmpty() && rangesHeld() ? m_plot.optionId : m_optionId;
    Plot next = plot(evaluation, shown);
    if (rangesHeld())
        keepRowOrder(next, m_plot);
    m_plot = next;
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation, m_plot.optionId);
    return m_plot.rows.isEmpty()
               ? tr("No sensitivity results: no enabled option can serve this workload.")
               : QString();
}

void SensitivityChart::connectHover(QAbstractSeries &series)
{
    auto *bars = qobject_cast<QAbstractBarSeries *>(&series);
    if (!bars)
        return;
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        showToolTip(status ? barToolTip(index) : QString());
    });
}

QString SensitivityChart::barToolTip(int category) const
{
    const auto count = m_plot.rows.size();
    if (category < 0 || category >= count)
        return {};
    const Row &row = m_plot.rows[count - 1 - category];
    //: Tornado tooltip: input, the option's cost with the input at −20% and +20%, and the base.
    return tr("%1\nInput −20%: %2 per million tokens\nInput +20%: %3 per million tokens\n"
              "%4 now: %5 per million tokens")
        .arg(row.valueLabel, formatUsd(row.row.lowUsdPerMillionTokens),
             formatUsd(row.row.highUsdPerMillionTokens), m_plot.optionName,
             formatUsd(m_plot.baseUsdPerMillionTokens));
}

} // namespace pertoken::ui
