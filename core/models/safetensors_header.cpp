#include "models/safetensors_header.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qsizetype kMaxRank = 16;
// The largest integer a JSON number (a double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

/// Bits per element of each dtype of the format (safetensors/src/tensor.rs, enum Dtype).
int dtypeBits(const QString &dtype)
{
    static const QMap<QString, int> bits = {
        {u"BOOL"_s, 8},    {u"U8"_s, 8},   {u"I8"_s, 8},   {u"F8_E4M3"_s, 8}, {u"F8_E5M2"_s, 8},
        {u"F8_E8M0"_s, 8}, {u"I16"_s, 16}, {u"U16"_s, 16}, {u"F16"_s, 16},    {u"BF16"_s, 16},
        {u"I32"_s, 32},    {u"U32"_s, 32}, {u"F32"_s, 32}, {u"I64"_s, 64},    {u"U64"_s, 64},
        {u"F64"_s, 64},    {u"C64"_s, 64}, {u"F4"_s, 4},   {u"F6_E2M3"_s, 6}, {u"F6_E3M2"_s, 6},
    };
    return bits.value(dtype, 0);
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > kMaxExactInteger || std::floor(number) != number)
        return std::nullopt;
    return qint64(number);
}

/// [begin, end], both whole numbers, begin <= end.
std::optional<std::pair<qint64, qint64>> dataOffsets(const QJsonValue &value)
{
    const QJsonArray offsets = value.toArray();
    if (!value.isArray() || offsets.size() != 2)
        return std::nullopt;
    const std::optional<qint64> begin = exactInteger(offsets.at(0));
    const std::optional<qint64> end = exactInteger(offsets.at(1));
    if (!begin || !end || *begin > *end)
        return std::nullopt;
    return std::pair{*begin, *end};
}

} // namespace

