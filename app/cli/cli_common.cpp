#include "cli/cli_common.h"

#include "memo/memo_bundle.h"
#include "scenario/scenario_json.h"

#include <QCommandLineParser>

#include <cstdio>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << u"pertoken: "_s << message << Qt::endl;
    return kExitUsage;
}

int inputError(const InputError &error)
{
    return usageError(error.toString());
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments)
{
    if (!parser.parse(QStringList{command} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        out().flush();
        return kExitOk;
    }
    return std::nullopt;
}

Result<Scenario> scenarioFromOption(const QString &path)
{
    if (path.isEmpty())
        return defaultScenario();
    return loadScenarioOrBundle(path);
}

} // namespace pertoken::cli
