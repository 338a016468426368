#include "common/json_reader.h"
#include "scaling/planner.h"
#include "scaling/planner_ranges.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMax = std::numeric_limits<double>::max();

QJsonObject lawToJson(const TrainingLaw &law)
{
    return {{u"id"_s, law.id},     {u"form"_s, lawFormId(law.form)},
            {u"E"_s, law.E},       {u"A"_s, law.A},
            {u"B"_s, law.B},       {u"alpha"_s, law.alpha},
            {u"beta"_s, law.beta}, {u"provenance"_s, law.provenance}};
}

QJsonObject passAtKToJson(const PassAtKModel &model)
{
    return {{u"form"_s, passAtKFormId(model.form)},
            {u"linkIntercept"_s, model.linkIntercept},
            {u"linkSlopePerNat"_s, model.linkSlopePerNat},
            {u"linkProvenance"_s, model.linkProvenance},
            {u"betaConcentration"_s, model.betaConcentration},
            {u"betaProvenance"_s, model.betaProvenance},
            {u"powerLawExponent"_s, model.powerLawExponent},
            {u"powerLawProvenance"_s, model.powerLawProvenance}};
}

QJsonObject pricesToJson(const FlopPrices &prices)
{
    return {{u"trainingUsdPerFlop"_s, prices.trainingUsdPerFlop},
            {u"inferenceUsdPerFlop"_s, prices.inferenceUsdPerFlop},
            {u"trainingUtilization"_s, prices.trainingUtilization},
            {u"prefillUtilization"_s, prices.prefillUtilization},
            {u"decodeUtilization"_s, prices.decodeUtilization}};
}

TrainingLaw lawFromJson(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    TrainingLaw law;
    law.id = reader.string(object, path, u"id"_s);
    const QString form = reader.string(object, path, u"form"_s);
    if (!reader.failed()) {
        if (const std::optional<LawForm> parsed = lawFormFromId(form))
            law.form = *parsed;
        else
            reader.fail(JsonReader::join(path, u"form"_s),
                        u"must be \"chinchilla\" or \"kaplan\" (got \"%1\")"_s.arg(form));
    }
    law.E = reader.number(object, path, u"E"_s);
    law.A = reader.number(object, path, u"A"_s);
    law.B = reader.number(object, path, u"B"_s);
    law.alpha = reader.number(object, path, u"alpha"_s);
    law.beta = reader.number(object, path, u"beta"_s);
    law.provenance = reader.string(object, path, u"provenance"_s);
    return law;
}

PassAtKModel passAtKFromJson(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    PassAtKModel model;
    const QString form = reader.string(object, path, u"form"_s);
    if (!reader.failed()) {
        if (form == u"beta")
            model.form = PassAtKForm::Beta;
        else if (form == u"power-law")
            model.form = PassAtKForm::PowerLaw;
        else
            reader.fail(JsonReader::join(path, u"form"_s),
                        u"must be \"beta\" or \"power-law\" (got \"%1\")"_s.arg(form));
    }
    model.linkIntercept = reader.number(object, path, u"linkIntercept"_s);
    model.linkSlopePerNat = reader.number(object, path, u"linkSlopePerNat"_s);
    model.linkProvenance = reader.string(object, path, u"linkProvenance"_s);
    model.betaConcentration = reader.number(object, path, u"betaConcentration"_s);
    model.betaProvenance = reader.string(object, path, u"betaProvenance"_s);
    model.powerLawExponent = reader.number(object, path, u"powerLawExponent"_s);
    model.powerLawProvenance = reader.string(object, path, u"powerLawProvenance"_s);
    return model;
}

FlopPrices pricesFromJson(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    FlopPrices prices;
    prices.trainingUsdPerFlop = reader.number(object, path, u"trainingUsdPerFlop"_s, 0, kMax);
    prices.inferenceUsdPerFlop = reader.number(object, path, u"inferenceUsdPerFlop"_s, 0, kMax);
    prices.trainingUtilization = reader.number(object, path, u"trainingUtilization"_s);
    prices.prefillUtilization = reader.number(object, path, u"prefillUtilization"_s);
    prices.decodeUtilization = reader.number(object, path, u"decodeUtilization"_s);
    return prices;
}

QJsonObject pointFields(const TrainToTestPoint &point, bool inUsd)
{
    QJsonObject object{
        {u"params"_s, point.params},         {u"tokens"_s, point.tokens},
        {u"samples"_s, point.samples},       {u"passAtK"_s, point.passAtK},
        {u"trainFlops"_s, point.trainFlops}, {u"inferenceFlops"_s, point.inferenceFlops}};
    if (inUsd) {
        object.insert(u"trainUsd"_s, point.trainUsd);
        object.insert(u"inferenceUsd"_s, point.inferenceUsd);
    }
    return object;
}

} // namespace

