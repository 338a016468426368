#pragma once

#include "inference/efficiency.h"
#include "validation/validation_case.h"

#include <QString>

namespace pertoken {

/// Fits the efficiency table (inference/efficiency.h) to a validation suite, a few parameters per
/// class and never one per case (reference/validation-method.md, "Keeping the fit honest"):
///
/// - A class is a device maker and an engine profile (validationEngineProfile): Apple under
///   llama.cpp, NVIDIA under llama.cpp, NVIDIA under continuous batching, and so on. Each class
///   gets one fixed overhead per forward pass, and an MBU and an MFU for each weight format
///   (16-, 8-, 4-bit) it has cases of: at most seven numbers.
/// - Only training cases are used; the held-out quarter (isHeldOut) is predicted with the result
///   and reported apart by `pertoken validate`, as the check on what the fit did not see.
/// - The fit minimises the sum over the class's cases of ln(predicted / measured)², a relative
///   error that treats too fast and too slow alike, by coordinate descent: each parameter in turn
///   is set by golden-section search within its bounds (MBU 0.2–1, MFU 0.05–1, overhead
///   0–30 ms), until a whole sweep improves the sum by less than 1e-9 (at most 40 sweeps).
///   Deterministic: the same suite gives the same table.
/// - Each class's error band is then the 90th percentile of |predicted / measured − 1| over all
///   its cases, training and held out, predicted with the fitted figures.
EfficiencyTable fitEfficiencyTable(const ValidationSuite &suite, const QString &fittedDate);

} // namespace pertoken
