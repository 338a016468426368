#include "bench/results/bench_energy.h"

#include <QHostAddress>

namespace pertoken {

using namespace Qt::StringLiterals;

Result<ElectricityPrice> electricityPriceOf(const DeploymentOption &option)
{
    ElectricityPrice price;
    if (const auto *hosted = std::get_if<SelfHostedOption>(&option.spec)) {
        price.usdPerKWh = hosted->electricityUsdPerKWh;
        price.pue = hosted->pue;
    } else if (const auto *device = std::get_if<OnDeviceOption>(&option.spec)) {
        price.usdPerKWh = device->electricityUsdPerKWh;
        price.pue = 1;
    } else {
        return InputError{option.name, {}, u"is a cloud API: it has no electricity price"_s};
    }
    price.basis =
        u"option \"%1\": %2 USD/kWh, PUE %3"_s.arg(option.name).arg(price.usdPerKWh).arg(price.pue);
    return price;
}

Result<ElectricityPrice> electricityPriceFor(const Scenario &scenario, const QString &optionId,
                                             const QString &source)
{
    if (!optionId.isEmpty()) {
        const DeploymentOption *option = scenario.option(optionId);
        if (!option) {
            QStringList ids;
            for (const DeploymentOption &candidate : scenario.options)
                ids.append(candidate.id);
            return InputError{source,
                              {},
                              u"the scenario has no option \"%1\" (it has %2)"_s.arg(
                                  optionId, ids.join(u", "_s))};
        }
        const Result<ElectricityPrice> price = electricityPriceOf(*option);
        if (!price)
            return InputError{source, {}, price.error().toString()};
        return price;
    }
    for (const DeploymentOption &option : scenario.options) {
        if (option.enabled && option.kind() != OptionKind::CloudApi)
            return electricityPriceOf(option);
    }
    return InputError{source,
                      {},
                      u"the scenario has no enabled self-hosted or on-device option to take an "
                      "electricity price from"_s};
}

double runOutputTokens(const EndpointRun &run)
{
    double tokens = 0;
    for (const RequestRecord &record : run.records)
        tokens += std::max(0, record.outputTokens);
    return tokens;
}

void setElectricityPrice(PowerMeasurement &measurement, const ElectricityPrice &price)
{
    measurement.usdPerKWh = price.usdPerKWh;
    measurement.pue = price.pue;
    measurement.priceBasis = price.basis;
}

EnergyPerToken benchEnergyPerToken(const BenchResult &result)
{
    if (result.kind != BenchKind::Endpoint) {
        EnergyPerToken none;
        none.reason = u"only serving benchmarks measure power"_s;
        return none;
    }
    return energyPerToken(result.power, runOutputTokens(result.endpoint), result.power.usdPerKWh,
                          result.power.pue);
}

QString benchPowerSummary(const BenchResult &result)
{
    if (result.kind != BenchKind::Endpoint)
        return {};
    const PowerMeasurement &power = result.power;
    if (!power.measured())
        return u"Power: not measured: %1"_s.arg(power.notMeasuredReason);
    QString text =
        u"Power: %1 W average over %2 s, %3 J (%4)"_s.arg(power.averageWatts(), 0, 'f', 1)
            .arg(power.durationSeconds, 0, 'f', 1)
            .arg(power.totalJoules, 0, 'f', 1)
            .arg(power.totalBasis);
    const EnergyPerToken energy = benchEnergyPerToken(result);
    if (!energy.measured)
        return text + u"; per token: %1"_s.arg(energy.reason);
    text +=
        u"; %1 J per output token, %2 tokens per kWh"_s.arg(energy.joulesPerOutputToken, 0, 'g', 3)
            .arg(energy.tokensPerKWh, 0, 'f', 0);
    if (energy.usdPerMillionTokens >= 0)
        text += u"; electricity %1 USD per million output tokens (%2)"_s
                    .arg(energy.usdPerMillionTokens, 0, 'g', 3)
                    .arg(power.priceBasis);
    const QString host = result.endpoint.endpointUrl.host();
    if (!host.isEmpty() && host != u"localhost" && !QHostAddress(host).isLoopback())
        text += u"; this is the client machine's power, not the server's at %1"_s.arg(host);
    return text;
}

} // namespace pertoken
