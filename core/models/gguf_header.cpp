#include "models/gguf_header.h"

#include "models/ggml_type.h"
#include "models/gguf_reader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pertoken {

using namespace Qt::StringLiterals;
using namespace gguf;

namespace {

constexpr qint64 kMaxKeyBytes = 65535;     // the specification's bound on a key
constexpr qint64 kMaxTensorNameBytes = 64; // GGML_MAX_NAME
constexpr uint32_t kMaxDims = 4;           // GGML_MAX_DIMS
// The smallest encodings, used to refuse counts the file cannot hold before reading them.
constexpr qint64 kMinKvBytes = 8 + 4 + 1;                 // empty key, type, one-byte value
constexpr qint64 kMinTensorInfoBytes = 8 + 4 + 8 + 4 + 8; // empty name, n_dims, 1 dim, type, offset

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
            } else if (key == u"split.count"_s || key == u"split.no"_s ||
                       key == u"split.tensors.count"_s) {
                // gguf-split writes uint16 counts and an int32 tensor count (llama.cpp
                // examples/gguf-split); any integer type is accepted, its value bounded.
                if (*value < 0 || *value > std::numeric_limits<int>::max())
                    return reader.error(field, u"must be between 0 and %1 (got %2)"_s
                                                   .arg(std::numeric_limits<int>::max())
                                                   .arg(*value));
                (key == u"split.count"_s ? header.splitCount
                 : key == u"split.no"_s  ? header.splitNo
                                         : header.splitTensorsCount) = *value;
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
