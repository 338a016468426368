// Charts held during a slider drag: axes only widen, the tornado keeps its option and row order,
// and no chart lays itself out again while only the data moves. Releasing the hold refits.

#include "charts/charts_view.h"
#include "charts/sensitivity_chart.h"
#include "charts/volume_chart.h"
#include "scenario/evaluate.h"
#include "scenario/scenario.h"

#include <QEvent>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLogValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

// Counts the layout requests a chart posts to itself (Qt Charts asks for one whenever an axis
// label, a legend entry or a category changes).
class LayoutCounter final : public QObject {
public:
    explicit LayoutCounter(QObject *chart) { chart->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

Evaluation evaluationAt(double requestsPerMonth)
{
    Scenario scenario = defaultScenario();
    scenario.workload.requestsPerMonth = requestsPerMonth;
    return evaluate(scenario);
}

QLogValueAxis *volumeAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *log = qobject_cast<QLogValueAxis *>(axis))
            return log;
    }
    return nullptr;
}

// A synthetic tornado for one option at $7.00 per million tokens: input i swings by `swings[i]`
// dollars around the base (low = base − swing/2, high = base + swing/2).
Evaluation tornado(const QList<double> &swings)
{
    Evaluation e;
    OptionResult option;
    option.id = u"h100"_s;
    option.name = u"8B on H100"_s;
    option.kind = OptionKind::SelfHosted;
    option.usdPerMillionTokens = 7.0;
    e.options = {option};
    e.cheapestId = option.id;
    for (qsizetype i = 0; i < swings.size(); ++i) {
        e.sensitivity.append({option.id, u"p%1"_s.arg(i), u"Input %1"_s.arg(i), QString(), 2, 1.0,
                              7.0 - swings[i] / 2, 7.0 + swings[i] / 2});
    }
    return e;
}

QStringList rowLabels(SensitivityChart &chart)
{
    const auto axes = chart.chart()->axes(Qt::Vertical);
    auto *axis = qobject_cast<QBarCategoryAxis *>(axes.value(0));
    return axis ? axis->categories() : QStringList();
}

} // namespace

class TestChartHold : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void volumeAxisOnlyWidensWhileHeld();
    void tornadoKeepsRowOrderWhileHeld();
    void heldChartDoesNotRelayOutWhenOnlyDataMoves();
};

void TestChartHold::volumeAxisOnlyWidensWhileHeld()
{
    // The default scenario's cost curves span volume / 1e4 to volume · 1e4 (evaluate.cpp), and
    // the axis snaps to whole decades around them.
    VolumeChart chart;
    chart.setEvaluation(evaluationAt(1e7));
    QLogValueAxis *axis = volumeAxis(chart.chart());
    QVERIFY(axis);
    const double fittedMin = axis->min();
    const double fittedMax = axis->max();

    // A hundred times fewer requests moves the curves two decades down: held, the axis widens
    // downwards and keeps its top.
    chart.setRangesHeld(true);
    // A held chart paints without antialiasing until released.
    QVERIFY(!chart.chartView()->renderHints().testFlag(QPainter::Antialiasing));
    chart.setEvaluation(evaluationAt(1e5));
    QCOMPARE(axis->max(), fittedMax);
    QVERIFY2(axis->min() <= fittedMin / 100 * 1.0001,
             qPrintable(u"min %1, fitted %2"_s.arg(axis->min()).arg(fittedMin)));
    const double widenedMin = axis->min();

    // Back at the start, still held: nothing shrinks.
    chart.setEvaluation(evaluationAt(1e7));
    QCOMPARE(axis->min(), widenedMin);
    QCOMPARE(axis->max(), fittedMax);

    // Released: the next evaluation fits the range to the data again.
    chart.setRangesHeld(false);
    QVERIFY(chart.chartView()->renderHints().testFlag(QPainter::Antialiasing));
    chart.setEvaluation(evaluationAt(1e7));
    QCOMPARE(axis->min(), fittedMin);
    QCOMPARE(axis->max(), fittedMax);
}

void TestChartHold::tornadoKeepsRowOrderWhileHeld()
{
    SensitivityChart chart;
    // Swings 3, 2 and 1 cents: input 0 ranks first, so it is the top bar (the last category).
    chart.setEvaluation(tornado({0.03, 0.02, 0.01}));
    const QStringList ranked = {u"Input 2"_s, u"Input 1"_s, u"Input 0"_s};
    QCOMPARE(rowLabels(chart), ranked);

    // Input 2 now swings most (4 cents), but the drag holds the rows where they were; the bars
    // follow their inputs: input 2 is still the bottom bar, with 100 · 0.02 / 7 = +0.2857%.
    chart.setRangesHeld(true);
    chart.setEvaluation(tornado({0.03, 0.02, 0.04}));
    QCOMPARE(rowLabels(chart), ranked);
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart.chart()->series().value(0));
    QVERIFY(series);
    QBarSet *higher = series->barSets().at(1);
    QCOMPARE(higher->at(0), 100.0 * 0.02 / 7.0);

    // Released: ranked again, input 2 on top.
    chart.setRangesHeld(false);
    chart.setEvaluation(tornado({0.03, 0.02, 0.04}));
    QCOMPARE(rowLabels(chart), (QStringList{u"Input 1"_s, u"Input 0"_s, u"Input 2"_s}));
}

void TestChartHold::heldChartDoesNotRelayOutWhenOnlyDataMoves()
{
    // The whole overview, as the dashboard shows it, through a held drag of the workload volume
    // over a factor of 30 and back, 40 steps each way.
    ChartsView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Whole requests: scenario validation refuses fractions of a request.
    const auto requestsAt = [](int step) { return std::round(3e5 * std::pow(30.0, step / 40.0)); };
    view.setEvaluation(evaluationAt(requestsAt(0)));
    view.setLiveEdit(true);
    // The first pass may widen axes once; after that the range covers every step.
    for (int step = 0; step <= 40; ++step)
        view.setEvaluation(evaluationAt(requestsAt(step)));
    QCoreApplication::processEvents();

    QList<LayoutCounter *> counters;
    const QList<DashboardChart *> charts = view.overviewCharts();
    for (DashboardChart *chart : charts)
        counters.append(new LayoutCounter(chart->chart()));
    for (int step = 40; step >= 0; --step) {
        view.setEvaluation(evaluationAt(requestsAt(step)));
        QCoreApplication::processEvents();
    }
    for (qsizetype i = 0; i < charts.size(); ++i)
        QVERIFY2(counters[i]->count == 0,
                 qPrintable(
                     u"%1 laid out %2 times"_s.arg(charts[i]->chartId()).arg(counters[i]->count)));

    // Released, the charts refit (a layout is expected now).
    view.setLiveEdit(false);
    QCoreApplication::processEvents();
    qDeleteAll(counters);
}

QTEST_MAIN(TestChartHold)
#include "tst_chart_hold.moc"
