// Train-to-test optimisation (core/scaling/train_to_test.h): properties from Roberts et al.
// 2026 (arXiv:2604.01411), agreement with exhaustive search, budget identities and ranges.

#include "scaling/compute_optimal.h"
#include "scaling/train_to_test.h"

#include <QTest>

#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

/// Chinchilla's budget, 1e9 queries of 70 prompt and 215 generated tokens (the LMSys request
/// shape of nikhilsardana/beyond-chinchilla), k up to 1024, default constants.
TrainToTestInputs baseInputs()
{
    TrainToTestInputs inputs;
    inputs.law = epochRefitLaw();
    inputs.passAtK = defaultPassAtKModel();
    inputs.queries = 1e9;
    inputs.promptTokens = 70;
    inputs.tokensPerSample = 215;
    inputs.maxSamples = 1024;
    inputs.budgetFlops = kChinchillaComputeFlops;
    return inputs;
}

double relativeError(double value, double expected)
{
    return std::abs(value - expected) / std::abs(expected);
}

} // namespace

class TestTrainToTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zeroQueriesIsComputeOptimal();
    void vanishingQueriesApproachComputeOptimal();
    void moreQueriesSmallerModelMoreTokensPerParam();
    void fixedSamplesStrictlyMonotoneInQueries();
    void matchesExhaustiveSearch_data();
    void matchesExhaustiveSearch();
    void innerSolveMinimisesLoss();
    void spendsExactlyTheBudget_data();
    void spendsExactlyTheBudget();
    void chinchillaPointIsBesideTheOptimum();
    void dollarsWithEqualPricesAreFlops();
    void impossibleRequests();
    void finiteOverDocumentedRanges();
};

void TestTrainToTest::zeroQueriesIsComputeOptimal()
{
    // No queries, nothing to sample: the plan is Chinchilla's, k = 1 on the whole budget.
    TrainToTestInputs inputs = baseInputs();
    inputs.queries = 0;
    const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
    QVERIFY(result.ok());
    const ComputeOptimalPoint reference = computeOptimal(inputs.law, inputs.budgetFlops);
    QCOMPARE(result->optimum.samples, 1);
    QCOMPARE(result->optimum.params, reference.params);
    QCOMPARE(result->optimum.tokens, reference.tokens);
    QCOMPARE(result->optimum.inferenceFlops, 0.0);
    QCOMPARE(result->optimum.passAtK, passAtK(inputs.passAtK, reference.loss, 1));
}

void TestTrainToTest::vanishingQueriesApproachComputeOptimal()
{
    // One query costs ~2·N·(70 + 1024·215) ≈ 3e16 FLOPs, 5e-8 of the budget: the model is the
    // compute-optimal one to that precision, and sampling, nearly free, goes to the maximum.
    TrainToTestInputs inputs = baseInputs();
    inputs.queries = 1;
    const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
    QVERIFY(result.ok());
    const ComputeOptimalPoint reference = computeOptimal(inputs.law, inputs.budgetFlops);
    QVERIFY(relativeError(result->optimum.params, reference.params) < 1e-4);
    QVERIFY(relativeError(result->optimum.tokens, reference.tokens) < 1e-4);
    QCOMPARE(result->optimum.samples, inputs.maxSamples);
}

