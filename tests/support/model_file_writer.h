#pragma once

// Writes GGUF and safetensors files for the tests, byte by byte from the formats' specifications
// (GGUF: ggml docs/gguf.md, https://github.com/ggml-org/ggml/blob/master/docs/gguf.md;
// safetensors: https://huggingface.co/docs/safetensors, "Format"), never with PerToken's own
// readers, so a reader that agrees with them agrees with the specification. The writers also
// write deliberately broken files: every count and offset can be set by hand.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

namespace pertoken::testing {

/// Little-endian integers, as GGUF and safetensors store them.
template <typename T> void appendLe(QByteArray &bytes, T value)
{
    for (size_t i = 0; i < sizeof(T); ++i)
        bytes.append(char(uint8_t(uint64_t(value) >> (8 * i))));
}

inline void appendGgufString(QByteArray &bytes, const QByteArray &text)
{
    appendLe<uint64_t>(bytes, uint64_t(text.size()));
    bytes.append(text);
}

/// GGUF value types, docs/gguf.md.
enum GgufValueType : uint32_t {
    GgufUint32 = 4,
    GgufFloat32 = 6,
    GgufString = 8,
    GgufArray = 9,
    GgufUint64 = 10,
};

/// ggml types used by the tests (ggml.h, enum ggml_type) with their block sizes and bytes per
/// block (ggml-common.h): F32 1 element in 4 bytes, Q4_K 256 in 144, Q6_K 256 in 210.
struct GgmlTestType {
    uint32_t id;
    int blockSize;
    int bytesPerBlock;
};
inline constexpr GgmlTestType kF32{0, 1, 4};
inline constexpr GgmlTestType kQ4K{12, 256, 144};
inline constexpr GgmlTestType kQ6K{14, 256, 210};

class GgufWriter {
public:
    uint32_t version = 3;
    uint64_t alignment = 32;
    std::optional<uint64_t> tensorCountOverride;
    std::optional<uint64_t> kvCountOverride;
    /// The tensor data written after the header; all of it by default.
    std::optional<uint64_t> dataBytesOverride;

    /// A key with its type and the value's encoded bytes, as written.
    void addRaw(const QByteArray &key, uint32_t type, const QByteArray &payload)
    {
        appendGgufString(m_kv, key);
        appendLe<uint32_t>(m_kv, type);
        m_kv.append(payload);
        ++m_kvCount;
    }
    void addString(const QByteArray &key, const QByteArray &value)
    {
        QByteArray payload;
        appendGgufString(payload, value);
        addRaw(key, GgufString, payload);
    }
    void addUint32(const QByteArray &key, uint32_t value)
    {
        QByteArray payload;
        appendLe<uint32_t>(payload, value);
        addRaw(key, GgufUint32, payload);
    }
    void addFloat32(const QByteArray &key, float value)
    {
        QByteArray payload;
        uint32_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        appendLe<uint32_t>(payload, bits);
        addRaw(key, GgufFloat32, payload);
    }
    void addStringArray(const QByteArray &key, const QList<QByteArray> &values)
    {
        QByteArray payload;
        appendLe<uint32_t>(payload, GgufString);
        appendLe<uint64_t>(payload, uint64_t(values.size()));
        for (const QByteArray &value : values)
            appendGgufString(payload, value);
        addRaw(key, GgufArray, payload);
    }

    /// A tensor at the next aligned offset of the data section (or at `offset`), its data zeros.
    void addTensor(const QByteArray &name, const QList<uint64_t> &dims, GgmlTestType type,
                   std::optional<uint64_t> offset = std::nullopt)
    {
        uint64_t elements = 1;
        for (uint64_t dim : dims)
            elements *= dim;
        const uint64_t bytes = elements / uint64_t(type.blockSize) * uint64_t(type.bytesPerBlock);
        const uint64_t at = offset.value_or(pad(m_dataBytes));
        appendGgufString(m_tensors, name);
        appendLe<uint32_t>(m_tensors, uint32_t(dims.size()));
        for (uint64_t dim : dims)
            appendLe<uint64_t>(m_tensors, dim);
        appendLe<uint32_t>(m_tensors, type.id);
        appendLe<uint64_t>(m_tensors, at);
        m_dataBytes = std::max(m_dataBytes, at + bytes);
        ++m_tensorCount;
    }

