#include "models/model_inspection.h"

#include "inference/kv_cache.h"
#include "inference/roofline.h"
#include "models/gguf_architecture.h"
#include "models/gguf_header.h"
#include "models/hf_config.h"
#include "models/ollama_store.h"
#include "models/safetensors_header.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

/// The first `limit` bytes of `path` (fewer when the file is shorter), and its size.
Result<QByteArray> readPrefix(const QString &path, qint64 limit, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    *size = file.size();
    QByteArray bytes = file.read(std::min(limit, *size));
    if (bytes.size() != std::min(limit, *size))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    return bytes;
}

/// Records where a model came from: the file's name and the SHA-256 of `bytes`, which are the
/// whole file (scope "file") or its header (scope "header").
void keepOrigin(ModelArchitecture &model, const QString &path, QByteArrayView bytes,
                const QString &scope)
{
    model.sourceFile = QFileInfo(path).fileName();
    model.sourceSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    model.sourceSha256Scope = scope;
}

// llama.cpp's split naming (llama_split_path): PREFIX-00001-of-00003.gguf.
const QRegularExpression kSplitName(u"^(.*)-(\\d{5})-of-(\\d{5})\\.gguf$"_s,
                                    QRegularExpression::CaseInsensitiveOption);

/// Adds the tensors of parts 2..split.count to the first part's header (gguf-split: the first
/// file holds the metadata, every part its own tensor table). Only the headers are read.
std::optional<InputError> addSplitParts(GgufHeader &header, const QString &path, QStringList *files)
{
    const qint64 count = *header.splitCount;
    const QFileInfo info(path);
    if (header.splitNo.value_or(0) != 0)
        return InputError{path, u"split.no"_s,
                          u"part %1 of a model split in %2; inspect the first part (split.no "
                          "0)"_s.arg(*header.splitNo + 1)
                              .arg(count)};
    const QRegularExpressionMatch match = kSplitName.match(info.fileName());
    if (!match.hasMatch())
        return InputError{path, u"split.count"_s,
                          u"the file is split in %1 parts, but its name does not end in "
                          "-00001-of-%2.gguf, so the other parts cannot be found"_s.arg(count)
                              .arg(count, 5, 10, QChar(u'0'))};
    if (match.captured(3).toLongLong() != count)
        return InputError{path, u"split.count"_s,
                          u"%1 parts, but the file name says %2"_s.arg(count).arg(
                              match.captured(3).toLongLong())};
    for (qint64 part = 2; part <= count; ++part) {
        const QString partPath = info.dir().filePath(u"%1-%2-of-%3.gguf"_s.arg(match.captured(1))
                                                         .arg(part, 5, 10, QChar(u'0'))
                                                         .arg(count, 5, 10, QChar(u'0')));
        if (!QFileInfo(partPath).isFile())
            return InputError{
                partPath,
                {},
                u"split part %1 of %2 is missing (%3 says split.count = %2)"_s.arg(part)
                    .arg(count)
                    .arg(info.fileName())};
        qint64 size = 0;
        const Result<QByteArray> bytes = readPrefix(partPath, kGgufHeaderReadLimitBytes, &size);
        if (!bytes)
            return bytes.error();
        const Result<GgufHeader> other = parseGgufHeader(*bytes, size, partPath);
        if (!other)
            return other.error();
        if (other->splitNo.value_or(-1) != part - 1 || other->splitCount.value_or(-1) != count)
            return InputError{partPath, u"split.no"_s,
                              u"part %1 of %2 expected (the file says part %3 of %4)"_s.arg(part)
                                  .arg(count)
                                  .arg(other->splitNo.value_or(-1) + 1)
                                  .arg(other->splitCount.value_or(-1))};
        header.tensors.append(other->tensors);
        header.parameterCount += other->parameterCount;
        header.tensorBytes += other->tensorBytes;
        files->append(partPath);
    }
    if (header.splitTensorsCount && *header.splitTensorsCount != header.tensors.size())
        return InputError{path, u"split.tensors.count"_s,
                          u"%1 tensors, but the %2 parts hold %3"_s.arg(*header.splitTensorsCount)
                              .arg(count)
                              .arg(header.tensors.size())};
    return std::nullopt;
}

