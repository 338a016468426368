#include "bench/power/sysfs_power_sources.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString readName(const QString &folder)
{
    QString error;
    const std::optional<QByteArray> name = readSmallFile(folder + u"/name"_s, &error);
    return name ? QString::fromUtf8(*name) : QString();
}

// Entries of `folder` whose names match `pattern`, sorted so "card10" follows "card9".
QStringList matchingEntries(const QString &folder, const QRegularExpression &pattern)
{
    QStringList found;
    const QStringList entries =
        QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QString &entry : entries)
        if (pattern.match(entry).hasMatch())
            found.append(entry);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return found;
}

class RaplSource final : public PowerSource {
public:
    RaplSource(QString folder, QString zone, QString name, PowerScope scope)
        : m_folder(std::move(folder))
        , m_zone(std::move(zone))
        , m_name(std::move(name))
        , m_scope(scope)
    {
        QString error;
        m_range = readSysfsNumber(m_folder + u"/max_energy_range_uj"_s, &error).value_or(0);
    }
    QString id() const override { return u"rapl:"_s + m_zone; }
    QString name() const override { return m_name; }
    PowerSourceKind kind() const override { return PowerSourceKind::Rapl; }
    PowerScope scope() const override { return m_scope; }
    QString location() const override { return m_folder; }
    bool hasEnergyCounter() const override { return true; }
    double counterRangeMicrojoules() const override { return m_range; }
    PowerReading read() override
    {
        PowerReading reading;
        const QString path = m_folder + u"/energy_uj"_s;
        const std::optional<double> energy = readSysfsNumber(path, &reading.error);
        if (!energy) {
            if (reading.error.endsWith(u"permission denied"_s))
                reading.error += u" (energy_uj is readable by root only on many distributions "
                                 "since CVE-2020-8694; run as root or grant read access, e.g. "
                                 "with a udev rule)"_s;
            return reading;
        }
        reading.ok = true;
        reading.energyMicrojoules = *energy;
        return reading;
    }

private:
    QString m_folder;
    QString m_zone;
    QString m_name;
    PowerScope m_scope;
    double m_range = 0;
};

class HwmonSource final : public PowerSource {
public:
    HwmonSource(QString folder, QString card)
        : m_folder(std::move(folder))
        , m_card(std::move(card))
    {
        m_hasEnergy = QFileInfo::exists(m_folder + u"/energy1_input"_s);
        m_powerFile = QFileInfo::exists(m_folder + u"/power1_average"_s) ? u"/power1_average"_s
                                                                         : u"/power1_input"_s;
    }
    QString id() const override { return u"hwmon:"_s + m_card; }
    QString name() const override { return u"amdgpu %1"_s.arg(m_card); }
    PowerSourceKind kind() const override { return PowerSourceKind::Hwmon; }
    PowerScope scope() const override { return PowerScope::GpuBoard; }
    QString location() const override { return m_folder; }
    bool hasEnergyCounter() const override { return m_hasEnergy; }
    PowerReading read() override
    {
        PowerReading reading;
        if (m_hasEnergy) {
            const std::optional<double> energy =
                readSysfsNumber(m_folder + u"/energy1_input"_s, &reading.error);
            if (!energy)
                return reading;
            reading.energyMicrojoules = *energy;
            reading.ok = true;
            return reading;
        }
        const std::optional<double> power = readSysfsNumber(m_folder + m_powerFile, &reading.error);
        if (!power)
            return reading;
        reading.powerMicrowatts = *power;
        reading.ok = true;
        return reading;
    }

private:
    QString m_folder;
    QString m_card;
    QString m_powerFile;
    bool m_hasEnergy = false;
};

class BatterySource final : public PowerSource {
public:
    BatterySource(QString folder, QString name)
        : m_folder(std::move(folder))
        , m_name(std::move(name))
    {}
    QString id() const override { return u"battery:"_s + m_name; }
    QString name() const override { return m_name; }
    PowerSourceKind kind() const override { return PowerSourceKind::Battery; }
    PowerScope scope() const override { return PowerScope::WholeLaptop; }
    QString location() const override { return m_folder; }
    bool hasEnergyCounter() const override { return false; }
    PowerReading read() override
    {
        PowerReading reading;
        const std::optional<QByteArray> status =
            readSmallFile(m_folder + u"/status"_s, &reading.error);
        if (!status)
            return reading;
        if (*status != "Discharging") {
            reading.error = u"%1: status is \"%2\", not \"Discharging\": on mains power the "
                            "battery's rate is not the laptop's draw"_s.arg(
                                m_name, QString::fromLatin1(status->left(40)));
            return reading;
        }
        if (QFileInfo::exists(m_folder + u"/power_now"_s)) {
            const std::optional<double> power =
                readSysfsNumber(m_folder + u"/power_now"_s, &reading.error);
            if (!power)
                return reading;
            reading.powerMicrowatts = *power;
        } else {
            const std::optional<double> current =
                readSysfsNumber(m_folder + u"/current_now"_s, &reading.error);
            if (!current)
                return reading;
            const std::optional<double> voltage =
                readSysfsNumber(m_folder + u"/voltage_now"_s, &reading.error);
            if (!voltage)
                return reading;
            reading.powerMicrowatts = *current * *voltage / 1e6; // µA × µV = 1e-12 W
        }
        reading.ok = true;
        return reading;
    }

private:
    QString m_folder;
    QString m_name;
};

} // namespace