Result<SafetensorsHeader> parseSafetensorsHeader(QByteArrayView prefix, qint64 fileSize,
                                                 const QString &source)
{
    fileSize = std::max<qint64>(fileSize, prefix.size());
    if (fileSize < 8)
        return InputError{source, u"header_size"_s,
                          u"the file has %1 bytes; a safetensors file starts with an 8-byte "
                          "header length"_s.arg(fileSize)};
    if (prefix.size() < 8)
        return InputError{source, u"header_size"_s,
                          u"the header continues beyond the first %1 bytes read; read at least "
                          "8"_s.arg(prefix.size())};
    quint64 length = 0;
    for (int i = 0; i < 8; ++i)
        length |= quint64(uint8_t(prefix[i])) << (8 * i);
    if (length > quint64(kSafetensorsMaxHeaderBytes))
        return InputError{
            source, u"header_size"_s,
            u"%1 bytes; at most %2 expected"_s.arg(length).arg(kSafetensorsMaxHeaderBytes)};
    if (qint64(length) > fileSize - 8)
        return InputError{
            source, u"header_size"_s,
            u"%1 bytes, but the file has only %2 bytes after it"_s.arg(length).arg(fileSize - 8)};
    if (qint64(length) > prefix.size() - 8)
        return InputError{
            source, u"header_size"_s,
            u"the header continues beyond the first %1 bytes read; read %2"_s.arg(prefix.size())
                .arg(8 + qint64(length))};

    SafetensorsHeader header;
    header.headerBytes = qint64(length);
    const qint64 dataBytes = fileSize - 8 - qint64(length);
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(prefix.sliced(8, qsizetype(length)).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return InputError{source, u"header"_s,
                          u"not valid JSON at byte %1: %2"_s.arg(8 + parseError.offset)
                              .arg(parseError.errorString())};
    if (!document.isObject())
        return InputError{source, u"header"_s, u"a JSON object expected"_s};
    const QJsonObject root = document.object();

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString name = it.key();
        if (name == u"__metadata__"_s) {
            if (!it.value().isObject())
                return InputError{source, name, u"an object of strings expected"_s};
            const QJsonObject metadata = it.value().toObject();
            for (auto m = metadata.constBegin(); m != metadata.constEnd(); ++m) {
                if (!m.value().isString())
                    return InputError{source, name + u'.' + m.key(), u"a string expected"_s};
                header.metadata.insert(m.key(), m.value().toString());
            }
            continue;
        }
        if (!it.value().isObject())
            return InputError{source, name, u"an object {dtype, shape, data_offsets} expected"_s};
        const QJsonObject entry = it.value().toObject();
        SafetensorsTensor tensor;
        tensor.name = name;
        tensor.dtype = entry.value(u"dtype"_s).toString();
        const int bits = dtypeBits(tensor.dtype);
        if (bits == 0)
            return InputError{
                source, name + u".dtype"_s,
                u"unknown dtype \"%1\" (BF16, F16, F32, F8_E4M3, U8, ... expected)"_s.arg(
                    tensor.dtype)};
        const QJsonValue shapeValue = entry.value(u"shape"_s);
        if (!shapeValue.isArray() || shapeValue.toArray().size() > kMaxRank)
            return InputError{source, name + u".shape"_s,
                              u"an array of at most %1 dimensions expected"_s.arg(kMaxRank)};
        tensor.elements = 1;
        const QJsonArray shape = shapeValue.toArray();
        for (qsizetype d = 0; d < shape.size(); ++d) {
            const std::optional<qint64> dim = exactInteger(shape.at(d));
            const QString field = u"%1.shape[%2]"_s.arg(name).arg(d);
            if (!dim)
                return InputError{source, field, u"a whole number of at least 0 expected"_s};
            if (*dim != 0 && tensor.elements > kInt64Max / 64 / *dim)
                return InputError{source, field, u"the element count overflows 64 bits"_s};
            tensor.shape.append(*dim);
            tensor.elements *= *dim;
        }
        const std::optional<std::pair<qint64, qint64>> range =
            dataOffsets(entry.value(u"data_offsets"_s));
        if (!range)
            return InputError{source, name + u".data_offsets"_s,
                              u"[begin, end] with 0 <= begin <= end expected"_s};
        const auto [begin, end] = *range;
        if (end > dataBytes)
            return InputError{
                source, name + u".data_offsets"_s,
                u"ends at byte %1 of the data, which has %2 bytes"_s.arg(end).arg(dataBytes)};
        const qint64 expected = (tensor.elements * bits + 7) / 8;
        if (end - begin != expected)
            return InputError{source, name + u".data_offsets"_s,
                              u"%1 bytes, but %2 elements of %3 take %4"_s.arg(end - begin)
                                  .arg(tensor.elements)
                                  .arg(tensor.dtype)
                                  .arg(expected)};
        tensor.begin = begin;
        tensor.end = end;
        header.parametersByDtype[tensor.dtype] += tensor.elements;
        header.tensors.append(std::move(tensor));
    }

    QList<qsizetype> order(header.tensors.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return header.tensors.at(a).begin < header.tensors.at(b).begin;
    });
    for (qsizetype k = 1; k < order.size(); ++k) {
        const SafetensorsTensor &before = header.tensors.at(order.at(k - 1));
        const SafetensorsTensor &tensor = header.tensors.at(order.at(k));
        if (before.end > tensor.begin)
            return InputError{source, tensor.name + u".data_offsets"_s,
                              u"overlaps tensor \"%1\""_s.arg(before.name)};
    }
    // Non-overlapping ranges inside the file: the sums stay below its size (times 2 for F4).
    for (const SafetensorsTensor &tensor : std::as_const(header.tensors)) {
        header.parameterCount += tensor.elements;
        header.tensorBytes += tensor.end - tensor.begin;
    }
    return header;
}

Result<SafetensorsIndex> parseSafetensorsIndex(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return InputError{source, u"(document)"_s, u"a JSON object expected"_s};
    const QJsonObject root = document.object();
    SafetensorsIndex index;
    const QJsonValue totalSize = root.value(u"metadata"_s).toObject().value(u"total_size"_s);
    if (!totalSize.isUndefined()) {
        index.totalSizeBytes = exactInteger(totalSize);
        if (!index.totalSizeBytes)
            return InputError{source, u"metadata.total_size"_s,
                              u"a whole number of bytes expected"_s};
    }
    const QJsonValue weightMap = root.value(u"weight_map"_s);
    if (!weightMap.isObject())
        return InputError{source, u"weight_map"_s, u"an object {tensor: file} expected"_s};
    QSet<QString> shards;
    const QJsonObject map = weightMap.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString file = it.value().toString();
        if (!it.value().isString() || file.isEmpty() || file.contains(u'/') ||
            file.contains(u'\\') || file == u"."_s || file == u".."_s)
            return InputError{source, u"weight_map.%1"_s.arg(it.key()),
                              u"a file name in the same folder expected (got \"%1\")"_s.arg(file)};
        shards.insert(file);
    }
    index.tensorCount = map.size();
    index.shards = QStringList(shards.cbegin(), shards.cend());
    index.shards.sort();
    return index;
}

} // namespace pertoken
