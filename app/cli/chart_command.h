#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken chart NAME [--scenario F] --out FILE.png|.svg|.pdf|.csv [--size WxH] [--dpi N]` and
/// `pertoken chart --list`: arguments are those after "chart". Needs a QGuiApplication.
int runChartCommand(const QStringList &arguments);

} // namespace pertoken::cli
