#include "cli/memo_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "export/memo_export.h"
#include "pricing/price_age.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

int runMemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write a decision-memo bundle: memo.md, memo.pdf, every chart as SVG and PNG, the "
        "data behind each chart as CSV, the scenario, and a manifest with SHA-256 checksums."_s);
    parser.addHelpOption();
    parser.addOptions(memoOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken memo"_s, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"memo takes no positional arguments (got \"%1\")"_s.arg(
            parser.positionalArguments().join(u' ')));
    const QString path = parser.value(u"out"_s);
    if (path.isEmpty())
        return usageError(u"memo needs --out FILE.zip"_s);
    if (QFileInfo(path).suffix().compare(u"zip"_s, Qt::CaseInsensitive) != 0)
        return usageError(u"--out %1: a memo bundle is a .zip file"_s.arg(path));

    int staleAfterMonths = kDefaultStaleAfterMonths;
    if (parser.isSet(u"stale-after-months"_s)) {
        bool ok = false;
        staleAfterMonths = parser.value(u"stale-after-months"_s).toInt(&ok);
        if (!ok || staleAfterMonths < kMinStaleAfterMonths ||
            staleAfterMonths > kMaxStaleAfterMonths)
            return usageError(u"--stale-after-months: must be a whole number of months from %1 "
                              "to %2 (got \"%3\")"_s.arg(kMinStaleAfterMonths)
                                  .arg(kMaxStaleAfterMonths)
                                  .arg(parser.value(u"stale-after-months"_s)));
    }

    const Result<DisplayCurrency> currency = currencyFromOptions(parser);
    if (!currency)
        return usageError(currency.error().toString());

    const Result<Scenario> loaded = scenarioFromOption(parser.value(u"scenario"_s));
    if (!loaded)
        return inputError(loaded.error());
    const Result<Scenario> scenario = withBreakEvenPeak(parser, *loaded);
    if (!scenario)
        return usageError(scenario.error().toString());
    if (const std::optional<InputError> failed = ui::exportMemoBundle(
            *scenario, path, QDateTime::currentDateTimeUtc(), staleAfterMonths, *currency)) {
        err() << u"pertoken: "_s << failed->toString() << Qt::endl;
        return kExitFailed;
    }
    return kExitOk;
}

} // namespace pertoken::cli
