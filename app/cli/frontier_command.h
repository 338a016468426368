#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken frontier [--scenario F] [--json] [--min-user-tokens-per-s X]
/// [--max-usd-per-million Y]`: arguments are those after "frontier".
int runFrontierCommand(const QStringList &arguments);

} // namespace pertoken::cli