Result<ModelInspection> inspectGguf(const QString &path)
{
    qint64 size = 0;
    const Result<QByteArray> bytes = readPrefix(path, kGgufHeaderReadLimitBytes, &size);
    if (!bytes)
        return bytes.error();
    Result<GgufHeader> parsed = parseGgufHeader(*bytes, size, path);
    if (!parsed)
        return parsed.error();
    GgufHeader *header = &parsed.value();
    QStringList files{path};
    if (header->splitCount && *header->splitCount > 1) {
        if (*header->splitCount > kGgufMaxSplitParts)
            return InputError{path, u"split.count"_s,
                              u"%1 parts; at most %2 expected"_s.arg(*header->splitCount)
                                  .arg(kGgufMaxSplitParts)};
        if (std::optional<InputError> error = addSplitParts(*header, path, &files))
            return *error;
    }
    GgufArchitecture architecture = ggufToArchitecture(*header, path);
    keepOrigin(architecture.model, path,
               QByteArrayView(*bytes).first(std::min<qsizetype>(bytes->size(), header->dataOffset)),
               u"header"_s);

    ModelInspection inspection;
    inspection.path = path;
    inspection.format = ModelFileFormat::Gguf;
    inspection.files = files;
    inspection.architecture = header->architecture;
    inspection.license = header->license;
    inspection.fileType = header->fileTypeName();
    inspection.ggufVersion = int(header->version);
    inspection.tensorCount = header->tensors.size();
    for (const GgufTensorInfo &tensor : header->tensors)
        inspection.parametersByDtype[tensor.typeName] += tensor.elements;
    inspection.weightBytes = header->tensorBytes;
    inspection.bitsPerWeight = header->bitsPerWeight();
    inspection.embeddingLength = header->embeddingLength.value_or(0);
    inspection.hasChatTemplate = header->hasChatTemplate;
    inspection.chatTemplateSha256 = header->chatTemplateSha256;
    inspection.model = architecture.model;
    inspection.quantization = ggufQuantization(*header, path);
    // The KV cache needs layers, KV heads and the head dimension; name the key behind each.
    const QString arch = header->architecture.isEmpty() ? u"{arch}"_s : header->architecture;
    if (header->architecture.isEmpty())
        inspection.kvMissing.append(u"general.architecture"_s);
    if (inspection.model.layers <= 0)
        inspection.kvMissing.append(arch + u".block_count"_s);
    if (inspection.model.kvHeads <= 0)
        inspection.kvMissing.append(arch + u".attention.head_count_kv"_s);
    if (inspection.model.headDim <= 0)
        inspection.kvMissing.append(arch + u".attention.key_length"_s);
    return inspection;
}

Result<SafetensorsHeader> readSafetensors(const QString &path, QByteArray *headerBytes = nullptr)
{
    qint64 size = 0;
    Result<QByteArray> first = readPrefix(path, 8, &size);
    if (!first)
        return first.error();
    quint64 length = 0;
    for (qsizetype i = 0; i < first->size(); ++i)
        length |= quint64(uint8_t(first->at(i))) << (8 * i);
    // The parser refuses a length beyond the limit; read no more than the limit allows.
    const qint64 want = 8 + qint64(std::min<quint64>(length, kSafetensorsMaxHeaderBytes));
    const Result<QByteArray> bytes = readPrefix(path, want, &size);
    if (!bytes)
        return bytes.error();
    if (headerBytes != nullptr)
        *headerBytes = *bytes;
    return parseSafetensorsHeader(*bytes, size, path);
}

