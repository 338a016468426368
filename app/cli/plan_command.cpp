#include "cli/plan_command.h"

#include "cli/cli_common.h"
#include "cli/text_table.h"
#include "common/json_output.h"
#include "common/number_format.h"
#include "scaling/planner.h"
#include "scaling/planner_ranges.h"
#include "scenario/scenario_json.h"
#include "scenario/scenario_plan.h"

#include <QCommandLineParser>
#include <QHash>

#include <cmath>
#include <utility>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

/// Planner field (validatePlannerInputs) → the flag that sets it; a field without a flag can
/// only come from the scenario file.
QString flagForField(const QString &field)
{
    if (field.startsWith(u"law."_s))
        return u"--law-constants %1"_s.arg(field.mid(4));
    if (const PlannerInputSpec *spec = findPlannerInput(field); spec && !spec->option.isEmpty())
        return u"--"_s + spec->option;
    return u"--scenario planner.%1"_s.arg(field);
}

int planError(const QString &flag, const QString &message)
{
    return usageError(u"plan: %1: %2"_s.arg(flag, message));
}

/// "5.76e23"
QString scientific(double value)
{
    QString text = QString::number(value, 'e', 2);
    text.replace(u"e+0"_s, u"e"_s).replace(u"e+"_s, u"e"_s).replace(u"e-0"_s, u"e-"_s);
    return text;
}

QString flops(double value)
{
    return scientific(value) + u" FLOPs"_s;
}

/// Reads "E=1.8,A=482,..." into `law`; returns how many of the five constants were given.
std::optional<int> readLawConstants(const QString &text, TrainingLaw &law, int *status)
{
    const QString flag = u"--law-constants"_s;
    QStringList seen;
    for (const QString &rawItem : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0) {
            *status = planError(flag, u"\"%1\" is not NAME=VALUE (expected E=..,A=..,B=..,"
                                      "alpha=..,beta=..)"_s.arg(item));
            return std::nullopt;
        }
        const QString key = item.left(equals).trimmed();
        bool ok = false;
        const double value = item.mid(equals + 1).trimmed().toDouble(&ok);
        double *target = key == u"E"       ? &law.E
                         : key == u"A"     ? &law.A
                         : key == u"B"     ? &law.B
                         : key == u"alpha" ? &law.alpha
                         : key == u"beta"  ? &law.beta
                                           : nullptr;
        if (!target) {
            *status = planError(
                flag, u"unknown constant \"%1\" (expected E, A, B, alpha, beta)"_s.arg(key));
            return std::nullopt;
        }
        if (!ok || !std::isfinite(value)) {
            *status = planError(
                flag, u"%1 must be a number (got \"%2\")"_s.arg(key, item.mid(equals + 1)));
            return std::nullopt;
        }
        if (seen.contains(key)) {
            *status = planError(flag, u"%1 is given twice"_s.arg(key));
            return std::nullopt;
        }
        seen.append(key);
        *target = value;
    }
    if (seen.isEmpty()) {
        *status = planError(flag, u"is empty (expected E=..,A=..,B=..,alpha=..,beta=..)"_s);
        return std::nullopt;
    }
    return int(seen.size());
}

