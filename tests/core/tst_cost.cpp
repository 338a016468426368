// Cost arithmetic against hand calculations written out in each test.

#include "common/percentile.h"
#include "cost/break_even.h"
#include "cost/capital_recovery.h"
#include "cost/option_costing.h"
#include "scenario/evaluate.h"
#include "scenario/sensitivity.h"
#include "scenario/uncertainty.h"

#include <QTest>

#include "../support/datasheet_fixtures.h"

using namespace pertoken;
using namespace pertoken::fixtures;
using namespace Qt::StringLiterals;

namespace {

bool close(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

Workload evenWorkload()
{
    Workload w;
    w.requestsPerMonth = 1e6;
    w.inputTokensPerRequest = 1000;
    w.outputTokensPerRequest = 1000;
    return w;
}

DeploymentOption cloud(double inputUsd, double outputUsd)
{
    ApiPrice price;
    price.model = u"Test API"_s;
    price.inputUsdPerMTok = inputUsd;
    price.outputUsdPerMTok = outputUsd;
    return DeploymentOption{u"api"_s, u"API"_s, true, CloudApiOption{price}, 0, {}};
}

DeploymentOption rentedGpu(double usdPerGpuHour, double measuredOutputTokensPerSecond)
{
    SelfHostedOption s;
    s.accelerator = h100();
    s.model = llama8b();
    s.quantization = Quantization{u"fp8"_s, u"FP8"_s, 8, ComputePrecision::Fp8, {}};
    s.acquisition = Acquisition::Rent;
    s.rentalUsdPerGpuHour = usdPerGpuHour;
    s.targetUtilization = 1.0;
    s.operationsUsdPerMonth = 0;
    return DeploymentOption{u"gpu"_s, u"GPU"_s, true, s, measuredOutputTokensPerSecond, u"test"_s};
}

} // namespace

class TestCost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void capitalRecoveryFactor_data();
    void capitalRecoveryFactor();
    void boughtGpuHourlyCost();
    void cloudApiCostIsLinear();
    void breakEvenAgainstRentedGpu();
    void breakEvenNeverCrosses();
    void onDeviceAmortizedAndMarginal();
    void replicasCoverPeakConcurrency();
    void sensitivityRanksRentalPrice();
    void percentileInterpolates();
    void uncertaintyIsReproducible();
    void uncertaintyDrawsTheModelError();
};

void TestCost::capitalRecoveryFactor_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("years");
    QTest::addColumn<double>("expected");
    // r = 0: straight-line, 1/n.
    QTest::newRow("no interest, 4 years") << 0.0 << 4.0 << 0.25;
    // 8%, 4 years: 1.08^4 = 1.36048896; 0.08 · 1.36048896 / 0.36048896 = 0.3019208045.
    QTest::newRow("8%, 4 years") << 0.08 << 4.0 << 0.3019208045;
    // 10%, 5 years: 1.1^5 = 1.61051; 0.1 · 1.61051 / 0.61051 = 0.2637974808 (standard
    // annuity-factor table value 0.26380).
    QTest::newRow("10%, 5 years") << 0.10 << 5.0 << 0.2637974808;
}

void TestCost::capitalRecoveryFactor()
{
    QFETCH(double, rate);
    QFETCH(double, years);
    QFETCH(double, expected);
    QVERIFY(close(pertoken::capitalRecoveryFactor(rate, years), expected, 1e-9));
}

