#pragma once

#include "common/input_error.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pertoken {

/// The scenario file format: JSON with `"format": "pertoken.scenario"` and `"schemaVersion"`.
/// Version 1 is current; a newer version is refused with a message naming it. Every field is
/// checked for presence, type and range; the first problem comes back naming its JSON path.
inline constexpr int kScenarioSchemaVersion = 1;

QJsonObject scenarioToJson(const Scenario &scenario);
QByteArray scenarioToBytes(const Scenario &scenario); ///< indented JSON, stable key order

/// `source` is what error messages name: a file path, or "scenario" for in-memory data.
Result<Scenario> scenarioFromJson(const QJsonObject &object, const QString &source);
Result<Scenario> scenarioFromBytes(const QByteArray &bytes, const QString &source);

/// Reads a scenario file (.pertoken). Errors name the file.
Result<Scenario> loadScenarioFile(const QString &path);
/// Writes atomically (QSaveFile): the previous file survives a crash mid-write.
std::optional<InputError> saveScenarioFile(const Scenario &scenario, const QString &path);

} // namespace pertoken
