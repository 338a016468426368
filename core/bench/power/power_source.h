#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pertoken {

/// What a power source's figure covers. A CPU package (RAPL package-N) and its DRAM subzone are
/// disjoint and add up; a GPU board (NVML, amdgpu hwmon) is outside both; the platform (RAPL psys)
/// and a laptop's battery discharge cover the whole machine, the others included.
enum class PowerScope { CpuPackage, Dram, GpuBoard, Platform, WholeLaptop };

QString powerScopeId(PowerScope scope); ///< "cpu-package", "dram", "gpu-board", "platform", ...
bool powerScopeFromId(const QString &id, PowerScope *out);
/// "CPU package", "DRAM", "GPU board", "platform (RAPL psys)", "whole laptop"
QString powerScopeLabel(PowerScope scope);

enum class PowerSourceKind { Rapl, Hwmon, Battery, Nvml };

QString powerSourceKindId(PowerSourceKind kind); ///< "rapl", "hwmon", "battery", "nvml"
bool powerSourceKindFromId(const QString &id, PowerSourceKind *out);

/// One reading of a source: a cumulative energy counter as it stands (µJ, before any wrap-around
/// is handled) or an instantaneous power (µW). `error` says why a reading failed.
struct PowerReading {
    bool ok = false;
    double energyMicrojoules = -1; ///< -1: the source has no energy counter
    double powerMicrowatts = -1;   ///< -1: no power figure in this reading
    QString error;
};

/// A place this machine reports its power or energy: a RAPL zone, an amdgpu hwmon device, a
/// battery, an NVIDIA GPU through NVML. Read from one thread at a time.
class PowerSource {
public:
    virtual ~PowerSource() = default;
    virtual QString id() const = 0;   ///< unique on the machine: "rapl:intel-rapl:0", "nvml:0"
    virtual QString name() const = 0; ///< what the machine calls it: "package-0", "BAT0"
    virtual PowerSourceKind kind() const = 0;
    virtual PowerScope scope() const = 0;
    virtual QString location() const = 0; ///< the sysfs folder or the library
    /// Whether readings carry an energy counter; otherwise power samples are integrated.
    virtual bool hasEnergyCounter() const = 0;
    /// The value after which the energy counter wraps to 0, µJ; 0 when it is not known to wrap.
    virtual double counterRangeMicrojoules() const { return 0; }
    virtual PowerReading read() = 0;
};

/// The most read from one sysfs attribute: a page, the most an attribute's show() may return
/// (Documentation/filesystems/sysfs.rst). Power attributes hold one number.
inline constexpr qint64 kSysfsReadLimitBytes = 4096;

/// Reads a small file, at most kSysfsReadLimitBytes, white space trimmed; nullopt with `error`
/// ("<path>: permission denied") when it cannot be opened or read.
std::optional<QByteArray> readSmallFile(const QString &path, QString *error);
/// A file holding one non-negative integer (sysfs units: µJ, µW, µA, µV).
std::optional<double> readSysfsNumber(const QString &path, QString *error);

/// Energy between two readings of a counter that wraps to 0 after `rangeMicrojoules`
/// (powercap's max_energy_range_uj): end − start, or when end < start, (range − start) + end.
/// nullopt when the counter went backwards and no range is known (a driver reload).
std::optional<double> counterDeltaMicrojoules(double start, double end, double rangeMicrojoules);

} // namespace pertoken
