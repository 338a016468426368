#pragma once

#include "bench/power/power_source.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace pertoken {

/// The power sources Linux offers in sysfs, found under `sysfsRoot` ("/sys"; tests point it at a
/// fake tree laid out as the kernel lays it out). Each returns the sources it found and appends to
/// `absent` why there are none, when there are none.
///
/// Powercap RAPL (Documentation/power/powercap/powercap.rst): class/powercap/intel-rapl:N is a
/// top-level zone ("package-N", or "psys" for the platform), intel-rapl:N/intel-rapl:N:M its
/// subzones, of which "dram" is outside the package's own count and "core"/"uncore" inside it
/// (so left out). energy_uj is a counter in µJ that wraps after max_energy_range_uj.
std::vector<std::unique_ptr<PowerSource>> findRaplSources(const QString &sysfsRoot,
                                                          QStringList *absent);

/// amdgpu's hwmon (Documentation/gpu/amdgpu/thermal.rst): class/drm/cardN/device/hwmon/hwmonM
/// named "amdgpu", power1_average (dGPUs) or power1_input (APUs) in µW, and energy1_input in µJ
/// where the driver offers it.
std::vector<std::unique_ptr<PowerSource>> findAmdGpuHwmonSources(const QString &sysfsRoot,
                                                                 QStringList *absent);

/// Laptop batteries (Documentation/ABI/testing/sysfs-class-power): class/power_supply/BAT*,
/// power_now in µW, or current_now (µA) × voltage_now (µV); a reading counts only while status is
/// "Discharging", when the battery feeds the whole laptop.
std::vector<std::unique_ptr<PowerSource>> findBatterySources(const QString &sysfsRoot,
                                                             QStringList *absent);

} // namespace pertoken
