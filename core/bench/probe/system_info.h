#pragma once

#include "common/input_error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pertoken {

/// One GPU as nvidia-smi or /sys/class/drm describes it.
struct GpuInfo {
    QString name;
    double memoryBytes = 0; ///< 0 where unknown
    QString driverVersion;
    QString source; ///< "nvidia-smi" or "sysfs"

    bool operator==(const GpuInfo &) const = default;
};

/// The machine a benchmark ran on. Field names follow MLPerf's system description
/// (`mlcommons/policies: submission_rules.adoc`, host_processor_model_name, ...), in camelCase,
/// plus the last-level cache the memory probe sizes its arrays from.
struct SystemInfo {
    QString hostProcessorModelName;
    int hostProcessorCoreCount = 0; ///< physical cores; 0 where unknown
    int hostProcessorVcpuCount = 0; ///< logical CPUs
    double hostMemoryCapacityBytes = 0;
    double lastLevelCacheBytes = 0;  ///< one instance, as cpu0 sees it
    int lastLevelCacheInstances = 0; ///< distinct last-level caches across all CPUs
    QString operatingSystem;         ///< /etc/os-release PRETTY_NAME
    QString kernelVersion;
    QString cpuArchitecture;
    bool hasBattery = false; ///< a laptop, for the measured hardware entry's device class
    QList<GpuInfo> accelerators;

    /// All last-level cache on the machine (STREAM's "available cache").
    double totalLastLevelCacheBytes() const
    {
        return lastLevelCacheBytes * std::max(1, lastLevelCacheInstances);
    }
    bool operator==(const SystemInfo &) const = default;
};

/// Reads the running machine: /proc/cpuinfo, /proc/meminfo, /etc/os-release,
/// /sys/devices/system/cpu/cpu*/cache, nvidia-smi when present, else /sys/class/drm.
SystemInfo probeSystemInfo();

// The parsers behind it, pure so they are tested on captured files.
void parseCpuInfo(const QByteArray &cpuinfo, SystemInfo *info);
double parseMemTotalBytes(const QByteArray &meminfo); ///< "MemTotal: N kB", kB = 1024 bytes
QString parseOsPrettyName(const QByteArray &osRelease);
/// `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader,nounits`
/// (memory in MiB).
QList<GpuInfo> parseNvidiaSmiCsv(const QByteArray &csv);
/// Sizes as sysfs writes them: "32768K", "1M", "512".
double parseCacheSizeBytes(const QString &text);
/// The highest-level data or unified cache under `cpuRoot` ("/sys/devices/system/cpu"): its
/// size as cpu0 sees it, and how many distinct instances (by shared_cpu_list) the CPUs share.
void readLastLevelCache(const QString &cpuRoot, SystemInfo *info);

QJsonObject systemInfoToJson(const SystemInfo &info);
SystemInfo systemInfoFromJson(const QJsonObject &object);

} // namespace pertoken
