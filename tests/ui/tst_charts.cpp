#include "charts/chart_format.h"
#include "charts/chart_page.h"
#include "charts/charts_view.h"
#include "charts/cost_breakdown_chart.h"
#include "charts/data_table_view.h"
#include "charts/frontier_chart.h"
#include "charts/sensitivity_chart.h"
#include "charts/solved_task_chart.h"
#include "charts/throughput_chart.h"
#include "charts/uncertainty_chart.h"
#include "charts/volume_chart.h"
#include "panels/number_format.h"
#include "scenario/evaluate.h"
#include "scenario/scenario.h"

#include "scenario/parameters.h"
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>

#include <QTest>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

CostPart part(const QString &key, const QString &label, double usdPerMonth, double tokensPerMonth)
{
    return {key, label, usdPerMonth, usdPerMonth / tokensPerMonth * 1e6};
}

// A hand-made evaluation of a workload of 5e8 tokens/month (500 M), with numbers chosen so
// every expected value below can be checked by hand:
//  - "api" (cloud): input $300/month + output $900/month = $1,200/month;
//    per million tokens: 300 / 500 = $0.60, 900 / 500 = $1.80, total $2.40.
//    Its monthly cost is linear in volume: 2.4e-6 USD per token.
//  - "h100" (self-hosted, rented): rental $3,000/month + power $500/month = $3,500/month;
//    per million tokens: 3000 / 500 = $6.00, 500 / 500 = $1.00, total $7.00.
//    Its volume curve is $3,000 fixed plus 1e-6 USD per token.
//  - "laptop" (on-device): cannot serve (the weights do not fit).
// Break-even: 2.4e-6·x = 3000 + 1e-6·x  →  x = 3000 / 1.4e-6 = 2.142857e9 tokens/month,
// where both cost 2.4e-6 · 2.142857e9 = $5,142.86/month.
Evaluation handMadeEvaluation()
{
    constexpr double tokens = 5e8;
    Evaluation e;
    e.tokensPerMonth = tokens;

    OptionResult api;
    api.id = u"api"_s;
    api.name = u"Cloud API"_s;
    api.kind = OptionKind::CloudApi;
    api.monthlyUsd = 1200;
    api.usdPerMillionTokens = 2.40;
    api.breakdown = {part(u"input"_s, u"Input tokens"_s, 300, tokens),
                     part(u"output"_s, u"Output tokens"_s, 900, tokens)};
    for (const double volume : {1e6, 1e7, 1e8, 1e9, 1e10})
        api.volumeCurve.append({volume, 2.4e-6 * volume});

    OptionResult h100;
    h100.id = u"h100"_s;
    h100.name = u"8B on H100"_s;
    h100.kind = OptionKind::SelfHosted;
    h100.monthlyUsd = 3500;
    h100.usdPerMillionTokens = 7.00;
    h100.breakdown = {part(u"rental"_s, u"GPU rental"_s, 3000, tokens),
                      part(u"power"_s, u"Power"_s, 500, tokens)};
    for (const double volume : {1e6, 1e7, 1e8, 1e9, 1e10})
        h100.volumeCurve.append({volume, 3000 + 1e-6 * volume});
    RooflineResult roofline;
    roofline.maxBatch = 24;
    roofline.fits = true;
    h100.roofline = roofline;
    h100.basisNote = u"roofline, MBU 0.70, MFU 0.50"_s;
    // Batches 1..16 fit under the memory limit of 24; 32 and 64 do not and are not drawn.
    for (const int batch : {1, 2, 4, 8, 16, 32, 64}) {
        const bool fits = batch <= 24;
        h100.batchSweep.append({batch, fits ? 100.0 * batch : 0.0, fits ? 10.0 + batch : 0.0,
                                fits ? 50.0 : 0.0, fits});
    }

    OptionResult laptop;
    laptop.id = u"laptop"_s;
    laptop.name = u"70B on laptop"_s;
    laptop.kind = OptionKind::OnDevice;
    laptop.feasible = false;
    laptop.infeasibleReason = u"weights (40 GB) do not fit in 36 GB of memory"_s;

    e.options = {api, h100, laptop};
    e.cheapestId = u"api"_s;
    e.breakEven = {{u"api"_s, u"h100"_s, 3000 / 1.4e-6, 2.4e-6 * (3000 / 1.4e-6)}};

    // The H100's cost–speed front: batch 24 at 40 tokens/s per user and $0.50/M, batch 1 at
    // 90 tokens/s and $4.00/M (the chart only draws what it is given).
    FrontierCurve frontier;
    frontier.optionId = u"h100"_s;
    frontier.optionName = h100.name;
    frontier.basis = u"roofline"_s;
    FrontierPoint wide;
    wide.batch = 24;
    wide.userTokensPerSecond = 40;
    wide.usdPerMillionTokens = 0.5;
    FrontierPoint narrow;
    narrow.batch = 1;
    narrow.userTokensPerSecond = 90;
    narrow.usdPerMillionTokens = 4;
    frontier.points = {narrow, wide};
    frontier.front = {wide, narrow};
    e.frontier = {frontier};

    // Ten inputs of the H100 option with swings 10, 9, ..., 1 cents (low = base − swing/2,
    // high = base + swing/2), listed smallest first so the chart has to rank them.
    const QStringList keys = {u"rentalUsdPerGpuHour"_s,
                              u"targetUtilization"_s,
                              u"mbu"_s,
                              u"mfu"_s,
                              u"powerWattsPerGpu"_s,
                              u"electricityUsdPerKWh"_s,
                              u"pue"_s,
                              u"operationsUsdPerMonth"_s,
                              u"hostingUsdPerGpuMonth"_s,
                              u"workload.outputTokensPerRequest"_s};
    // Units and decimals as evaluate() copies them from each parameter's spec.
    const auto spec = [](const QString &key) {
        const QString workload = u"workload."_s;
        const QList<ParameterSpec> specs = key.startsWith(workload)
                                               ? workloadParameters()
                                               : parametersOfKind(OptionKind::SelfHosted);
        const QString bare = key.startsWith(workload) ? key.mid(workload.size()) : key;
        for (const ParameterSpec &candidate : specs) {
            if (candidate.key == bare)
                return candidate;
        }
        return ParameterSpec{};
    };
    for (int i = 0; i < 10; ++i) {
        const double swing = 0.01 * (i + 1);
        const ParameterSpec s = spec(keys[i]);
        e.sensitivity.append({u"h100"_s, keys[i], u"Input %1"_s.arg(i), s.unit, s.decimals, 2.0,
                              7.0 - swing / 2, 7.0 + swing / 2});
    }
    e.sensitivity.append({u"api"_s, u"outputUsdPerMTok"_s, u"Output price"_s, u"USD/M tokens"_s, 3,
                          15.0, 2.04, 2.76});
    return e;
}