std::vector<std::unique_ptr<PowerSource>> findRaplSources(const QString &sysfsRoot,
                                                          QStringList *absent)
{
    std::vector<std::unique_ptr<PowerSource>> sources;
    const QString base = sysfsRoot + u"/class/powercap"_s;
    // Top-level zones only: the kernel also links each subzone (intel-rapl:0:0) here.
    const QStringList zones = matchingEntries(base, QRegularExpression(u"^intel-rapl:\\d+$"_s));
    for (const QString &zone : zones) {
        const QString folder = base + u'/' + zone;
        const QString name = readName(folder);
        if (name.startsWith(u"package-"_s))
            sources.push_back(
                std::make_unique<RaplSource>(folder, zone, name, PowerScope::CpuPackage));
        else if (name == u"psys")
            sources.push_back(
                std::make_unique<RaplSource>(folder, zone, name, PowerScope::Platform));
        else if (name == u"dram")
            sources.push_back(std::make_unique<RaplSource>(folder, zone, name, PowerScope::Dram));
        const QStringList subzones = matchingEntries(
            folder, QRegularExpression(u"^%1:\\d+$"_s.arg(QRegularExpression::escape(zone))));
        for (const QString &subzone : subzones) {
            const QString subfolder = folder + u'/' + subzone;
            if (readName(subfolder) == u"dram")
                sources.push_back(
                    std::make_unique<RaplSource>(subfolder, subzone, u"dram"_s, PowerScope::Dram));
        }
    }
    if (sources.empty())
        absent->append(u"RAPL: %1 has no intel-rapl package, dram or psys zone"_s.arg(base));
    return sources;
}

std::vector<std::unique_ptr<PowerSource>> findAmdGpuHwmonSources(const QString &sysfsRoot,
                                                                 QStringList *absent)
{
    std::vector<std::unique_ptr<PowerSource>> sources;
    const QString base = sysfsRoot + u"/class/drm"_s;
    const QStringList cards = matchingEntries(base, QRegularExpression(u"^card\\d+$"_s));
    for (const QString &card : cards) {
        const QString hwmonBase = base + u'/' + card + u"/device/hwmon"_s;
        const QStringList monitors =
            matchingEntries(hwmonBase, QRegularExpression(u"^hwmon\\d+$"_s));
        for (const QString &monitor : monitors) {
            const QString folder = hwmonBase + u'/' + monitor;
            if (readName(folder) != u"amdgpu")
                continue;
            if (!QFileInfo::exists(folder + u"/power1_average"_s) &&
                !QFileInfo::exists(folder + u"/power1_input"_s) &&
                !QFileInfo::exists(folder + u"/energy1_input"_s))
                continue;
            sources.push_back(std::make_unique<HwmonSource>(folder, card));
        }
    }
    if (sources.empty())
        absent->append(
            u"AMD GPU hwmon: no %1/cardN/device/hwmon/hwmonM named amdgpu with power1_average, "
            "power1_input or energy1_input"_s.arg(base));
    return sources;
}

std::vector<std::unique_ptr<PowerSource>> findBatterySources(const QString &sysfsRoot,
                                                             QStringList *absent)
{
    std::vector<std::unique_ptr<PowerSource>> sources;
    const QString base = sysfsRoot + u"/class/power_supply"_s;
    const QStringList batteries = matchingEntries(base, QRegularExpression(u"^BAT\\w*$"_s));
    for (const QString &battery : batteries) {
        const QString folder = base + u'/' + battery;
        if (!QFileInfo::exists(folder + u"/power_now"_s) &&
            !(QFileInfo::exists(folder + u"/current_now"_s) &&
              QFileInfo::exists(folder + u"/voltage_now"_s)))
            continue;
        sources.push_back(std::make_unique<BatterySource>(folder, battery));
    }
    if (sources.empty())
        absent->append(
            u"battery: no %1/BAT* with power_now or current_now and voltage_now"_s.arg(base));
    return sources;
}

} // namespace pertoken
