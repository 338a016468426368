#include "models/ollama_store.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kDefaultRegistry = u"registry.ollama.ai"_s;
const QString kDefaultNamespace = u"library"_s;

bool isSha256Digest(const QString &digest)
{
    if (digest.size() != 7 + 64 || !digest.startsWith(u"sha256:"_s))
        return false;
    return std::all_of(digest.cbegin() + 7, digest.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

OllamaLayer readLayer(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    OllamaLayer layer;
    layer.mediaType = reader.string(object, path, u"mediaType"_s);
    layer.digest = reader.string(object, path, u"digest"_s);
    layer.sizeBytes = qint64(reader.number(object, path, u"size"_s, 0, 9.0e15));
    if (!reader.failed() && !isSha256Digest(layer.digest))
        reader.fail(JsonReader::join(path, u"digest"_s),
                    u"\"sha256:\" and 64 lowercase hex digits expected (got \"%1\")"_s.arg(
                        layer.digest.left(100)));
    return layer;
}

// Folders from manifests/ down to the tag file: registry, namespace, model, tag.
constexpr int kManifestDepth = 4;

} // namespace

Result<OllamaManifest> parseOllamaManifest(QByteArrayView json, const QString &source)
{
    if (json.size() > kOllamaManifestMaxBytes)
        return InputError{source,
                          {},
                          u"%1 bytes; a manifest of at most %2 expected"_s.arg(json.size())
                              .arg(kOllamaManifestMaxBytes)};
    const Result<QJsonObject> root =
        parseJsonObject(json.toByteArray(), source, u"an Ollama manifest (a JSON object)"_s);
    if (!root)
        return root.error();
    JsonReader reader(source);
    OllamaManifest manifest;
    manifest.schemaVersion = reader.integer(*root, {}, u"schemaVersion"_s, 1, 2);
    if (root->contains(u"config"_s))
        manifest.config = readLayer(reader, reader.object(*root, {}, u"config"_s), u"config"_s);
    const QJsonArray layers = reader.array(*root, {}, u"layers"_s);
    for (qsizetype i = 0; i < layers.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::join(u"layers"_s, i);
        if (!layers.at(i).isObject()) {
            reader.fail(path, u"must be an object"_s);
            break;
        }
        manifest.layers.append(readLayer(reader, layers.at(i).toObject(), path));
    }
    if (reader.failed())
        return reader.error();
    return manifest;
}

QString ollamaBlobName(const QString &digest)
{
    return u"sha256-"_s + digest.mid(7);
}

bool isOllamaStore(const QString &folder)
{
    const QDir dir(folder);
    return QFileInfo(dir.filePath(u"manifests"_s)).isDir() &&
           QFileInfo(dir.filePath(u"blobs"_s)).isDir();
}

QString ollamaModelName(const QString &storeRoot, const QString &manifestPath)
{
    const QString relative =
        QDir(QDir(storeRoot).filePath(u"manifests"_s)).relativeFilePath(manifestPath);
    const QStringList parts = relative.split(u'/');
    if (parts.size() != kManifestDepth)
        return QFileInfo(manifestPath).fileName();
    QString name = parts.at(2) + u':' + parts.at(3);
    if (parts.at(0) != kDefaultRegistry || parts.at(1) != kDefaultNamespace)
        name.prepend(parts.at(1) + u'/');
    if (parts.at(0) != kDefaultRegistry)
        name.prepend(parts.at(0) + u'/');
    return name;
}

Result<QList<OllamaModelRef>> listOllamaModels(const QString &storeRootPath)
{
    const QString storeRoot = QFileInfo(storeRootPath).absoluteFilePath();
    const QString manifests = QDir(storeRoot).filePath(u"manifests"_s);
    if (!QFileInfo(manifests).isDir())
        return InputError{storeRoot, {}, u"no manifests/ folder: not an Ollama model store"_s};
    QList<OllamaModelRef> models;
    // Without QDirIterator::FollowSymlinks a link to a folder is listed, never entered.
    QDirIterator it(manifests, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    const QDir root(manifests);
    while (it.hasNext()) {
        const QString path = it.next();
        if (root.relativeFilePath(path).count(u'/') != kManifestDepth - 1)
            continue;
        if (models.size() >= kOllamaMaxManifests)
            return InputError{
                manifests,
                {},
                u"more than %1 manifests; not a model store"_s.arg(kOllamaMaxManifests)};
        models.append({ollamaModelName(storeRoot, path), path});
    }
    std::sort(models.begin(), models.end(),
              [](const OllamaModelRef &a, const OllamaModelRef &b) { return a.name < b.name; });
    return models;
}

QString ollamaStoreOfManifest(const QString &manifestPath)
{
    QDir dir = QFileInfo(manifestPath).absoluteDir();
    for (int up = 1; up < kManifestDepth; ++up) {
        if (!dir.cdUp())
            return {};
    }
    if (dir.dirName() != u"manifests"_s || !dir.cdUp() || !isOllamaStore(dir.path()))
        return {};
    return dir.path();
}

Result<QString> ollamaModelBlob(const QString &storeRoot, const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{manifestPath, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    if (file.size() > kOllamaManifestMaxBytes)
        return InputError{manifestPath,
                          {},
                          u"%1 bytes; a manifest of at most %2 expected"_s.arg(file.size())
                              .arg(kOllamaManifestMaxBytes)};
    const Result<OllamaManifest> manifest =
        parseOllamaManifest(file.read(kOllamaManifestMaxBytes), manifestPath);
    if (!manifest)
        return manifest.error();
    qsizetype modelLayer = -1;
    for (qsizetype i = 0; i < manifest->layers.size(); ++i) {
        if (manifest->layers.at(i).mediaType == QLatin1String(kOllamaModelMediaType)) {
            modelLayer = i;
            break;
        }
    }
    if (modelLayer < 0)
        return InputError{manifestPath, u"layers"_s,
                          u"no layer of mediaType %1 (the model weights)"_s.arg(
                              QLatin1String(kOllamaModelMediaType))};
    const QString field = u"layers[%1].digest"_s.arg(modelLayer);
    const QDir blobs(QDir(storeRoot).filePath(u"blobs"_s));
    const QString blob = blobs.filePath(ollamaBlobName(manifest->layers.at(modelLayer).digest));
    const QFileInfo info(blob);
    if (!info.exists() && !info.isSymLink())
        return InputError{manifestPath, field, u"the blob %1 is missing"_s.arg(blob)};
    // exists() follows links: false for a dangling link or a link loop.
    const QString canonical = info.canonicalFilePath();
    if (!info.exists() || canonical.isEmpty())
        return InputError{blob,
                          {},
                          u"is a symbolic link that leads nowhere (a loop, or a "
                          "missing target)"_s};
    const QString blobsRoot = QFileInfo(blobs.path()).canonicalFilePath();
    if (!canonical.startsWith(blobsRoot + u'/'))
        return InputError{
            blob, {}, u"leads outside the store's blobs folder, to %1"_s.arg(canonical)};
    if (!QFileInfo(canonical).isFile())
        return InputError{blob, {}, u"is not a regular file"_s};
    return blob;
}

} // namespace pertoken
