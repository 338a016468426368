#pragma once

// Hardware and model records built from their data sheets for tests, so a catalog edit cannot
// change what a test checks.

#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"

namespace pertoken::fixtures {

// NVIDIA H100 SXM data sheet: 80 GB HBM3, 3.35 TB/s, 989 TFLOPS BF16 and 1,979 TFLOPS FP8 dense,
// 700 W.
inline Accelerator h100()
{
    Accelerator a;
    a.id = QStringLiteral("h100-sxm");
    a.name = QStringLiteral("H100 SXM");
    a.memoryGB = 80;
    a.usableMemoryFraction = 0.9;
    a.bandwidthGBps = 3350;
    a.bf16Tflops = 989;
    a.fp8Tflops = 1979;
    // NVLink 4: 900 GB/s per GPU in the datasheet, 450 GB/s each way; 8 µs per small all-reduce
    // (the catalog's estimate, resources/catalog/hardware.json).
    a.interconnect = QStringLiteral("nvlink");
    a.interconnectGBps = 450;
    a.interconnectLatencyUs = 8;
    a.powerWatts = 700;
    return a;
}

// Llama 3.1 8B config.json: 32 layers, 32 attention heads, 8 KV heads, head dim 4096/32 = 128;
// 8.03e9 parameters (model card).
inline ModelArchitecture llama8b()
{
    ModelArchitecture m;
    m.name = QStringLiteral("Llama 3.1 8B");
    m.totalParams = m.activeParams = 8.03e9;
    m.layers = 32;
    m.attentionHeads = 32;
    m.kvHeads = 8;
    m.headDim = 128;
    return m;
}

// Llama 3.3 70B config.json: 80 layers, 64 heads, 8 KV heads, head dim 8192/64 = 128; 70.6e9.
inline ModelArchitecture llama70b()
{
    ModelArchitecture m;
    m.name = QStringLiteral("Llama 3.3 70B");
    m.totalParams = m.activeParams = 70.6e9;
    m.layers = 80;
    m.attentionHeads = 64;
    m.kvHeads = 8;
    m.headDim = 128;
    return m;
}

inline Quantization fp8()
{
    return Quantization{QStringLiteral("fp8"), QStringLiteral("FP8"), 8, ComputePrecision::Fp8, {}};
}

} // namespace pertoken::fixtures
