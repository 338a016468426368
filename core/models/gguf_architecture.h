#pragma once

#include "hardware/model_architecture.h"
#include "hardware/quantization.h"
#include "models/gguf_header.h"

#include <QStringList>

namespace pertoken {

/// A GGUF header as the architecture the cost model prices, with the keys it lacked.
struct GgufArchitecture {
    ModelArchitecture model;
    /// GGUF keys the architecture needed and the file does not carry ("llama.block_count"); the
    /// fields they feed stay 0 for the user to fill in.
    QStringList missingKeys;
};

/// The architecture in a GGUF header. totalParams is the tensor table's element count;
/// activeParams, for a mixture of experts, leaves out the unused experts' share of the routed
/// expert tensors (names with "_exps", llama.cpp's LLM_TENSOR_FFN_*_EXPS):
/// active = total − expert elements × (experts − experts used) / experts; shared experts
/// ("_shexp") and dense layers count in full. headDim is {arch}.attention.key_length, or
/// embedding_length / head_count where the file has no key length. `source` names the file.
GgufArchitecture ggufToArchitecture(const GgufHeader &header, const QString &source);

/// The file's weight format at the bits per weight its tensor table gives (scales and the
/// tensors kept at higher precision included): id "gguf-q4_k_m", name "Q4_K_M (GGUF, 4.89 bits
/// per weight measured)". GGUF weights are dequantized for the matrix multiply, so they compute
/// at the 16-bit peak.
Quantization ggufQuantization(const GgufHeader &header, const QString &source);

} // namespace pertoken
