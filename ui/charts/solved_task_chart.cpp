#include "charts/solved_task_chart.h"

#include "charts/chart_axes.h"
#include "charts/chart_format.h"
#include "charts/chart_series.h"
#include "charts/chart_table_model.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

const QString kSeries = u"solved-task"_s;
const QString kOneSample = u"one-sample"_s;
const QString kBestSamples = u"best-samples"_s;

QString percent(double fraction)
{
    //: A share of tasks solved, in percent.
    return SolvedTaskChart::tr("%1%").arg(formatFixed(100 * fraction, 1));
}

void drawPlot(QChart &chart, const SolvedTaskChart::Plot &plot, const ChartStyle &style)
{
    // Horizontal bars, the first option at the top: long option names get the width they need
    // on the left instead of overlapping under narrow columns.
    auto &series = seriesNamed<QHorizontalBarSeries>(chart, kSeries);
    series.setBarWidth(0.7);
    const auto count = static_cast<int>(plot.bars.size());
    QList<SolvedTaskChart::Bar> bars(plot.bars.crbegin(), plot.bars.crend());

    QStringList names;
    double highest = 0;
    for (const SolvedTaskChart::Bar &bar : std::as_const(bars)) {
        //: Category label of an option that solves less than the task's least share at any
        //: number of samples allowed.
        names.append(bar.solved.meetsMinimum
                         ? bar.name
                         : SolvedTaskChart::tr("%1 (short of the share)").arg(bar.name));
        highest =
            std::max({highest, bar.solved.usdPerSolvedTaskOneSample, bar.solved.usdPerSolvedTask});
    }
    const QStringList keys = {kOneSample, kBestSamples};
    const QStringList labels = {SolvedTaskChart::tr("One sample per task"),
                                SolvedTaskChart::tr("Best number of samples")};
    const auto sets = series.barSets();
    if (sets.size() != keys.size() || sets.first()->count() != count) {
        series.clear();
        for (const QString &key : keys) {
            auto *set = new QBarSet(QString());
            set->setObjectName(key);
            set->append(QList<qreal>(count, 0.0));
            series.append(set);
        }
    }
    const auto current = series.barSets();
    for (qsizetype k = 0; k < current.size(); ++k) {
        QBarSet *set = current[k];
        if (set->label() != labels.value(k))
            set->setLabel(labels.value(k));
        set->setColor(style.optionColor(k));
        set->setBorderColor(style.background);
        for (int c = 0; c < count; ++c) {
            const SolvedTaskResult &solved = bars[c].solved;
            const double value =
                k == 0 ? solved.usdPerSolvedTaskOneSample : solved.usdPerSolvedTask;
            if (set->at(c) != value)
                set->replace(c, value);
        }
    }

    auto *optionsAxis = qobject_cast<QBarCategoryAxis *>(findAxis(chart, u"options"_s));
    if (!optionsAxis) {
        optionsAxis = new QBarCategoryAxis;
        optionsAxis->setObjectName(u"options"_s);
        chart.addAxis(optionsAxis, Qt::AlignLeft);
    }
    styleAxis(*optionsAxis, style);
    optionsAxis->setGridLineVisible(false);
    optionsAxis->setTruncateLabels(false);
    names = uniqueCategoryLabels(fittedCategoryNames(chart, names, Qt::Vertical, style.labelFont));
    replaceCategories(*optionsAxis, names);

    QCategoryAxis &costAxis =
        linearAxis(chart, u"cost"_s, Qt::AlignBottom,
                   {inDisplayCurrency(SolvedTaskChart::tr("USD per solved task")),
                    //: Short axis title where the long one does not fit; %1 a currency code.
                    SolvedTaskChart::tr("%1/solved task").arg(displayCurrencyCode())},
                   style);
    setLinearRange(costAxis, 0, highest > 0 ? highest : 1, NumberKind::Usd, 6);
    attachOnce(series, *optionsAxis);
    attachOnce(series, costAxis);
    chart.legend()->setVisible(true);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

} // namespace

