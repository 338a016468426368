#pragma once

#include "bench/power/power_sampler.h"
#include "bench/results/bench_energy.h"
#include "common/input_error.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace pertoken::cli {

/// `bench endpoint --power auto|none|rapl|hwmon|battery|nvml`: a sampler for the request, or a
/// usage error naming --power.
Result<std::shared_ptr<PowerSampler>> powerSamplerFromOptions(const QCommandLineParser &parser);

/// The electricity price and PUE of the scenario option that --electricity-option names
/// (default: the scenario's first self-hosted or on-device option), the scenario coming from
/// --scenario or the built-in one; nullopt when the scenario has no option with a price. An error
/// names the option at fault.
Result<std::optional<ElectricityPrice>>
electricityPriceFromOptions(const QCommandLineParser &parser);

/// `pertoken bench power [--json]`: the power sources this machine offers and whether each can
/// be read now, and why not. Exit 0 whether or not there are any.
int runPowerSourcesCommand(const QCommandLineParser &parser);

} // namespace pertoken::cli
