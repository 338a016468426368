#include "bench/power/power_measurement.h"

#include "common/json_reader.h"

#include <QJsonArray>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kJoulesPerKWh = 3.6e6;

QString describe(const PowerSourceMeasurement &s)
{
    return u"%1 (%2)"_s.arg(s.name, powerScopeLabel(s.scope));
}

} // namespace

void totalPowerMeasurement(PowerMeasurement &m, const QStringList &absent)
{
    m.totalJoules = -1;
    m.totalBasis.clear();
    const PowerSourceMeasurement *whole = nullptr;
    for (PowerScope scope : {PowerScope::WholeLaptop, PowerScope::Platform}) {
        for (const PowerSourceMeasurement &s : std::as_const(m.sources)) {
            if (!whole && s.measured && s.scope == scope)
                whole = &s;
        }
    }
    if (whole) {
        m.totalJoules = whole->energyJoules;
        m.totalBasis = describe(*whole);
    } else {
        QStringList parts;
        double sum = 0;
        for (const PowerSourceMeasurement &s : std::as_const(m.sources)) {
            if (!s.measured)
                continue;
            sum += s.energyJoules;
            parts.append(describe(s));
        }
        if (!parts.isEmpty()) {
            m.totalJoules = sum;
            m.totalBasis = parts.join(u" + "_s);
        }
    }
    if (m.measured()) {
        m.notMeasuredReason.clear();
        return;
    }
    QStringList reasons;
    for (const PowerSourceMeasurement &s : std::as_const(m.sources))
        reasons.append(s.reason.isEmpty() ? u"%1: no reading"_s.arg(s.id) : s.reason);
    if (m.sources.isEmpty())
        reasons += absent;
    if (m.request == u"none")
        reasons = QStringList{u"power measurement was not asked for (--power none)"_s};
    m.notMeasuredReason =
        reasons.isEmpty() ? u"no power source on this machine"_s : reasons.join(u"; "_s);
}

EnergyPerToken energyPerToken(const PowerMeasurement &m, double outputTokens, double usdPerKWh,
                              double pue)
{
    EnergyPerToken e;
    e.usdPerKWh = usdPerKWh;
    e.pue = pue;
    if (!m.measured()) {
        e.reason = m.notMeasuredReason.isEmpty() ? u"not measured"_s : m.notMeasuredReason;
        return e;
    }
    if (outputTokens <= 0) {
        e.reason = u"no output token was generated while power was measured"_s;
        return e;
    }
    e.measured = true;
    e.averageWatts = m.averageWatts();
    e.joulesPerOutputToken = m.totalJoules / outputTokens;
    e.tokensPerKWh = e.joulesPerOutputToken > 0 ? kJoulesPerKWh / e.joulesPerOutputToken : -1;
    if (usdPerKWh >= 0)
        e.usdPerMillionTokens = e.joulesPerOutputToken * 1e6 / kJoulesPerKWh * pue * usdPerKWh;
    return e;
}

QJsonObject powerMeasurementToJson(const PowerMeasurement &m)
{
    QJsonArray sources;
    for (const PowerSourceMeasurement &s : m.sources) {
        QJsonObject source{
            {u"id"_s, s.id},
            {u"name"_s, s.name},
            {u"kind"_s, powerSourceKindId(s.kind)},
            {u"scope"_s, powerScopeId(s.scope)},
            {u"method"_s, s.fromEnergyCounter ? u"energy-counter"_s : u"power-samples"_s},
            {u"measured"_s, s.measured},
            {u"readings"_s, s.readings},
        };
        if (s.measured) {
            source.insert(u"energyJoules"_s, s.energyJoules);
            source.insert(u"averageWatts"_s, s.averageWatts);
        }
        if (!s.reason.isEmpty())
            source.insert(u"reason"_s, s.reason);
        sources.append(source);
    }
    QJsonObject object{
        {u"request"_s, m.request},
        {u"measured"_s, m.measured()},
        {u"durationSeconds"_s, m.durationSeconds},
        {u"sources"_s, sources},
    };
    if (m.measured()) {
        object.insert(u"energyJoules"_s, m.totalJoules);
        object.insert(u"averageWatts"_s, m.averageWatts());
        object.insert(u"basis"_s, m.totalBasis);
    } else {
        object.insert(u"notMeasuredReason"_s, m.notMeasuredReason);
    }
    if (m.usdPerKWh >= 0)
        object.insert(u"electricity"_s, QJsonObject{{u"usdPerKWh"_s, m.usdPerKWh},
                                                    {u"pue"_s, m.pue},
                                                    {u"basis"_s, m.priceBasis}});
    return object;
}

Result<PowerMeasurement> powerMeasurementFromJson(const QJsonObject &o, const QString &source,
                                                  const QString &path)
{
    JsonReader reader(source);
    PowerMeasurement m;
    m.request = reader.string(o, path, u"request"_s);
    m.durationSeconds = reader.number(o, path, u"durationSeconds"_s, 0, 1e9);
    const QJsonArray sources = reader.array(o, path, u"sources"_s);
    for (qsizetype i = 0; i < sources.size() && !reader.failed(); ++i) {
        const QJsonObject so = sources[i].toObject();
        const QString at = JsonReader::join(JsonReader::join(path, u"sources"_s), i);
        PowerSourceMeasurement s;
        s.id = reader.string(so, at, u"id"_s);
        s.name = reader.string(so, at, u"name"_s);
        const QString kind = reader.string(so, at, u"kind"_s);
        if (!reader.failed() && !powerSourceKindFromId(kind, &s.kind))
            reader.fail(JsonReader::join(at, u"kind"_s),
                        u"must be rapl, hwmon, battery or nvml (got \"%1\")"_s.arg(kind));
        const QString scope = reader.string(so, at, u"scope"_s);
        if (!reader.failed() && !powerScopeFromId(scope, &s.scope))
            reader.fail(JsonReader::join(at, u"scope"_s),
                        u"must be cpu-package, dram, gpu-board, platform or whole-laptop "
                        "(got \"%1\")"_s.arg(scope));
        s.fromEnergyCounter = reader.string(so, at, u"method"_s) == u"energy-counter";
        s.measured = reader.boolean(so, at, u"measured"_s);
        s.readings = reader.integer(so, at, u"readings"_s, 0, 1 << 30);
        if (s.measured) {
            s.energyJoules = reader.number(so, at, u"energyJoules"_s, 0);
            s.averageWatts = reader.number(so, at, u"averageWatts"_s, 0);
        }
        s.reason = reader.optionalString(so, at, u"reason"_s);
        m.sources.append(s);
    }
    if (reader.failed())
        return reader.error();
    if (reader.boolean(o, path, u"measured"_s)) {
        m.totalJoules = reader.number(o, path, u"energyJoules"_s, 0);
        m.totalBasis = reader.string(o, path, u"basis"_s);
    } else {
        m.notMeasuredReason = reader.string(o, path, u"notMeasuredReason"_s);
    }
    if (o.contains(u"electricity"_s)) {
        const QJsonObject price = reader.object(o, path, u"electricity"_s);
        const QString at = JsonReader::join(path, u"electricity"_s);
        m.usdPerKWh = reader.number(price, at, u"usdPerKWh"_s, 0, 1e6);
        m.pue = reader.number(price, at, u"pue"_s, 1, 10);
        m.priceBasis = reader.optionalString(price, at, u"basis"_s);
    }
    if (reader.failed())
        return reader.error();
    return m;
}

} // namespace pertoken