QAbstractSeries *seriesNamed(QChart *chart, const QString &name)
{
    const auto all = chart->series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == name)
            return series;
    }
    return nullptr;
}

QBarSet *barSetNamed(QAbstractBarSeries *series, const QString &name)
{
    const auto sets = series->barSets();
    for (QBarSet *set : sets) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

// Share of pixels that differ clearly from the background colour.
double inkFraction(const QImage &image, const QColor &background)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green()) +
                    qAbs(c.blue() - background.blue()) >
                60)
                ++ink;
        }
    }
    return double(ink) / (qint64(image.width()) * image.height());
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList list;
    for (int c = 0; c < model->columnCount(); ++c)
        list.append(model->headerData(c, Qt::Horizontal).toString());
    return list;
}

} // namespace

class TestCharts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatting_data();
    void formatting();
    void axisLabelsNeverShowNegativeZero();
    void axesFollowTheLanguage();
    void moneyAxisInTheDisplayCurrency();
    void costBreakdownStacksCostParts();
    void costBreakdownUpdatesInPlace();
    void costBreakdownExplainsInfeasibleOption();
    void volumeLinesHoldVolumeCurves();
    void volumeBreakEvenTooltip();
    void axisTitlesShortenToFit();
    void throughputOmitsBatchesThatDoNotFit();
    void throughputLegendTogglesAnOptionsThreeSeries();
    void frontierDrawsEachOptionsFront();
    void sensitivityShowsTopEightRanked();
    void uncertaintyPlaceholderAndBands();
    void dataModelsHaveOneRowPerDrawnValue();
    void legendMarkerTogglesSeries();
    void copyPutsTabSeparatedTextOnClipboard();
    void darkPaletteRestylesCharts();
    void buildChartMatchesWidget();
    void chartsRenderInk_data();
    void chartsRenderInk();
    void chartsViewHasTabsAndCharts();
    void chartsViewUpdatesHiddenTabsWhenShown();
    void defaultScenarioFillsEveryChart();
};

void TestCharts::initTestCase()
{
    // Formatting is locale-aware; the expectations below are written for US English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCharts::formatting_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usd thousands") << ui::formatUsd(12345.4) << u"$12,345"_s;
    QTest::newRow("usd dollars") << ui::formatUsd(4.205) << u"$4.21"_s;
    // Below a dollar three significant digits: 0.04213 → 0.0421.
    QTest::newRow("usd cents") << ui::formatUsd(0.04213) << u"$0.0421"_s;
    QTest::newRow("usd negative zero") << ui::formatUsd(-0.0) << u"$0.00"_s;
    QTest::newRow("count millions") << ui::formatCount(41.23e6) << u"41.2 M"_s;
    // 999,960 rounds to 1,000 k with three digits, which reads better as 1 M.
    QTest::newRow("count carry") << ui::formatCount(999960) << u"1 M"_s;
    QTest::newRow("count billions") << ui::formatCount(2.142857e9) << u"2.14 B"_s;
    QTest::newRow("count small") << ui::formatCount(950.4) << u"950"_s;
    QTest::newRow("fixed negative zero") << formatFixed(-0.04, 1) << u"0.0"_s;
    QTest::newRow("plain") << formatPlain(45.63) << u"45.6"_s;
    QTest::newRow("decade usd") << decadeLabel(3, NumberKind::Usd) << u"$1k"_s;
    QTest::newRow("decade cents") << decadeLabel(-2, NumberKind::Usd) << u"$0.01"_s;
    QTest::newRow("decade tokens") << decadeLabel(7, NumberKind::Count) << u"10 M"_s;
    QTest::newRow("ticks usd") << axisTickLabels({0, 500, 1000, 1500}, NumberKind::Usd).join(u'|')
                               << u"$0|$0.5k|$1.0k|$1.5k"_s;
    QTest::newRow("ticks cents") << axisTickLabels({6.9, 7.0, 7.1}, NumberKind::Usd).join(u'|')
                                 << u"$6.9|$7.0|$7.1"_s;
}

