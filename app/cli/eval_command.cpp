#include "cli/eval_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/text_table.h"
#include "common/json_output.h"
#include "common/number_format.h"
#include "scenario/evaluate.h"
#include "scenario/evaluation_json.h"
#include "scenario/headline.h"

#include <QCommandLineParser>

#include <algorithm>
#include <functional>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

// Cost per solved task, when the scenario defines a task.
void printSolvedTasks(const Scenario &scenario, const Evaluation &e,
                      const std::function<QString(double)> &money)
{
    const TaskDefinition &task = scenario.task;
    if (!task.isDefined())
        return;
    const QString what = task.benchmark.isEmpty() ? u"measured success rates"_s : task.benchmark;
    out() << u"\nCost per solved task (%1; up to %2 samples, %3 per extra-sample check):\n"_s.arg(
        what, QString::number(task.maxSamples), money(task.verifierUsdPerAttempt));
    TextTable table({u"Option"_s, u"/attempt"_s, u"success"_s, u"/solved k=1"_s, u"best k"_s,
                     u"pass@k"_s, u"/solved"_s, u"basis"_s});
    const auto percent = [](double fraction) -> QString {
        return QString::number(100 * fraction, 'f', 1) + u'%';
    };
    for (qsizetype i = 0; i < e.solvedTasks.size(); ++i) {
        const OptionResult &r = e.options[i];
        const SolvedTaskResult &s = e.solvedTasks[i];
        if (!r.enabled)
            continue;
        if (!s.hasSuccess) {
            table.addRow({r.name, {}, {}, {}, {}, {}, u"n/a"_s, s.basis});
            continue;
        }
        const QString mark = s.optionId == e.cheapestSolvingId ? u" *"_s : QString();
        table.addRow({r.name + mark, money(s.usdPerAttempt), percent(s.successProbability),
                      money(s.usdPerSolvedTaskOneSample), QString::number(s.bestSamples),
                      percent(s.passAtBestSamples) + (s.meetsMinimum ? QString() : u" < S"_s),
                      money(s.usdPerSolvedTask), s.basis});
    }
    out() << table.render() << '\n';
    const auto solving =
        std::find_if(e.solvedTasks.cbegin(), e.solvedTasks.cend(),
                     [&e](const SolvedTaskResult &s) { return s.optionId == e.cheapestSolvingId; });
    if (const OptionResult *best = e.option(e.cheapestSolvingId);
        best && solving != e.solvedTasks.cend()) {
        const SolvedTaskResult &s = *solving;
        out() << u"* cheapest per solved task%1: %2 at %3 (%4 samples)"_s.arg(
                     task.minSuccessFraction > 0
                         ? u" solving at least %1 of tasks"_s.arg(percent(task.minSuccessFraction))
                         : QString(),
                     best->name, money(s.usdPerSolvedTask), QString::number(s.bestSamples))
              << '\n';
    } else {
        out() << "No option solves the task's share of tasks within the samples allowed.\n";
    }
}