QJsonObject plannerInputsToJson(const PlannerInputs &inputs)
{
    return {{u"law"_s, lawToJson(inputs.law)},
            {u"computeFlops"_s, inputs.computeFlops},
            {u"targetLoss"_s, inputs.targetLoss},
            {u"inferenceTokens"_s, inputs.inferenceTokens},
            {u"inferencePromptShare"_s, inputs.inferencePromptShare},
            {u"queries"_s, inputs.queries},
            {u"promptTokens"_s, inputs.promptTokens},
            {u"tokensPerSample"_s, inputs.tokensPerSample},
            {u"maxSamples"_s, inputs.maxSamples},
            {u"budgetFlops"_s, inputs.budgetFlops},
            {u"budgetUsd"_s, inputs.budgetUsd},
            {u"passAtK"_s, passAtKToJson(inputs.passAtK)},
            {u"prices"_s, pricesToJson(inputs.prices)}};
}

Result<PlannerInputs> plannerInputsFromJson(const QJsonObject &object, const QString &source,
                                            const QString &path)
{
    JsonReader reader(source);
    PlannerInputs inputs;
    inputs.law = lawFromJson(reader, reader.object(object, path, u"law"_s),
                             JsonReader::join(path, u"law"_s));
    // Read as numbers; the planner's table (validatePlannerInputs below) judges their ranges,
    // whole numbers included, with the same words the command line uses.
    double maxSamples = 0;
    for (const PlannerInputSpec &spec : plannerInputSpecs()) {
        const double value = reader.number(object, path, spec.key);
        if (spec.key == u"maxSamples")
            maxSamples = value;
        else
            spec.set(inputs, value);
    }
    if (!reader.failed()) {
        if (std::optional<InputError> problem =
                findPlannerInput(u"maxSamples"_s)->check(maxSamples)) {
            problem->source = source;
            problem->field = JsonReader::join(path, problem->field);
            return *problem;
        }
        inputs.maxSamples = int(maxSamples);
    }
    inputs.passAtK = passAtKFromJson(reader, reader.object(object, path, u"passAtK"_s),
                                     JsonReader::join(path, u"passAtK"_s));
    inputs.prices = pricesFromJson(reader, reader.object(object, path, u"prices"_s),
                                   JsonReader::join(path, u"prices"_s));
    if (reader.failed())
        return reader.error();
    if (std::optional<InputError> problem = validatePlannerInputs(inputs)) {
        problem->source = source;
        problem->field = JsonReader::join(path, problem->field);
        return *problem;
    }
    return inputs;
}

QJsonObject planResultToJson(const PlanResult &result, const PlannerInputs &inputs)
{
    const TrainingLaw &law = inputs.law;
    QJsonObject document{{u"schema"_s, u"pertoken.plan/1"_s},
                         {u"law"_s, law.id},
                         {u"constants"_s, QJsonObject{{u"E"_s, law.E},
                                                      {u"A"_s, law.A},
                                                      {u"B"_s, law.B},
                                                      {u"alpha"_s, law.alpha},
                                                      {u"beta"_s, law.beta}}}};
    if (const auto &point = result.computeOptimal)
        document.insert(u"computeOptimal"_s,
                        QJsonObject{{u"computeFlops"_s, point->computeFlops},
                                    {u"params"_s, point->params},
                                    {u"tokens"_s, point->tokens},
                                    {u"loss"_s, point->loss},
                                    {u"tokensPerParam"_s, point->tokensPerParam()}});
    if (const auto &point = result.inferenceAware) {
        QJsonObject section{
            {u"targetLoss"_s, point->targetLoss},
            {u"inferenceTokens"_s, point->inferenceTokens},
            {u"params"_s, point->params},
            {u"tokens"_s, point->tokens},
            {u"trainFlops"_s, point->trainFlops},
            {u"inferenceFlops"_s, point->inferenceFlops},
            {u"totalFlops"_s, point->totalFlops},
            {u"vsComputeOptimal"_s, QJsonObject{{u"params"_s, point->paramsRatio()},
                                                {u"tokens"_s, point->tokensRatio()},
                                                {u"totalFlops"_s, point->totalFlopsRatio()}}}};
        if (result.budgetInUsd) {
            section.insert(u"trainUsd"_s, point->trainUsd);
            section.insert(u"inferenceUsd"_s, point->inferenceUsd);
            section.insert(u"totalUsd"_s, point->totalUsd);
        }
        document.insert(u"inferenceAware"_s, section);
    }
    if (const auto &plan = result.trainToTest) {
        QJsonObject section = pointFields(plan->optimum, result.budgetInUsd);
        section.insert(u"chinchilla"_s, pointFields(plan->chinchilla, result.budgetInUsd));
        document.insert(u"trainToTest"_s, section);
    }
    return document;
}

} // namespace pertoken
