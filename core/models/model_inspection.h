#pragma once

#include "common/input_error.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

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
    /// The model:tag of a model read from an Ollama store ("llama3.1:8b"), else "".
    QString storeModel;

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
/// each safetensors file. The first part of a GGUF model split by gguf-split
/// (NAME-00001-of-00003.gguf, split.count > 1) brings in the other parts' tensor tables, each
/// header read alone. A manifest in an Ollama store (manifests/<registry>/<namespace>/<model>/
/// <tag>) is inspected through the GGUF blob of its model layer. Errors name the file and field.
/// The record keeps its origin (ModelArchitecture::sourceFile, sourceSha256): the SHA-256 of a
/// whole config.json, or of the GGUF or first safetensors header (the bytes read, not the
/// weights).
Result<ModelInspection> inspectModelPath(const QString &path);

/// A GGUF model split by gguf-split in at most this many files is read (llama.cpp writes
/// split.count as a uint16; real splits have a few dozen parts at most).
inline constexpr qint64 kGgufMaxSplitParts = 1000;

/// One model of a model store, read or refused on its own: one broken manifest or missing blob
/// does not hide the others.
struct StoredModelInspection {
    QString name; ///< "llama3.1:8b"
    QString manifestPath;
    std::optional<ModelInspection> inspection;
    std::optional<InputError> error;
};

/// Every model:tag of an Ollama model store (models/ollama_store.h), each inspected from the
/// GGUF blob its manifest names (header only). An error when the folder is not a store.
Result<QList<StoredModelInspection>> inspectOllamaStore(const QString &storeRoot);

} // namespace pertoken
