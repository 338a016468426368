#pragma once

#include "bench/probe/gemm_probe.h"
#include "bench/probe/memory_bandwidth.h"
#include "bench/probe/system_info.h"
#include "common/input_error.h"
#include "hardware/accelerator.h"

#include <QDateTime>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace pertoken {

/// Everything `pertoken bench hardware` measures: the machine, memory bandwidth (STREAM-like
/// copy and triad, all threads) and FP32 GEMM throughput with one and all threads. The result
/// becomes a measured hardware entry (measuredAccelerator) whose roofline the scenario uses.
struct HardwareProbeResult {
    SystemInfo system;
    QDateTime measuredAt;
    bool quick = false;
    bool cancelled = false;
    double elapsedSeconds = 0;
    QString blasConfig;
    MemoryBandwidthResult memory;
    GemmResult gemmSingleThread;
    GemmResult gemmAllThreads;

    double memoryBandwidthGBps() const { return memory.measured() ? memory.triad.bestGBps : 0; }
    double gemmGflops() const { return gemmAllThreads.measured() ? gemmAllThreads.bestGflops : 0; }
};

struct HardwareProbeOptions {
    bool quick = false; ///< finishes in 15 s or less: fewer repetitions, n = 1024 GEMM
};

using HardwareProgress = std::function<void(double fraction, const QString &stage)>;

/// Runs the probes on the calling thread (call it from a worker thread in a GUI). `cancel` is
/// checked between repetitions; a cancelled probe returns within a second with what it had.
HardwareProbeResult runHardwareProbe(const HardwareProbeOptions &options,
                                     const HardwareProgress &progress = {},
                                     const std::atomic<bool> *cancel = nullptr);

/// "This machine, measured 2026-11-24": bandwidth from the triad; `bf16Tflops` carries the
/// measured FP32 GEMM rate / 1e3 (the CPU path measures no BF16), as `source` says.
Accelerator measuredAccelerator(const HardwareProbeResult &result);

QJsonObject hardwareProbeToJson(const HardwareProbeResult &result);
Result<HardwareProbeResult> hardwareProbeFromJson(const QJsonObject &object, const QString &source);

} // namespace pertoken
