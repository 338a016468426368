#include "scenario/evaluation_json.h"

#include <QJsonArray>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject optionToJson(const OptionResult &r)
{
    const bool priced = r.feasible;
    QJsonObject breakdown;
    for (const CostPart &part : r.breakdown)
        breakdown.insert(part.key, part.usdPerMonth);
    QJsonObject object{
        {u"id"_s, r.id},
        {u"name"_s, r.name},
        {u"kind"_s, optionKindId(r.kind)},
        {u"enabled"_s, r.enabled},
        {u"feasible"_s, r.feasible},
        {u"meetsTargets"_s, r.meetsTargets()},
        {u"usdPerMillionTokens"_s, orNull(priced, r.usdPerMillionTokens)},
        {u"usdPerMillionInputTokens"_s, orNull(priced, r.usdPerMillionInputTokens)},
        {u"usdPerMillionOutputTokens"_s, orNull(priced, r.usdPerMillionOutputTokens)},
        {u"monthlyUsd"_s, orNull(priced, r.monthlyUsd)},
        {u"breakdown"_s, breakdown},
    };
    if (!r.feasible)
        object.insert(u"reason"_s, r.infeasibleReason);
    if (r.kind == OptionKind::CloudApi || !r.roofline)
        return object;

    const RooflineResult &roofline = *r.roofline;
    object.insert(u"tokensPerSecond"_s, orNull(priced, r.outputTokensPerSecond));
    object.insert(u"fits"_s, roofline.fits);
    object.insert(u"bound"_s, boundId(roofline.decodeBound));
    object.insert(u"joulesPerToken"_s, orNull(priced, r.joulesPerToken));
    object.insert(u"tokensPerKWh"_s, orNull(priced, r.tokensPerKWh));
    object.insert(u"basis"_s, basisId(r.basis));
    object.insert(u"basisNote"_s, r.basisNote);
    object.insert(u"errorBandPercent"_s, orNull(r.errorBandCases > 0, r.errorBandPercent));
    object.insert(u"errorBandCases"_s, r.errorBandCases);
    object.insert(u"gpusPerReplica"_s, r.gpusPerReplica);
    object.insert(u"replicas"_s, orNull(priced, r.replicas));
    object.insert(u"batch"_s, r.operatingBatch);
    object.insert(u"maxBatch"_s, roofline.maxBatch);
    object.insert(u"ttftMs"_s, orNull(priced, r.ttftMs));
    object.insert(u"tpotMs"_s, orNull(priced, r.tpotMs));
    object.insert(u"weightBytes"_s, roofline.weightBytes);
    object.insert(u"kvBytesPerToken"_s, roofline.kvBytesPerToken);
    object.insert(u"busyFraction"_s, orNull(priced, r.busyFraction));
    object.insert(u"usageBasedUsdPerMillionTokens"_s,
                  orNull(priced, r.usageBasedUsdPerMillionTokens));
    return object;
}

// Cost per solved task: null figures where an option has no success probability.
QJsonValue solvedTaskToJson(const Scenario &scenario, const Evaluation &evaluation)
{
    const TaskDefinition &task = scenario.task;
    if (!task.isDefined())
        return QJsonValue(QJsonValue::Null);
    QJsonArray options;
    for (const SolvedTaskResult &s : evaluation.solvedTasks) {
        const bool has = s.hasSuccess;
        options.append(QJsonObject{
            {u"option"_s, s.optionId},
            {u"hasSuccess"_s, has},
            {u"basis"_s, s.basis},
            {u"usdPerAttempt"_s, orNull(has, s.usdPerAttempt)},
            {u"successProbability"_s, orNull(has, s.successProbability)},
            {u"usdPerSolvedTaskOneSample"_s, orNull(has, s.usdPerSolvedTaskOneSample)},
            {u"bestSamples"_s, has ? QJsonValue(s.bestSamples) : QJsonValue(QJsonValue::Null)},
            {u"passAtBestSamples"_s, orNull(has, s.passAtBestSamples)},
            {u"usdPerSolvedTask"_s, orNull(has, s.usdPerSolvedTask)},
            {u"meetsMinimum"_s, has && s.meetsMinimum},
        });
    }
    const QString benchmark = task.benchmark.trimmed();
    return QJsonObject{
        {u"benchmark"_s, benchmark.isEmpty() ? QJsonValue(QJsonValue::Null) : benchmark},
        {u"tokensPerAttempt"_s,
         task.tokensPerAttempt > 0 ? task.tokensPerAttempt : scenario.workload.tokensPerRequest()},
        {u"verifierUsdPerAttempt"_s, task.verifierUsdPerAttempt},
        {u"maxSamples"_s, task.maxSamples},
        {u"minSuccessFraction"_s, task.minSuccessFraction},
        {u"cheapestSolving"_s, evaluation.cheapestSolvingId.isEmpty()
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(evaluation.cheapestSolvingId)},
        {u"options"_s, options},
    };
}

} // namespace

