#pragma once

#include <QString>

namespace pertoken {

/// Which tensor-core peak a quantization runs at. Weight-only formats (GGUF k-quants) are
/// dequantized to 16-bit for the matrix multiply, so they compute at the BF16/FP16 peak.
enum class ComputePrecision { Bf16, Fp8 };

/// A weight format at its true bits per weight, scales and block metadata included (a
/// Q4_K_M-class file is about 4.9 bits per weight, not 4).
struct Quantization {
    QString id;   ///< "bf16", "fp8", "int8", "q4_k_m"
    QString name; ///< "Q4_K_M (GGUF, 4-bit k-quant)"
    double bitsPerWeight = 16;
    ComputePrecision compute = ComputePrecision::Bf16;
    QString source;

    double bytesPerWeight() const { return bitsPerWeight / 8.0; }

    bool operator==(const Quantization &) const = default;
};

} // namespace pertoken
