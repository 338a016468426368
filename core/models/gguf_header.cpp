#include "models/gguf_header.h"

#include "models/ggml_type.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

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
constexpr qint64 kMaxKeyBytes = 65535;     // the specification's bound on a key
constexpr qint64 kMaxTensorNameBytes = 64; // GGML_MAX_NAME
constexpr uint32_t kMaxDims = 4;           // GGML_MAX_DIMS
// The smallest encodings, used to refuse counts the file cannot hold before reading them.
constexpr qint64 kMinKvBytes = 8 + 4 + 1;                 // empty key, type, one-byte value
constexpr qint64 kMinTensorInfoBytes = 8 + 4 + 8 + 4 + 8; // empty name, n_dims, 1 dim, type, offset

qint64 fixedSize(uint32_t type)
{
    switch (type) {
    case Uint8:
    case Int8:
    case Bool:
        return 1;
    case Uint16:
    case Int16:
        return 2;
    case Uint32:
    case Int32:
    case Float32:
        return 4;
    case Uint64:
    case Int64:
    case Float64:
        return 8;
    default:
        return 0;
    }
}

bool isInteger(uint32_t type)
{
    return type <= Int32 || type == Uint64 || type == Int64;
}

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

QString typeError(uint32_t type)
{
    return u"unknown value type %1 (0 to 12 expected: ggml docs/gguf.md)"_s.arg(type);
}

/// Skips a value of `type` (arrays of any type but arrays, whose nesting ggml refuses too).
bool skipValue(Reader &reader, uint32_t type, const QString &field, InputError *error)
{
    if (const qint64 size = fixedSize(type))
        return reader.skip(size, field, error);
    if (type == String)
        return reader.string(field, kInt64Max, error).has_value();
    if (type != Array) {
        *error = reader.error(field + u".type"_s, typeError(type));
        return false;
    }
    const std::optional<uint32_t> elementType = reader.read<uint32_t>(field + u".type"_s, error);
    if (!elementType)
        return false;
    const qint64 elementSize = fixedSize(*elementType);
    if (elementSize == 0 && *elementType != String) {
        *error = reader.error(field + u".type"_s, *elementType == Array
                                                      ? u"arrays of arrays are not supported"_s
                                                      : typeError(*elementType));
        return false;
    }
    const std::optional<quint64> count = reader.read<quint64>(field + u".count"_s, error);
    if (!count)
        return false;
    const qint64 minimum = elementSize > 0 ? elementSize : 8; // a string is at least its length
    if (*count > quint64(reader.fileLeft() / minimum)) {
        *error = reader.error(
            field + u".count"_s,
            u"%1 elements cannot fit in the %2 bytes left in the file"_s.arg(*count).arg(
                reader.fileLeft()));
        return false;
    }
    if (elementSize > 0)
        return reader.skip(qint64(*count) * elementSize, field, error);
    for (quint64 i = 0; i < *count; ++i) {
        if (!reader.string(u"%1[%2]"_s.arg(field).arg(i), kInt64Max, error))
            return false;
    }
    return true;
}

/// The keys whose integer values the header keeps, by suffix after "{arch}.".
std::optional<qint64> *architectureField(GgufHeader &header, QStringView suffix)
{
    static const QHash<QString, std::optional<qint64> GgufHeader::*> fields = {
        {u"block_count"_s, &GgufHeader::blockCount},
        {u"attention.head_count"_s, &GgufHeader::headCount},
        {u"attention.head_count_kv"_s, &GgufHeader::kvHeadCount},
        {u"embedding_length"_s, &GgufHeader::embeddingLength},
        {u"expert_count"_s, &GgufHeader::expertCount},
        {u"expert_used_count"_s, &GgufHeader::expertUsedCount},
        {u"context_length"_s, &GgufHeader::contextLength},
        {u"attention.key_length"_s, &GgufHeader::keyLength},
        {u"attention.value_length"_s, &GgufHeader::valueLength},
    };
    const auto it = fields.constFind(suffix.toString());
    return it == fields.constEnd() ? nullptr : &(header.*(it.value()));
}