Result<ModelInspection> inspectSafetensors(const QString &path, const QStringList &files)
{
    ModelInspection inspection;
    inspection.path = path;
    inspection.format = ModelFileFormat::Safetensors;
    qint64 parameters = 0;
    for (const QString &file : files) {
        QByteArray headerBytes;
        const Result<SafetensorsHeader> header = readSafetensors(file, &headerBytes);
        if (!header)
            return header.error();
        if (inspection.files.isEmpty())
            keepOrigin(inspection.model, file, headerBytes, u"header"_s);
        inspection.files.append(file);
        inspection.tensorCount += header->tensors.size();
        for (auto it = header->parametersByDtype.cbegin(); it != header->parametersByDtype.cend();
             ++it)
            inspection.parametersByDtype[it.key()] += it.value();
        parameters += header->parameterCount;
        inspection.weightBytes += header->tensorBytes;
    }
    QList<QPair<qint64, QString>> shares;
    for (auto it = inspection.parametersByDtype.cbegin(); it != inspection.parametersByDtype.cend();
         ++it)
        shares.append({it.value(), it.key()});
    std::sort(shares.begin(), shares.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList dtypes;
    for (const auto &share : shares)
        dtypes.append(share.second);
    inspection.fileType = dtypes.join(u'+');
    inspection.model.name = QFileInfo(path).completeBaseName();
    inspection.model.id = inspection.model.name.toLower().replace(u' ', u'-');
    inspection.model.source = path;
    inspection.model.totalParams = double(parameters);
    inspection.model.activeParams = double(parameters);
    inspection.bitsPerWeight =
        parameters > 0 ? double(inspection.weightBytes) * 8.0 / double(parameters) : 0.0;
    inspection.kvMissing.append(
        u"config.json (num_hidden_layers, num_key_value_heads, head_dim)"_s);
    return inspection;
}

// A config.json is small; anything larger is not one.
constexpr qint64 kConfigReadLimitBytes = 4 * 1024 * 1024;

Result<HfConfigImport> readConfigBytes(const QByteArray &config, qint64 size,
                                       const QString &configPath, const QString &indexPath);

Result<HfConfigImport> readConfig(const QString &configPath, const QString &indexPath)
{
    qint64 size = 0;
    const Result<QByteArray> config = readPrefix(configPath, kConfigReadLimitBytes, &size);
    if (!config)
        return config.error();
    Result<HfConfigImport> read = readConfigBytes(*config, size, configPath, indexPath);
    if (read)
        keepOrigin(read.value().model, configPath, *config, u"file"_s);
    return read;
}

Result<HfConfigImport> readConfigBytes(const QByteArray &config, qint64 size,
                                       const QString &configPath, const QString &indexPath)
{
    if (size > kConfigReadLimitBytes)
        return InputError{configPath,
                          {},
                          u"%1 bytes; at most %2 expected"_s.arg(size).arg(kConfigReadLimitBytes)};
    if (indexPath.isEmpty() || !QFileInfo::exists(indexPath))
        return readHfConfig(config, configPath);
    const Result<QByteArray> index = readPrefix(indexPath, kSafetensorsMaxHeaderBytes, &size);
    if (!index)
        return index.error();
    return readHfConfig(config, configPath, *index, indexPath);
}

// The architecture of a Hugging Face snapshot: its config.json's, with the tensor headers'
// exact parameter count where the checkpoint stores one element per parameter.
void applyConfig(ModelInspection &inspection, const HfConfigImport &config,
                 const QString &configPath)
{
    ModelArchitecture model = config.model;
    const double counted = inspection.model.totalParams;
    const double elementBytes = bytesPerElementOfDtype(config.dtype);
    const bool plainDtype = elementBytes > 0 && counted > 0 &&
                            std::abs(counted * elementBytes - double(inspection.weightBytes)) <
                                0.01 * double(inspection.weightBytes);
    if (plainDtype && inspection.format == ModelFileFormat::Safetensors) {
        model.activeParams = std::min(model.activeParams, counted);
        model.totalParams = counted;
    } else if (counted > 0) {
        inspection.notes.append(
            u"the tensor headers hold %1 elements in packed or quantized "
            "types; the parameter count is config.json's formula"_s.arg(counted));
    }
    inspection.model = model;
    inspection.architecture = config.modelType;
    inspection.files.prepend(configPath);
    inspection.notes.append(config.notes);
    inspection.kvMissing.clear();
}

Result<ModelInspection> inspectConfig(const QString &configPath, const QString &indexPath)
{
    const Result<HfConfigImport> config = readConfig(configPath, indexPath);
    if (!config)
        return config.error();
    ModelInspection inspection;
    inspection.path = configPath;
    inspection.format = ModelFileFormat::HfConfig;
    inspection.fileType = config->dtype;
    applyConfig(inspection, *config, configPath);
    const double elementBytes = bytesPerElementOfDtype(config->dtype);
    if (elementBytes > 0) {
        inspection.weightBytes = qint64(inspection.model.totalParams * elementBytes);
        inspection.bitsPerWeight = elementBytes * 8;
    }
    return inspection;
}

Result<ModelInspection> inspectSafetensorsFolder(const QString &path);

Result<ModelInspection> inspectFolder(const QString &path)
{
    const QDir dir(path);
    const QString configPath = dir.filePath(u"config.json"_s);
    if (QFileInfo::exists(configPath)) {
        const QString index = dir.filePath(u"model.safetensors.index.json"_s);
        const bool hasWeights =
            QFileInfo::exists(index) || !dir.entryList({u"*.safetensors"_s}, QDir::Files).isEmpty();
        if (!hasWeights)
            return inspectConfig(configPath, {});
        const Result<HfConfigImport> config = readConfig(configPath, index);
        if (!config)
            return config.error();
        Result<ModelInspection> tensors = inspectSafetensorsFolder(path);
        if (!tensors)
            return tensors.error();
        ModelInspection inspection = *tensors;
        applyConfig(inspection, *config, configPath);
        return inspection;
    }
    return inspectSafetensorsFolder(path);
}

Result<ModelInspection> inspectSafetensorsFolder(const QString &path)
{
    const QDir dir(path);
    const QString indexPath = dir.filePath(u"model.safetensors.index.json"_s);
    if (QFileInfo::exists(indexPath)) {
        qint64 size = 0;
        const Result<QByteArray> json = readPrefix(indexPath, kSafetensorsMaxHeaderBytes, &size);
        if (!json)
            return json.error();
        if (size > kSafetensorsMaxHeaderBytes)
            return InputError{
                indexPath,
                {},
                u"%1 bytes; at most %2 expected"_s.arg(size).arg(kSafetensorsMaxHeaderBytes)};
        const Result<SafetensorsIndex> index = parseSafetensorsIndex(*json, indexPath);
        if (!index)
            return index.error();
        QStringList files;
        for (const QString &shard : index->shards)
            files.append(dir.filePath(shard));
        return inspectSafetensors(path, files);
    }
    QStringList files;
    for (const QString &name : dir.entryList({u"*.safetensors"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    if (!files.isEmpty())
        return inspectSafetensors(path, files);
    const QStringList ggufs = dir.entryList({u"*.gguf"_s}, QDir::Files, QDir::Name);
    if (ggufs.size() == 1)
        return inspectGguf(dir.filePath(ggufs.constFirst()));
    if (ggufs.size() > 1)
        return InputError{path,
                          {},
                          u"holds %1 GGUF files (%2); name the one to inspect"_s.arg(ggufs.size())
                              .arg(ggufs.join(u", "_s))};
    return InputError{
        path, {}, u"holds no model.safetensors.index.json, *.safetensors or *.gguf file"_s};
}

} // namespace

QString modelFileFormatId(ModelFileFormat format)
{
    switch (format) {
    case ModelFileFormat::Gguf:
        return u"gguf"_s;
    case ModelFileFormat::Safetensors:
        return u"safetensors"_s;
    case ModelFileFormat::HfConfig:
        break;
    }
    return u"hf-config"_s;
}

double ModelInspection::kvBytesPerToken(double kvCacheBits) const
{
    return kvMissing.isEmpty() ? kvCacheBytesPerToken(model, kvCacheBits) : 0.0;
}

double ModelInspection::kvBytesPerSequence(double kvCacheBits, double contextTokens) const
{
    return kvMissing.isEmpty() ? kvCacheBytesPerSequence(model, kvCacheBits, contextTokens) : 0.0;
}

namespace {

Result<ModelInspection> inspectOllamaManifest(const QString &storeRoot, const QString &manifest)
{
    const Result<QString> blob = ollamaModelBlob(storeRoot, manifest);
    if (!blob)
        return blob.error();
    Result<ModelInspection> inspection = inspectGguf(*blob);
    if (!inspection) {
        InputError error = inspection.error();
        error.message += u" (the model layer of %1, manifest %2)"_s.arg(
            ollamaModelName(storeRoot, manifest), manifest);
        return error;
    }
    ModelInspection &result = inspection.value();
    result.storeModel = ollamaModelName(storeRoot, manifest);
    result.path = manifest;
    result.files.prepend(manifest);
    if (result.model.name.isEmpty() || result.model.name == result.architecture)
        result.model.name = result.storeModel;
    return inspection;
}

} // namespace

Result<QList<StoredModelInspection>> inspectOllamaStore(const QString &storeRoot)
{
    const Result<QList<OllamaModelRef>> models = listOllamaModels(storeRoot);
    if (!models)
        return models.error();
    QList<StoredModelInspection> inspections;
    for (const OllamaModelRef &ref : *models) {
        StoredModelInspection entry;
        entry.name = ref.name;
        entry.manifestPath = ref.manifestPath;
        Result<ModelInspection> inspection = inspectOllamaManifest(storeRoot, ref.manifestPath);
        if (inspection)
            entry.inspection = std::move(inspection).value();
        else
            entry.error = inspection.error();
        inspections.append(std::move(entry));
    }
    return inspections;
}

Result<ModelInspection> inspectModelPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return InputError{path, {}, u"no such file or folder"_s};
    if (info.isDir() && isOllamaStore(path))
        return InputError{path,
                          {},
                          u"an Ollama model store: inspect one model's manifest "
                          "(manifests/registry.ollama.ai/library/NAME/TAG), or the whole store "
                          "with `pertoken models inspect`"_s};
    if (info.isDir())
        return inspectFolder(path);
    if (const QString store = ollamaStoreOfManifest(path); !store.isEmpty())
        return inspectOllamaManifest(store, path);
    if (path.endsWith(u".safetensors"_s, Qt::CaseInsensitive))
        return inspectSafetensors(path, {path});
    if (info.fileName() == u"config.json")
        return inspectConfig(path, info.dir().filePath(u"model.safetensors.index.json"_s));
    if (path.endsWith(u".gguf"_s, Qt::CaseInsensitive))
        return inspectGguf(path);
    // Recognise the file by its content: GGUF files start with their magic.
    qint64 size = 0;
    const Result<QByteArray> magic = readPrefix(path, 4, &size);
    if (magic && *magic == QByteArrayView("GGUF"))
        return inspectGguf(path);
    return InputError{path,
                      {},
                      u"a .gguf or .safetensors file, a config.json, or a folder of them, "
                      "expected"_s};
}

} // namespace pertoken
