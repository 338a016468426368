#pragma once

#include "bench/power/power_source.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace pertoken {

/// NVIDIA GPUs through the NVIDIA Management Library, loaded when asked for (QLibrary
/// "nvidia-ml", version 1: libnvidia-ml.so.1 on Linux), so PerToken neither builds nor links
/// against it. Each GPU is a "GPU board" source: nvmlDeviceGetTotalEnergyConsumption (mJ since the
/// driver loaded; Volta and newer) where it answers, else nvmlDeviceGetPowerUsage (mW), sampled.
/// `library` names the library to load (tests name one that does not exist). When the library
/// or a GPU is missing, `absent` says so and nothing is returned.
std::vector<std::unique_ptr<PowerSource>> findNvmlSources(const QString &library,
                                                          QStringList *absent);

} // namespace pertoken
