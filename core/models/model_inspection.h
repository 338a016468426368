#pragma once

#include "common/input_error.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace pertoken {

enum class ModelFileFormat { Gguf, Safetensors, HfConfig };
QString modelFileFormatId(ModelFileFormat format); // "gguf", "safetensors", "hf-config"

/// What PerToken reads from a model's own files: enough to price it, never the weights.
struct ModelInspection {
    QString path;
    ModelFileFormat format = ModelFileFormat::Gguf;
    QStringList files; ///< the files read, in the order read
    QString architecture;
    QString license;
    QString fileType;    ///< GGUF "Q4_K_M"; safetensors the dtypes, largest share first
    int ggufVersion = 0; ///< 0 for safetensors
    qint64 tensorCount = 0;
    QMap<QString, qint64> parametersByDtype; ///< GGUF: by ggml type; safetensors: by dtype
    qint64 weightBytes = 0;
    double bitsPerWeight = 0; ///< weightBytes × 8 / totalParams
    qint64 embeddingLength = 0;
    bool hasChatTemplate = false;
    QString chatTemplateSha256;
    /// The architecture for the cost model; numbers the files lack stay 0.
    ModelArchitecture model;
    /// GGUF: the file type at its measured bits per weight (ggufQuantization); empty id for
    /// safetensors, whose dtypes parametersByDtype lists.
    Quantization quantization;
    /// What the files lack for the KV cache (GGUF keys, or "config.json" for safetensors,
    /// whose headers carry no layer or head counts); empty when kvBytesPerToken() is known.
    QStringList kvMissing;
    /// What was assumed on the way (a Hugging Face config's family defaults, a quantized
    /// checkpoint counted by formula), for the person reading the result.
    QStringList notes;

    /// 2 × layers × kvHeads × headDim × kvCacheBits / 8 (the roofline's kvCacheBytesPerToken);
    /// 0 while kvMissing is not empty.
    double kvBytesPerToken(double kvCacheBits) const;
    /// One sequence's KV cache at `contextTokens` (kvCacheBytesPerSequence: capped at the window
    /// on sliding-window layers); 0 while kvMissing is not empty.
    double kvBytesPerSequence(double kvCacheBits, double contextTokens) const;
};

/// Reads a .gguf or .safetensors file, a Hugging Face config.json, or a folder holding
/// model.safetensors.index.json (its shards), *.safetensors or one *.gguf. A config.json beside
/// the safetensors files (a Hugging Face snapshot) supplies the architecture the tensor headers
/// lack: layers, heads, KV heads, attention per layer and the MoE layout (models/hf_config.h);
/// the parameter count stays the headers' exact one unless the checkpoint is quantized. reading at
/// most kGgufHeaderReadLimitBytes of a GGUF file and the header (≤ kSafetensorsMaxHeaderBytes) of
/// each safetensors file. Errors name the file and field.
Result<ModelInspection> inspectModelPath(const QString &path);

} // namespace pertoken
