#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken plan [--scenario F] [--json] [--law epoch|hoffmann|kaplan|custom]
/// [--law-constants E=..,A=..,B=..,alpha=..,beta=..] [--compute FLOPS] [--target-loss L]
/// [--inference-tokens T] [--queries Q --tokens-per-sample T --max-samples K]
/// [--prompt-tokens P] [--budget FLOPS]`: arguments are those after "plan".
int runPlanCommand(const QStringList &arguments);

} // namespace pertoken::cli