void printTable(const PlanResult &result, const PlannerInputs &inputs)
{
    const TrainingLaw &law = inputs.law;
    out() << u"Law: %1 (%2 form): E %3, A %4, B %5, alpha %6, beta %7"_s.arg(
                 law.id, lawFormId(law.form), QString::number(law.E), QString::number(law.A),
                 QString::number(law.B), QString::number(law.alpha), QString::number(law.beta))
          << '\n'
          << u"  %1"_s.arg(law.provenance) << "\n";

    if (const auto &point = result.computeOptimal) {
        out() << u"\nCompute-optimal model for %1 of training:\n"_s.arg(flops(point->computeFlops));
        TextTable table({u"quantity"_s, u"value"_s});
        table.addRow({u"parameters"_s, formatCount(point->params)});
        table.addRow({u"training tokens"_s, formatCount(point->tokens)});
        table.addRow({u"tokens per parameter"_s, QString::number(point->tokensPerParam(), 'f', 1)});
        table.addRow({u"loss"_s, u"%1 nats/token"_s.arg(point->loss, 0, 'f', 4)});
        out() << table.render();
    }
    if (const auto &point = result.inferenceAware) {
        out() << u"\nInference-aware model (Sardana et al.) for loss %1 nats/token and %2 "
                 "inference tokens:\n"_s.arg(QString::number(point->targetLoss, 'f', 4),
                                             formatCount(point->inferenceTokens));
        const ComputeOptimalPoint &co = point->computeOptimal;
        TextTable table({u"quantity"_s, u"inference-aware"_s, u"compute-optimal"_s, u"ratio"_s});
        const auto ratio = [](double value) { return QString::number(value, 'f', 3); };
        table.addRow({u"parameters"_s, formatCount(point->params), formatCount(co.params),
                      ratio(point->paramsRatio())});
        table.addRow({u"training tokens"_s, formatCount(point->tokens), formatCount(co.tokens),
                      ratio(point->tokensRatio())});
        table.addRow({u"tokens per parameter"_s,
                      QString::number(point->tokens / point->params, 'f', 1),
                      QString::number(co.tokensPerParam(), 'f', 1), QString()});
        table.addRow(
            {u"training FLOPs"_s, flops(point->trainFlops), flops(co.computeFlops), QString()});
        table.addRow({u"inference FLOPs"_s, flops(point->inferenceFlops),
                      flops(2.0 * co.params * point->inferenceTokens), QString()});
        table.addRow({u"lifetime FLOPs"_s, flops(point->totalFlops),
                      flops(point->computeOptimalTotalFlops), ratio(point->totalFlopsRatio())});
        if (result.budgetInUsd) {
            table.addRow({u"training cost"_s, formatUsd(point->trainUsd), QString(), QString()});
            table.addRow(
                {u"inference cost"_s, formatUsd(point->inferenceUsd), QString(), QString()});
            table.addRow({u"lifetime cost"_s, formatUsd(point->totalUsd),
                          formatUsd(point->computeOptimalTotalUsd), QString()});
        }
        out() << table.render();
    }
    if (const auto &plan = result.trainToTest) {
        out() << u"\nTrain-to-test (T²) for %1 end to end, %2 queries of %3 prompt + k × %4 "
                 "generated tokens, k ≤ %5:\n"_s
                     .arg(result.budgetInUsd ? formatUsd(inputs.budgetUsd)
                                             : flops(inputs.budgetFlops),
                          formatCount(inputs.queries), formatCount(inputs.promptTokens),
                          formatCount(inputs.tokensPerSample))
                     .arg(inputs.maxSamples);
        TextTable table({u"quantity"_s, u"T² optimum"_s, u"Chinchilla point"_s});
        const TrainToTestPoint &o = plan->optimum;
        const TrainToTestPoint &c = plan->chinchilla;
        table.addRow({u"parameters"_s, formatCount(o.params), formatCount(c.params)});
        table.addRow({u"training tokens"_s, formatCount(o.tokens), formatCount(c.tokens)});
        table.addRow({u"tokens per parameter"_s, QString::number(o.tokensPerParam(), 'f', 1),
                      QString::number(c.tokensPerParam(), 'f', 1)});
        table.addRow(
            {u"samples per query (k)"_s, QString::number(o.samples), QString::number(c.samples)});
        table.addRow({u"loss"_s, u"%1 nats/token"_s.arg(o.loss, 0, 'f', 4),
                      u"%1 nats/token"_s.arg(c.loss, 0, 'f', 4)});
        table.addRow({u"pass@k"_s, u"%1%"_s.arg(o.passAtK * 100, 0, 'f', 1),
                      u"%1%"_s.arg(c.passAtK * 100, 0, 'f', 1)});
        table.addRow({u"training FLOPs"_s, flops(o.trainFlops), flops(c.trainFlops)});
        table.addRow({u"inference FLOPs"_s, flops(o.inferenceFlops), flops(c.inferenceFlops)});
        if (result.budgetInUsd) {
            table.addRow({u"training cost"_s, formatUsd(o.trainUsd), formatUsd(c.trainUsd)});
            table.addRow(
                {u"inference cost"_s, formatUsd(o.inferenceUsd), formatUsd(c.inferenceUsd)});
        }
        out() << table.render();
        const PassAtKModel &model = inputs.passAtK;
        out() << u"pass@k model: %1; link w0 %2, w1 %3 per nat (%4)"_s.arg(
                     passAtKFormId(model.form), QString::number(model.linkIntercept),
                     QString::number(model.linkSlopePerNat), model.linkProvenance)
              << '\n';
        out() << (model.form == PassAtKForm::Beta
                      ? u"  Beta concentration %1 (%2)"_s.arg(
                            QString::number(model.betaConcentration), model.betaProvenance)
                      : u"  exponent %1 (%2)"_s.arg(QString::number(model.powerLawExponent),
                                                    model.powerLawProvenance))
              << '\n';
    }
    out().flush();
    if (!result.computeOptimal && !result.inferenceAware && !result.trainToTest) {
        err() << u"pertoken: plan: nothing to plan: give --compute, --target-loss or --queries "
                 "(`pertoken plan --help`)\n"_s;
        err().flush();
    }
}

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Model size from scaling laws: compute-optimal (--compute), inference-aware "
        "(--target-loss, Sardana et al. arXiv:2401.00448) and train-to-test (--queries, "
        "arXiv:2604.01411). With --scenario, the scenario's planner section is the starting point "
        "(in dollars when it prices FLOPs on its hardware) and each flag replaces one value."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"scenario"_s, u"Scenario file (.pertoken) or memo bundle (.zip)."_s, u"file"_s},
        {u"json"_s, u"Print the pertoken.plan/1 JSON document."_s},
        {u"law"_s,
         u"Training law: epoch (default, Besiroglu et al. 2024), hoffmann, kaplan, "
         "custom."_s,
         u"name"_s},
        {u"law-constants"_s,
         u"Constants E=..,A=..,B=..,alpha=..,beta=.. (all five for --law custom; otherwise they "
         "replace the named law's)."_s,
         u"list"_s},
    });
    // The numeric flags, their ranges and defaults: the planner's table.
    const QHash<QString, QString> purposes = {
        {u"compute"_s, u"Training budget for the compute-optimal model"_s},
        {u"target-loss"_s, u"Target loss for the inference-aware model"_s},
        {u"inference-tokens"_s, u"Lifetime inference tokens of the inference-aware model"_s},
        {u"queries"_s, u"Lifetime queries for train-to-test"_s},
        {u"tokens-per-sample"_s, u"Generated tokens per sample"_s},
        {u"max-samples"_s, u"Most samples per query k"_s},
        {u"prompt-tokens"_s, u"Prompt tokens per query, prefilled once"_s},
        {u"budget"_s, u"End-to-end train-to-test budget (default: --compute when given)"_s},
    };
    const PlannerInputs defaults = defaultPlannerInputs();
    for (const PlannerInputSpec &spec : plannerInputSpecs()) {
        if (spec.option.isEmpty())
            continue;
        const QString shownDefault =
            spec.key == u"inferenceTokens" ? u"without --scenario: 0"_s
            : spec.zero == ZeroMeans::NotRequested && spec.key != u"budgetFlops"
                ? u"without --scenario: not requested"_s
                : u"default %1"_s.arg(
                      QString::number(spec.get(defaults), 'g', 6).replace(u"e+"_s, u"e"_s));
        parser.addOption(
            {spec.option,
             u"%1: %2 (%3)."_s.arg(purposes.value(spec.option), spec.rangeText(), shownDefault),
             spec.unit.isEmpty() ? u"value"_s : spec.unit.toLower()});
    }
    if (!parser.parse(QStringList{u"pertoken plan"_s} + arguments))
        return usageError(u"plan: "_s + parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        help.replace(help.left(help.indexOf(u'\n')), u"Usage: pertoken plan [options]"_s);
        out() << help;
        out().flush();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"plan takes no positional arguments (got \"%1\")"_s.arg(
            parser.positionalArguments().join(u' ')));

    // With --scenario, the scenario is the starting point and the flags change its planner
    // section; without, a scenario whose planner computes only the answers the flags ask for.
    Scenario scenario;
    const bool fromScenario = parser.isSet(u"scenario"_s);
    if (fromScenario) {
        Result<Scenario> loaded = scenarioFromOption(parser.value(u"scenario"_s));
        if (!loaded)
            return planError(u"--scenario"_s, loaded.error().toString());
        scenario = std::move(loaded).value();
    } else {
        scenario.plannerPricesFromScenario = false;
        scenario.planner = defaults;
        for (PlannerInputSpec const *spec :
             {findPlannerInput(u"computeFlops"_s), findPlannerInput(u"targetLoss"_s),
              findPlannerInput(u"inferenceTokens"_s), findPlannerInput(u"queries"_s)})
            spec->set(scenario.planner, 0);
    }
    PlannerInputs &inputs = scenario.planner;

    const QString lawName = parser.isSet(u"law"_s) ? parser.value(u"law"_s)
                            : fromScenario         ? inputs.law.id
                                                   : u"epoch"_s;
    if (fromScenario && !parser.isSet(u"law"_s)) {
        // Keep the scenario's law, whatever its constants.
    } else if (lawName == u"custom") {
        inputs.law =
            TrainingLaw{u"custom"_s, LawForm::Chinchilla, 0, 0, 0, 0, 0, u"user constants"_s};
    } else if (const std::optional<TrainingLaw> named = namedLaw(lawName)) {
        inputs.law = *named;
    } else {
        return planError(u"--law"_s, u"must be one of epoch, hoffmann, kaplan, custom (got "
                                     "\"%1\")"_s.arg(lawName));
    }
    int status = kExitOk;
    if (parser.isSet(u"law-constants"_s)) {
        const std::optional<int> given =
            readLawConstants(parser.value(u"law-constants"_s), inputs.law, &status);
        if (!given)
            return status;
        if (lawName == u"custom" && *given < 5)
            return planError(u"--law-constants"_s,
                             u"--law custom needs all five constants E, A, B, alpha, beta"_s);
        if (lawName != u"custom") {
            inputs.law.provenance =
                u"user constants in the form of %1"_s.arg(inputs.law.provenance);
            inputs.law.id = u"custom"_s;
        }
    } else if (lawName == u"custom" && parser.isSet(u"law"_s)) {
        return planError(u"--law"_s,
                         u"custom needs --law-constants E=..,A=..,B=..,alpha=..,beta=.."_s);
    }

    // Every numeric flag replaces one value of the planner section, checked against the same
    // range the scenario reader and the dashboard use.
    for (const PlannerInputSpec &spec : plannerInputSpecs()) {
        if (spec.option.isEmpty() || !parser.isSet(spec.option))
            continue;
        const QString flag = u"--"_s + spec.option;
        const QString text = parser.value(spec.option);
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            return planError(flag, u"must be %1 (got \"%2\")"_s.arg(spec.rangeText(), text));
        if (const std::optional<InputError> problem = spec.check(value))
            return planError(flag, problem->message);
        spec.set(inputs, value);
    }
    if (parser.isSet(u"inference-tokens"_s) && !parser.isSet(u"target-loss"_s) && !fromScenario)
        return planError(u"--inference-tokens"_s, u"needs --target-loss"_s);
    for (const QString &name :
         {u"tokens-per-sample"_s, u"max-samples"_s, u"prompt-tokens"_s, u"budget"_s}) {
        if (parser.isSet(name) && !parser.isSet(u"queries"_s) && !fromScenario)
            return planError(u"--"_s + name, u"needs --queries"_s);
    }
    if (!parser.isSet(u"budget"_s) && parser.isSet(u"compute"_s) && inputs.computeFlops > 0)
        inputs.budgetFlops = inputs.computeFlops;
    // A budget given in FLOPs is what the plan spends; where the scenario prices FLOPs on its
    // hardware, the dollar budget follows from it (plannerInputsFor) instead of the file's.
    if ((parser.isSet(u"budget"_s) || parser.isSet(u"compute"_s)) &&
        scenario.plannerPricesFromScenario)
        inputs.budgetUsd = 0;

    const ScenarioPlannerInputs planned = plannerInputsFor(scenario);
    if (!planned.warning.isEmpty()) {
        err() << u"pertoken: plan: warning: %1"_s.arg(planned.warning) << '\n';
        err().flush();
    }
    if (const std::optional<InputError> problem = validatePlannerInputs(planned.inputs))
        return planError(flagForField(problem->field), problem->message);
    const PlanResult result = runPlan(planned.inputs);
    if (result.error)
        return planError(flagForField(result.error->field), result.error->message);

    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(u"pertoken.plan/1"_s, planResultToJson(result, planned.inputs));
        out().flush();
    } else {
        printTable(result, planned.inputs);
    }
    return kExitOk;
}

} // namespace pertoken::cli