void TestCost::boughtGpuHourlyCost()
{
    // An H100 bought at $50,000 all-in, 4 years at 8%, 1,275 W (DGX H100: 10.2 kW / 8 GPUs),
    // 70% average draw, PUE 1.2, $0.10/kWh, $150/GPU-month hosting:
    //   capital  = 50,000 · 0.3019208045 / 8,760      = $1.723292/h
    //   power    = 1,275 W · 0.7 · 1.2 / 1,000 · 0.10 = $0.107100/h
    //   hosting  = 150 / 730                          = $0.205479/h
    //   total                                         = $2.035871/GPU-h
    // (The ~$2.3/H100-h anchor in scaling-and-cost.md §5 assumes 3-year payback plus 20% opex.)
    SelfHostedOption s;
    s.accelerator = h100();
    s.model = llama8b();
    s.quantization = Quantization{u"fp8"_s, u"FP8"_s, 8, ComputePrecision::Fp8, {}};
    s.acquisition = Acquisition::Buy;
    s.purchaseUsdPerGpu = 50000;
    s.lifetimeYears = 4;
    s.costOfCapital = 0.08;
    s.powerWattsPerGpu = 1275;
    s.averagePowerFraction = 0.7;
    s.pue = 1.2;
    s.electricityUsdPerKWh = 0.10;
    s.hostingUsdPerGpuMonth = 150;
    const DeploymentOption option{u"owned"_s, u"Owned"_s, true, s, 0, {}};
    const PreparedOption p = prepareOption(option, evenWorkload());
    QVERIFY(p.feasible);
    QVERIFY(close(p.capitalUsdPerGpuHour, 1.723292, 1e-6));
    QVERIFY(close(p.powerUsdPerGpuHour, 0.1071, 1e-9));
    QVERIFY(close(p.hostingUsdPerGpuHour, 0.2054795, 1e-6));
    // One replica of one GPU all month: 730 h · $2.035871 = $1,486.19.
    const MonthlyCost month = monthlyCostAt(p, evenWorkload(), 1e6);
    QCOMPARE(month.replicas, 1.0);
    QVERIFY(close(month.totalUsd, 730 * (1.723292 + 0.1071 + 0.2054795), 1e-6));
}

void TestCost::cloudApiCostIsLinear()
{
    // $3/M input and $15/M output; 1,000 + 1,000 tokens per request:
    // 1e6 requests · (1000 · 3 + 1000 · 15) / 1e6 = $18,000/month → $9 per million tokens.
    Scenario scenario;
    scenario.workload = evenWorkload();
    scenario.options = {cloud(3, 15)};
    const Evaluation e = evaluate(scenario);
    QVERIFY(close(e.options[0].monthlyUsd, 18000));
    QVERIFY(close(e.options[0].usdPerMillionTokens, 9));
    QVERIFY(close(e.options[0].usdPerMillionInputTokens, 3));
    QVERIFY(close(e.options[0].usdPerMillionOutputTokens, 15));
}

void TestCost::breakEvenAgainstRentedGpu()
{
    // Cloud: $1/M for input and output. GPU: $2/h rented, measured 1,000 output tokens/s, so
    // 1 request/s (1,000 output tokens each) and 2.628e6 requests (5.256e9 tokens) per replica-
    // month at 100% utilization. One replica costs 730 · $2 = $1,460/month, so the API costs
    // the same at $1,460 / ($1/M) = 1.46e9 tokens/month, below one replica's capacity.
    Scenario scenario;
    scenario.workload = evenWorkload();
    scenario.options = {cloud(1, 1), rentedGpu(2.0, 1000)};
    const Evaluation e = evaluate(scenario);
    QCOMPARE(e.breakEven.size(), 1);
    QVERIFY(e.breakEven[0].tokensPerMonth.has_value());
    QVERIFY(close(*e.breakEven[0].tokensPerMonth, 1.46e9, 1e-6));
    QVERIFY(close(e.breakEven[0].usdPerMonth, 1460, 1e-6));
    QCOMPARE(e.options[1].basis, ThroughputBasis::Measured);
}

void TestCost::breakEvenNeverCrosses()
{
    // Two APIs whose prices differ by a constant factor are proportional: never equal.
    QVERIFY(!breakEvenVolume([](double v) { return 2e-6 * v; }, [](double v) { return 3e-6 * v; })
                 .has_value());
    // A fixed $100 plus $1/M against $2/M crosses at 100 / (1e-6) = 1e8 tokens.
    const auto crossing =
        breakEvenVolume([](double v) { return 100 + 1e-6 * v; }, [](double v) { return 2e-6 * v; });
    QVERIFY(crossing.has_value());
    QVERIFY(close(*crossing, 1e8, 1e-9));
}

