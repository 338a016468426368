#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken inventory [--json | --csv | --cyclonedx] [--path DIR]... [--add-to SCENARIO]` and
/// `pertoken inventory merge REPORT... [--json]`.
int runInventoryCommand(const QStringList &arguments);

} // namespace pertoken::cli
