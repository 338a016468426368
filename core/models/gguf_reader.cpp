#include "models/gguf_reader.h"

namespace pertoken::gguf {

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

QString typeError(uint32_t type)
{
    return u"unknown value type %1 (0 to 12 expected: ggml docs/gguf.md)"_s.arg(type);
}

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

} // namespace pertoken::gguf
