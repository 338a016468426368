// The writer that tests/ui/tst_kill_during_save.cpp kills with SIGKILL: it saves a scenario and
// a memo bundle over and over through the application's own save paths (an undo command on the
// ScenarioDocument, Autosave::saveNow, ScenarioDocument::saveAs, writeMemoBundle), and reports
// each completed write on stdout. Usage: pertoken_save_worker DIR FIRST_VERSION

#include "autosave.h"
#include "commands/set_parameter_command.h"
#include "kill_save_versions.h"
#include "scenario_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QUndoStack>

#include <cstdio>

using namespace pertoken;
using namespace pertoken::ui;

namespace {

void report(const char *what, int version)
{
    std::printf("%s %d\n", what, version);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(killsave::kOrganization));
    QCoreApplication::setApplicationName(QString::fromLatin1(killsave::kApplication));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pertoken_save_worker DIR FIRST_VERSION\n");
        return 2;
    }
    const QDir dir(args[1]);
    const QString scenarioPath = dir.filePath(QString::fromLatin1(killsave::kScenarioName));
    const QString memoPath = dir.filePath(QString::fromLatin1(killsave::kMemoName));
    const Scenario base = killsave::baseScenario();
    BundleMetadata metadata{base.name, QStringLiteral(PERTOKEN_VERSION), {}};

    ScenarioDocument document;
    document.replaceScenarioAndClearHistory(killsave::scenarioVersion(base, args[2].toInt() - 1),
                                            scenarioPath);
    Autosave autosave(&document, 3600); // written explicitly below, not by its timer
    report("ready", args[2].toInt());
    for (int version = args[2].toInt();; ++version) {
        document.push(new SetParameterCommand(&document, {}, QStringLiteral("requestsPerMonth"),
                                              killsave::requestsPerMonth(version)));
        if (!autosave.saveNow())
            return 1;
        report("autosaved", version);
        metadata.createdAt = QDateTime::currentDateTimeUtc();
        if (writeMemoBundle(memoPath, killsave::memoEntries(base, version), metadata))
            return 1;
        report("memo", version);
        if (document.saveAs(scenarioPath))
            return 1;
        report("saved", version);
    }
}
