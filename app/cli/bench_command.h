#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace pertoken::cli {

/// `pertoken bench hardware|endpoint|fleet|merge|import|selftest|llama-bench|history ...`;
/// `arguments` are those after "bench". Returns the exit status (0 ok, 1 the benchmark failed, 2
/// bad usage).
int runBenchCommand(const QStringList &arguments);

/// The endpoint benchmark's options given on the command line, by name (endpointOptionNames()),
/// as `bench endpoint` and `bench fleet` both read them.
QHash<QString, QString> endpointOptionValues(const QCommandLineParser &parser);

} // namespace pertoken::cli