void TestCharts::formatting()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestCharts::axisLabelsNeverShowNegativeZero()
{
    // Ticks computed as anchor + k·step around zero, where floating point yields −1e-17.
    const QList<double> ticks = niceTicks(-0.3, 0.3, 7);
    QVERIFY(ticks.contains(0.0));
    const QStringList labels = axisTickLabels(ticks, NumberKind::Plain);
    static const QRegularExpression negativeZero(u"^[-\u2212]0([.,]0*)?$"_s);
    for (const QString &label : labels)
        QVERIFY2(!negativeZero.match(label).hasMatch(), qPrintable(label));
}

void TestCharts::axesFollowTheLanguage()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // Largest tick 1.5e9 → Mrd.; step 0.5e9 / 1e9 = 0.5 → one decimal, decimal comma.
    QCOMPARE(axisTickLabels({0, 5e8, 1e9, 1.5e9}, NumberKind::Count).join(u'|'),
             u"0|0,5 Mrd.|1,0 Mrd.|1,5 Mrd."_s);
    // 10^9 dollars: "1 Mrd. $", the symbol after the number as German writes it.
    QCOMPARE(decadeLabel(9, NumberKind::Usd), u"1 Mrd. $"_s);
    QCOMPARE(ui::formatCount(72.2e9), u"72,2 Mrd."_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // Chinese counts by 10^4: 1e5 → 万; step 5e4 / 1e4 = 5 → whole numbers: 0, 5万, 10万.
    QCOMPARE(axisTickLabels({0, 5e4, 1e5}, NumberKind::Count).join(u'|'), u"0|5\u4e07|10\u4e07"_s);
    // 10^8 = 1亿; 10^9 = 10亿.
    QCOMPARE(decadeLabel(8, NumberKind::Count), u"1\u4ebf"_s);
    QCOMPARE(decadeLabel(9, NumberKind::Count), u"10\u4ebf"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCharts::moneyAxisInTheDisplayCurrency()
{
    // 0.5 EUR per USD (a test rate): the hand-made evaluation's largest total, $7.00, is €3.50;
    // ticks of €1 (0…4) are the finest 1-2-5 step within six ticks.
    const DisplayCurrencyScope euro(
        *makeDisplayCurrency(u"test"_s, u"EUR"_s, 0.5, QDate(2026, 11, 30)));
    QCOMPARE(ui::formatUsd(7), u"\u20ac3.50"_s);
    CostBreakdownChart chart;
    chart.setEvaluation(handMadeEvaluation());
    auto *axis = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(),
             (QStringList{u"\u20ac0"_s, u"\u20ac1"_s, u"\u20ac2"_s, u"\u20ac3"_s, u"\u20ac4"_s}));
    // €4 stands where $8 is: the bars stay in US dollars.
    QCOMPARE(axis->endValue(u"\u20ac4"_s), 8.0);
    QVERIFY2(axis->titleText().endsWith(u", shown in EUR"_s), qPrintable(axis->titleText()));
}

void TestCharts::costBreakdownStacksCostParts()
{
    CostBreakdownChart chart;
    chart.setEvaluation(handMadeEvaluation());
    auto *series =
        qobject_cast<QHorizontalStackedBarSeries *>(seriesNamed(chart.chart(), u"cost-parts"_s));
    QVERIFY(series);
    // One set per cost part, in order of first appearance (api first, then h100).
    QStringList keys;
    for (const QBarSet *set : series->barSets())
        keys.append(set->objectName());
    QCOMPARE(keys, (QStringList{u"input"_s, u"output"_s, u"rental"_s, u"power"_s,
                                CostBreakdownChart::infeasibleSetName()}));
    // Categories run bottom-up: 0 = laptop, 1 = h100, 2 = api (the first option on top).
    // Values are the CostParts' usdPerMillionTokens from the hand calculation above.
    QCOMPARE(barSetNamed(series, u"input"_s)->at(2), 0.60);
    QCOMPARE(barSetNamed(series, u"output"_s)->at(2), 1.80);
    QCOMPARE(barSetNamed(series, u"rental"_s)->at(1), 6.00);
    QCOMPARE(barSetNamed(series, u"power"_s)->at(1), 1.00);
    QCOMPARE(barSetNamed(series, u"input"_s)->at(1), 0.0);
    // The infeasible laptop: no cost parts, an empty outline across the axis. The axis ends at
    // $8: the largest total is $7.00, and ticks of $2 (0, 2, 4, 6, 8) are the finest 1-2-5 step
    // that needs at most six ticks.
    for (const QBarSet *set : series->barSets()) {
        if (set->objectName() != CostBreakdownChart::infeasibleSetName())
            QCOMPARE(set->at(0), 0.0);
    }
    QBarSet *outline = barSetNamed(series, CostBreakdownChart::infeasibleSetName());
    QCOMPARE(outline->at(0), 8.0);
    QCOMPARE(outline->at(1), 0.0);
    QCOMPARE(outline->brush().style(), Qt::NoBrush);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 3);
    QCOMPARE(axis->at(0), u"70B on laptop (not feasible)"_s);
    QCOMPARE(axis->at(2), u"Cloud API"_s);
    QVERIFY(chart.chart()
                ->axes(Qt::Horizontal)
                .value(0)
                ->titleText()
                .contains(u"USD per million tokens"_s));
}

