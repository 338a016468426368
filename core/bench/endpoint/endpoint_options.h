#pragma once

#include "bench/endpoint/endpoint_benchmark.h"
#include "common/input_error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pertoken {

/// Reads an endpoint benchmark's settings from named text values, as the command line and the
/// benchmark panel both take them: "url", "model" (both required), "api" (openai | ollama),
/// "endpoint" (chat | completions), "concurrency" ("1,4,16"), "requests", "prompt-tokens",
/// "max-tokens", "warmup", "connect-timeout-ms", "first-token-timeout-ms", "idle-timeout-ms",
/// "total-timeout-ms", "run-timeout-ms", "ttft-target-ms", "tpot-target-ms", and for open-loop
/// runs "rate" ("10,20,50" requests/s), "arrivals" (poisson | constant), "seed",
/// "max-concurrency", then "repeat", "shard" ("0/4", needs "rate") and "start-at" (ISO 8601 or
/// seconds since 1970). An absent key keeps
/// EndpointConfig's default. Errors name the option as `sourcePrefix` + name ("--url"). The API key
/// is not read here: it comes from the environment or is typed in, never from a saved setting.
Result<EndpointConfig> endpointConfigFromOptions(const QHash<QString, QString> &options,
                                                 const QString &sourcePrefix = {});

/// The option names endpointConfigFromOptions reads.
QStringList endpointOptionNames();

} // namespace pertoken
