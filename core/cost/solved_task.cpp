#include "cost/solved_task.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

const MeasuredSuccess *TaskDefinition::measuredFor(const QString &optionId) const
{
    for (const MeasuredSuccess &measured : measuredSuccess) {
        if (measured.optionId == optionId)
            return &measured;
    }
    return nullptr;
}

double usdPerSolvedTask(double usdPerAttempt, double verifierUsdPerAttempt, double passAtK,
                        int samples)
{
    if (passAtK <= 0 || samples < 1)
        return 0;
    if (samples == 1)
        return usdPerAttempt / passAtK;
    return samples * (usdPerAttempt + verifierUsdPerAttempt) / passAtK;
}

double passAtKFromSingleSample(const PassAtKModel &model, double singleSampleAccuracy,
                               double samples)
{
    const double p = singleSampleAccuracy;
    if (p >= 1)
        return 1;
    if (p <= 0)
        return 0;
    if (samples <= 1)
        return p;
    if (model.form == PassAtKForm::PowerLaw)
        return powerLawPassAtK(p, model.powerLawExponent, samples);
    const double concentration = model.betaConcentration;
    return betaPassAtK(p * concentration, (1 - p) * concentration, samples);
}

namespace {

const QList<QualityScore> &scoresOf(const DeploymentOption &option)
{
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec))
        return cloud->price.qualityScores;
    if (const auto *s = std::get_if<SelfHostedOption>(&option.spec))
        return s->model.qualityScores;
    return std::get<OnDeviceOption>(option.spec).model.qualityScores;
}

QString percent(double fraction)
{
    return QString::number(100 * fraction, 'f', 1) + u'%';
}

} // namespace

SolvedTaskResult solvedTaskFor(const DeploymentOption &option, const OptionResult &result,
                               const Workload &workload, const TaskDefinition &task,
                               const PassAtKModel &passAtK)
{
    SolvedTaskResult r;
    r.optionId = option.id;
    if (!result.feasible) {
        r.basis = u"cannot serve the workload"_s;
        return r;
    }
    if (const MeasuredSuccess *measured = task.measuredFor(option.id)) {
        r.successProbability = measured->successFraction;
        r.basis = u"measured %1 (%2)"_s.arg(percent(measured->successFraction), measured->source);
    } else if (const QualityScore *score = findQualityScore(scoresOf(option), task.benchmark)) {
        r.successProbability = score->scoreFraction;
        r.basis = u"%1 %2 (%3, read %4)"_s.arg(score->benchmark, percent(score->scoreFraction),
                                               score->source, score->asOf);
    } else if (task.benchmark.trimmed().isEmpty()) {
        r.basis = u"no measured success rate"_s;
        return r;
    } else {
        r.basis = u"no published %1 score"_s.arg(task.benchmark.trimmed());
        return r;
    }
    if (r.successProbability <= 0) {
        r.basis += u": solves no task"_s;
        return r;
    }
    r.hasSuccess = true;
    const double tokens =
        task.tokensPerAttempt > 0 ? task.tokensPerAttempt : workload.tokensPerRequest();
    r.usdPerAttempt = result.usdPerMillionTokens * tokens / 1e6;
    r.usdPerSolvedTaskOneSample = r.usdPerAttempt / r.successProbability;

    const int maxSamples = std::clamp(task.maxSamples, 1, kMaxTaskSamples);
    r.costBySamples.reserve(maxSamples);
    bool bestMeets = false;
    for (int k = 1; k <= maxSamples; ++k) {
        const double pass = passAtKFromSingleSample(passAtK, r.successProbability, k);
        const double cost = usdPerSolvedTask(r.usdPerAttempt, task.verifierUsdPerAttempt, pass, k);
        r.costBySamples.append(QPointF(k, cost));
        const bool meets = pass >= task.minSuccessFraction;
        // A k that reaches S beats any that does not; among equals, the cheaper wins.
        const bool better =
            k == 1 || (meets && !bestMeets) || (meets == bestMeets && cost < r.usdPerSolvedTask);
        if (better) {
            r.bestSamples = k;
            r.passAtBestSamples = pass;
            r.usdPerSolvedTask = cost;
            bestMeets = meets;
        }
    }
    r.meetsMinimum = bestMeets;
    return r;
}

QString cheapestSolvingId(const QList<SolvedTaskResult> &solved, const QList<OptionResult> &options)
{
    QString best;
    double bestCost = 0;
    for (qsizetype i = 0; i < solved.size() && i < options.size(); ++i) {
        const SolvedTaskResult &s = solved[i];
        if (!options[i].enabled || !options[i].feasible || !s.hasSuccess || !s.meetsMinimum)
            continue;
        // As for the headline per token: an option that misses a latency target is never named.
        if (!options[i].meetsTtftTarget || !options[i].meetsTpotTarget)
            continue;
        if (best.isEmpty() || s.usdPerSolvedTask < bestCost) {
            best = s.optionId;
            bestCost = s.usdPerSolvedTask;
        }
    }
    return best;
}

} // namespace pertoken