void TestCharts::costBreakdownUpdatesInPlace()
{
    CostBreakdownChart chart;
    Evaluation e = handMadeEvaluation();
    chart.setEvaluation(e);
    auto *series = qobject_cast<QAbstractBarSeries *>(seriesNamed(chart.chart(), u"cost-parts"_s));
    QBarSet *input = barSetNamed(series, u"input"_s);
    // Input tokens cost $375/month instead of $300: 375 / 500 = $0.75 per million tokens.
    e.options[0].breakdown[0] = part(u"input"_s, u"Input tokens"_s, 375, 5e8);
    chart.setEvaluation(e);
    QCOMPARE(barSetNamed(series, u"input"_s), input); // same set, new value
    QCOMPARE(input->at(2), 0.75);

    // Dropping the on-device option changes the set of bars: the sets are rebuilt.
    e.options.removeLast();
    chart.setEvaluation(e);
    QCOMPARE(barSetNamed(series, u"input"_s)->count(), 2);
}

void TestCharts::costBreakdownExplainsInfeasibleOption()
{
    CostBreakdownChart chart;
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setEvaluation(handMadeEvaluation());
    QCoreApplication::processEvents();
    QAbstractSeries *series = seriesNamed(chart.chart(), u"cost-parts"_s);
    // Category 0 (the laptop), a little right of the axis.
    const QPointF inChart = chart.chart()->mapToPosition(QPointF(0.2, 0), series);
    const QPoint inView = chart.chartView()->mapFromScene(chart.chart()->mapToScene(inChart));
    QTest::mouseMove(chart.chartView()->viewport(), inView);
    QTRY_VERIFY(QToolTip::text().contains(u"do not fit in 36 GB"_s));
    QToolTip::hideText();
}

void TestCharts::volumeLinesHoldVolumeCurves()
{
    VolumeChart chart;
    const Evaluation e = handMadeEvaluation();
    chart.setEvaluation(e);
    auto *api = qobject_cast<QLineSeries *>(seriesNamed(chart.chart(), u"option:api"_s));
    auto *h100 = qobject_cast<QLineSeries *>(seriesNamed(chart.chart(), u"option:h100"_s));
    QVERIFY(api && h100);
    QCOMPARE(api->points(), e.options[0].volumeCurve);
    QCOMPARE(h100->points(), e.options[1].volumeCurve);
    QVERIFY(!seriesNamed(chart.chart(), u"option:laptop"_s)); // infeasible: no line
    QCOMPARE(api->attachedAxes().size(), 2);
    for (QAbstractAxis *axis : api->attachedAxes())
        QVERIFY(qobject_cast<QLogValueAxis *>(axis));

    auto *crossings = qobject_cast<QScatterSeries *>(
        seriesNamed(chart.chart(), VolumeChart::breakEvenSeriesName()));
    QVERIFY(crossings);
    QCOMPARE(crossings->count(), 1);
    QCOMPARE(crossings->at(0).x(), 3000 / 1.4e-6);
    QCOMPARE(crossings->at(0).y(), 2.4e-6 * (3000 / 1.4e-6));

    auto *marker = qobject_cast<QLineSeries *>(
        seriesNamed(chart.chart(), VolumeChart::volumeMarkerSeriesName()));
    QVERIFY(marker);
    QCOMPARE(marker->count(), 2);
    QCOMPARE(marker->at(0).x(), 5e8);
    QCOMPARE(marker->at(1).x(), 5e8);

    // A new evaluation replaces the points of the same series.
    Evaluation changed = e;
    changed.options[0].volumeCurve[2] = {1e8, 300};
    chart.setEvaluation(changed);
    QCOMPARE(seriesNamed(chart.chart(), u"option:api"_s), api);
    QCOMPARE(api->at(2), QPointF(1e8, 300));
}

