#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken eval [--scenario F] [--json]`: arguments are those after "eval".
int runEvalCommand(const QStringList &arguments);

} // namespace pertoken::cli
