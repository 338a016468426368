#pragma once

#include "common/input_error.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>

// GGUF's encoding (ggml docs/gguf.md): little-endian integers, length-prefixed strings and typed
// values, read from the first bytes of a file with every length checked against the file's size
// before it is trusted. Used by parseGgufHeader (gguf_header.h) only.
namespace pertoken::gguf {

using namespace Qt::StringLiterals;

// GGUF value types (ggml docs/gguf.md, enum gguf_metadata_value_type).
enum ValueType : uint32_t {
    Uint8 = 0,
    Int8 = 1,
    Uint16 = 2,
    Int16 = 3,
    Uint32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    Uint64 = 10,
    Int64 = 11,
    Float64 = 12,
};

constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();

/// Bytes of a value of fixed-size `type`; 0 for strings, arrays and unknown types.
qint64 fixedSize(uint32_t type);
bool isInteger(uint32_t type);
/// "unknown value type 13 (0 to 12 expected ...)".
QString typeError(uint32_t type);

/// A cursor over the first bytes of a file of `fileSize` bytes. Reads fail with the field named
/// and say whether the file ends there or only the bytes read do.
class Reader {
public:
    Reader(QByteArrayView bytes, qint64 fileSize, const QString &source)
        : m_bytes(bytes)
        , m_fileSize(std::max<qint64>(fileSize, bytes.size()))
        , m_source(source)
    {}

    qint64 pos() const { return m_pos; }
    qint64 fileSize() const { return m_fileSize; }
    /// Bytes of the file after the cursor (read or not).
    qint64 fileLeft() const { return m_fileSize - m_pos; }

    InputError error(const QString &field, const QString &message) const
    {
        return {m_source, field, message};
    }

    /// The error for `n` bytes at the cursor that are not in the prefix: the file ends, or the
    /// caller read too little of it.
    InputError missing(qint64 n, const QString &field) const
    {
        if (m_pos > m_fileSize - n || m_bytes.size() >= m_fileSize)
            return error(field,
                         u"needs %1 bytes at offset %2, but the file ends at byte %3"_s.arg(n)
                             .arg(m_pos)
                             .arg(m_fileSize));
        return error(field, u"the header continues beyond the first %1 bytes read; read more "
                            "of the file"_s.arg(m_bytes.size()));
    }

    bool has(qint64 n) const { return n >= 0 && n <= m_bytes.size() - m_pos; }

    template <typename T> std::optional<T> read(const QString &field, InputError *error)
    {
        if (!has(qint64(sizeof(T)))) {
            *error = missing(qint64(sizeof(T)), field);
            return std::nullopt;
        }
        T value = 0;
        for (size_t i = 0; i < sizeof(T); ++i)
            value |= T(uint8_t(m_bytes[m_pos + qsizetype(i)])) << (8 * i);
        m_pos += qint64(sizeof(T));
        return value;
    }

    /// A gguf_string: a uint64 length, then that many bytes. The view stays inside the prefix.
    std::optional<QByteArrayView> string(const QString &field, qint64 maxBytes, InputError *error)
    {
        const std::optional<quint64> length = read<quint64>(field + u".length"_s, error);
        if (!length)
            return std::nullopt;
        if (*length > quint64(fileLeft())) {
            *error = this->error(field, u"a string of %1 bytes is longer than the %2 bytes left "
                                        "in the file"_s.arg(*length)
                                            .arg(fileLeft()));
            return std::nullopt;
        }
        if (qint64(*length) > maxBytes) {
            *error = this->error(
                field, u"a string of %1 bytes; at most %2 expected"_s.arg(*length).arg(maxBytes));
            return std::nullopt;
        }
        if (!has(qint64(*length))) {
            *error = missing(qint64(*length), field);
            return std::nullopt;
        }
        const QByteArrayView view = m_bytes.sliced(m_pos, qsizetype(*length));
        m_pos += qint64(*length);
        return view;
    }

    bool skip(qint64 n, const QString &field, InputError *error)
    {
        if (!has(n)) {
            *error = missing(n, field);
            return false;
        }
        m_pos += n;
        return true;
    }

    /// An integer value of any GGUF integer type, as a signed 64-bit number (a uint64 above
    /// INT64_MAX is refused).
    std::optional<qint64> integer(uint32_t type, const QString &field, InputError *error)
    {
        switch (type) {
        case Uint8:
            return optionalCast(read<uint8_t>(field, error));
        case Int8:
            return optionalCast(read<int8_t>(field, error));
        case Uint16:
            return optionalCast(read<uint16_t>(field, error));
        case Int16:
            return optionalCast(read<int16_t>(field, error));
        case Uint32:
            return optionalCast(read<uint32_t>(field, error));
        case Int32:
            return optionalCast(read<int32_t>(field, error));
        case Int64:
            return optionalCast(read<int64_t>(field, error));
        case Uint64: {
            const std::optional<quint64> value = read<quint64>(field, error);
            if (!value)
                return std::nullopt;
            if (*value > quint64(kInt64Max)) {
                *error = this->error(field, u"%1 is out of range"_s.arg(*value));
                return std::nullopt;
            }
            return qint64(*value);
        }
        default:
            break;
        }
        return std::nullopt;
    }

private:
    template <typename T> static std::optional<qint64> optionalCast(std::optional<T> value)
    {
        return value ? std::optional<qint64>(qint64(*value)) : std::nullopt;
    }

    QByteArrayView m_bytes;
    qint64 m_fileSize = 0;
    QString m_source;
    qint64 m_pos = 0;
};

/// Skips a value of `type`: arrays of any type but arrays (whose nesting ggml refuses too), each
/// element count checked against the bytes left in the file before the elements are read.
bool skipValue(Reader &reader, uint32_t type, const QString &field, InputError *error);

} // namespace pertoken::gguf
