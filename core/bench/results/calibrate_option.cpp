#include "bench/results/calibrate_option.h"

#include "common/bounded_minimum.h"
#include "cost/option_costing.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMbuBounds[] = {0.02, 1.0};
constexpr double kMfuBounds[] = {0.02, 1.0};
constexpr double kOverheadBoundsMs[] = {0.0, 1000.0};
constexpr int kSweeps = 2000;
constexpr double kTolerance = 1e-16;

struct Efficiencies {
    double *mbu = nullptr;
    double *mfu = nullptr;
    double *overheadMs = nullptr;
};

Efficiencies efficienciesOf(DeploymentOption &option)
{
    if (auto *s = std::get_if<SelfHostedOption>(&option.spec))
        return {&s->mbu, &s->mfu, &s->stepOverheadMs};
    if (auto *d = std::get_if<OnDeviceOption>(&option.spec))
        return {&d->mbu, &d->mfu, &d->stepOverheadMs};
    return {};
}

Workload pointWorkload(const CalibrationPoint &point)
{
    Workload w;
    w.requestsPerMonth = 1e6;
    w.inputTokensPerRequest = point.promptTokens;
    w.outputTokensPerRequest = std::max(1.0, point.outputTokens);
    w.peakConcurrentRequests = point.concurrency;
    return w;
}

// The roofline's TPOT and TTFT for a point, with the option's GPUs and efficiencies as set.
struct Predicted {
    bool ok = false;
    double tpotMs = 0;
    double ttftMs = 0;
};

Predicted predict(const DeploymentOption &option, const CalibrationPoint &point)
{
    const Workload w = pointWorkload(point);
    const PreparedOption prepared = prepareOption(option, w);
    const std::optional<RooflineInput> input = preparedRooflineInput(option, w, prepared);
    if (!prepared.feasible || !input)
        return {};
    RooflineInput in = *input;
    in.batch = point.concurrency;
    const RooflineResult r = roofline(in);
    return {r.fits, r.decodeStepSeconds * 1e3, r.prefillSeconds * 1e3};
}

double squaredLog(double predicted, double measured)
{
    if (!(predicted > 0) || !(measured > 0))
        return 100.0; // far worse than any real fit: ln(10)² is 5.3
    const double r = std::log(predicted / measured);
    return r * r;
}

QString levelsText(const QList<CalibrationPoint> &points)
{
    QStringList levels;
    for (const CalibrationPoint &p : points)
        levels.append(QString::number(p.concurrency));
    return levels.join(u", "_s);
}

} // namespace

QList<CalibrationPoint> calibrationPoints(const BenchResult &result)
{
    QList<CalibrationPoint> points;
    if (result.kind == BenchKind::Endpoint) {
        const EndpointRun &run = result.endpoint;
        int lowest = -1;
        for (const LevelSummary &level : run.levels) {
            if (level.ratePerSecond > 0 || level.completed <= 0 || level.concurrency <= 0 ||
                !(level.tpotMs.p50 > 0))
                continue;
            CalibrationPoint p;
            p.concurrency = level.concurrency;
            p.promptTokens =
                level.meanPromptTokens >= 0 ? level.meanPromptTokens : run.config.promptTokens;
            p.outputTokens =
                level.meanOutputTokens > 0 ? level.meanOutputTokens : double(run.config.maxTokens);
            p.tpotMs = level.tpotMs.p50;
            points.append(p);
            if (lowest < 0 || p.concurrency < points.at(lowest).concurrency)
                lowest = int(points.size() - 1);
            if (p.concurrency == points.at(lowest).concurrency)
                points[lowest].ttftMs = level.ttftMs.p50;
        }
        // TTFT measures prefill alone only where nothing else queues: the lowest level.
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (i != lowest)
                points[i].ttftMs = 0;
        }
    } else if (result.kind == BenchKind::LlamaBench) {
        for (const LlamaBenchTest &t : result.llamaBench.tests) {
            if (!(t.avgTokensPerSecond > 0))
                continue;
            CalibrationPoint p;
            if (t.nGen > 0 && t.nPrompt == 0) {
                // tgN @ dD generates N tokens after D already in the cache: the step reads the
                // KV cache of D + N/2 tokens on average, as a request with a D-token prompt.
                p.promptTokens = t.nDepth;
                p.outputTokens = t.nGen;
                p.tpotMs = 1e3 / t.avgTokensPerSecond;
            } else if (t.nPrompt > 0 && t.nGen == 0 && t.nDepth == 0) {
                p.promptTokens = t.nPrompt;
                p.ttftMs = t.nPrompt / t.avgTokensPerSecond * 1e3;
            } else {
                continue;
            }
            points.append(p);
        }
    }
    return points;
}

