#pragma once

#include "hardware/accelerator.h"

#include <QList>

namespace pertoken {

/// Whether one accelerator holds a model's weights and KV cache.
struct AcceleratorFit {
    Accelerator accelerator;
    double usableBytes = 0; ///< memoryBytes × usableMemoryFraction
    double neededBytes = 0; ///< weights + batch × the KV cache of one sequence
    bool fits = false;
};

/// For each accelerator, whether weightBytes + batch × kvBytesPerSequence fits in its memory ×
/// usableMemoryFraction: the decode-time footprint of the roofline model (DESIGN.md, "Roofline
/// inference model"), one device, no tensor parallelism. `kvBytesPerSequence` is one sequence's
/// cache at the context asked about (inference/kv_cache.h: it stops growing at the window on
/// sliding-window layers); 0 checks the weights alone.
QList<AcceleratorFit> fitOnAccelerators(double weightBytes, double kvBytesPerSequence, qint64 batch,
                                        const QList<Accelerator> &accelerators);

} // namespace pertoken