SolvedTaskChart::SolvedTaskChart(QWidget *parent)
    : DashboardChart(u"solved-task"_s, chartTitle(), parent)
{}

SolvedTaskChart::~SolvedTaskChart() = default;

QString SolvedTaskChart::chartTitle()
{
    return tr("Cost per solved task");
}

QString SolvedTaskChart::noTaskText()
{
    return tr("No option has a success rate for this scenario's task.\nName a benchmark the "
              "options' models have published scores for, or enter measured success rates, "
              "in Scenario ▸ Task.");
}

void SolvedTaskChart::setEvaluation(const Evaluation &evaluation)
{
    refresh(evaluation);
}

SolvedTaskChart::Plot SolvedTaskChart::plot(const Evaluation &evaluation)
{
    Plot plot;
    for (const OptionResult *option : enabledOptions(evaluation)) {
        for (const SolvedTaskResult &solved : evaluation.solvedTasks) {
            if (solved.optionId == option->id && solved.hasSuccess)
                plot.bars.append({solved, option->name});
        }
    }
    return plot;
}

std::unique_ptr<QChart> SolvedTaskChart::buildChart(const Evaluation &evaluation,
                                                    const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    applyChartStyle(*chart, style);
    chart->setTitle(chartTitle());
    fillChart(*chart, evaluation, style);
    return chart;
}

void SolvedTaskChart::fillChart(QChart &chart, const Evaluation &evaluation,
                                const ChartStyle &style)
{
    drawPlot(chart, plot(evaluation), style);
}

void SolvedTaskChart::fillTable(ChartTableModel &table, const Evaluation &evaluation)
{
    QList<QVariantList> rows;
    for (const Bar &bar : plot(evaluation).bars) {
        const SolvedTaskResult &s = bar.solved;
        rows.append({bar.name, s.usdPerAttempt, s.successProbability, s.usdPerSolvedTaskOneSample,
                     s.bestSamples, s.passAtBestSamples, s.usdPerSolvedTask});
    }
    table.setTable({{tr("Option")},
                    {tr("USD per attempt"), NumberKind::Usd},
                    {tr("Solved in one sample (fraction)"), NumberKind::Plain},
                    {tr("USD per solved task, one sample"), NumberKind::Usd},
                    {tr("Best samples per task"), NumberKind::Plain},
                    {tr("Solved at best samples (fraction)"), NumberKind::Plain},
                    {tr("USD per solved task, best samples"), NumberKind::Usd}},
                   rows);
}

QString SolvedTaskChart::fill(QChart &chart, ChartTableModel &table, const Evaluation &evaluation)
{
    m_plot = plot(evaluation);
    drawPlot(chart, m_plot, chartStyle());
    fillTable(table, evaluation);
    return m_plot.bars.isEmpty() ? noTaskText() : QString();
}

void SolvedTaskChart::connectHover(QAbstractSeries &series)
{
    auto *bars = qobject_cast<QAbstractBarSeries *>(&series);
    if (!bars)
        return;
    // The bars run bottom to top in reverse order of the options (the first option on top).
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        showToolTip(status ? barToolTip(int(m_plot.bars.size()) - 1 - index) : QString());
    });
}

QString SolvedTaskChart::barToolTip(int category) const
{
    if (category < 0 || category >= m_plot.bars.size())
        return {};
    const Bar &bar = m_plot.bars[category];
    const SolvedTaskResult &s = bar.solved;
    //: Cost per solved task tooltip: option, cost per attempt, share solved in one sample, cost
    //: per solved task with one sample, best number of samples, share solved with them, cost.
    return tr("%1\n%2 per attempt, %3 solved in one sample: %4 per solved task\n%5 samples: %6 "
              "solved, %7 per solved task")
        .arg(bar.name, formatUsd(s.usdPerAttempt), percent(s.successProbability),
             formatUsd(s.usdPerSolvedTaskOneSample), QString::number(s.bestSamples),
             percent(s.passAtBestSamples), formatUsd(s.usdPerSolvedTask));
}

} // namespace pertoken::ui
