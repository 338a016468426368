#pragma once

#include "hardware/accelerator.h"

#include <QList>

namespace pertoken {

/// Whether one accelerator holds a model's weights and KV cache.
struct AcceleratorFit {
    Accelerator accelerator;
    double usableBytes = 0; ///< memoryBytes × usableMemoryFraction
    double neededBytes = 0; ///< weights + batch × context × KV bytes per token
    bool fits = false;
};

/// For each accelerator, whether weightBytes + batch × contextTokens × kvBytesPerToken fits in
/// its memory × usableMemoryFraction: the decode-time footprint of the roofline model (DESIGN.md,
/// "Roofline inference model"), one device, no tensor parallelism. A kvBytesPerToken of 0 checks
/// the weights alone.
QList<AcceleratorFit> fitOnAccelerators(double weightBytes, double kvBytesPerToken,
                                        qint64 contextTokens, qint64 batch,
                                        const QList<Accelerator> &accelerators);

} // namespace pertoken