void TestTrainToTest::moreQueriesSmallerModelMoreTokensPerParam()
{
    // Roberts et al. 2026 (arXiv:2604.01411, abstract): counting sampling cost moves the
    // optimum "radically into the overtraining regime". Decade by decade of query volume, the
    // optimal model shrinks and trains on more tokens per parameter. (Within one decade N can
    // tick up where k drops by one whole sample; the fixed-k property is the next test.)
    TrainToTestInputs inputs = baseInputs();
    double previousParams = std::numeric_limits<double>::max();
    double previousRatio = 0;
    int previousSamples = inputs.maxSamples + 1;
    for (double queries = 1e5; queries <= 1e12; queries *= 10) {
        inputs.queries = queries;
        const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
        QVERIFY(result.ok());
        const TrainToTestPoint &optimum = result->optimum;
        QVERIFY2(optimum.params < previousParams, qPrintable(QString::number(queries)));
        QVERIFY2(optimum.tokensPerParam() > previousRatio, qPrintable(QString::number(queries)));
        QVERIFY(optimum.samples <= previousSamples);
        previousParams = optimum.params;
        previousRatio = optimum.tokensPerParam();
        previousSamples = optimum.samples;
    }
    // At 1e9 queries the optimum is heavily overtrained against Chinchilla's ~18 tokens/param.
    inputs.queries = 1e9;
    QVERIFY(optimizeTrainToTest(inputs)->optimum.tokensPerParam() > 100);
}

void TestTrainToTest::fixedSamplesStrictlyMonotoneInQueries()
{
    TrainToTestInputs inputs = baseInputs();
    for (int samples : {1, 16, 256}) {
        double previousParams = std::numeric_limits<double>::max();
        double previousRatio = 0;
        for (double queries = 1e4; queries <= 1e11; queries *= std::sqrt(10.0)) {
            inputs.queries = queries;
            const Result<TrainToTestPoint> point = trainToTestAtSamples(inputs, samples);
            QVERIFY(point.ok());
            QVERIFY(point->params < previousParams);
            QVERIFY(point->tokensPerParam() > previousRatio);
            previousParams = point->params;
            previousRatio = point->tokensPerParam();
        }
    }
}

void TestTrainToTest::matchesExhaustiveSearch_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<double>("queries");
    QTest::addColumn<double>("budgetFlops");
    for (PassAtKForm form : {PassAtKForm::Beta, PassAtKForm::PowerLaw})
        for (double queries : {1e6, 1e9, 1e12})
            for (double budget : {1e21, 5.76e23, 1e26})
                QTest::addRow("%s Q=%g C=%g", qPrintable(passAtKFormId(form)), queries, budget)
                    << int(form) << queries << budget;
}

void TestTrainToTest::matchesExhaustiveSearch()
{
    // The grid-and-bisection search over k must find the same best pass@k as trying every
    // k in 1..1024.
    QFETCH(int, form);
    QFETCH(double, queries);
    QFETCH(double, budgetFlops);
    TrainToTestInputs inputs = baseInputs();
    inputs.passAtK.form = PassAtKForm(form);
    inputs.queries = queries;
    inputs.budgetFlops = budgetFlops;
    const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
    QVERIFY(result.ok());
    double best = -1;
    int bestSamples = 0;
    for (int k = 1; k <= inputs.maxSamples; ++k) {
        const Result<TrainToTestPoint> point = trainToTestAtSamples(inputs, k);
        if (point && point->passAtK > best) {
            best = point->passAtK;
            bestSamples = k;
        }
    }
    QVERIFY2(std::abs(result->optimum.passAtK - best) < 1e-12,
             qPrintable(u"search k=%1 %2, exhaustive k=%3 %4"_s.arg(result->optimum.samples)
                            .arg(result->optimum.passAtK, 0, 'g', 15)
                            .arg(bestSamples)
                            .arg(best, 0, 'g', 15)));
}

void TestTrainToTest::innerSolveMinimisesLoss()
{
    // For fixed k, no other split of the budget between N and D gives a lower loss.
    TrainToTestInputs inputs = baseInputs();
    const double servingPerParam = 2.0 * inputs.queries * (inputs.promptTokens + 64 * 215.0);
    const Result<TrainToTestPoint> point = trainToTestAtSamples(inputs, 64);
    QVERIFY(point.ok());
    for (double factor : {0.9, 0.99, 0.999, 1.001, 1.01, 1.1}) {
        const double params = point->params * factor;
        const double tokens = (inputs.budgetFlops / params - servingPerParam) / 6.0;
        QVERIFY(trainingLoss(inputs.law, params, tokens) > point->loss);
    }
}

