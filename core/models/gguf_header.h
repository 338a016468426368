#pragma once

#include "common/input_error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace pertoken {

/// One entry of a GGUF file's tensor table. `dims` are ggml's ne[], fastest-varying first.
struct GgufTensorInfo {
    QString name;
    QList<qint64> dims;
    uint32_t typeId = 0;
    QString typeName;   ///< "Q4_K"
    quint64 offset = 0; ///< from the start of the tensor data, bytes
    qint64 elements = 0;
    qint64 bytes = 0;

    bool operator==(const GgufTensorInfo &) const = default;
};

/// What a GGUF header says about its model, read without the weights. Architecture numbers are
/// the `{general.architecture}.*` keys of the GGUF specification (ggml docs/gguf.md, "Standardized
/// key-value pairs"); each is empty where the file does not carry it.
struct GgufHeader {
    uint32_t version = 0;                  ///< 2 or 3
    QString architecture;                  ///< general.architecture, "llama"
    QString name;                          ///< general.name
    QString license;                       ///< general.license
    std::optional<qint64> blockCount;      ///< {arch}.block_count: transformer layers
    std::optional<qint64> headCount;       ///< {arch}.attention.head_count
    std::optional<qint64> kvHeadCount;     ///< {arch}.attention.head_count_kv
    std::optional<qint64> embeddingLength; ///< {arch}.embedding_length
    std::optional<qint64> expertCount;     ///< {arch}.expert_count
    std::optional<qint64> expertUsedCount; ///< {arch}.expert_used_count
    std::optional<qint64> contextLength;   ///< {arch}.context_length, tokens
    std::optional<qint64> keyLength;       ///< {arch}.attention.key_length: K head dim
    std::optional<qint64> valueLength;     ///< {arch}.attention.value_length: V head dim
    std::optional<qint64> fileType;        ///< general.file_type (enum llama_ftype)
    bool hasChatTemplate = false;          ///< tokenizer.chat_template present
    QString chatTemplateSha256;            ///< hex SHA-256 of the template's UTF-8 bytes
    qint64 alignment = 32;                 ///< general.alignment, bytes
    /// A model split by llama.cpp's gguf-split into split.count files: this file's split.no
    /// (0 for the first, which holds the metadata) and split.tensors.count, the tensors of all
    /// parts together; empty in an unsplit file.
    std::optional<qint64> splitCount;
    std::optional<qint64> splitNo;
    std::optional<qint64> splitTensorsCount;
    qint64 metadataCount = 0;
    qint64 dataOffset = 0; ///< where the tensor data starts: the header's size, padded
    QList<GgufTensorInfo> tensors;
    qint64 parameterCount = 0; ///< Σ tensor elements
    qint64 tensorBytes = 0;    ///< Σ tensor bytes: the weights' size in the file and in memory

    /// Σ tensor bytes × 8 / Σ tensor elements: the file's true bits per weight, scales included;
    /// 0 for a file without tensors.
    double bitsPerWeight() const;
    /// llama.cpp's name of general.file_type ("Q4_K_M"); where the file has none (or one
    /// llama.cpp does not define), the name of the ggml type holding the most weights.
    QString fileTypeName() const;
};

/// A GGUF reader reads at most this much of a file: the header (metadata and tensor table) of
/// every published model fits, tokenizer vocabularies of 262,144 entries included.
inline constexpr qint64 kGgufHeaderReadLimitBytes = 64 * 1024 * 1024;

/// Parses the header of a GGUF file (versions 2 and 3; ggml docs/gguf.md) from `prefix`, the
/// first bytes of a file of `fileSize` bytes; the weights are never needed. Every count and
/// length is checked against the bytes that could hold it before anything is allocated, so any
/// input takes time and memory bounded by its size. Errors name the field ("magic",
/// "tensor_count", "metadata[general.name].value", "tensor_infos[12].offset"). When the prefix
/// ends inside the header of a longer file, the error says the header continues beyond the
/// bytes read. `source` names the file in errors.
Result<GgufHeader> parseGgufHeader(QByteArrayView prefix, qint64 fileSize, const QString &source);

} // namespace pertoken
