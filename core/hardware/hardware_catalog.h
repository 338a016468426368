#pragma once

#include "common/input_error.h"
#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"

#include <QJsonObject>
#include <QList>

namespace pertoken {

/// The built-in catalogs shipped in resources/catalog/: accelerators and devices, model
/// architecture presets and quantization formats, every entry with its source. Loaded once from
/// the embedded JSON; the lists are immutable afterwards.
const QList<Accelerator> &builtinAccelerators();
const QList<ModelArchitecture> &builtinModels();
const QList<Quantization> &builtinQuantizations();

/// Lookup by id; nullptr when there is no such entry.
const Accelerator *findAccelerator(const QString &id);
const ModelArchitecture *findModel(const QString &id);
const Quantization *findQuantization(const QString &id);

/// JSON forms, shared by the catalog files and the scenario file (which embeds full records so a
/// mailed scenario does not depend on the recipient's catalog). `path` prefixes error fields.
QJsonObject acceleratorToJson(const Accelerator &accelerator);
Result<Accelerator> acceleratorFromJson(const QJsonObject &object, const QString &source,
                                        const QString &path);
QJsonObject modelToJson(const ModelArchitecture &model);
Result<ModelArchitecture> modelFromJson(const QJsonObject &object, const QString &source,
                                        const QString &path);
QJsonObject quantizationToJson(const Quantization &quantization);
Result<Quantization> quantizationFromJson(const QJsonObject &object, const QString &source,
                                          const QString &path);

/// A whole hardware catalog file, {"format": "pertoken.hardware-catalog", "schemaVersion": 1,
/// "accelerators": [...], "models": [...], "quantizations": [...]} (schema in
/// resources/catalog/README.md). Duplicate ids within a list are an error.
struct HardwareCatalog {
    QList<Accelerator> accelerators;
    QList<ModelArchitecture> models;
    QList<Quantization> quantizations;
};
Result<HardwareCatalog> parseHardwareCatalog(const QByteArray &json, const QString &source);

} // namespace pertoken