void TestCharts::axisTitlesShortenToFit()
{
    VolumeChart chart;
    chart.setEvaluation(handMadeEvaluation());
    const auto title = [&chart](Qt::Orientation orientation) {
        const auto axes = chart.chart()->axes(orientation);
        for (const QAbstractAxis *axis : axes) {
            if (!axis->titleText().isEmpty())
                return axis->titleText();
        }
        return QString();
    };
    const auto noneCut = [&chart] {
        const QStringList drawn = chart.drawnAxisTitles();
        return !drawn.isEmpty() && std::none_of(drawn.begin(), drawn.end(), [](const QString &t) {
            return t.contains(u"..."_s);
        });
    };
    chart.resize(1000, 700);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(title(Qt::Vertical), u"Monthly cost (USD per month)"_s);
    QTRY_COMPARE(title(Qt::Horizontal), u"Monthly volume (tokens per month)"_s);
    QTRY_VERIFY(noneCut());

    // A quarter of a 1280×720 screen's chart area: the short titles, still with their units,
    // and none cut off.
    chart.resize(330, 190);
    QTRY_COMPARE(title(Qt::Vertical), u"USD/month"_s);
    QTRY_VERIFY(noneCut());

    chart.resize(1000, 700);
    QTRY_COMPARE(title(Qt::Vertical), u"Monthly cost (USD per month)"_s);
    QTRY_VERIFY(noneCut());
}

void TestCharts::volumeBreakEvenTooltip()
{
    VolumeChart chart;
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setEvaluation(handMadeEvaluation());
    auto *crossings = qobject_cast<QScatterSeries *>(
        seriesNamed(chart.chart(), VolumeChart::breakEvenSeriesName()));
    Q_EMIT crossings->hovered(QPointF(2.1e9, 5100), true);
    // 2.142857e9 → "2.14 B"; $5,142.86 → "$5,143".
    QCOMPARE(QToolTip::text(), u"Cloud API = 8B on H100 at 2.14 B tokens/month, $5,143/month"_s);
    Q_EMIT crossings->hovered(QPointF(2.1e9, 5100), false);
}

void TestCharts::throughputOmitsBatchesThatDoNotFit()
{
    ThroughputChart chart;
    chart.setEvaluation(handMadeEvaluation());
    auto *tokens = qobject_cast<QLineSeries *>(
        seriesNamed(chart.chart(), ThroughputChart::throughputSeriesName(u"h100"_s)));
    auto *tpot = qobject_cast<QLineSeries *>(
        seriesNamed(chart.chart(), ThroughputChart::latencySeriesName(u"h100"_s)));
    auto *limit = qobject_cast<QLineSeries *>(
        seriesNamed(chart.chart(), ThroughputChart::memoryLimitSeriesName(u"h100"_s)));
    QVERIFY(tokens && tpot && limit);
    // Batches 1, 2, 4, 8, 16 fit (limit 24): 100 tokens/s per sequence, TPOT 10 + batch ms.
    QCOMPARE(tokens->points(),
             (QList<QPointF>{{1, 100}, {2, 200}, {4, 400}, {8, 800}, {16, 1600}}));
    QCOMPARE(tpot->points(), (QList<QPointF>{{1, 11}, {2, 12}, {4, 14}, {8, 18}, {16, 26}}));
    QCOMPARE(limit->at(0).x(), 24.0);
    QCOMPARE(limit->at(1).x(), 24.0);
    QCOMPARE(limit->pen().style(), Qt::DashLine);
    // Cloud APIs and options whose model does not fit have no curves.
    QVERIFY(!seriesNamed(chart.chart(), ThroughputChart::throughputSeriesName(u"api"_s)));
    QVERIFY(!seriesNamed(chart.chart(), ThroughputChart::throughputSeriesName(u"laptop"_s)));
    // Two value axes: tokens/s on the left and TPOT on the right.
    QCOMPARE(tokens->attachedAxes().size(), 2);
    QCOMPARE(tpot->attachedAxes().size(), 2);
    QVERIFY(tokens->attachedAxes() != tpot->attachedAxes());
}

void TestCharts::throughputLegendTogglesAnOptionsThreeSeries()
{
    ThroughputChart chart;
    chart.setEvaluation(handMadeEvaluation());
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    QAbstractSeries *tokens =
        seriesNamed(chart.chart(), ThroughputChart::throughputSeriesName(u"h100"_s));
    QAbstractSeries *tpot =
        seriesNamed(chart.chart(), ThroughputChart::latencySeriesName(u"h100"_s));
    QAbstractSeries *limit =
        seriesNamed(chart.chart(), ThroughputChart::memoryLimitSeriesName(u"h100"_s));
    // One legend entry per option, named after it; TPOT and the memory limit have none.
    QCOMPARE(chart.chart()->legend()->markers(tokens).first()->label(), u"8B on H100"_s);
    QVERIFY(!chart.chart()->legend()->markers(tpot).first()->isVisible());
    QVERIFY(!chart.chart()->legend()->markers(limit).first()->isVisible());
    Q_EMIT chart.chart()->legend()->markers(tokens).first()->clicked();
    QVERIFY(!tokens->isVisible() && !tpot->isVisible() && !limit->isVisible());
    QVERIFY(chart.chart()->legend()->markers(tokens).first()->isVisible());
    QVERIFY(!chart.chart()->legend()->markers(tpot).first()->isVisible());
}

