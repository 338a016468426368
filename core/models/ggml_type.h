#pragma once

#include <QString>

#include <cstdint>

namespace pertoken {

/// One ggml tensor type as GGUF files store it: weights are packed in blocks of `blockSize`
/// elements taking `bytesPerBlock` bytes, scales included, so a type's true bits per weight is
/// bytesPerBlock × 8 / blockSize (Q4_K: 144 × 8 / 256 = 4.5). The table follows `enum ggml_type`
/// in ggml/include/ggml.h and the block structs of ggml/src/ggml-common.h
/// (https://github.com/ggml-org/ggml); ids that ggml removed (4, 5, 31–33, 36–38) are unknown,
/// and so are Q1_0 and Q2_0 (41, 42), whose block layouts differ between the ggml forks.
struct GgmlType {
    uint32_t id = 0;
    QString name;      ///< "Q4_K", as ggml_type_name() writes it
    int blockSize = 0; ///< elements per block
    int bytesPerBlock = 0;

    double bitsPerWeight() const { return bytesPerBlock * 8.0 / blockSize; }
};

/// The type with ggml id `id`, or nullptr for an id ggml does not (or no longer) define.
const GgmlType *findGgmlType(uint32_t id);

/// The name llama.cpp gives a `general.file_type` value (enum llama_ftype in include/llama.h:
/// 15 → "Q4_K_M"); empty for a value it does not define.
QString ggufFileTypeName(uint32_t fileType);

} // namespace pertoken
