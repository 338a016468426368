#include "cli/power_command.h"

#include "bench/results/bench_energy.h"
#include "bench/results/bench_result.h"
#include "cli/cli_common.h"
#include "cli/text_table.h"
#include "common/json_output.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

Result<std::shared_ptr<PowerSampler>> powerSamplerFromOptions(const QCommandLineParser &parser)
{
    const QString value = parser.value(u"power"_s);
    PowerRequest request = PowerRequest::Auto;
    if (!value.isEmpty() && !powerRequestFromId(value, &request))
        return InputError{
            u"--power"_s,
            {},
            u"expected auto, none, rapl, hwmon, battery or nvml (got \"%1\")"_s.arg(value)};
    return std::make_shared<PowerSampler>(request);
}

Result<std::optional<ElectricityPrice>>
electricityPriceFromOptions(const QCommandLineParser &parser)
{
    const Result<Scenario> scenario = scenarioFromOption(parser.value(u"scenario"_s));
    if (!scenario)
        return scenario.error();
    const Result<ElectricityPrice> price = electricityPriceFor(
        *scenario, parser.value(u"electricity-option"_s), u"--electricity-option"_s);
    if (price)
        return std::optional<ElectricityPrice>(*price);
    // Only a named option that is wrong is an error; a scenario without any option that pays
    // for electricity leaves the energy uncosted.
    if (parser.isSet(u"electricity-option"_s))
        return price.error();
    return std::optional<ElectricityPrice>();
}

int runPowerSourcesCommand(const QCommandLineParser &parser)
{
    QStringList absent;
    const QList<PowerSourceStatus> sources = probePowerSources({}, &absent);
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const PowerSourceStatus &s : sources) {
            QJsonObject source{
                {u"id"_s, s.id},
                {u"name"_s, s.name},
                {u"kind"_s, powerSourceKindId(s.kind)},
                {u"scope"_s, powerScopeId(s.scope)},
                {u"location"_s, s.location},
                {u"method"_s, s.energyCounter ? u"energy-counter"_s : u"power-samples"_s},
                {u"readable"_s, s.readable}};
            if (!s.reason.isEmpty())
                source.insert(u"reason"_s, s.reason);
            list.append(source);
        }
        out() << schemaFirstJson(QString::fromUtf16(kBenchSchema),
                                 QJsonObject{{u"kind"_s, u"power-sources"_s},
                                             {u"sources"_s, list},
                                             {u"absent"_s, QJsonArray::fromStringList(absent)}});
        out().flush();
        return kExitOk;
    }
    if (sources.isEmpty()) {
        out() << u"No power source on this machine: power will read \"not measured\".\n"_s;
    } else {
        TextTable table({u"source"_s, u"name"_s, u"scope"_s, u"method"_s, u"readable"_s});
        for (const PowerSourceStatus &s : sources)
            table.addRow({s.id, s.name, powerScopeLabel(s.scope),
                          s.energyCounter ? u"energy counter"_s : u"power samples"_s,
                          s.readable ? u"yes"_s : u"no: "_s + s.reason});
        out() << table.render();
    }
    for (const QString &line : std::as_const(absent))
        out() << u"not found: "_s << line << '\n';
    out().flush();
    return kExitOk;
}

} // namespace pertoken::cli
