// pass@k models (core/scaling/pass_at_k.h): the Beta closed form against a seeded simulation,
// the published points the default constants are derived from, and their ranges.

#include "scaling/pass_at_k.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace pertoken;
using namespace Qt::StringLiterals;

class TestPassAtK final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void closedFormByHand_data();
    void closedFormByHand();
    void closedFormMatchesSimulation_data();
    void closedFormMatchesSimulation();
    void defaultsReproduceBrownEtAl();
    void largeSampleTailIsPowerLaw();
    void monotoneInSamplesAndLoss_data();
    void monotoneInSamplesAndLoss();
    void linkIsTheSigmoid();
    void finiteOverDocumentedRanges();
    void validation();
};

void TestPassAtK::closedFormByHand_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("samples");
    QTest::addColumn<double>("expected");
    // k = 1: 1 − B(a, b+1)/B(a, b) = 1 − b/(a+b) = a/(a+b), the Beta mean.
    QTest::newRow("k=1 is the mean") << 0.3 << 0.7 << 1.0 << 0.3;
    // k = 2: 1 − b(b+1)/((a+b)(a+b+1)) = 1 − 0.7·1.7/(1·2) = 1 − 0.595 = 0.405.
    QTest::newRow("k=2") << 0.3 << 0.7 << 2.0 << 0.405;
    // a = b = 1 (p uniform): E[(1−p)^k] = 1/(k+1), so pass@9 = 1 − 1/10 = 0.9.
    QTest::newRow("uniform k=9") << 1.0 << 1.0 << 9.0 << 0.9;
    // k = 0: no sample, no success.
    QTest::newRow("k=0") << 2.0 << 5.0 << 0.0 << 0.0;
}

void TestPassAtK::closedFormByHand()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, samples);
    QFETCH(double, expected);
    QVERIFY2(std::abs(betaPassAtK(a, b, samples) - expected) < 1e-12,
             qPrintable(QString::number(betaPassAtK(a, b, samples), 'g', 15)));
}

void TestPassAtK::closedFormMatchesSimulation_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<int>("samples");
    QTest::newRow("a=0.3 b=0.7 k=1") << 0.3 << 0.7 << 1;
    QTest::newRow("a=0.3 b=0.7 k=10") << 0.3 << 0.7 << 10;
    QTest::newRow("a=2 b=5 k=4") << 2.0 << 5.0 << 4;
    // The default concentration 0.767 at a 15.9% mean (Brown et al. arXiv:2407.21787).
    QTest::newRow("brown k=250") << 0.159 * 0.767 << 0.841 * 0.767 << 250;
    QTest::newRow("heavy tail k=1000") << 0.05 << 0.5 << 1000;
}

void TestPassAtK::closedFormMatchesSimulation()
{
    // Simulate the sampling itself: each question draws p ~ Beta(a, b) as X/(X+Y) with
    // X ~ Gamma(a), Y ~ Gamma(b); it is solved within k attempts when the number of failures
    // before its first success is below k. That number is geometric with p, drawn by inversion,
    // floor(ln U / ln(1 − p)), with log1p so that p down to 1e-300 stays exact (the standard
    // library's geometric_distribution computes ln(1 − p): libstdc++ returns LLONG_MIN for
    // p = 1e-20, which the heavy-tailed rows draw).
    // 200,000 questions, fixed seed: the standard error is at most sqrt(0.25/200000) = 0.00112;
    // the tolerance is 4.5 of them.
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(int, samples);
    std::mt19937_64 rng(20240131);
    std::gamma_distribution<double> gammaA(a, 1.0);
    std::gamma_distribution<double> gammaB(b, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const int questions = 200000;
    int solved = 0;
    for (int i = 0; i < questions; ++i) {
        const double x = gammaA(rng);
        const double y = gammaB(rng);
        const double p = x + y > 0 ? x / (x + y) : 0.0;
        if (p <= 0.0)
            continue;
        if (p >= 1.0) {
            ++solved;
            continue;
        }
        const double u = 1.0 - uniform(rng); // in (0, 1]
        const double failuresBeforeSuccess = std::floor(std::log(u) / std::log1p(-p));
        if (failuresBeforeSuccess < samples)
            ++solved;
    }
    const double simulated = double(solved) / questions;
    const double closedForm = betaPassAtK(a, b, samples);
    QVERIFY2(std::abs(simulated - closedForm) < 4.5 * 0.00112,
             qPrintable(u"simulated %1, closed form %2"_s.arg(simulated).arg(closedForm)));
}

void TestPassAtK::defaultsReproduceBrownEtAl()
{
    // Brown et al. 2024 (arXiv:2407.21787): DeepSeek-Coder-V2-Instruct on SWE-bench Lite solves
    // 15.9% with one sample and 56.0% with 250. The default concentration and exponent were
    // derived from these two points (pass_at_k.h), so both forms must pass through them.
    const PassAtKModel model = defaultPassAtKModel();
    const double a = 0.159 * model.betaConcentration;
    const double b = 0.841 * model.betaConcentration;
    QVERIFY(std::abs(betaPassAtK(a, b, 1) - 0.159) < 1e-12);
    QVERIFY2(std::abs(betaPassAtK(a, b, 250) - 0.560) < 0.001,
             qPrintable(QString::number(betaPassAtK(a, b, 250))));
    QVERIFY(std::abs(powerLawPassAtK(0.159, model.powerLawExponent, 1) - 0.159) < 1e-12);
    QVERIFY2(std::abs(powerLawPassAtK(0.159, model.powerLawExponent, 250) - 0.560) < 0.001,
             qPrintable(QString::number(powerLawPassAtK(0.159, model.powerLawExponent, 250))));
    // The link is not a published fit and says so.
    QVERIFY(model.linkProvenance.startsWith(u"illustrative"_s));
    QVERIFY(model.betaProvenance.contains(u"2407.21787"_s));
    QVERIFY(model.powerLawProvenance.contains(u"2407.21787"_s));
}

void TestPassAtK::largeSampleTailIsPowerLaw()
{
    // 1 − pass@k → Γ(a+b)/Γ(b)·k^(−a) as k → ∞ (Schaeffer et al. 2025, arXiv:2502.17578);
    // the next term is O(1/k), so at k = 1e6 the ratio is 1 within 1e-5.
    const double a = 0.2;
    const double b = 1.3;
    const double k = 1e6;
    const double tail = std::exp(std::lgamma(a + b) - std::lgamma(b)) * std::pow(k, -a);
    QVERIFY(std::abs((1.0 - betaPassAtK(a, b, k)) / tail - 1.0) < 1e-5);
}

void TestPassAtK::monotoneInSamplesAndLoss_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("beta") << int(PassAtKForm::Beta);
    QTest::newRow("power law") << int(PassAtKForm::PowerLaw);
}