void TestCharts::frontierDrawsEachOptionsFront()
{
    FrontierChart chart;
    chart.setEvaluation(handMadeEvaluation());
    // The H100's two front points, slowest first; nothing for the API (no published speed).
    auto *front =
        qobject_cast<QXYSeries *>(seriesNamed(chart.chart(), FrontierChart::seriesName(u"h100"_s)));
    QVERIFY(front);
    QCOMPARE(front->points(), (QList<QPointF>{{40, 0.5}, {90, 4}}));
    QVERIFY(!seriesNamed(chart.chart(), FrontierChart::seriesName(u"api"_s)));
    QCOMPARE(chart.dataModel()->rowCount(), 2);
    QVERIFY(chart.placeholderText().isEmpty());

    // No front at all: the placeholder says what a frontier needs.
    Evaluation none = handMadeEvaluation();
    none.frontier.clear();
    chart.setEvaluation(none);
    QVERIFY(chart.placeholderText().contains(u"published output speed"_s));
}

void TestCharts::sensitivityShowsTopEightRanked()
{
    SensitivityChart chart;
    const Evaluation e = handMadeEvaluation();
    chart.setEvaluation(e);
    QCOMPARE(chart.shownOptionId(), u"api"_s); // the cheapest by default
    chart.setOptionId(u"h100"_s);
    QCOMPARE(chart.shownOptionId(), u"h100"_s);

    auto *series =
        qobject_cast<QHorizontalBarSeries *>(seriesNamed(chart.chart(), u"sensitivity"_s));
    QVERIFY(series);
    QBarSet *lower = barSetNamed(series, SensitivityChart::lowerSetName());
    QBarSet *higher = barSetNamed(series, SensitivityChart::higherSetName());
    QCOMPARE(lower->count(), SensitivityChart::kMaxRows);
    // Bars are the change in percent of the base cost $7.00. Top bar (last category) is the
    // largest swing, input 9 (10 cents): low = 7.00 − 0.05, drawn as 100 · −0.05 / 7 = −0.714%;
    // high +0.714%.
    QCOMPARE(lower->at(7), 100.0 * ((7.0 - 0.05) - 7.0) / 7.0);
    QCOMPARE(higher->at(7), 100.0 * ((7.0 + 0.05) - 7.0) / 7.0);
    // Bottom bar: the eighth largest, input 2 (3 cents): 100 · 0.015 / 7 = +0.214%.
    QCOMPARE(higher->at(0), 100.0 * ((7.0 + 0.015) - 7.0) / 7.0);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    // Label with the unit of the parameter's spec: workload output tokens per request.
    QCOMPARE(axis->at(7), u"Input 9 (tokens)"_s);
    // Electricity price, input 5, is fourth from the bottom.
    QCOMPARE(axis->at(3), u"Input 5 (USD/kWh)"_s);
    QCOMPARE(axis->at(2), u"Input 4 (W)"_s);

    // The tooltip gives the input's value with the spec's decimals (3 for electricity) and the
    // costs: 7.00 ∓ 0.03 for input 5 (swing 6 cents).
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    Q_EMIT series->hovered(true, 3, higher);
    QCOMPARE(QToolTip::text(),
             u"Input 5: 2.000 USD/kWh\nInput −20%: $6.97 per million tokens\n"
             "Input +20%: $7.03 per million tokens\n8B on H100 now: $7.00 per million tokens"_s);
    Q_EMIT series->hovered(false, 3, higher);
}

void TestCharts::uncertaintyPlaceholderAndBands()
{
    UncertaintyChart chart;
    Evaluation e = handMadeEvaluation();
    chart.setEvaluation(e);
    QCOMPARE(chart.placeholderText(), UncertaintyChart::noRangesText());
    QCOMPARE(chart.dataModel()->rowCount(), 0);

    e.uncertainty = {{u"api"_s, 2.1, 2.4, 2.9, 400}, {u"h100"_s, 5.5, 7.0, 9.5, 400}};
    chart.setEvaluation(e);
    QVERIFY(chart.placeholderText().isEmpty());
    auto *series = qobject_cast<QBoxPlotSeries *>(seriesNamed(chart.chart(), u"bands"_s));
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    const QBoxSet *h100 = series->boxSets().at(1);
    QCOMPARE(h100->at(QBoxSet::LowerQuartile), 5.5);
    QCOMPARE(h100->at(QBoxSet::Median), 7.0);
    QCOMPARE(h100->at(QBoxSet::UpperQuartile), 9.5);
}

void TestCharts::dataModelsHaveOneRowPerDrawnValue()
{
    const Evaluation e = handMadeEvaluation();
    CostBreakdownChart cost;
    cost.setEvaluation(e);
    // api: 2 parts + total; h100: 2 parts + total; laptop: one "not feasible" row.
    QCOMPARE(cost.dataModel()->rowCount(), 7);
    QVERIFY(headers(cost.dataModel()).contains(u"Cost (USD per million tokens)"_s));
    QCOMPARE(cost.dataModel()->index(1, 2).data(Qt::EditRole).toDouble(), 1.80);
    QCOMPARE(cost.dataModel()->index(1, 2).data().toString(), u"$1.80"_s);

    VolumeChart volume;
    volume.setEvaluation(e);
    // 5 + 5 curve points, 1 break-even point, 1 row for the scenario's volume.
    QCOMPARE(volume.dataModel()->rowCount(), 12);
    QCOMPARE(headers(volume.dataModel()), (QStringList{u"Series"_s, u"Volume (tokens per month)"_s,
                                                       u"Monthly cost (USD per month)"_s}));

    ThroughputChart throughput;
    throughput.setEvaluation(e);
    // 5 batch sizes that fit, plus the memory limit.
    QCOMPARE(throughput.dataModel()->rowCount(), 6);
    QVERIFY(headers(throughput.dataModel()).contains(u"Output throughput (tokens/s)"_s));
    QVERIFY(headers(throughput.dataModel()).contains(u"Time per output token (ms)"_s));

    SensitivityChart sensitivity;
    sensitivity.setOptionId(u"h100"_s);
    sensitivity.setEvaluation(e);
    QCOMPARE(sensitivity.dataModel()->rowCount(), SensitivityChart::kMaxRows);
}

