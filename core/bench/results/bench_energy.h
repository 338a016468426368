#pragma once

#include "bench/power/power_measurement.h"
#include "bench/results/bench_result.h"
#include "common/input_error.h"
#include "scenario/scenario.h"

#include <QString>

namespace pertoken {

/// The electricity price and facility overhead a measured energy is paid at, and whose they are.
/// An on-device option has no PUE field: its draw is paid as measured (PUE 1).
struct ElectricityPrice {
    double usdPerKWh = 0;
    double pue = 1;
    QString basis; ///< "option \"8B on H100\": 0.12 USD/kWh, PUE 1.3"
};

/// The price of `option`; nullopt-like error for a cloud API, which has no electricity bill.
Result<ElectricityPrice> electricityPriceOf(const DeploymentOption &option);

/// The price of the scenario's option `optionId`, or with an empty id of its first enabled
/// self-hosted or on-device option. Errors name `source` ("--option").
Result<ElectricityPrice> electricityPriceFor(const Scenario &scenario, const QString &optionId,
                                             const QString &source);

/// Output tokens the endpoint run generated while its power was measured: every request's
/// counted output tokens, warm-up and failed ones included, since the sampler ran through the
/// whole run and their tokens drew the energy too.
double runOutputTokens(const EndpointRun &run);

/// Records `price` in the measurement, so the result carries what its energy cost.
void setElectricityPrice(PowerMeasurement &measurement, const ElectricityPrice &price);

/// energyPerToken() over an endpoint result: its measured power, runOutputTokens(), and the
/// electricity price recorded with the measurement (no cost without one).
EnergyPerToken benchEnergyPerToken(const BenchResult &result);

/// The power lines of a result, as the command line and the benchmark panel's summary show
/// them: "Power: 96.2 W average over 41.0 s (package-0 (CPU package) + dram (DRAM)); 0.52 J per
/// output token, 6.9 M tokens per kWh; electricity 0.021 USD per million tokens at option ..."
/// or "Power: not measured: <reason>"; for an endpoint on another host it adds that the power is
/// the client machine's, not the server's. Empty for results that are not serving benchmarks.
QString benchPowerSummary(const BenchResult &result);

} // namespace pertoken