/// Architecture keys are read after general.architecture is known; they may come before it.
struct PendingInteger {
    QString key;
    QString field;
    qint64 value = 0;
};

} // namespace

double GgufHeader::bitsPerWeight() const
{
    return parameterCount > 0 ? double(tensorBytes) * 8.0 / double(parameterCount) : 0.0;
}

QString GgufHeader::fileTypeName() const
{
    if (fileType && *fileType >= 0 && *fileType <= std::numeric_limits<uint32_t>::max()) {
        const QString name = ggufFileTypeName(uint32_t(*fileType));
        if (!name.isEmpty())
            return name;
    }
    QHash<QString, qint64> elementsByType;
    for (const GgufTensorInfo &tensor : tensors)
        elementsByType[tensor.typeName] += tensor.elements;
    QString dominant;
    qint64 most = -1;
    for (auto it = elementsByType.cbegin(); it != elementsByType.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < dominant)) {
            most = it.value();
            dominant = it.key();
        }
    }
    return dominant;
}

Result<GgufHeader> parseGgufHeader(QByteArrayView prefix, qint64 fileSize, const QString &source)
{
    Reader reader(prefix, fileSize, source);
    InputError error;
    GgufHeader header;

    if (!reader.has(4))
        return reader.missing(4, u"magic"_s);
    if (prefix.first(4) != QByteArrayView("GGUF"))
        return reader.error(u"magic"_s,
                            u"not a GGUF file: the first four bytes are not \"GGUF\""_s);
    reader.skip(4, u"magic"_s, &error);
    const std::optional<uint32_t> version = reader.read<uint32_t>(u"version"_s, &error);
    if (!version)
        return error;
    if (*version != 2 && *version != 3)
        return reader.error(u"version"_s,
                            u"GGUF version %1 is not supported (2 or 3 expected)"_s.arg(*version));
    header.version = *version;

    const std::optional<quint64> tensorCount = reader.read<quint64>(u"tensor_count"_s, &error);
    if (!tensorCount)
        return error;
    const std::optional<quint64> kvCount = reader.read<quint64>(u"metadata_kv_count"_s, &error);
    if (!kvCount)
        return error;
    if (*kvCount > quint64(reader.fileLeft() / kMinKvBytes))
        return reader.error(
            u"metadata_kv_count"_s,
            u"%1 entries cannot fit in the %2 bytes left in the file"_s.arg(*kvCount).arg(
                reader.fileLeft()));
    if (*tensorCount > quint64(reader.fileLeft() / kMinTensorInfoBytes))
        return reader.error(
            u"tensor_count"_s,
            u"%1 tensors cannot fit in the %2 bytes left in the file"_s.arg(*tensorCount)
                .arg(reader.fileLeft()));
    header.metadataCount = qint64(*kvCount);

    QSet<QByteArray> keys;
    QList<PendingInteger> pending;
    for (quint64 i = 0; i < *kvCount; ++i) {
        const QString keyField = u"metadata[%1].key"_s.arg(i);
        const std::optional<QByteArrayView> keyBytes =
            reader.string(keyField, kMaxKeyBytes, &error);
        if (!keyBytes)
            return error;
        const QByteArray keyArray = keyBytes->toByteArray();
        if (keys.contains(keyArray))
            return reader.error(keyField,
                                u"the key \"%1\" appears twice"_s.arg(QString::fromUtf8(keyArray)));
        keys.insert(keyArray);
        const QString key = QString::fromUtf8(keyArray);
        const QString field = u"metadata[%1].value"_s.arg(key);
        const std::optional<uint32_t> type = reader.read<uint32_t>(field + u".type"_s, &error);
        if (!type)
            return error;
        if (*type > Float64)
            return reader.error(field + u".type"_s, typeError(*type));

        if (*type == String &&
            (key == u"general.architecture"_s || key == u"general.name"_s ||
             key == u"general.license"_s || key == u"tokenizer.chat_template"_s)) {
            const std::optional<QByteArrayView> value = reader.string(field, kInt64Max, &error);
            if (!value)
                return error;
            if (key == u"general.architecture"_s)
                header.architecture = QString::fromUtf8(*value);
            else if (key == u"general.name"_s)
                header.name = QString::fromUtf8(*value);
            else if (key == u"general.license"_s)
                header.license = QString::fromUtf8(*value);
            else {
                header.hasChatTemplate = true;
                header.chatTemplateSha256 = QString::fromLatin1(
                    QCryptographicHash::hash(*value, QCryptographicHash::Sha256).toHex());
            }
            continue;
        }
        if (isInteger(*type)) {
            const std::optional<qint64> value = reader.integer(*type, field, &error);
            if (!value)
                return error;
            if (key == u"general.alignment"_s) {
                if (*value <= 0 || *value > (1 << 30) || (*value & (*value - 1)) != 0)
                    return reader.error(field, u"must be a power of two (got %1)"_s.arg(*value));
                header.alignment = *value;
            } else if (key == u"general.file_type"_s) {
                header.fileType = *value;
            } else {
                pending.append({key, field, *value});
            }
            continue;
        }
        if (!skipValue(reader, *type, field, &error))
            return error;
    }

    // {arch}.* counts become ints in ModelArchitecture: keep them there.
    const QString prefixKey = header.architecture + u'.';
    for (const PendingInteger &entry : std::as_const(pending)) {
        if (header.architecture.isEmpty() || !entry.key.startsWith(prefixKey))
            continue;
        std::optional<qint64> *target =
            architectureField(header, QStringView(entry.key).sliced(prefixKey.size()));
        if (target == nullptr)
            continue;
        if (entry.value < 0 || entry.value > std::numeric_limits<int>::max())
            return reader.error(entry.field, u"must be between 0 and %1 (got %2)"_s
                                                 .arg(std::numeric_limits<int>::max())
                                                 .arg(entry.value));
        *target = entry.value;
    }

    QSet<QString> names;
    // Reserve only what the bytes read can hold: the count is bounded by the file's size, which
    // may be far larger than the prefix (and than memory).
    header.tensors.reserve(
        qsizetype(std::min<quint64>(*tensorCount, quint64(prefix.size() / kMinTensorInfoBytes))));
    for (quint64 i = 0; i < *tensorCount; ++i) {
        const QString field = u"tensor_infos[%1]"_s.arg(i);
        GgufTensorInfo tensor;
        const std::optional<QByteArrayView> name =
            reader.string(field + u".name"_s, kMaxTensorNameBytes, &error);
        if (!name)
            return error;
        tensor.name = QString::fromUtf8(*name);
        if (names.contains(tensor.name))
            return reader.error(field + u".name"_s,
                                u"the tensor \"%1\" appears twice"_s.arg(tensor.name));
        names.insert(tensor.name);
        const std::optional<uint32_t> dimCount =
            reader.read<uint32_t>(field + u".n_dimensions"_s, &error);
        if (!dimCount)
            return error;
        if (*dimCount < 1 || *dimCount > kMaxDims)
            return reader.error(
                field + u".n_dimensions"_s,
                u"must be between 1 and %1 (got %2)"_s.arg(kMaxDims).arg(*dimCount));
        tensor.elements = 1;
        for (uint32_t d = 0; d < *dimCount; ++d) {
            const QString dimField = u"%1.dimensions[%2]"_s.arg(field).arg(d);
            const std::optional<quint64> dim = reader.read<quint64>(dimField, &error);
            if (!dim)
                return error;
            if (*dim > quint64(kInt64Max))
                return reader.error(dimField, u"%1 is out of range"_s.arg(*dim));
            tensor.dims.append(qint64(*dim));
            if (*dim != 0 && tensor.elements > kInt64Max / qint64(*dim))
                return reader.error(dimField, u"the tensor's element count overflows 64 bits"_s);
            tensor.elements *= qint64(*dim);
        }
        const std::optional<uint32_t> typeId = reader.read<uint32_t>(field + u".type"_s, &error);
        if (!typeId)
            return error;
        const GgmlType *type = findGgmlType(*typeId);
        if (type == nullptr)
            return reader.error(
                field + u".type"_s,
                u"unknown ggml type %1 (ggml/include/ggml.h, enum ggml_type)"_s.arg(*typeId));
        tensor.typeId = *typeId;
        tensor.typeName = type->name;
        if (tensor.dims.constFirst() % type->blockSize != 0)
            return reader.error(
                u"%1.dimensions[0]"_s.arg(field),
                u"%1 is not a multiple of %2's block size %3"_s.arg(tensor.dims.constFirst())
                    .arg(type->name)
                    .arg(type->blockSize));
        const qint64 blocks = tensor.elements / type->blockSize;
        if (blocks > kInt64Max / type->bytesPerBlock)
            return reader.error(field + u".dimensions"_s, u"the tensor's size overflows 64 bits"_s);
        tensor.bytes = blocks * type->bytesPerBlock;
        const std::optional<quint64> offset = reader.read<quint64>(field + u".offset"_s, &error);
        if (!offset)
            return error;
        tensor.offset = *offset;
        if (tensor.offset % quint64(header.alignment) != 0)
            return reader.error(field + u".offset"_s,
                                u"%1 is not a multiple of the alignment %2"_s.arg(tensor.offset)
                                    .arg(header.alignment));
        header.tensors.append(std::move(tensor));
    }

    const qint64 end = reader.pos();
    header.dataOffset = end + (header.alignment - end % header.alignment) % header.alignment;
    const qint64 dataBytes = std::max<qint64>(0, reader.fileSize() - header.dataOffset);

    // Every tensor inside the file, none overlapping another: sorted by offset, each must end
    // before the next begins.
    QList<qsizetype> order(header.tensors.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    for (qsizetype i = 0; i < header.tensors.size(); ++i) {
        const GgufTensorInfo &tensor = header.tensors.at(i);
        if (tensor.offset > quint64(dataBytes) ||
            quint64(tensor.bytes) > quint64(dataBytes) - tensor.offset)
            return reader.error(u"tensor_infos[%1].offset"_s.arg(i),
                                u"tensor \"%1\" (%2 bytes at offset %3) extends beyond the end "
                                "of the file (%4 bytes of tensor data)"_s.arg(tensor.name)
                                    .arg(tensor.bytes)
                                    .arg(tensor.offset)
                                    .arg(dataBytes));
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return header.tensors.at(a).offset < header.tensors.at(b).offset;
    });
    for (qsizetype k = 1; k < order.size(); ++k) {
        const GgufTensorInfo &before = header.tensors.at(order.at(k - 1));
        const GgufTensorInfo &tensor = header.tensors.at(order.at(k));
        if (before.offset + quint64(before.bytes) > tensor.offset)
            return reader.error(
                u"tensor_infos[%1].offset"_s.arg(order.at(k)),
                u"tensor \"%1\" overlaps tensor \"%2\""_s.arg(tensor.name, before.name));
    }
    // Non-overlapping tensors inside the file: the sums cannot exceed the file's size (bytes) or
    // a small multiple of it (elements: at most 256 per 50 bytes, IQ1_S).
    for (const GgufTensorInfo &tensor : std::as_const(header.tensors)) {
        header.parameterCount += tensor.elements;
        header.tensorBytes += tensor.bytes;
    }
    return header;
}

} // namespace pertoken