void TestCharts::legendMarkerTogglesSeries()
{
    VolumeChart chart;
    chart.setEvaluation(handMadeEvaluation());
    // A marker's visibility includes its legend's, which is laid out once the chart shows.
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    QAbstractSeries *api = seriesNamed(chart.chart(), u"option:api"_s);
    const auto markers = chart.chart()->legend()->markers(api);
    QCOMPARE(markers.size(), 1);
    QLegendMarker *marker = markers.first();
    Q_EMIT marker->clicked();
    QVERIFY(!api->isVisible());
    QVERIFY(chart.isSeriesHidden(u"option:api"_s));
    QVERIFY(marker->isVisible());                         // still there to click back on
    QVERIFY(marker->labelBrush().color().alphaF() < 0.5); // dimmed
    // A new evaluation keeps the series hidden.
    chart.setEvaluation(handMadeEvaluation());
    QVERIFY(!api->isVisible());
    Q_EMIT marker->clicked();
    QVERIFY(api->isVisible());
    QCOMPARE(marker->labelBrush().color().alphaF(), 1.0);

    // A bar set (a cost part) drops to zero while hidden; the table keeps its values.
    CostBreakdownChart cost;
    cost.setEvaluation(handMadeEvaluation());
    auto *bars = qobject_cast<QAbstractBarSeries *>(seriesNamed(cost.chart(), u"cost-parts"_s));
    QBarSet *rental = barSetNamed(bars, u"rental"_s);
    Q_EMIT cost.chart()->legend()->markers(bars).at(2)->clicked();
    QCOMPARE(rental->at(1), 0.0);
    QCOMPARE(cost.dataModel()->index(3, 2).data(Qt::EditRole).toDouble(), 6.00);
    cost.setSeriesHidden(u"rental"_s, false);
    QCOMPARE(rental->at(1), 6.00);
}

void TestCharts::copyPutsTabSeparatedTextOnClipboard()
{
    auto *chart = new CostBreakdownChart;
    ChartPage page(chart);
    chart->setEvaluation(handMadeEvaluation());

    QGuiApplication::clipboard()->clear();
    page.copyDataAction()->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 7);
    QCOMPARE(lines.first(), u"Option\tCost part\tCost (USD per million tokens)\tNote"_s);
    QCOMPARE(lines.at(1), u"Cloud API\tInput tokens\t0.6\t"_s);

    page.showTableAction()->trigger();
    QVERIFY(page.isTableShown());
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DataTableView *table = page.tableView();
    // Select rows 3 and 4 (h100's rental and power), columns 1 and 2.
    table->selectionModel()->select(
        QItemSelection(table->model()->index(3, 1), table->model()->index(4, 2)),
        QItemSelectionModel::Select);
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"Cost part\tCost (USD per million tokens)\nGPU rental\t6\nPower\t1\n"_s);
}

void TestCharts::darkPaletteRestylesCharts()
{
    VolumeChart chart;
    chart.setEvaluation(handMadeEvaluation());
    QVERIFY(!chart.chartStyle().isDark);
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Window, QColor(0x202124));
    dark.setColor(QPalette::Base, QColor(0x17181A));
    dark.setColor(QPalette::Text, QColor(0xE8EAED));
    chart.setPalette(dark);
    QVERIFY(chart.chartStyle().isDark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x17181A));
    // The theme was applied first; the option colours were put back afterwards.
    auto *api = qobject_cast<QLineSeries *>(seriesNamed(chart.chart(), u"option:api"_s));
    QCOMPARE(api->color(), ChartStyle::dark().optionColor(0));
}

void TestCharts::buildChartMatchesWidget()
{
    const Evaluation e = handMadeEvaluation();
    const std::unique_ptr<QChart> chart = VolumeChart::buildChart(e, ChartStyle::light());
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
    QVERIFY(!chart->title().isEmpty());
    auto *api = qobject_cast<QLineSeries *>(seriesNamed(chart.get(), u"option:api"_s));
    QVERIFY(api);
    QCOMPARE(api->points(), e.options[0].volumeCurve);
    const std::unique_ptr<QChart> tornado =
        SensitivityChart::buildChart(e, ChartStyle::dark(), u"h100"_s);
    QCOMPARE(tornado->axes(Qt::Vertical).value(0)->property("count").toInt(), 8);
}

