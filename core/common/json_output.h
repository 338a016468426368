#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pertoken {

/// Serializes a result document with its `"schema"` key first, as the command-line contract
/// promises (QJsonDocument itself sorts keys alphabetically). The remaining keys keep
/// QJsonDocument's order. Any "schema" key already in `body` is replaced.
QByteArray schemaFirstJson(const QString &schema, QJsonObject body);

} // namespace pertoken
