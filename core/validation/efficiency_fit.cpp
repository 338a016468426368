#include "validation/efficiency_fit.h"

#include "common/bounded_minimum.h"
#include "common/percentile.h"
#include "validation/validation_run.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMbuBounds[] = {0.2, 1.0};
constexpr double kMfuBounds[] = {0.05, 1.0};
constexpr double kOverheadBoundsMs[] = {0.0, 30.0};
constexpr double kMoeHalfTokenBounds[] = {0.0, 200.0};
// A class needs this many mixture-of-experts training cases with a prompt to get its own
// MoE prefill figure.
constexpr int kMinMoeCases = 1;
constexpr int kMaxSweeps = 40;
constexpr double kConvergence = 1e-9;
// A case the trial figures cannot predict (its model stops fitting) costs as much as a
// prediction 10× off, so the search moves away from such figures rather than ignoring the case.
const double kUnpredictedPenalty = std::pow(std::log(10.0), 2);

struct FitCase {
    const ValidationCase *validationCase = nullptr;
    QString engine; ///< the source's engine name
    QString weights;
};

struct ClassKey {
    QString vendor;
    EngineProfile engine;
    bool operator<(const ClassKey &other) const
    {
        if (vendor != other.vendor)
            return vendor < other.vendor;
        return int(engine) < int(other.engine);
    }
};

// A format with fewer training cases than this takes the class's pooled MBU and MFU.
constexpr int kMinCasesPerFormat = 4;
const QString kPooled = u"all"_s;

// Parameters of one class: [overhead ms, MoE factor, mbu(g0), mfu(g0), mbu(g1), mfu(g1), ...]
// where the groups g are the pooled group ("all") and the formats with their own figures.
struct ClassFit {
    QString vendor;
    EngineProfile engine = EngineProfile::ContinuousBatching;
    QStringList groups;
    QList<double> x;
    QList<double> lower;
    QList<double> upper;

    EfficiencyClass toClass() const
    {
        EfficiencyClass c;
        c.vendor = vendor;
        c.engine = engine;
        c.stepOverheadMs = x.at(0);
        c.moePrefillHalfTokens = x.at(1);
        for (qsizetype i = 0; i < groups.size(); ++i)
            c.weights.append({groups.at(i), x.at(2 + 2 * i), x.at(3 + 2 * i), 0});
        return c;
    }
    EfficiencyTable toTable() const
    {
        EfficiencyTable table;
        table.classes.append(toClass());
        return table;
    }
};

double caseLoss(const FitCase &c, const EfficiencyTable &table)
{
    const CasePrediction p = predictCase(*c.validationCase, c.engine, &table);
    if (!p.predicted)
        return kUnpredictedPenalty;
    const double r = std::log(p.value / c.validationCase->measured);
    return r * r;
}

double classLoss(const QList<FitCase> &cases, const ClassFit &fit)
{
    const EfficiencyTable table = fit.toTable();
    double sum = 0;
    for (const FitCase &c : cases)
        sum += caseLoss(c, table);
    return sum;
}

// Coordinate descent over the parameters `free` (indices into fit.x).
void descend(const QList<FitCase> &cases, ClassFit &fit, const QList<qsizetype> &free)
{
    const auto loss = [&](const QList<double> &x) {
        ClassFit trial = fit;
        trial.x = x;
        return classLoss(cases, trial);
    };
    minimizeByCoordinates(loss, fit.x, fit.lower, fit.upper, free, kMaxSweeps, kConvergence);
}

// Two stages: the overhead and pooled MBU and MFU over all the class's training cases, from the
// generic defaults (Efficiency{}); then, with the overhead held, MBU and MFU of each format with
// at least kMinCasesPerFormat training cases, from the pooled figures, over that format's cases.
ClassFit fitClass(const QString &vendor, EngineProfile engine, const QList<FitCase> &cases)
{
    ClassFit fit;
    fit.vendor = vendor;
    fit.engine = engine;
    fit.groups = {kPooled};
    fit.x = {0.0, 0.0, Efficiency{}.mbu, Efficiency{}.mfu};
    fit.lower = {kOverheadBoundsMs[0], kMoeHalfTokenBounds[0], kMbuBounds[0], kMfuBounds[0]};
    fit.upper = {kOverheadBoundsMs[1], kMoeHalfTokenBounds[1], kMbuBounds[1], kMfuBounds[1]};
    const auto moeCases = std::count_if(cases.cbegin(), cases.cend(), [](const FitCase &c) {
        return c.validationCase->model.isMoe() && c.validationCase->inputTokens > 0;
    });
    if (moeCases >= kMinMoeCases)
        descend(cases, fit, {0, 1, 2, 3});
    else
        descend(cases, fit, {0, 2, 3});

    QMap<QString, QList<FitCase>> byFormat;
    for (const FitCase &c : cases)
        byFormat[c.weights].append(c);
    for (auto it = byFormat.cbegin(); it != byFormat.cend(); ++it) {
        if (it.value().size() < kMinCasesPerFormat)
            continue;
        fit.groups.append(it.key());
        fit.x << fit.x.at(2) << fit.x.at(3);
        fit.lower << kMbuBounds[0] << kMfuBounds[0];
        fit.upper << kMbuBounds[1] << kMfuBounds[1];
        const qsizetype mbu = fit.x.size() - 2;
        descend(it.value(), fit, {mbu, mbu + 1});
    }
    return fit;
}

} // namespace

EfficiencyTable fitEfficiencyTable(const ValidationSuite &suite, const QString &fittedDate)
{
    QMap<ClassKey, QList<FitCase>> training;
    QMap<ClassKey, QList<FitCase>> all;
    for (const ValidationCase &c : suite.cases) {
        const ValidationSource *source = suite.findSource(c.sourceId);
        const QString engine = source ? source->engine : QString();
        const ClassKey key{vendorClass(c.hardware), validationEngineProfile(c, engine)};
        const FitCase fitCase{&c, engine, weightsClass(c.quantization)};
        all[key].append(fitCase);
        if (!isHeldOut(c))
            training[key].append(fitCase);
    }

    EfficiencyTable table;
    table.fitted = fittedDate;
    table.method =
        u"coordinate descent on the sum of ln(predicted/measured)^2 over the training cases of "
        "each class (maker x engine profile): one overhead per forward pass per class, MBU and "
        "MFU per weight format; error band = 90th percentile of |error| over all the class's "
        "cases (core/validation/efficiency_fit.h)"_s;
    for (auto it = training.cbegin(); it != training.cend(); ++it) {
        const ClassFit fit = fitClass(it.key().vendor, it.key().engine, it.value());
        EfficiencyClass c = fit.toClass();
        c.trainingCases = int(it.value().size());
        for (EfficiencyClass::Weights &w : c.weights) {
            for (const FitCase &fc : it.value())
                w.trainingCases += (w.weights == kPooled || fc.weights == w.weights) ? 1 : 0;
        }
        // The band over every case of the class, with the fitted figures as a user gets them
        // (a held-out case of a format the class was not fitted on takes the formats' mean).
        EfficiencyTable one;
        one.classes.append(c);
        QList<double> absErrors;
        for (const FitCase &fc : all.value(it.key())) {
            const CasePrediction p = predictCase(*fc.validationCase, fc.engine, &one);
            if (p.predicted)
                absErrors.append(std::abs(p.errorPercent));
        }
        c.errorBandCases = int(absErrors.size());
        std::sort(absErrors.begin(), absErrors.end());
        c.errorBandPercent = percentileOfSorted(absErrors, 0.9);
        table.classes.append(c);
    }
    return table;
}

} // namespace pertoken
