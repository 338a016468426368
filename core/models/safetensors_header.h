#pragma once

#include "common/input_error.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pertoken {

/// One tensor of a safetensors file: its dtype ("BF16"), shape and byte range in the data
/// section (after the header).
struct SafetensorsTensor {
    QString name;
    QString dtype;
    QList<qint64> shape;
    qint64 begin = 0;
    qint64 end = 0;
    qint64 elements = 0;

    bool operator==(const SafetensorsTensor &) const = default;
};

/// What a safetensors header says (https://huggingface.co/docs/safetensors, "Format"): the
/// tensors, their parameters per dtype and the bytes they take. Packed formats stored as U8
/// (MXFP4 blocks, GPTQ/AWQ int4) count bytes as elements: their dtype says so.
struct SafetensorsHeader {
    qint64 headerBytes = 0; ///< the JSON header's length (after the 8-byte length)
    QList<SafetensorsTensor> tensors;
    QMap<QString, qint64> parametersByDtype;
    qint64 parameterCount = 0;
    qint64 tensorBytes = 0;
    QMap<QString, QString> metadata; ///< "__metadata__"
};

/// The longest JSON header a reader accepts (the format's own reference implementation refuses
/// headers above 100 MB, safetensors/src/tensor.rs MAX_HEADER_SIZE).
inline constexpr qint64 kSafetensorsMaxHeaderBytes = 100'000'000;

/// Parses a safetensors header from `prefix`, the first bytes of a file of `fileSize` bytes:
/// an 8-byte little-endian length N, then N bytes of JSON {"name": {"dtype", "shape",
/// "data_offsets": [begin, end]}, "__metadata__": {string: string}}. Every shape's element count
/// must match its byte range for its dtype, every range lie inside the file's data section and
/// no two overlap; errors name the tensor ("model.layers.0.mlp.up_proj.weight.data_offsets").
/// When the prefix ends before the header does, the error says how many bytes to read.
Result<SafetensorsHeader> parseSafetensorsHeader(QByteArrayView prefix, qint64 fileSize,
                                                 const QString &source);

/// A sharded checkpoint's `model.safetensors.index.json`: {"metadata": {"total_size": bytes},
/// "weight_map": {tensor: shard file}}. Shard names must be plain file names in the same folder.
struct SafetensorsIndex {
    std::optional<qint64> totalSizeBytes;
    qint64 tensorCount = 0;
    QStringList shards; ///< sorted, each once
};
Result<SafetensorsIndex> parseSafetensorsIndex(const QByteArray &json, const QString &source);

} // namespace pertoken
