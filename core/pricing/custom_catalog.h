#pragma once

#include "common/input_error.h"
#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "pricing/api_price.h"

#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

/// The user's own catalog entries (negotiated prices, imported price lists, hardware not in the
/// built-in catalog), kept beside the read-only built-in catalogs in one JSON file:
/// {"format": "pertoken.custom-catalog", "schemaVersion": 1, "prices": [...],
///  "accelerators": [...], "models": [...]}, entries in the built-in catalogs' schema
/// (resources/catalog/README.md). "models" is optional (files written before models could be
/// imported lack it).
struct CustomCatalog {
    QList<ApiPrice> prices;
    QList<Accelerator> accelerators;
    QList<ModelArchitecture> models;

    bool operator==(const CustomCatalog &) const = default;
};

/// Reads the custom catalog; a file that does not exist yet is an empty catalog (first start).
/// A file that exists but cannot be read or is malformed is an error naming the path and field.
Result<CustomCatalog> loadCustomCatalog(const QString &path);

/// Writes atomically through QSaveFile, creating the folder; std::nullopt on success.
std::optional<InputError> saveCustomCatalog(const CustomCatalog &catalog, const QString &path);

/// <AppDataLocation>/custom-catalog.json (QStandardPaths::AppDataLocation).
QString defaultCustomCatalogPath();

} // namespace pertoken
