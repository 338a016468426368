#include "common/catalog_file.h"

#include "common/json_reader.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace pertoken {

using namespace Qt::StringLiterals;

Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &source,
                                    const QString &expected)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return InputError{source,
                          {},
                          u"is not valid JSON: %1 at byte %2"_s.arg(parseError.errorString())
                              .arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return InputError{source,
                          {},
                          u"must hold %1 at the top level"_s.arg(
                              expected.isEmpty() ? u"a JSON object"_s : expected)};
    }
    return document.object();
}

std::optional<InputError> checkCatalogEnvelope(const QJsonObject &root, const QString &format,
                                               int currentVersion, const QString &source)
{
    JsonReader reader(source);
    const QString actualFormat = reader.string(root, {}, u"format"_s);
    if (!reader.failed() && actualFormat != format)
        reader.fail(u"format"_s, u"must be \"%1\" (got \"%2\")"_s.arg(format, actualFormat));
    const QJsonValue version = root.value(u"schemaVersion"_s);
    if (!reader.failed() && version.isDouble() && version.toDouble() > currentVersion) {
        reader.fail(u"schemaVersion"_s,
                    u"is %1, written by a newer PerToken; this version reads up to %2"_s
                        .arg(version.toDouble())
                        .arg(currentVersion));
    }
    reader.integer(root, {}, u"schemaVersion"_s, 1, currentVersion);
    if (reader.failed())
        return reader.error();
    return std::nullopt;
}

QJsonObject catalogEnvelope(const QString &format, int version)
{
    return QJsonObject{{u"format"_s, format}, {u"schemaVersion"_s, version}};
}

bool isEmptyOrIsoDate(const QString &text)
{
    if (text.isEmpty())
        return true;
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace pertoken
