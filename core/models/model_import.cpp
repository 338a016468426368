#include "models/model_import.h"

#include "models/model_inspection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// A config.json is small; anything larger is not one (model_inspection.cpp reads at most this).
constexpr qint64 kConfigLimitBytes = 4 * 1024 * 1024;

QString slug(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() || c == u'.')
            id.append(c);
        else if (!id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    return id;
}

int positiveInt(const QJsonObject &object, const QString &key)
{
    const double value = object.value(key).toDouble(0);
    return value >= 1 && value <= 1e9 ? int(value) : 0;
}

// What a config.json that the family readers refused still says: the keys most families share.
std::optional<ModelArchitecture> partialFromConfig(const QString &configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kConfigLimitBytes)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    const QJsonObject text =
        root.value(u"text_config"_s).isObject() ? root.value(u"text_config"_s).toObject() : root;
    ModelArchitecture model;
    model.name = root.value(u"_name_or_path"_s).toString().section(u'/', -1);
    // Without _name_or_path the name stays empty: importModel names the model by its folder.
    model.layers = positiveInt(text, u"num_hidden_layers"_s);
    model.attentionHeads = positiveInt(text, u"num_attention_heads"_s);
    model.kvHeads = positiveInt(text, u"num_key_value_heads"_s);
    if (model.kvHeads == 0)
        model.kvHeads = model.attentionHeads;
    model.headDim = positiveInt(text, u"head_dim"_s);
    const int hidden = positiveInt(text, u"hidden_size"_s);
    if (model.headDim == 0 && hidden > 0 && model.attentionHeads > 0)
        model.headDim = hidden / model.attentionHeads;
    model.contextLength = positiveInt(text, u"max_position_embeddings"_s);
    model.sourceFile = QFileInfo(configPath).fileName();
    model.sourceSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    model.sourceSha256Scope = u"file"_s;
    return model;
}

QString configOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(path).filePath(u"config.json"_s);
    return info.fileName() == u"config.json"_s ||
                   info.fileName().endsWith(u".safetensors.index.json"_s)
               ? info.dir().filePath(u"config.json"_s)
               : QString();
}

} // namespace

bool isModelImportPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString name = info.fileName().toLower();
    return name.endsWith(u".gguf"_s) || name.endsWith(u".safetensors"_s) ||
           name == u"config.json"_s || name.endsWith(u".safetensors.index.json"_s);
}

ModelImport importModel(const QString &path, const QString &asOf)
{
    ModelImport result;
    // An index beside its config.json is read as the snapshot it belongs to.
    const QString inspected = QFileInfo(path).fileName().endsWith(u".safetensors.index.json"_s)
                                  ? QFileInfo(path).absolutePath()
                                  : path;
    const Result<ModelInspection> inspection = inspectModelPath(inspected);
    if (inspection) {
        result.model = inspection->model;
        result.missing = inspection->kvMissing;
        if (result.model.totalParams <= 0)
            result.missing.append(u"totalParams"_s);
        if (!result.missing.isEmpty())
            result.problem = u"%1: the file does not say %2"_s.arg(
                QFileInfo(inspection->path).fileName(), result.missing.join(u", "_s));
    } else {
        const QString config = configOf(inspected);
        const std::optional<ModelArchitecture> partial =
            config.isEmpty() || !QFileInfo(config).isFile() ? std::nullopt
                                                            : partialFromConfig(config);
        if (!partial) {
            result.error = inspection.error();
            return result;
        }
        result.model = *partial;
        result.model.source = config;
        result.missing.append(inspection.error().field.isEmpty() ? inspection.error().message
                                                                 : inspection.error().field);
        result.problem = inspection.error().toString();
    }
    ModelArchitecture &model = result.model;
    // A config.json without _name_or_path is named by its family alone ("llama"); the folder
    // it came in usually names the model ("Llama-3.1-8B"), unless it is a hub cache's snapshot
    // hash.
    const QFileInfo configInfo(
        QFileInfo(inspected).isDir() ? QDir(inspected).filePath(u"config.json"_s) : inspected);
    const QString folder = configInfo.dir().dirName();
    static const QRegularExpression hash(u"^[0-9a-f]{40}$"_s);
    const bool namedByFamily =
        model.name.isEmpty() || model.source.endsWith(u"model_type "_s + model.name + u')');
    if (configInfo.fileName() == u"config.json"_s && namedByFamily && !folder.isEmpty() &&
        !hash.match(folder).hasMatch())
        model.name = folder;
    if (model.name.isEmpty())
        model.name = QFileInfo(path).completeBaseName();
    model.id = slug(model.name);
    if (model.activeParams <= 0)
        model.activeParams = model.totalParams;
    if (model.source.isEmpty())
        model.source = path;
    model.asOf = asOf;
    return result;
}

} // namespace pertoken