void TestCost::onDeviceAmortizedAndMarginal()
{
    // A $4,000 laptop, a quarter charged to inference over 3 years: 4000 · 0.25 / 36 =
    // $27.78/month per device. Measured 10 output tokens/s → 1 request of 1,000 output tokens
    // every 100 s. 1,000 requests/month = 100,000 s = 27.78 h; at 8 h/day (243.33 h/month) one
    // device is enough. Electricity: 27.78 h · 60 W = 1.6667 kWh · $0.15 = $0.25.
    OnDeviceOption d;
    d.device = h100(); // any device with enough memory; throughput comes from the measurement
    d.model = llama8b();
    d.quantization = Quantization{u"q4"_s, u"Q4"_s, 4.9, ComputePrecision::Bf16, {}};
    d.devicePriceUsd = 4000;
    d.attributionShare = 0.25;
    d.lifetimeYears = 3;
    d.hoursInUsePerDay = 8;
    d.powerWatts = 60;
    d.electricityUsdPerKWh = 0.15;
    Workload w = evenWorkload();
    w.requestsPerMonth = 1000;
    DeploymentOption option{u"laptop"_s, u"Laptop"_s, true, d, 10, u"test"_s};
    MonthlyCost month = monthlyCostAt(prepareOption(option, w), w, w.tokensPerMonth());
    QCOMPARE(month.replicas, 1.0);
    QVERIFY(close(month.part(CostPartKey::Device), 4000 * 0.25 / 36));
    QVERIFY(close(month.part(CostPartKey::Electricity), 100000.0 / 3600 * 0.060 * 0.15));
    // Marginal attribution charges electricity only.
    std::get<OnDeviceOption>(option.spec).attribution = Attribution::Marginal;
    month = monthlyCostAt(prepareOption(option, w), w, w.tokensPerMonth());
    QCOMPARE(month.part(CostPartKey::Device), 0.0);
    QVERIFY(close(month.totalUsd, 0.25, 1e-6));
}

void TestCost::replicasCoverPeakConcurrency()
{
    // Load alone needs one replica, but 100 requests in flight at a batch limit of 16 need
    // ceil(100 / 16) = 7 replicas.
    DeploymentOption option = rentedGpu(2.0, 1000);
    std::get<SelfHostedOption>(option.spec).maxBatch = 16;
    Workload w = evenWorkload();
    w.peakConcurrentRequests = 100;
    const MonthlyCost month = monthlyCostAt(prepareOption(option, w), w, w.tokensPerMonth());
    QCOMPARE(month.replicas, 7.0);
    QVERIFY(close(month.totalUsd, 7 * 730 * 2.0));
}

void TestCost::sensitivityRanksRentalPrice()
{
    // For a rented GPU with a measured throughput, cost is proportional to the rental price:
    // ±20% of price moves cost by exactly ±20%, and nothing else in the option moves it more.
    Scenario scenario;
    scenario.workload = evenWorkload();
    scenario.workload.requestsPerMonth = 2.628e6; // exactly one busy replica
    scenario.options = {rentedGpu(2.0, 1000)};
    const QList<SensitivityRow> rows = sensitivityRows(scenario, scenario.options[0]);
    QVERIFY(!rows.isEmpty());
    const auto rental = std::find_if(rows.cbegin(), rows.cend(), [](const SensitivityRow &r) {
        return r.parameter == u"rentalUsdPerGpuHour";
    });
    QVERIFY(rental != rows.cend());
    // Base: 730 · $2 / 5.256e9 tokens · 1e6 = $0.27778/M; ±20% → $0.22222 and $0.33333.
    QVERIFY(close(rental->lowUsdPerMillionTokens, 0.8 * 1460 / 5.256e3, 1e-6));
    QVERIFY(close(rental->highUsdPerMillionTokens, 1.2 * 1460 / 5.256e3, 1e-6));
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1].swing() >= rows[i].swing());
}

void TestCost::percentileInterpolates()
{
    // Type-7 percentiles of 1..5: P10 at rank 0.4 → 1.4; P50 → 3; P90 at rank 3.6 → 4.6
    // (numpy.percentile([1,2,3,4,5], [10,50,90]) = [1.4, 3.0, 4.6]).
    const QList<double> sorted{1, 2, 3, 4, 5};
    QVERIFY(close(percentileOfSorted(sorted, 0.1), 1.4, 1e-12));
    QVERIFY(close(percentileOfSorted(sorted, 0.5), 3.0, 1e-12));
    QVERIFY(close(percentileOfSorted(sorted, 0.9), 4.6, 1e-12));
}

