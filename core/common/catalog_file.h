#pragma once

#include "common/input_error.h"
#include "common/json_reader.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

/// The envelope shared by PerToken's catalog files (built-in catalogs, `prices import --out`,
/// the custom catalog): a JSON object with "format" naming the kind of file and an integer
/// "schemaVersion". A file from a newer version is refused rather than half read.

/// Parses `json` as one JSON object; the error names `source` and the byte offset, or says the
/// top level must be `expected` ("a JSON object" when empty).
Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &source,
                                    const QString &expected = {});

/// Checks "format" == `format` and 1 <= "schemaVersion" <= `currentVersion`.
std::optional<InputError> checkCatalogEnvelope(const QJsonObject &root, const QString &format,
                                               int currentVersion, const QString &source);

/// The envelope of a new file: {"format": format, "schemaVersion": version}.
QJsonObject catalogEnvelope(const QString &format, int version);

/// True for "" or an ISO calendar date "YYYY-MM-DD" that exists.
bool isEmptyOrIsoDate(const QString &text);

/// Reads root[key], an array of entries parsed by `parse(object, source, path)` (one of the
/// *FromJson functions), into `out`; two entries with one id are an error.
template <typename T, typename Parse>
std::optional<InputError> readCatalogEntries(const QJsonObject &root, const QString &key,
                                             const QString &source, Parse parse, QList<T> *out)
{
    using namespace Qt::StringLiterals;
    JsonReader reader(source);
    const QJsonArray entries = reader.array(root, {}, key);
    if (reader.failed())
        return reader.error();
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = JsonReader::join(key, i);
        if (!entries.at(i).isObject())
            return InputError{source, path, u"must be an object"_s};
        Result<T> entry = parse(entries.at(i).toObject(), source, path);
        if (!entry)
            return entry.error();
        if (indexById.contains(entry->id)) {
            return InputError{source, JsonReader::join(path, u"id"_s),
                              u"\"%1\" is already used by %2[%3]"_s.arg(entry->id, key)
                                  .arg(indexById.value(entry->id))};
        }
        indexById.insert(entry->id, i);
        out->append(std::move(entry).value());
    }
    return std::nullopt;
}

} // namespace pertoken
