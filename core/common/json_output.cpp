#include "common/json_output.h"

#include <QJsonDocument>

namespace pertoken {

using namespace Qt::StringLiterals;

QByteArray schemaFirstJson(const QString &schema, QJsonObject body)
{
    body.remove(u"schema"_s);
    const QByteArray schemaLine = "    \"schema\": " + QJsonDocument(QJsonObject{{u"s"_s, schema}})
                                                           .toJson(QJsonDocument::Compact)
                                                           .mid(5)
                                                           .chopped(1);
    QByteArray rest = QJsonDocument(body).toJson(QJsonDocument::Indented);
    // rest is "{\n    ...\n}\n" or "{\n}\n" for an empty body.
    rest.remove(0, 2);
    if (rest.startsWith('}'))
        return "{\n" + schemaLine + "\n" + rest;
    return "{\n" + schemaLine + ",\n" + rest;
}

} // namespace pertoken