void TestTrainToTest::spendsExactlyTheBudget_data()
{
    QTest::addColumn<TrainingLaw>("law");
    QTest::newRow("epoch") << epochRefitLaw();
    QTest::newRow("hoffmann") << hoffmannLaw();
    QTest::newRow("kaplan") << kaplanLaw();
}

void TestTrainToTest::spendsExactlyTheBudget()
{
    // 6·N·D + 2·N·Q·(prompt + k·tokensPerSample) = budget, for the optimum and the Chinchilla
    // point alike.
    QFETCH(TrainingLaw, law);
    TrainToTestInputs inputs = baseInputs();
    inputs.law = law;
    const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
    QVERIFY(result.ok());
    for (const TrainToTestPoint &point : {result->optimum, result->chinchilla}) {
        QVERIFY(relativeError(point.trainFlops, 6.0 * point.params * point.tokens) < 1e-15);
        QVERIFY(relativeError(point.inferenceFlops,
                              2.0 * point.params * inputs.queries *
                                  (inputs.promptTokens + point.samples * inputs.tokensPerSample)) <
                1e-15);
        QVERIFY(relativeError(point.trainFlops + point.inferenceFlops, inputs.budgetFlops) < 1e-9);
    }
}

void TestTrainToTest::chinchillaPointIsBesideTheOptimum()
{
    TrainToTestInputs inputs = baseInputs();
    const Result<TrainToTestResult> result = optimizeTrainToTest(inputs);
    QVERIFY(result.ok());
    const TrainToTestPoint &chinchilla = result->chinchilla;
    QCOMPARE(chinchilla.samples, 1);
    // On the compute-optimal frontier for its own training FLOPs.
    const ComputeOptimalPoint frontier = computeOptimal(inputs.law, chinchilla.trainFlops);
    QVERIFY(relativeError(chinchilla.params, frontier.params) < 1e-9);
    // It is one feasible choice, so the optimum is at least as good.
    QVERIFY(result->optimum.passAtK >= chinchilla.passAtK);
    QVERIFY(result->optimum.params < chinchilla.params);
    QVERIFY(result->optimum.samples > 1);
}

void TestTrainToTest::dollarsWithEqualPricesAreFlops()
{
    // With the same price per FLOP everywhere and utilisation 1, a dollar budget is a FLOP
    // budget divided by that price.
    TrainToTestInputs flops = baseInputs();
    TrainToTestInputs dollars = baseInputs();
    const double usdPerFlop = 2.0 / (3600 * 9.89e14); // H100 at $2/h and 989 TFLOP/s
    dollars.prices.trainingUsdPerFlop = usdPerFlop;
    dollars.prices.inferenceUsdPerFlop = usdPerFlop;
    dollars.prices.trainingUtilization = 1;
    dollars.prices.prefillUtilization = 1;
    dollars.prices.decodeUtilization = 1;
    dollars.budgetUsd = flops.budgetFlops * usdPerFlop;
    const Result<TrainToTestResult> a = optimizeTrainToTest(flops);
    const Result<TrainToTestResult> b = optimizeTrainToTest(dollars);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->optimum.samples, b->optimum.samples);
    QVERIFY(relativeError(a->optimum.params, b->optimum.params) < 1e-6);
    QVERIFY(relativeError(b->optimum.trainUsd + b->optimum.inferenceUsd, dollars.budgetUsd) < 1e-9);
    // Decode at 1% utilisation (the beyond-chinchilla default) makes each sample 100× dearer:
    // fewer samples are bought.
    dollars.prices.decodeUtilization = 0.01;
    const Result<TrainToTestResult> c = optimizeTrainToTest(dollars);
    QVERIFY(c.ok());
    QVERIFY(c->optimum.samples < b->optimum.samples);
}

