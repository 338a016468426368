#pragma once

// The documents the kill-during-save worker (save_worker.cpp) writes, version by version, and
// the test (tests/ui/tst_kill_during_save.cpp) expects to find after killing it: both build them
// here, so a file read back is compared with exactly what was written.

#include "memo/memo_bundle.h"
#include "scenario/scenario.h"
#include "scenario/scenario_json.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace pertoken::killsave {

inline const char *const kOrganization = "PerTokenTest";
inline const char *const kApplication = "tst_kill_during_save";
inline const char *const kScenarioName = "kill.pertoken";
inline const char *const kMemoName = "kill-memo.zip";

/// The scenario the worker starts from: the default one with a long description, so a save
/// takes long enough for a kill to land inside it.
inline Scenario baseScenario()
{
    Scenario scenario = defaultScenario();
    scenario.name = QStringLiteral("kill during save");
    QString description;
    for (int line = 0; line < 8000; ++line)
        description +=
            QStringLiteral("Line %1 of a long description that makes the file large.\n").arg(line);
    scenario.description = description;
    return scenario;
}

/// Version `v` differs from the base in one workload input, set through an undo command.
inline double requestsPerMonth(int version)
{
    return 1e6 + version;
}

inline Scenario scenarioVersion(const Scenario &base, int version)
{
    Scenario scenario = base;
    scenario.workload.requestsPerMonth = requestsPerMonth(version);
    return scenario;
}

/// The version a scenario read back is, or −1 when it is none the worker writes.
inline int versionOf(const Scenario &base, const Scenario &read)
{
    const int version = int(read.workload.requestsPerMonth - 1e6);
    return read == scenarioVersion(base, version) ? version : -1;
}

/// The memo bundle of version `v`: its scenario, a memo and half a megabyte of data that do not
/// compress much, so the bundle takes a while to write.
inline QList<BundleEntry> memoEntries(const Scenario &base, int version)
{
    QByteArray csv = "row,value\n";
    QRandomGenerator random(quint32(version) + 1);
    for (int row = 0; csv.size() < 512 * 1024; ++row)
        csv += QByteArray::number(row) + ',' + QByteArray::number(random.generate(), 16) + '\n';
    return {
        {QStringLiteral("memo.md"), "# Decision memo, version " + QByteArray::number(version)},
        {QStringLiteral("scenario.pertoken"), scenarioToBytes(scenarioVersion(base, version))},
        {QStringLiteral("data/filler.csv"), csv},
    };
}

} // namespace pertoken::killsave