void printTable(const Scenario &scenario, const Evaluation &e, const DisplayCurrency &currency)
{
    const auto money = [&currency](double usd) { return formatMoneyText(usd, currency); };
    const QString symbol = currencySymbol(currency.code);
    out() << u"Scenario: %1"_s.arg(scenario.name) << '\n'
          << u"Workload: %1 tokens/month (%2 requests × %3 in + %4 out)"_s.arg(
                 formatCount(e.tokensPerMonth), formatCount(scenario.workload.requestsPerMonth),
                 formatCount(scenario.workload.inputTokensPerRequest),
                 formatCount(scenario.workload.outputTokensPerRequest))
          << "\n\n";

    const Headline head = headline(e);
    TextTable table({u"Option"_s, u"Kind"_s, symbol + u"/M tokens"_s, symbol + u"/M in"_s,
                     symbol + u"/M out"_s, symbol + u"/month"_s, u"out tok/s"_s, u"bound"_s,
                     u"basis"_s, u"targets"_s});
    for (const OptionResult &r : e.options) {
        if (!r.enabled)
            continue;
        if (!r.feasible) {
            table.addRow({r.name,
                          optionKindId(r.kind),
                          u"n/a"_s,
                          {},
                          {},
                          {},
                          {},
                          {},
                          r.infeasibleReason,
                          {}});
            continue;
        }
        const bool hosted = r.kind != OptionKind::CloudApi && r.roofline;
        table.addRow({r.id == head.cheapestId ? r.name + u" *"_s : r.name, optionKindId(r.kind),
                      money(r.usdPerMillionTokens), money(r.usdPerMillionInputTokens),
                      money(r.usdPerMillionOutputTokens), money(r.monthlyUsd),
                      hosted ? QString::number(r.outputTokensPerSecond, 'f', 1) : QString(),
                      hosted ? boundId(r.roofline->decodeBound) : QString(),
                      hosted ? basisId(r.basis) : u"list price"_s,
                      r.meetsTargets() ? u"met"_s : u"MISSED"_s});
    }
    out() << table.render() << '\n';
    out() << targetsCountText(head) << "\n";
    if (const OptionResult *cheapest = e.option(head.cheapestId))
        out() << (head.cheapestMissesTargets ? u"* cheapest, misses targets: %1 at %2 per million "
                                               "tokens (no option meets them)"_s
                                             : u"* cheapest: %1 at %2 per million tokens"_s)
                     .arg(cheapest->name, money(head.cheapestUsdPerMillionTokens))
              << "\n";
    if (head.breakEven)
        out() << u"Headline break-even: %1 = %2 at %3 tokens/month (%4/month each at that volume)"_s
                     .arg(e.option(head.breakEven->a)->name, e.option(head.breakEven->b)->name,
                          formatCount(*head.breakEven->tokensPerMonth),
                          money(head.breakEven->usdPerMonth))
              << "\n";

    out() << u"\nBreak-even volumes (same input:output mix; %1):\n"_s.arg(
        breakEvenRuleText(e.breakEvenPeak, e.peakConcurrentRequests));
    for (const BreakEven &pair : e.breakEven) {
        const QString a = e.option(pair.a)->name;
        const QString b = e.option(pair.b)->name;
        if (!pair.bothServe)
            out() << u"  %1 and %2: no break-even where both can serve (a latency target is "
                     "missed)"_s.arg(a, b)
                  << '\n';
        else if (pair.tokensPerMonth)
            out() << u"  %1 = %2 at %3 tokens/month (%4/month each at that volume)"_s.arg(
                         a, b, formatCount(*pair.tokensPerMonth), money(pair.usdPerMonth))
                  << '\n';
        else
            out() << u"  %1 and %2 never cross between 1 k and 1,000 T tokens/month"_s.arg(a, b)
                  << '\n';
    }
    printSolvedTasks(scenario, e, money);
    out().flush();
    for (const QString &warning : e.warnings)
        err() << u"pertoken: warning: "_s << warning << '\n';
    err().flush();
}

} // namespace

int runEvalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Cost per million tokens of every deployment option, and break-even volumes."_s);
    parser.addHelpOption();
    parser.addOptions(evalOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken eval"_s, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"eval takes no positional arguments (got \"%1\")"_s.arg(
            parser.positionalArguments().join(u' ')));

    const Result<Scenario> loaded = scenarioFromOption(parser.value(u"scenario"_s));
    if (!loaded)
        return inputError(loaded.error());
    const Result<Scenario> scenario = withBreakEvenPeak(parser, *loaded);
    if (!scenario)
        return usageError(scenario.error().toString());
    const Result<DisplayCurrency> currency = currencyFromOptions(parser);
    if (!currency)
        return usageError(currency.error().toString());
    const Evaluation evaluation = evaluate(*scenario);
    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(u"pertoken.eval/1"_s, evaluationToJson(*scenario, evaluation));
        out().flush();
    } else {
        if (!currency->isUsd())
            out() << currencyNote(*currency) << "\n";
        printTable(*scenario, evaluation, *currency);
    }
    return kExitOk;
}

} // namespace pertoken::cli