void TestTrainToTest::impossibleRequests()
{
    TrainToTestInputs inputs = baseInputs();
    inputs.maxSamples = 0;
    QCOMPARE(optimizeTrainToTest(inputs).error().field, u"maxSamples"_s);
    inputs = baseInputs();
    inputs.budgetFlops = -1;
    QCOMPARE(optimizeTrainToTest(inputs).error().field, u"budgetFlops"_s);
    inputs = baseInputs();
    inputs.queries = -5;
    QCOMPARE(optimizeTrainToTest(inputs).error().field, u"queries"_s);
    inputs = baseInputs();
    inputs.tokensPerSample = 0;
    QCOMPARE(optimizeTrainToTest(inputs).error().field, u"tokensPerSample"_s);
    // 1e15 queries of 285 tokens need 5.7e17 FLOPs per parameter: 1e15 FLOPs serve none.
    inputs = baseInputs();
    inputs.queries = 1e15;
    inputs.budgetFlops = 1e15;
    const Result<TrainToTestResult> tooSmall = optimizeTrainToTest(inputs);
    QVERIFY(!tooSmall.ok());
    QCOMPARE(tooSmall.error().field, u"budgetFlops"_s);
    QVERIFY(tooSmall.error().message.contains(u"too small"_s));
    inputs = baseInputs();
    QCOMPARE(trainToTestAtSamples(inputs, 0).error().field, u"samples"_s);
}

void TestTrainToTest::finiteOverDocumentedRanges()
{
    // queries 0..1e15, budgets 1e15..1e30 FLOPs, prompt 0..1e6, tokens per sample 1..1e6,
    // maxSamples 1..1e6, both pass@k forms, all three laws. Every answer is either an error
    // naming the budget or a finite plan.
    for (const TrainingLaw &law : {epochRefitLaw(), hoffmannLaw(), kaplanLaw()}) {
        for (PassAtKForm form : {PassAtKForm::Beta, PassAtKForm::PowerLaw}) {
            for (double queries : {0.0, 1.0, 1e6, 1e10, 1e15}) {
                for (double budget : {1e15, 1e20, 1e25, 1e30}) {
                    for (double prompt : {0.0, 1e6}) {
                        for (double perSample : {1.0, 1e6}) {
                            for (int maxSamples : {1, 1024, kMaxSamplesLimit}) {
                                TrainToTestInputs inputs = baseInputs();
                                inputs.law = law;
                                inputs.passAtK.form = form;
                                inputs.queries = queries;
                                inputs.budgetFlops = budget;
                                inputs.promptTokens = prompt;
                                inputs.tokensPerSample = perSample;
                                inputs.maxSamples = maxSamples;
                                const Result<TrainToTestResult> result =
                                    optimizeTrainToTest(inputs);
                                if (!result) {
                                    QCOMPARE(result.error().field, u"budgetFlops"_s);
                                    continue;
                                }
                                for (const TrainToTestPoint &p :
                                     {result->optimum, result->chinchilla}) {
                                    for (double v : {p.params, p.tokens, p.loss, p.passAtK,
                                                     p.trainFlops, p.inferenceFlops})
                                        QVERIFY2(
                                            std::isfinite(v) && v >= 0,
                                            qPrintable(u"%1 Q=%2 C=%3 P=%4 S=%5 K=%6"_s.arg(law.id)
                                                           .arg(queries)
                                                           .arg(budget)
                                                           .arg(prompt)
                                                           .arg(perSample)
                                                           .arg(maxSamples)));
                                    QVERIFY(p.samples >= 1 && p.samples <= maxSamples);
                                }
                                // The search stays within N ≥ 1 parameter, D ≥ 1 token.
                                QVERIFY(result->optimum.params >= 1 - 1e-9);
                                QVERIFY(result->optimum.tokens >= 1 - 1e-9);
                            }
                        }
                    }
                }
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestTrainToTest)
#include "tst_train_to_test.moc"
