#pragma once

#include "common/input_error.h"
#include "pricing/api_price.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

/// The key of LiteLLM's model_prices_and_context_window.json an entry's figures come from, read
/// from its source: the built-in catalog cites it as `key "gpt-4o"`, an entry imported by
/// importLiteLlmPrices() as "<file>, key gpt-4o" with its id equal to the key. "" when the entry
/// does not come from LiteLLM (a price read from a provider's page, the user's own).
QString liteLlmKey(const ApiPrice &price);

/// The catalog `current` becomes when refreshed from LiteLLM's file (`downloaded`, entries as
/// importLiteLlmPrices() gives them, id = key):
/// - an entry of `current` whose liteLlmKey() is in the file keeps its id, provider and model
///   name and takes the file's rates, modality, date and source; a figure the file does not state
///   (no cached rate, no batch rate, no long-context tier, no context window) keeps the entry's;
/// - an entry whose key is no longer in the file is removed;
/// - an entry that does not come from LiteLLM stays as it is;
/// - every other entry of the file is added after them, in the file's order, unless its key is
///   already the id of an entry kept above.
QList<ApiPrice> updatedPriceCatalog(const QList<ApiPrice> &current,
                                    const QList<ApiPrice> &downloaded);

/// The user's API price catalog, a `pertoken.api-prices` file that takes the built-in
/// catalog's place once prices have been updated: "api-prices.json" in the folder of
/// `customCatalogPath` (custom_catalog.h). The catalog it replaced is kept beside it, as
/// "api-prices.previous.json", byte for byte, so it can be restored.
QString userPriceCatalogPath(const QString &customCatalogPath);
QString previousPriceCatalogPath(const QString &userCatalogPath);

/// The bytes of the catalog in effect: the user's file at `userCatalogPath` when it exists,
/// otherwise the built-in catalog's resource.
Result<QByteArray> priceCatalogBytes(const QString &userCatalogPath);
/// The entries of the catalog in effect (parseApiPriceCatalog() of priceCatalogBytes()).
Result<QList<ApiPrice>> loadPriceCatalog(const QString &userCatalogPath);

/// The entry `id` of the catalog in effect, so a shipped entry picked by its id brings the
/// figures the last update gave it; the built-in entry when the user's catalog cannot be read;
/// std::nullopt when neither has `id`.
std::optional<ApiPrice> apiPriceInUse(const QString &userCatalogPath, const QString &id);

/// Makes `bytes` (a catalog from apiPriceCatalogToJson()) the user's catalog, after writing the
/// catalog in effect, byte for byte, to previousPriceCatalogPath(). Both writes go through
/// QSaveFile; a failure leaves the user's catalog as it was. std::nullopt on success.
std::optional<InputError> replacePriceCatalog(const QString &userCatalogPath,
                                              const QByteArray &bytes);

/// Puts the previous catalog back in effect, and keeps the one it replaces as the previous one,
/// so a second restore undoes the first. An error when there is no previous catalog.
std::optional<InputError> restorePreviousPriceCatalog(const QString &userCatalogPath);

} // namespace pertoken
