#include "common/json_reader.h"

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace

void JsonReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = InputError{m_source, field, message};
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::join(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool JsonReader::checkRange(const QString &field, double value, double min, double max)
{
    if (!std::isfinite(value)) {
        fail(field, u"must be a finite number"_s);
        return false;
    }
    if (value < min) {
        fail(field, u"must be at least %1 (got %2)"_s.arg(min, 0, 'g', 12).arg(value, 0, 'g', 12));
        return false;
    }
    if (value > max) {
        fail(field, u"must be at most %1 (got %2)"_s.arg(max, 0, 'g', 12).arg(value, 0, 'g', 12));
        return false;
    }
    return true;
}

double JsonReader::number(const QJsonObject &object, const QString &path, const QString &key,
                          double min, double max)
{
    if (failed())
        return 0.0;
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(field, u"is missing (expected a number)"_s);
        return 0.0;
    }
    if (!value.isDouble()) {
        fail(field, u"must be a number, not %1"_s.arg(typeName(value)));
        return 0.0;
    }
    const double v = value.toDouble();
    return checkRange(field, v, min, max) ? v : 0.0;
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject &object, const QString &path,
                                                 const QString &key, double min, double max)
{
    if (failed())
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double v = number(object, path, key, min, max);
    if (failed())
        return std::nullopt;
    return v;
}

int JsonReader::integer(const QJsonObject &object, const QString &path, const QString &key, int min,
                        int max)
{
    const double v = number(object, path, key, min, max);
    if (failed())
        return 0;
    if (v != std::floor(v)) {
        fail(join(path, key), u"must be a whole number (got %1)"_s.arg(v));
        return 0;
    }
    return static_cast<int>(v);
}

QString JsonReader::string(const QJsonObject &object, const QString &path, const QString &key)
{
    if (failed())
        return {};
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(field, u"is missing (expected a string)"_s);
        return {};
    }
    if (!value.isString()) {
        fail(field, u"must be a string, not %1"_s.arg(typeName(value)));
        return {};
    }
    return value.toString();
}

QString JsonReader::nonEmptyString(const QJsonObject &object, const QString &path,
                                   const QString &key)
{
    const QString value = string(object, path, key);
    if (!failed() && value.trimmed().isEmpty())
        fail(join(path, key), u"must not be empty"_s);
    return value;
}

QString JsonReader::optionalString(const QJsonObject &object, const QString &path,
                                   const QString &key, const QString &fallback)
{
    if (failed())
        return fallback;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    return string(object, path, key);
}

bool JsonReader::boolean(const QJsonObject &object, const QString &path, const QString &key)
{
    if (failed())
        return false;
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(field, u"is missing (expected true or false)"_s);
        return false;
    }
    if (!value.isBool()) {
        fail(field, u"must be true or false, not %1"_s.arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

bool JsonReader::optionalBoolean(const QJsonObject &object, const QString &path, const QString &key,
                                 bool fallback)
{
    if (failed())
        return fallback;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    return boolean(object, path, key);
}

QJsonObject JsonReader::object(const QJsonObject &object, const QString &path, const QString &key)
{
    if (failed())
        return {};
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(field, u"is missing (expected an object)"_s);
        return {};
    }
    if (!value.isObject()) {
        fail(field, u"must be an object, not %1"_s.arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &path, const QString &key)
{
    if (failed())
        return {};
    const QString field = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(field, u"is missing (expected an array)"_s);
        return {};
    }
    if (!value.isArray()) {
        fail(field, u"must be an array, not %1"_s.arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

} // namespace pertoken