void TestPassAtK::monotoneInSamplesAndLoss()
{
    QFETCH(int, form);
    PassAtKModel model = defaultPassAtKModel();
    model.form = PassAtKForm(form);
    for (double loss = 1.8; loss <= 3.0; loss += 0.1) {
        double previous = 0;
        for (double k = 1; k <= 1e6; k *= 2) {
            const double value = passAtK(model, loss, k);
            QVERIFY(value > previous);
            QVERIFY(value < 1.0);
            previous = value;
        }
        QVERIFY(passAtK(model, loss, 16) > passAtK(model, loss + 0.05, 16));
    }
}

void TestPassAtK::linkIsTheSigmoid()
{
    // σ(7 − 4·1.974441) = σ(−0.897764) = 1/(1 + e^0.897764) = 1/(1 + 2.454110) = 0.289510:
    // the Chinchilla-scale model of the default link (Epoch refit loss at 5.76e23 FLOPs).
    const PassAtKModel model = defaultPassAtKModel();
    QVERIFY(std::abs(singleSampleAccuracy(model, 1.974441) - 0.289510) < 1e-6);
    QCOMPARE(passAtK(model, 1.974441, 1), singleSampleAccuracy(model, 1.974441));
    // Clamped so that Beta(a, b) stays proper at any loss.
    QCOMPARE(singleSampleAccuracy(model, 1000.0), kMinSingleSampleAccuracy);
    QCOMPARE(singleSampleAccuracy(model, -1000.0), 1.0 - kMinSingleSampleAccuracy);
}

void TestPassAtK::finiteOverDocumentedRanges()
{
    // Losses 0..50 nats, k 1..1e6, concentrations 1e-6..1e6, exponents 1e-3..10.
    PassAtKModel model = defaultPassAtKModel();
    for (double concentration : {1e-6, 1e-2, 0.767, 10.0, 1e6}) {
        for (double exponent : {1e-3, 0.209, 10.0}) {
            model.betaConcentration = concentration;
            model.powerLawExponent = exponent;
            for (PassAtKForm form : {PassAtKForm::Beta, PassAtKForm::PowerLaw}) {
                model.form = form;
                for (double loss : {0.0, 1.0, 1.8, 2.5, 5.0, 50.0}) {
                    for (double k : {1.0, 2.0, 1024.0, 1e6}) {
                        const double value = passAtK(model, loss, k);
                        QVERIFY2(std::isfinite(value) && value >= 0.0 && value <= 1.0,
                                 qPrintable(u"%1 %2 %3 %4"_s.arg(concentration)
                                                .arg(exponent)
                                                .arg(loss)
                                                .arg(k)));
                    }
                }
            }
        }
    }
}

void TestPassAtK::validation()
{
    QVERIFY(!validatePassAtKModel(defaultPassAtKModel(), u"passAtK"_s));
    PassAtKModel model = defaultPassAtKModel();
    model.linkSlopePerNat = 0.5;
    const std::optional<InputError> rising = validatePassAtKModel(model, u"passAtK"_s);
    QVERIFY(rising);
    QCOMPARE(rising->field, u"passAtK.linkSlopePerNat"_s);
    model = defaultPassAtKModel();
    model.betaConcentration = 0;
    QCOMPARE(validatePassAtKModel(model, u"passAtK"_s)->field, u"passAtK.betaConcentration"_s);
    model = defaultPassAtKModel();
    model.powerLawExponent = std::nan("");
    QCOMPARE(validatePassAtKModel(model, u"passAtK"_s)->field, u"passAtK.powerLawExponent"_s);
}

QTEST_APPLESS_MAIN(TestPassAtK)
#include "tst_pass_at_k.moc"
