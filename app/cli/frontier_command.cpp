#include "cli/frontier_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/text_table.h"
#include "common/json_output.h"
#include "common/number_format.h"
#include "scenario/evaluate.h"
#include "scenario/frontier_json.h"

#include <QCommandLineParser>

#include <cmath>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

// A positive number for `--name`, nothing when the option is absent, or the usage error.
std::optional<double> positiveOption(const QCommandLineParser &parser, const QString &name,
                                     QString *error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(name);
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0) {
        *error = u"--%1 must be a number above 0 (got \"%2\")"_s.arg(name, text);
        return std::nullopt;
    }
    return value;
}

QString layout(const FrontierPoint &point)
{
    if (point.devices == 0)
        return u"API"_s;
    if (point.batch <= 0)
        return u"%1 dev, between two batches"_s.arg(point.devices);
    return u"%1 dev × batch %2"_s.arg(point.devices).arg(point.batch);
}

QString answerText(const FrontierAnswer &answer, const DisplayCurrency &currency)
{
    if (!answer.found)
        return answer.note;
    return u"%1, %2: %3 tokens/s per user at %4 per million tokens%5"_s.arg(
        answer.optionName, layout(answer.point),
        QString::number(answer.point.userTokensPerSecond, 'f', 1),
        formatMoneyText(answer.point.usdPerMillionTokens, currency),
        answer.point.interpolated ? u" (throughput interpolated, cost computed from it)"_s
                                  : QString());
}

void printTable(const Evaluation &e, std::optional<double> minSpeed, std::optional<double> maxCost,
                const DisplayCurrency &currency)
{
    if (!currency.isUsd())
        out() << currencyNote(currency) << "\n";
    out() << "Cost per million tokens (input + output, the workload's mix) against output "
             "tokens/s per user,\nwith each replica busy all the time; the Pareto front of "
             "every option:\n\n";
    const QString symbol = currencySymbol(currency.code);
    TextTable table({u"Option"_s, u"Layout"_s, u"tok/s per user"_s, symbol + u"/M tokens"_s,
                     u"replica tok/s"_s, symbol + u"/replica-h"_s});
    for (const FrontierCurve &curve : e.frontier) {
        if (curve.front.isEmpty()) {
            table.addRow({curve.optionName,
                          u"n/a"_s,
                          {},
                          {},
                          {},
                          curve.kind == OptionKind::CloudApi ? u"no published output speed"_s
                                                             : u"no point fits"_s});
            continue;
        }
        for (const FrontierPoint &point : curve.front) {
            const bool api = point.devices == 0;
            table.addRow({curve.optionName, layout(point),
                          QString::number(point.userTokensPerSecond, 'f', 1),
                          formatMoneyText(point.usdPerMillionTokens, currency),
                          api ? QString() : QString::number(point.replicaTokensPerSecond, 'f', 0),
                          api ? curve.basis : formatMoneyText(point.usdPerHour, currency)});
        }
    }
    out() << table.render() << '\n';
    if (minSpeed)
        out() << u"Cheapest at ≥ %1 tokens/s per user: %2"_s.arg(*minSpeed).arg(
                     answerText(cheapestAtSpeed(e.frontier, *minSpeed), currency))
              << '\n';
    if (maxCost)
        out() << u"Fastest at ≤ %1 per million tokens: %2"_s
                     .arg(formatMoneyText(*maxCost, currency))
                     .arg(answerText(fastestUnderCost(e.frontier, *maxCost), currency))
              << '\n';
    out().flush();
}

} // namespace

int runFrontierCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Cost per million tokens against output tokens per second per user: the cost–speed "
        "frontier of every option, and the reverse queries."_s);
    parser.addHelpOption();
    parser.addOptions(frontierOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken frontier"_s, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"frontier takes no positional arguments (got \"%1\")"_s.arg(
            parser.positionalArguments().join(u' ')));
    QString error;
    const std::optional<double> minSpeed =
        positiveOption(parser, u"min-user-tokens-per-s"_s, &error);
    const std::optional<double> maxCost = positiveOption(parser, u"max-usd-per-million"_s, &error);
    if (!error.isEmpty())
        return usageError(error);
    // The display currency shows money in the table; --max-usd-per-million and the JSON stay in
    // US dollars, as stored.
    const Result<DisplayCurrency> currency = currencyFromOptions(parser);
    if (!currency)
        return usageError(currency.error().toString());

    const Result<Scenario> scenario = scenarioFromOption(parser.value(u"scenario"_s));
    if (!scenario)
        return inputError(scenario.error());
    const Evaluation evaluation = evaluate(*scenario);
    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(u"pertoken.frontier/1"_s,
                                 frontierToJson(evaluation.frontier, minSpeed, maxCost));
        out().flush();
    } else {
        printTable(evaluation, minSpeed, maxCost, *currency);
    }
    return kExitOk;
}

} // namespace pertoken::cli