QJsonObject headlineToJson(const Headline &headline)
{
    QJsonValue breakEven(QJsonValue::Null);
    if (headline.breakEven) {
        breakEven = QJsonObject{
            {u"a"_s, headline.breakEven->a},
            {u"b"_s, headline.breakEven->b},
            {u"tokensPerMonth"_s, headline.breakEven->tokensPerMonth.value_or(0.0)},
            {u"usdPerMonth"_s, headline.breakEven->usdPerMonth},
        };
    }
    const bool any = !headline.cheapestId.isEmpty();
    const bool solving = !headline.cheapestSolvingId.isEmpty();
    return QJsonObject{
        {u"cheapest"_s, any ? QJsonValue(headline.cheapestId) : QJsonValue(QJsonValue::Null)},
        {u"cheapestUsdPerMillionTokens"_s, orNull(any, headline.cheapestUsdPerMillionTokens)},
        {u"cheapestUsdPerMonth"_s, orNull(any, headline.cheapestUsdPerMonth)},
        {u"breakEven"_s, breakEven},
        {u"enabledOptions"_s, headline.enabledOptions},
        {u"feasibleOptions"_s, headline.feasibleOptions},
        {u"optionsMeetingTargets"_s, headline.meetingTargets},
        {u"cheapestMissesTargets"_s, headline.cheapestMissesTargets},
        {u"cheapestSolving"_s,
         solving ? QJsonValue(headline.cheapestSolvingId) : QJsonValue(QJsonValue::Null)},
        {u"cheapestSolvingUsdPerSolvedTask"_s,
         orNull(solving, headline.cheapestSolvingUsdPerSolvedTask)},
    };
}

QJsonObject evaluationToJson(const Scenario &scenario, const Evaluation &evaluation)
{
    QJsonArray options;
    for (const OptionResult &r : evaluation.options)
        options.append(optionToJson(r));
    QJsonArray breakEven;
    for (const BreakEven &pair : evaluation.breakEven) {
        breakEven.append(QJsonObject{
            {u"a"_s, pair.a},
            {u"b"_s, pair.b},
            {u"tokensPerMonth"_s,
             orNull(pair.tokensPerMonth.has_value(), pair.tokensPerMonth.value_or(0.0))},
            {u"usdPerMonth"_s, orNull(pair.tokensPerMonth.has_value(), pair.usdPerMonth)},
            {u"bothServe"_s, pair.bothServe},
        });
    }
    QJsonArray sensitivity;
    for (const SensitivityRow &row : evaluation.sensitivity) {
        sensitivity.append(QJsonObject{
            {u"option"_s, row.optionId},
            {u"parameter"_s, row.parameter},
            {u"value"_s, row.baseValue},
            {u"usdPerMillionTokensLow"_s, row.lowUsdPerMillionTokens},
            {u"usdPerMillionTokensHigh"_s, row.highUsdPerMillionTokens},
        });
    }
    QJsonArray uncertainty;
    for (const UncertaintyBand &band : evaluation.uncertainty) {
        uncertainty.append(QJsonObject{
            {u"option"_s, band.optionId},
            {u"p10UsdPerMillionTokens"_s, band.p10},
            {u"p50UsdPerMillionTokens"_s, band.p50},
            {u"p90UsdPerMillionTokens"_s, band.p90},
            {u"samples"_s, band.samples},
            {u"modelErrorPercent"_s, band.modelErrorPercent},
        });
    }
    return QJsonObject{
        {u"schema"_s, u"pertoken.eval/1"_s},
        {u"scenario"_s, scenario.name},
        {u"tokensPerMonth"_s, evaluation.tokensPerMonth},
        {u"options"_s, options},
        {u"breakEven"_s, breakEven},
        {u"breakEvenPeak"_s,
         evaluation.breakEvenPeak == BreakEvenPeak::Fixed ? u"fixed"_s : u"proportional"_s},
        {u"optionsMeetingTargets"_s, headline(evaluation).meetingTargets},
        {u"cheapest"_s, evaluation.cheapestId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(evaluation.cheapestId)},
        {u"headline"_s, headlineToJson(headline(evaluation))},
        {u"sensitivity"_s, sensitivity},
        {u"uncertainty"_s, uncertainty},
        {u"solvedTask"_s, solvedTaskToJson(scenario, evaluation)},
        {u"warnings"_s, QJsonArray::fromStringList(evaluation.warnings)},
    };
}

} // namespace pertoken
