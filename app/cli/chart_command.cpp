#include "cli/chart_command.h"

#include "charts/chart_export.h"
#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "panels/number_format.h"
#include "scenario/evaluate.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

/// WIDTHxHEIGHT in whole pixels; the range is checked by ui::checkChartExportOptions().
std::optional<QSizeF> parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,6})[xX](\\d{1,6})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

int listCharts()
{
    for (const ui::ExportableChart &chart : ui::exportableCharts())
        out() << chart.id.leftJustified(16) << chart.title << '\n';
    out().flush();
    return kExitOk;
}

} // namespace

int runChartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export one chart of a scenario as PNG, SVG, PDF or the CSV of its data."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"name"_s, u"The chart (see --list)."_s);
    parser.addOptions(chartOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken chart"_s, arguments))
        return *done;
    if (parser.isSet(u"list"_s))
        return listCharts();

    const QStringList positional = parser.positionalArguments();
    const QString valid = ui::exportableChartIds().join(u", "_s);
    if (positional.size() != 1)
        return usageError(u"chart takes one chart name (one of: %1)"_s.arg(valid));
    const QString name = positional.first();
    if (ui::exportableChartTitle(name).isEmpty())
        return usageError(u"unknown chart \"%1\"; the charts are: %2"_s.arg(name, valid));

    const QString path = parser.value(u"out"_s);
    if (path.isEmpty())
        return usageError(u"chart needs --out FILE.png|.svg|.pdf|.csv"_s);
    if (!ui::exportFormatForPath(path))
        return usageError(u"--out %1: use a .png, .svg, .pdf or .csv file"_s.arg(path));

    ui::ChartExportOptions options;
    const QString sizeText = parser.value(u"size"_s);
    const QString dpiText = parser.value(u"dpi"_s);
    if (parser.isSet(u"size"_s)) {
        const std::optional<QSizeF> size = parseSize(sizeText);
        if (!size)
            return usageError(
                u"--size %1: expected WIDTHxHEIGHT in pixels (e.g. 800x500)"_s.arg(sizeText));
        options.logicalSize = *size;
    }
    if (parser.isSet(u"dpi"_s)) {
        bool ok = false;
        options.dpi = dpiText.toDouble(&ok);
        if (!ok)
            return usageError(u"--dpi %1: expected a number"_s.arg(dpiText));
    }
    // The dashboard's export dialog checks the same limits with the same messages.
    if (const std::optional<ui::ChartExportProblem> problem =
            ui::checkChartExportOptions(options, *ui::exportFormatForPath(path))) {
        switch (problem->field) {
        case ui::ChartExportProblem::Field::Size:
            return usageError(u"--size %1: %2"_s.arg(sizeText, problem->message));
        case ui::ChartExportProblem::Field::Dpi:
            return usageError(u"--dpi %1: %2"_s.arg(dpiText, problem->message));
        case ui::ChartExportProblem::Field::Pixels:
            break;
        }
        return usageError(u"--size and --dpi: %1"_s.arg(problem->message));
    }

    const Result<DisplayCurrency> currency = currencyFromOptions(parser);
    if (!currency)
        return usageError(currency.error().toString());

    const Result<Scenario> scenario = scenarioFromOption(parser.value(u"scenario"_s));
    if (!scenario)
        return inputError(scenario.error());
    // Drawn in the display currency, as the dashboard's export draws it; a CSV keeps US dollars.
    const ui::DisplayCurrencyScope inCurrency(*currency);
    const std::optional<InputError> failed =
        ui::exportChartFile(name, evaluate(*scenario), path, options);
    if (failed) {
        err() << u"pertoken: "_s << failed->toString() << Qt::endl;
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace pertoken::cli
