#pragma once

#include <QString>

namespace pertoken {

/// What kind of machine an accelerator entry describes; it decides which deployment options may
/// use it (data-centre and workstation GPUs are self-hosted, laptops and desktops on-device).
enum class DeviceClass { DatacenterGpu, WorkstationGpu, ConsumerGpu, Laptop, Desktop };

QString deviceClassId(DeviceClass deviceClass); // "datacenter-gpu", "laptop", ...
bool deviceClassFromId(const QString &id, DeviceClass *out);

/// One accelerator or device as its data sheet describes it. Throughput figures are dense
/// (no 2:4 sparsity) peaks; the roofline model applies MFU and MBU to them. For unified-memory
/// devices (Apple silicon, laptops) `memoryGB` is the whole RAM and `usableMemoryFraction` the
/// share an inference runtime may take for weights and KV cache.
struct Accelerator {
    QString id;        ///< stable key, "h100-sxm"
    QString name;      ///< "NVIDIA H100 SXM 80GB"
    QString shortName; ///< "H100 SXM": what option names use; empty = `name`
    QString vendor;    ///< "NVIDIA"
    DeviceClass deviceClass = DeviceClass::DatacenterGpu;
    /// Memory in the unit the vendor means: `memoryInGiB` says whether the data sheet's "GB"
    /// counts 2^30 bytes (DRAM and HBM parts come in binary sizes: an H100's "80 GB" is
    /// 81,559 MiB as nvidia-smi reports it, a 64 GB Mac has 64 GiB) or 1e9 bytes.
    double memoryGB = 0;
    bool memoryInGiB = false;
    double usableMemoryFraction = 0.9;
    double bandwidthGBps = 0; ///< peak memory bandwidth, 1e9 bytes/s
    double bf16Tflops = 0;    ///< dense BF16/FP16 tensor throughput, 1e12 FLOP/s
    double fp8Tflops = 0;     ///< dense FP8 (or INT8) throughput; 0 where not supported
    /// Dense FP4 (NVFP4, MXFP4) tensor throughput where the data sheet states one (Blackwell,
    /// CDNA 4); 0 where there is none. Recorded for the reader: the roofline does not use it yet,
    /// so FP4 formats are costed at the BF16 peak (quantization.h).
    double fp4Tflops = 0;
    /// The link between devices of one replica, for tensor-parallel communication: "nvlink",
    /// "infinity-fabric", "pcie", or empty for a device that serves alone (a laptop's unified
    /// memory). `interconnectGBps` is the bandwidth one device sends at in one direction
    /// (1e9 bytes/s: half the bidirectional figure data sheets quote); `interconnectLatencyUs`
    /// the fixed time of one small all-reduce over it.
    QString interconnect;
    double interconnectGBps = 0;
    double interconnectLatencyUs = 0;
    double powerWatts = 0;       ///< board power (TDP) or device draw while generating
    double purchaseUsd = 0;      ///< street price of one unit; 0 where unknown
    double rentalUsdPerHour = 0; ///< typical on-demand price per unit-hour; 0 = not rented
    QString source;              ///< where the figures come from
    QString asOf;                ///< ISO date the figures were read, "2026-11-01"
    bool measured = false;       ///< true for an entry produced by a local benchmark

    /// The name option names are built from: `shortName`, or `name` where it has none.
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
    double memoryBytes() const { return memoryGB * (memoryInGiB ? 1073741824.0 : 1e9); }
    double bandwidthBytesPerSecond() const { return bandwidthGBps * 1e9; }

    bool operator==(const Accelerator &) const = default;
};

} // namespace pertoken
