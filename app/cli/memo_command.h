#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken memo [--scenario F] --out FILE.zip`: arguments are those after "memo". Needs a
/// QGuiApplication.
int runMemoCommand(const QStringList &arguments);

} // namespace pertoken::cli