void TestCost::uncertaintyIsReproducible()
{
    // Rental price in [$1, $3]. The price spans decades in its parameter spec, so it is drawn
    // log-uniformly: its q-quantile is 1 · 3^q, i.e. P10 = 3^0.1 = 1.1161, P50 = 3^0.5 = 1.7321,
    // P90 = 3^0.9 = 2.6879 dollars. Throughput is fixed (measured), so cost per million is the
    // price times 730 h / 5.256e9 tokens · 1e6 = 0.138889 per dollar.
    Scenario scenario;
    scenario.workload = evenWorkload();
    scenario.workload.requestsPerMonth = 2.628e6;
    scenario.options = {rentedGpu(2.0, 1000)};
    scenario.ranges = {{u"gpu"_s, u"rentalUsdPerGpuHour"_s, 1.0, 3.0}};
    scenario.monteCarloSamples = 4000;
    const QList<UncertaintyBand> first = uncertaintyBands(scenario);
    const QList<UncertaintyBand> second = uncertaintyBands(scenario);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].p50, second[0].p50); // same seed, same bands, bit for bit
    const double perDollar = 730.0 / 5.256e3;
    // Sampling error of a quantile from 4,000 draws is about 0.01 of the range ($2).
    QVERIFY(std::abs(first[0].p10 - std::pow(3.0, 0.1) * perDollar) < 0.03 * perDollar);
    QVERIFY(std::abs(first[0].p50 - std::pow(3.0, 0.5) * perDollar) < 0.03 * perDollar);
    QVERIFY(std::abs(first[0].p90 - std::pow(3.0, 0.9) * perDollar) < 0.03 * perDollar);
}

void TestCost::uncertaintyDrawsTheModelError()
{
    // The default scenario's rented H100 with no input ranges: only the throughput model's error
    // is drawn, a factor exp(σ·z) with σ = ln(1 + b) / 1.6449 for the option's error band b. At
    // 1e11 requests a month it runs thousands of replicas, so whole replicas barely round and the
    // cost is proportional to 1 / throughput: its P90 / P50 is exp(σ · z₀.₉₀) = (1 + b)^(1.2816 /
    // 1.6449), the normal's 90th and 95th percentiles. For the fitted NVIDIA continuous-batching
    // band b ≈ 0.32 that is 1.24, and P10 / P50 its reciprocal.
    Scenario scenario = defaultScenario();
    scenario.ranges.clear();
    scenario.workload.requestsPerMonth = 1e11;
    scenario.workload.peakConcurrentRequests = 1; // concurrency never decides the replicas
    scenario.monteCarloSamples = 4000;
    const Evaluation evaluation = evaluate(scenario);
    const OptionResult *rented = evaluation.option(u"llama-8b-h100-rented"_s);
    QVERIFY(rented && rented->errorBandPercent > 0);
    QVERIFY2(rented->replicas > 1000, qPrintable(QString::number(rented->replicas)));
    const UncertaintyBand *band = nullptr;
    for (const UncertaintyBand &b : evaluation.uncertainty)
        band = b.optionId == rented->id ? &b : band;
    QVERIFY(band);
    QCOMPARE(band->modelErrorPercent, rented->errorBandPercent);
    const double ratio = std::pow(1.0 + rented->errorBandPercent / 100.0, 1.2816 / 1.6449);
    // A quantile of 4,000 normal draws is off by about 0.03σ: ±1% here; 2% is allowed.
    QVERIFY2(std::abs(band->p90 / band->p50 / ratio - 1.0) < 0.02,
             qPrintable(u"P90/P50 %1, expected %2"_s.arg(band->p90 / band->p50).arg(ratio)));
    QVERIFY2(std::abs(band->p50 / band->p10 / ratio - 1.0) < 0.02,
             qPrintable(u"P50/P10 %1, expected %2"_s.arg(band->p50 / band->p10).arg(ratio)));
    // The median sits at the estimate itself (z = 0): the option's own cost per million.
    QVERIFY(std::abs(band->p50 / rented->usdPerMillionTokens - 1.0) < 0.02);

    // Switched off, an option no range touches gets no band; a cloud API never gets one.
    scenario.uncertaintyIncludesModelError = false;
    QVERIFY(uncertaintyBands(scenario).isEmpty());
}

QTEST_APPLESS_MAIN(TestCost)
#include "tst_cost.moc"