    /// The whole file: header, padding to the alignment, then the tensor data (zeros).
    QByteArray bytes() const
    {
        QByteArray file("GGUF");
        appendLe<uint32_t>(file, version);
        appendLe<uint64_t>(file, tensorCountOverride.value_or(m_tensorCount));
        appendLe<uint64_t>(file, kvCountOverride.value_or(m_kvCount));
        file.append(m_kv);
        file.append(m_tensors);
        file.append(
            QByteArray(qsizetype(pad(uint64_t(file.size())) - uint64_t(file.size())), '\0'));
        file.append(QByteArray(qsizetype(dataBytesOverride.value_or(m_dataBytes)), '\0'));
        return file;
    }

private:
    uint64_t pad(uint64_t offset) const { return (offset + alignment - 1) / alignment * alignment; }

    QByteArray m_kv;
    QByteArray m_tensors;
    uint64_t m_kvCount = 0;
    uint64_t m_tensorCount = 0;
    uint64_t m_dataBytes = 0;
};

/// A Llama-shaped GGUF header: the keys llama.cpp writes for a Llama 3.1 8B
/// (https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json: 32 layers, 32 heads,
/// 8 KV heads, hidden size 4096, 131,072 tokens of context), with small tensors; `name` is its
/// general.name.
inline GgufWriter llama31Shaped(const QByteArray &chatTemplate,
                                const QByteArray &name = "Meta Llama 3.1 8B Instruct")
{
    GgufWriter writer;
    writer.addString("general.architecture", "llama");
    writer.addString("general.name", name);
    writer.addString("general.license", "llama3.1");
    writer.addUint32("general.file_type", 15); // Q4_K_M
    writer.addUint32("llama.block_count", 32);
    writer.addUint32("llama.context_length", 131072);
    writer.addUint32("llama.embedding_length", 4096);
    writer.addUint32("llama.attention.head_count", 32);
    writer.addUint32("llama.attention.head_count_kv", 8);
    writer.addFloat32("llama.rope.freq_base", 500000.0f);
    writer.addStringArray("tokenizer.ggml.tokens", {"<|begin_of_text|>", "hello", "world"});
    writer.addString("tokenizer.chat_template", chatTemplate);
    return writer;
}

/// A safetensors file: the 8-byte header length, the JSON header, then zeros for the data.
/// `tensors` holds {name, dtype, shape, bytes}; offsets are laid out one after another.
struct SafetensorsTestTensor {
    QString name;
    QString dtype;
    QList<qint64> shape;
    qint64 bytes = 0;
};
inline QByteArray safetensorsFile(const QList<SafetensorsTestTensor> &tensors,
                                  const QJsonObject &metadata = {})
{
    QJsonObject header;
    if (!metadata.isEmpty())
        header.insert(QStringLiteral("__metadata__"), metadata);
    qint64 offset = 0;
    for (const SafetensorsTestTensor &tensor : tensors) {
        QJsonArray shape;
        for (qint64 dim : tensor.shape)
            shape.append(double(dim));
        header.insert(tensor.name,
                      QJsonObject{{QStringLiteral("dtype"), tensor.dtype},
                                  {QStringLiteral("shape"), shape},
                                  {QStringLiteral("data_offsets"),
                                   QJsonArray{double(offset), double(offset + tensor.bytes)}}});
        offset += tensor.bytes;
    }
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray file;
    appendLe<uint64_t>(file, uint64_t(json.size()));
    file.append(json);
    file.append(QByteArray(qsizetype(offset), '\0'));
    return file;
}

} // namespace pertoken::testing
