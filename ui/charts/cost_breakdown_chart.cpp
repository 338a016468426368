#include "charts/cost_breakdown_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"
#include "charts/stale_price_note.h"

#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const QString kSeries = u"cost-parts"_s;
const QString kCategoryAxis = u"options"_s;
const QString kValueAxis = u"cost"_s;

double partValue(const CostBreakdownChart::Bar &bar, const QString &key)
{
    if (!bar.feasible)
        return 0;
    for (const CostPart &part : bar.parts) {
        if (part.key == key)
            return part.usdPerMillionTokens;
    }
    return 0;
}

// Labels hold no numbers: a label that changes width re-lays out the whole chart, which a
// slider drag cannot afford on every step. Totals are in the tooltip and the table.
QString categoryLabel(const CostBreakdownChart::Bar &bar)
{
    if (!bar.feasible) {
        //: Category label of an option that cannot serve the workload.
        return CostBreakdownChart::tr("%1 (not feasible)").arg(bar.name);
    }
    return bar.name;
}

void drawPlot(QChart &chart, const CostBreakdownChart::Plot &plot, const ChartStyle &style)
{
    auto &series = seriesNamed<QHorizontalStackedBarSeries>(chart, kSeries);
    series.setBarWidth(0.62);
    const auto count = static_cast<int>(plot.bars.size());

    QStringList categories;
    double highest = 0;
    bool anyInfeasible = false;
    for (auto bar = plot.bars.crbegin(); bar != plot.bars.crend(); ++bar) {
        categories.append(categoryLabel(*bar));
        highest = std::max(highest, bar->totalUsdPerMillionTokens);
        anyInfeasible = anyInfeasible || !bar->feasible;
    }
    categories =
        uniqueCategoryLabels(fittedCategoryNames(chart, categories, Qt::Vertical, style.labelFont));

    auto *optionsAxis = qobject_cast<QBarCategoryAxis *>(findAxis(chart, kCategoryAxis));
    if (!optionsAxis) {
        optionsAxis = new QBarCategoryAxis;
        optionsAxis->setObjectName(kCategoryAxis);
        chart.addAxis(optionsAxis, Qt::AlignLeft);
    }
    styleAxis(*optionsAxis, style);
    optionsAxis->setGridLineVisible(false);
    // The names are already shortened in the middle to fit (fittedCategoryNames): drawn whole.
    optionsAxis->setTruncateLabels(false);
    replaceCategories(*optionsAxis, categories);

    QCategoryAxis &costAxis =
        linearAxis(chart, kValueAxis, Qt::AlignBottom,
                   {inDisplayCurrency(CostBreakdownChart::tr("USD per million tokens")),
                    //: Short axis title where the long one does not fit; %1 a currency code.
                    CostBreakdownChart::tr("%1/M tokens").arg(displayCurrencyCode())},
                   style);
    setLinearRange(costAxis, 0, highest > 0 ? highest : 1, NumberKind::Usd, 6);

    // One set per cost part, plus an outline spanning the axis for options that cannot serve
    // (its tooltip gives the reason). Sets are rebuilt only when the parts or the number of
    // options change; otherwise their values are updated in place.
    QStringList keys = plot.partKeys;
    QStringList labels = plot.partLabels;
    if (anyInfeasible) {
        keys.append(CostBreakdownChart::infeasibleSetName());
        labels.append(CostBreakdownChart::tr("Not feasible"));
    }
    QStringList currentKeys;
    const auto sets = series.barSets();
    for (const QBarSet *set : sets)
        currentKeys.append(set->objectName());
    if (currentKeys != keys || (!sets.isEmpty() && sets.first()->count() != count)) {
        series.clear();
        for (const QString &key : std::as_const(keys)) {
            auto *set = new QBarSet(QString());
            set->setObjectName(key);
            set->append(QList<qreal>(count, 0.0));
            series.append(set);
        }
    }
    const auto current = series.barSets();
    for (qsizetype k = 0; k < current.size(); ++k) {
        QBarSet *set = current[k];
        const bool outline = set->objectName() == CostBreakdownChart::infeasibleSetName();
        if (set->label() != labels.value(k))
            set->setLabel(labels.value(k));
        if (outline) {
            set->setBrush(Qt::NoBrush);
            set->setPen(QPen(style.mutedText, 1.2, Qt::DashLine));
        } else {
            set->setColor(style.costPartColor(set->objectName()));
            set->setBorderColor(style.background);
        }
        // The first option is the top bar: categories run from the bottom up.
        for (int c = 0; c < count; ++c) {
            const CostBreakdownChart::Bar &bar = plot.bars[count - 1 - c];
            const double value =
                outline ? (bar.feasible ? 0.0 : costAxis.max()) : partValue(bar, set->objectName());
            if (set->at(c) != value)
                set->replace(c, value);
        }
    }
    attachOnce(series, *optionsAxis);
    attachOnce(series, costAxis);

    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignRight);
}

} // namespace

