#include "bench/probe/system_info.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>

#include <thread>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString valueAfterColon(const QByteArray &line)
{
    return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
}

// PCI vendor ids (pci-ids.ucw.cz) for a GPU that only /sys/class/drm shows.
QString pciVendorName(const QByteArray &vendorId)
{
    if (vendorId == "0x10de")
        return u"NVIDIA"_s;
    if (vendorId == "0x1002")
        return u"AMD"_s;
    if (vendorId == "0x8086")
        return u"Intel"_s;
    return QString::fromLatin1(vendorId);
}

QList<GpuInfo> readDrmGpus()
{
    QList<GpuInfo> gpus;
    const QDir drm(u"/sys/class/drm"_s);
    const QStringList cards = drm.entryList({u"card[0-9]"_s, u"card[0-9][0-9]"_s}, QDir::Dirs);
    for (const QString &card : cards) {
        const QString device = drm.filePath(card + u"/device"_s);
        const QByteArray vendor = readFile(device + u"/vendor"_s).trimmed();
        if (vendor.isEmpty())
            continue;
        GpuInfo gpu;
        gpu.name = u"%1 GPU %2"_s.arg(
            pciVendorName(vendor), QString::fromLatin1(readFile(device + u"/device"_s).trimmed()));
        gpu.memoryBytes =
            readFile(device + u"/mem_info_vram_total"_s).trimmed().toDouble(); // amdgpu
        gpu.source = u"sysfs"_s;
        gpus.append(gpu);
    }
    return gpus;
}

QList<GpuInfo> readNvidiaSmi()
{
    const QString program = QStandardPaths::findExecutable(u"nvidia-smi"_s);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, {u"--query-gpu=name,memory.total,driver_version"_s,
                            u"--format=csv,noheader,nounits"_s});
    if (!process.waitForFinished(5000) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return parseNvidiaSmiCsv(process.readAllStandardOutput());
}

} // namespace

void parseCpuInfo(const QByteArray &cpuinfo, SystemInfo *info)
{
    QSet<QString> cores;
    QString physicalId;
    int processors = 0;
    const QList<QByteArray> lines = cpuinfo.split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray key = line.left(line.indexOf(':')).trimmed();
        if (key == "processor") {
            ++processors;
        } else if (key == "model name" && info->hostProcessorModelName.isEmpty()) {
            info->hostProcessorModelName = valueAfterColon(line);
        } else if (key == "Hardware" && info->hostProcessorModelName.isEmpty()) {
            info->hostProcessorModelName = valueAfterColon(line); // older ARM kernels
        } else if (key == "physical id") {
            physicalId = valueAfterColon(line);
        } else if (key == "core id") {
            cores.insert(physicalId + u'/' + valueAfterColon(line));
        }
    }
    info->hostProcessorVcpuCount = processors;
    info->hostProcessorCoreCount = int(cores.size());
}

double parseMemTotalBytes(const QByteArray &meminfo)
{
    const QList<QByteArray> lines = meminfo.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("MemTotal:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.value(1).toDouble() * 1024.0; // the kernel's "kB" is KiB
        }
    }
    return 0;
}

QString parseOsPrettyName(const QByteArray &osRelease)
{
    const QList<QByteArray> lines = osRelease.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("PRETTY_NAME=")) {
            QString value = QString::fromUtf8(line.mid(12)).trimmed();
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QList<GpuInfo> parseNvidiaSmiCsv(const QByteArray &csv)
{
    QList<GpuInfo> gpus;
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() < 3 || fields[0].trimmed().isEmpty())
            continue;
        GpuInfo gpu;
        gpu.name = QString::fromUtf8(fields[0].trimmed());
        bool ok = false;
        const double mebibytes = fields[1].trimmed().toDouble(&ok);
        gpu.memoryBytes = ok ? mebibytes * 1024.0 * 1024.0 : 0; // nounits: MiB
        gpu.driverVersion = QString::fromUtf8(fields[2].trimmed());
        gpu.source = u"nvidia-smi"_s;
        gpus.append(gpu);
    }
    return gpus;
}

