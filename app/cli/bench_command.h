#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken bench hardware|endpoint|import|selftest|llama-bench|history ...`; `arguments` are
/// those after "bench". Returns the exit status (0 ok, 1 the benchmark failed, 2 bad usage).
int runBenchCommand(const QStringList &arguments);

} // namespace pertoken::cli