CostBreakdownChart::CostBreakdownChart(QWidget *parent)
    : DashboardChart(u"cost-breakdown"_s, chartTitle(), parent)
{}

CostBreakdownChart::~CostBreakdownChart() = default;

QString CostBreakdownChart::infeasibleSetName()
{
    return u"not-feasible"_s;
}

QString CostBreakdownChart::chartTitle()
{
    return tr("Cost per million tokens by option");
}

void CostBreakdownChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

CostBreakdownChart::Plot CostBreakdownChart::plot(const Evaluation &evaluation)
{
    Plot plot;
    const auto options = enabledOptions(evaluation);
    for (const OptionResult *option : options) {
        Bar bar{option->id,
                option->feasible && !option->meetsTargets()
                    //: Bar label of an option that misses the workload's latency targets.
                    ? tr("%1 (misses targets)").arg(option->name)
                    : option->name,
                option->feasible,
                option->infeasibleReason,
                option->usdPerMillionTokens,
                {},
                option->priceAsOf};
        if (option->feasible) {
            bar.parts = option->breakdown;
            for (const CostPart &part : option->breakdown) {
                if (!plot.partKeys.contains(part.key)) {
                    plot.partKeys.append(part.key);
                    plot.partLabels.append(costPartLabel(part));
                }
            }
        }
        plot.bars.append(bar);
    }
    return plot;
}

std::unique_ptr<QChart> CostBreakdownChart::buildChart(const Evaluation &evaluation,
                                                       const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style);
    return chart;
}

void CostBreakdownChart::fillChart(QChart &chart, const Evaluation &evaluation,
                                   const ChartStyle &style)
{
    drawPlot(chart, plot(evaluation), style);
}

void CostBreakdownChart::fillTable(ChartTableModel &table, const Evaluation &evaluation)
{
    const Plot drawn = plot(evaluation);
    QList<QVariantList> rows;
    for (const Bar &bar : drawn.bars) {
        if (!bar.feasible) {
            rows.append({bar.name, QString(), QVariant(),
                         tr("Not feasible: %1").arg(bar.infeasibleReason)});
            continue;
        }
        for (const CostPart &part : bar.parts)
            rows.append({bar.name, costPartLabel(part), part.usdPerMillionTokens, QString()});
        rows.append({bar.name, tr("Total"), bar.totalUsdPerMillionTokens, QString()});
    }
    table.setTable({{tr("Option")},
                    {tr("Cost part")},
                    {tr("Cost (USD per million tokens)"), NumberKind::Usd},
                    {tr("Note")}},
                   rows);
}

QString CostBreakdownChart::fill(QChart &chart, ChartTableModel &table,
                                 const Evaluation &evaluation)
{
    m_plot = plot(evaluation);
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation);
    return m_plot.bars.isEmpty() ? tr("No deployment option is enabled in this scenario.")
                                 : QString();
}

void CostBreakdownChart::connectHover(QAbstractSeries &series)
{
    auto *bars = qobject_cast<QAbstractBarSeries *>(&series);
    if (!bars)
        return;
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        showToolTip(status && set ? barToolTip(set->objectName(), index) : QString());
    });
}

QString CostBreakdownChart::barToolTip(const QString &partKey, int category) const
{
    const auto count = m_plot.bars.size();
    if (category < 0 || category >= count)
        return {};
    const Bar &bar = m_plot.bars[count - 1 - category];
    if (!bar.feasible)
        return StalePriceNote::appendTo(
            tr("%1 cannot serve this workload: %2").arg(bar.name, bar.infeasibleReason),
            bar.priceAsOf);
    for (const CostPart &part : bar.parts) {
        if (part.key != partKey)
            continue;
        //: Tooltip of one cost part: part, option, its cost per million tokens, its monthly
        //: cost and the option's total.
        return StalePriceNote::appendTo(
            tr("%1 — %2\n%3 per million tokens (%4 per month)\nTotal: %5 per million tokens")
                .arg(costPartLabel(part), bar.name, formatUsd(part.usdPerMillionTokens),
                     formatUsd(part.usdPerMonth), formatUsd(bar.totalUsdPerMillionTokens)),
            bar.priceAsOf);
    }
    return {};
}

} // namespace pertoken::ui
