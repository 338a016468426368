#pragma once

#include "common/input_error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pertoken {

/// One layer of an Ollama manifest: a blob named by its digest.
struct OllamaLayer {
    QString mediaType; ///< "application/vnd.ollama.image.model" for the GGUF weights
    QString digest;    ///< "sha256:<64 hex digits>"
    qint64 sizeBytes = 0;
};

/// An Ollama image manifest (the OCI/Docker image manifest schema 2 Ollama writes under
/// manifests/<registry>/<namespace>/<model>/<tag>): its config and layers.
struct OllamaManifest {
    int schemaVersion = 0;
    OllamaLayer config;
    QList<OllamaLayer> layers;
};

inline constexpr auto kOllamaModelMediaType = "application/vnd.ollama.image.model";
/// Manifests are a few hundred bytes; anything beyond this is not one.
inline constexpr qint64 kOllamaManifestMaxBytes = 1024 * 1024;

/// Parses a manifest (bytes in, result or error out). Every digest must be "sha256:" and 64
/// lowercase hex digits, so a blob name made from it can never leave the blobs folder ("../").
/// Errors name the field ("layers[1].digest").
Result<OllamaManifest> parseOllamaManifest(QByteArrayView json, const QString &source);

/// The blob file name of a digest checked by parseOllamaManifest: "sha256-<hex>".
QString ollamaBlobName(const QString &digest);

/// A folder laid out as Ollama's model store (~/.ollama/models, or $OLLAMA_MODELS): it holds
/// the folders manifests/ and blobs/.
bool isOllamaStore(const QString &folder);

/// One model:tag in a store.
struct OllamaModelRef {
    /// As `ollama list` shows it: "llama3.1:8b" for registry.ollama.ai/library, else
    /// "namespace/model:tag", with the registry in front when it is not registry.ollama.ai.
    QString name;
    QString manifestPath;
};

/// The manifests of a store: files exactly four folders below manifests/ (registry, namespace,
/// model, tag), sorted by name. Symbolic links to folders are not followed (a link loop cannot
/// hang the walk) and at most kOllamaMaxManifests are listed.
inline constexpr int kOllamaMaxManifests = 10000;
Result<QList<OllamaModelRef>> listOllamaModels(const QString &storeRoot);

/// The store holding `manifestPath` (the folder above its manifests/ folder), or "" when the
/// file does not lie four folders below a store's manifests/.
QString ollamaStoreOfManifest(const QString &manifestPath);

/// The model name of a manifest in the store ("llama3.1:8b"; see OllamaModelRef::name).
QString ollamaModelName(const QString &storeRoot, const QString &manifestPath);

/// Reads the manifest and returns the path of its model layer's blob (the GGUF file), checked
/// to exist, to be a regular file after following links, and to lie inside the store's blobs/
/// folder. Errors name the manifest or the blob and say what is wrong.
Result<QString> ollamaModelBlob(const QString &storeRoot, const QString &manifestPath);

} // namespace pertoken