Result<CalibrationFit> fitCalibration(const DeploymentOption &option,
                                      const QList<CalibrationPoint> &points)
{
    if (option.kind() == OptionKind::CloudApi)
        return InputError{{},
                          {},
                          u"a cloud API option is priced per token and has no roofline "
                          "to calibrate"_s};
    QList<CalibrationPoint> decode;
    QList<CalibrationPoint> prefill;
    for (const CalibrationPoint &p : points) {
        if (p.tpotMs > 0)
            decode.append(p);
        if (p.ttftMs > 0 && p.promptTokens > 0)
            prefill.append(p);
    }
    if (decode.isEmpty() && prefill.isEmpty())
        return InputError{{},
                          {},
                          u"the measurement has no level with a time per output token or "
                          "a prompt rate to calibrate from"_s};

    DeploymentOption trial = option;
    Efficiencies e = efficienciesOf(trial);
    // Start from the figures the option runs at now (its own, or its class's fitted ones).
    const PreparedOption start = prepareOption(option, pointWorkload(points.constFirst()));
    if (!start.feasible)
        return InputError{{}, {}, start.infeasibleReason};
    QList<double> x{start.mbu, start.mfu, start.stepOverheadMs};
    const QList<double> lower{kMbuBounds[0], kMfuBounds[0], kOverheadBoundsMs[0]};
    const QList<double> upper{kMbuBounds[1], kMfuBounds[1], kOverheadBoundsMs[1]};
    const auto apply = [&](const QList<double> &v) {
        *e.mbu = v.at(0);
        *e.mfu = v.at(1);
        *e.overheadMs = v.at(2);
    };
    const auto decodeLoss = [&](const QList<double> &v) {
        apply(v);
        double sum = 0;
        for (const CalibrationPoint &p : decode) {
            const Predicted r = predict(trial, p);
            sum += r.ok ? squaredLog(r.tpotMs, p.tpotMs) : 100.0;
        }
        return sum;
    };
    const auto prefillLoss = [&](const QList<double> &v) {
        apply(v);
        double sum = 0;
        for (const CalibrationPoint &p : prefill) {
            const Predicted r = predict(trial, p);
            sum += r.ok ? squaredLog(r.ttftMs, p.ttftMs) : 100.0;
        }
        return sum;
    };

    CalibrationFit fit;
    QList<int> concurrencies;
    for (const CalibrationPoint &p : decode) {
        if (!concurrencies.contains(p.concurrency))
            concurrencies.append(p.concurrency);
    }
    fit.overheadFitted = concurrencies.size() >= 2;
    if (!decode.isEmpty()) {
        // Two concurrencies separate the per-step overhead from the bytes read; one cannot.
        // MBU and overhead trade off along the line's intercept, so coordinate descent creeps:
        // many cheap sweeps (each loss is a few roofline evaluations) reach the line.
        minimizeByCoordinates(decodeLoss, x, lower, upper,
                              fit.overheadFitted ? QList<qsizetype>{0, 2} : QList<qsizetype>{0},
                              kSweeps, kTolerance);
    }
    fit.mfuFitted = !prefill.isEmpty();
    if (fit.mfuFitted)
        minimizeByCoordinates(prefillLoss, x, lower, upper, {1}, kSweeps, kTolerance);

    apply(x);
    fit.mbu = x.at(0);
    fit.mfu = x.at(1);
    fit.stepOverheadMs = x.at(2);
    fit.points = points;
    const int count = int(decode.size() + prefill.size());
    fit.rmsLogError = std::sqrt((decodeLoss(x) + prefillLoss(x)) / std::max(1, count));
    return fit;
}

Result<DeploymentOption> calibrateOption(const BenchResult &result, DeploymentOption option)
{
    const QList<CalibrationPoint> points = calibrationPoints(result);
    if (points.isEmpty())
        return InputError{{},
                          {},
                          u"a %1 result has no level to calibrate from (an endpoint run "
                          "at fixed concurrencies or a llama-bench run is needed)"_s.arg(
                              benchKindId(result.kind))};
    const Result<CalibrationFit> fit = fitCalibration(option, points);
    if (!fit)
        return fit.error();
    Efficiencies e = efficienciesOf(option);
    *e.mbu = fit->mbu;
    *e.mfu = fit->mfu;
    *e.overheadMs = fit->stepOverheadMs;
    option.measuredOutputTokensPerSecond = 0;
    option.measuredConcurrency = 0;
    option.measuredTtftMs = 0;
    option.measuredTpotMs = 0;
    option.measuredPrefillTokensPerSecond = 0;
    option.measuredSource.clear();
    const QString what =
        result.kind == BenchKind::Endpoint
            ? u"endpoint benchmark of %1 at concurrency %2"_s.arg(
                  result.endpoint.endpointUrl.toString(QUrl::RemoveUserInfo),
                  levelsText(fit->points))
            : u"llama-bench run (%1)"_s.arg(result.llamaBench.tests.isEmpty()
                                                ? QString()
                                                : result.llamaBench.tests.constFirst().modelType);
    option.calibrationSource =
        u"%1 on %2 (fit error %3% rms%4%5)"_s
            .arg(what, result.createdAt.toUTC().toString(Qt::ISODate))
            .arg(std::round(fit->rmsLogError * 1000) / 10)
            .arg(fit->overheadFitted ? QString() : u"; overhead kept, one concurrency"_s,
                 fit->mfuFitted ? QString() : u"; MFU kept, no prefill measured"_s);
    return option;
}

} // namespace pertoken