void TestCharts::chartsRenderInk_data()
{
    QTest::addColumn<QString>("chartId");
    for (const char *id : {"cost-breakdown", "volume", "throughput", "sensitivity", "uncertainty"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCharts::chartsRenderInk()
{
    QFETCH(QString, chartId);
    ChartsView view;
    Evaluation e = handMadeEvaluation();
    e.uncertainty = {{u"api"_s, 2.1, 2.4, 2.9, 400}, {u"h100"_s, 5.5, 7.0, 9.5, 400}};
    view.setEvaluation(e);
    const QList<DashboardChart *> charts = view.charts();
    qsizetype tab = -1;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (charts[i]->chartId() == chartId)
            tab = i;
    }
    QVERIFY(tab >= 0);
    DashboardChart *chart = charts[tab];
    view.tabWidget()->setCurrentIndex(int(tab) + 1); // after "Overview"
    view.resize(1000, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QImage image = chart->grab().toImage();
    QVERIFY(image.width() > 600 && image.height() > 400);
    // Axes, labels, bars and lines: well above a few stray pixels, well below a filled image.
    const double ink = inkFraction(image, chart->chartStyle().background);
    QVERIFY2(ink > 0.02 && ink < 0.6, qPrintable(u"ink fraction %1"_s.arg(ink)));
}

void TestCharts::chartsViewHasTabsAndCharts()
{
    ChartsView view;
    QTabWidget *tabs = view.tabWidget();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    QCOMPARE(titles,
             (QStringList{u"Overview"_s, u"Cost"_s, u"Volume"_s, u"Throughput"_s, u"Sensitivity"_s,
                          u"Uncertainty"_s, u"Frontier"_s, u"Solved tasks"_s}));
    QStringList ids;
    for (const DashboardChart *chart : view.charts())
        ids.append(chart->chartId());
    QCOMPARE(ids, (QStringList{u"cost-breakdown"_s, u"volume"_s, u"throughput"_s, u"sensitivity"_s,
                               u"uncertainty"_s, u"frontier"_s, u"solved-task"_s}));
    QCOMPARE(view.overviewCharts().size(), 4);

    view.setEvaluation(handMadeEvaluation());
    for (DashboardChart *chart : view.overviewCharts() + view.charts())
        QVERIFY2(chart->dataModel()->rowCount() > 0 || chart->chartId() == u"uncertainty"_s ||
                     chart->chartId() == u"solved-task"_s,
                 qPrintable(chart->chartId()));
    auto *planner = new QWidget;
    view.addTab(planner, u"Planner"_s);
    QCOMPARE(tabs->count(), 9);
    QCOMPARE(tabs->widget(8), planner);
}

void TestCharts::chartsViewUpdatesHiddenTabsWhenShown()
{
    ChartsView view;
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Evaluation first = handMadeEvaluation();
    view.setEvaluation(first);
    Evaluation second = first;
    second.options[0].volumeCurve[0] = {1e6, 3.0};
    view.setEvaluation(second);

    // The Overview's volume chart follows at once; the Volume tab's follows when opened.
    auto *overviewApi = qobject_cast<QXYSeries *>(
        seriesNamed(view.overviewCharts().at(1)->chart(), u"option:api"_s));
    QCOMPARE(overviewApi->at(0), QPointF(1e6, 3.0));
    auto *volumePage = qobject_cast<ChartPage *>(view.tabWidget()->widget(2));
    QVERIFY(volumePage);
    QVERIFY(!seriesNamed(volumePage->chart()->chart(), u"option:api"_s)); // not drawn yet
    view.tabWidget()->setCurrentIndex(2);
    auto *tabApi =
        qobject_cast<QXYSeries *>(seriesNamed(volumePage->chart()->chart(), u"option:api"_s));
    QVERIFY(tabApi);
    QCOMPARE(tabApi->at(0), QPointF(1e6, 3.0));
}

void TestCharts::defaultScenarioFillsEveryChart()
{
    const Evaluation e = evaluate(defaultScenario());
    ChartsView view;
    view.resize(1600, 1000);
    view.setEvaluation(e);
    int feasible = 0;
    for (const OptionResult &option : e.options)
        feasible += option.enabled && option.feasible && !option.volumeCurve.isEmpty() ? 1 : 0;
    QVERIFY(feasible > 0);
    for (DashboardChart *chart : view.charts()) {
        // A legend entry cut for want of room has its whole name in a tooltip.
        QVERIFY2(chart->chart()->legend()->showToolTips(), qPrintable(chart->chartId()));
        if (chart->chartId() == u"volume"_s) {
            int lines = 0;
            for (QAbstractSeries *series : chart->chart()->series())
                lines += series->objectName().startsWith(u"option:"_s) ? 1 : 0;
            QCOMPARE(lines, feasible);
        }
        // The default scenario defines no task: the Solved tasks chart says so instead.
        if (chart->chartId() == u"solved-task"_s)
            QCOMPARE(chart->placeholderText(), SolvedTaskChart::noTaskText());
        else if (chart->chartId() != u"uncertainty"_s || !e.uncertainty.isEmpty())
            QVERIFY2(chart->placeholderText().isEmpty(), qPrintable(chart->chartId()));
    }
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