double parseCacheSizeBytes(const QString &text)
{
    const QString t = text.trimmed();
    double multiplier = 1;
    QString digits = t;
    if (t.endsWith(u'K')) {
        multiplier = 1024;
        digits.chop(1);
    } else if (t.endsWith(u'M')) {
        multiplier = 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok ? value * multiplier : 0;
}

void readLastLevelCache(const QString &cpuRoot, SystemInfo *info)
{
    const QDir root(cpuRoot);
    const QStringList cpus = root.entryList({u"cpu[0-9]*"_s}, QDir::Dirs);
    int bestLevel = 0;
    QSet<QString> instances;
    for (const QString &cpu : cpus) {
        const QDir cache(root.filePath(cpu + u"/cache"_s));
        const QStringList indices = cache.entryList({u"index*"_s}, QDir::Dirs);
        for (const QString &index : indices) {
            const QString dir = cache.filePath(index);
            if (readFile(dir + u"/type"_s).trimmed() == "Instruction")
                continue;
            const int level = readFile(dir + u"/level"_s).trimmed().toInt();
            const QString shared =
                QString::fromLatin1(readFile(dir + u"/shared_cpu_list"_s).trimmed());
            if (level > bestLevel) {
                bestLevel = level;
                instances.clear();
                info->lastLevelCacheBytes = 0;
            }
            if (level == bestLevel) {
                instances.insert(shared);
                if (cpu == u"cpu0" || info->lastLevelCacheBytes == 0)
                    info->lastLevelCacheBytes =
                        parseCacheSizeBytes(QString::fromLatin1(readFile(dir + u"/size"_s)));
            }
        }
    }
    info->lastLevelCacheInstances = int(instances.size());
}

SystemInfo probeSystemInfo()
{
    SystemInfo info;
    parseCpuInfo(readFile(u"/proc/cpuinfo"_s), &info);
    if (info.hostProcessorVcpuCount == 0)
        info.hostProcessorVcpuCount = int(std::thread::hardware_concurrency());
    info.hostMemoryCapacityBytes = parseMemTotalBytes(readFile(u"/proc/meminfo"_s));
    info.operatingSystem = parseOsPrettyName(readFile(u"/etc/os-release"_s));
    if (info.operatingSystem.isEmpty())
        info.operatingSystem = QSysInfo::prettyProductName();
    info.kernelVersion = QSysInfo::kernelVersion();
    info.cpuArchitecture = QSysInfo::currentCpuArchitecture();
    readLastLevelCache(u"/sys/devices/system/cpu"_s, &info);
    info.hasBattery = !QDir(u"/sys/class/power_supply"_s)
                           .entryList({u"BAT*"_s}, QDir::Dirs | QDir::System)
                           .isEmpty();
    info.accelerators = readNvidiaSmi();
    if (info.accelerators.isEmpty())
        info.accelerators = readDrmGpus();
    return info;
}

QJsonObject systemInfoToJson(const SystemInfo &info)
{
    QJsonArray gpus;
    for (const GpuInfo &gpu : info.accelerators) {
        gpus.append(QJsonObject{{u"acceleratorModelName"_s, gpu.name},
                                {u"acceleratorMemoryCapacityBytes"_s, gpu.memoryBytes},
                                {u"gpuDriverVersion"_s, gpu.driverVersion},
                                {u"source"_s, gpu.source}});
    }
    return QJsonObject{
        {u"hostProcessorModelName"_s, info.hostProcessorModelName},
        {u"hostProcessorCoreCount"_s, info.hostProcessorCoreCount},
        {u"hostProcessorVcpuCount"_s, info.hostProcessorVcpuCount},
        {u"hostMemoryCapacityBytes"_s, info.hostMemoryCapacityBytes},
        {u"lastLevelCacheBytes"_s, info.lastLevelCacheBytes},
        {u"lastLevelCacheInstances"_s, info.lastLevelCacheInstances},
        {u"operatingSystem"_s, info.operatingSystem},
        {u"kernelVersion"_s, info.kernelVersion},
        {u"cpuArchitecture"_s, info.cpuArchitecture},
        {u"hasBattery"_s, info.hasBattery},
        {u"accelerators"_s, gpus},
    };
}

SystemInfo systemInfoFromJson(const QJsonObject &o)
{
    SystemInfo info;
    info.hostProcessorModelName = o.value(u"hostProcessorModelName"_s).toString();
    info.hostProcessorCoreCount = o.value(u"hostProcessorCoreCount"_s).toInt();
    info.hostProcessorVcpuCount = o.value(u"hostProcessorVcpuCount"_s).toInt();
    info.hostMemoryCapacityBytes = o.value(u"hostMemoryCapacityBytes"_s).toDouble();
    info.lastLevelCacheBytes = o.value(u"lastLevelCacheBytes"_s).toDouble();
    info.lastLevelCacheInstances = o.value(u"lastLevelCacheInstances"_s).toInt();
    info.operatingSystem = o.value(u"operatingSystem"_s).toString();
    info.kernelVersion = o.value(u"kernelVersion"_s).toString();
    info.cpuArchitecture = o.value(u"cpuArchitecture"_s).toString();
    info.hasBattery = o.value(u"hasBattery"_s).toBool();
    const QJsonArray gpus = o.value(u"accelerators"_s).toArray();
    for (const QJsonValue &value : gpus) {
        const QJsonObject g = value.toObject();
        info.accelerators.append({g.value(u"acceleratorModelName"_s).toString(),
                                  g.value(u"acceleratorMemoryCapacityBytes"_s).toDouble(),
                                  g.value(u"gpuDriverVersion"_s).toString(),
                                  g.value(u"source"_s).toString()});
    }
    return info;
}

} // namespace pertoken
