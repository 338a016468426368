#include "cli/chart_command.h"

#include "charts/chart_export.h"
#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "scenario/evaluate.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

// Large enough for a poster, small enough that the image fits in memory.
constexpr double kMaxSide = 10000;
constexpr double kMaxDpi = 1200;
constexpr double kMaxPixels = 100e6;

std::optional<QSizeF> parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,5})[xX](\\d{1,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double width = match.captured(1).toDouble();
    const double height = match.captured(2).toDouble();
    if (width < 100 || height < 100 || width > kMaxSide || height > kMaxSide)
        return std::nullopt;
    return QSizeF(width, height);
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
    if (!parser.parse(QStringList{u"pertoken chart"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        out().flush();
        return kExitOk;
    }
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
    if (parser.isSet(u"size"_s)) {
        const std::optional<QSizeF> size = parseSize(parser.value(u"size"_s));
        if (!size)
            return usageError(u"--size %1: expected WIDTHxHEIGHT in pixels, each from 100 to "
                              "10000 (e.g. 800x500)"_s.arg(parser.value(u"size"_s)));
        options.logicalSize = *size;
    }
    if (parser.isSet(u"dpi"_s)) {
        bool ok = false;
        const double dpi = parser.value(u"dpi"_s).toDouble(&ok);
        if (!ok || dpi < 24 || dpi > kMaxDpi)
            return usageError(
                u"--dpi %1: expected a number from 24 to 1200"_s.arg(parser.value(u"dpi"_s)));
        options.dpi = dpi;
    }
    const double scale = options.dpi / 96.0;
    if (options.logicalSize.width() * scale * options.logicalSize.height() * scale > kMaxPixels)
        return usageError(u"--size and --dpi give more than 100 million pixels"_s);

    const Result<Scenario> scenario = scenarioFromOption(parser.value(u"scenario"_s));
    if (!scenario)
        return inputError(scenario.error());
    const std::optional<InputError> failed =
        ui::exportChartFile(name, evaluate(*scenario), path, options);
    if (failed) {
        err() << u"pertoken: "_s << failed->toString() << Qt::endl;
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace pertoken::cli
