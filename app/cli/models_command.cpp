#include "cli/models_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/text_table.h"
#include "common/json_output.h"
#include "hardware/hardware_catalog.h"
#include "models/model_fit.h"
#include "models/model_inspection.h"
#include "models/ollama_store.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

struct FitRequest {
    qint64 contextTokens = 4096;
    qint64 batch = 1;
};

QJsonValue orNull(double value, bool known)
{
    return known ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject inspectionJson(const ModelInspection &inspection, const FitRequest &request,
                           const QList<AcceleratorFit> &fits)
{
    const ModelArchitecture &model = inspection.model;
    const bool kvKnown = inspection.kvMissing.isEmpty();
    QJsonObject byDtype;
    for (auto it = inspection.parametersByDtype.cbegin(); it != inspection.parametersByDtype.cend();
         ++it)
        byDtype.insert(it.key(), double(it.value()));
    QJsonArray accelerators;
    for (const AcceleratorFit &fit : fits) {
        accelerators.append(QJsonObject{
            {u"id"_s, fit.accelerator.id},
            {u"name"_s, fit.accelerator.name},
            {u"memoryGB"_s, fit.accelerator.memoryGB},
            {u"usableMemoryGB"_s, fit.usableBytes / 1e9},
            {u"neededMemoryGB"_s, fit.neededBytes / 1e9},
            {u"fits"_s, fit.fits},
        });
    }
    return QJsonObject{
        {u"file"_s, inspection.path},
        {u"format"_s, modelFileFormatId(inspection.format)},
        {u"filesRead"_s, QJsonArray::fromStringList(inspection.files)},
        {u"ggufVersion"_s, orNull(inspection.ggufVersion, inspection.ggufVersion > 0)},
        {u"architecture"_s, inspection.architecture},
        {u"name"_s, model.name},
        {u"license"_s, inspection.license},
        {u"fileType"_s, inspection.fileType},
        {u"quantization"_s, inspection.quantization.id.isEmpty()
                                ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(QJsonObject{
                                      {u"id"_s, inspection.quantization.id},
                                      {u"name"_s, inspection.quantization.name},
                                      {u"bitsPerWeight"_s, inspection.quantization.bitsPerWeight},
                                  })},
        {u"tensorCount"_s, double(inspection.tensorCount)},
        {u"parametersTotal"_s, model.totalParams},
        {u"parametersActive"_s, model.activeParams},
        {u"parametersByType"_s, byDtype},
        {u"bitsPerWeight"_s, inspection.bitsPerWeight},
        {u"weightBytes"_s, double(inspection.weightBytes)},
        {u"weightMemoryGB"_s, double(inspection.weightBytes) / 1e9},
        {u"weightMemoryGiB"_s, double(inspection.weightBytes) / kGiB},
        {u"layers"_s, model.layers},
        {u"attentionHeads"_s, model.attentionHeads},
        {u"kvHeads"_s, model.kvHeads},
        {u"headDim"_s, model.headDim},
        {u"embeddingLength"_s, double(inspection.embeddingLength)},
        {u"experts"_s, model.experts},
        {u"activeExperts"_s, model.activeExperts},
        {u"contextLengthTokens"_s, model.contextLength},
        {u"chatTemplatePresent"_s, inspection.hasChatTemplate},
        {u"chatTemplateSha256"_s, inspection.chatTemplateSha256},
        {u"kvBytesPerToken16Bit"_s, orNull(inspection.kvBytesPerToken(16), kvKnown)},
        {u"kvBytesPerToken8Bit"_s, orNull(inspection.kvBytesPerToken(8), kvKnown)},
        {u"kvMissing"_s, QJsonArray::fromStringList(inspection.kvMissing)},
        {u"notes"_s, QJsonArray::fromStringList(inspection.notes)},
        {u"sourceFile"_s, model.sourceFile},
        {u"sourceSha256"_s, model.sourceSha256},
        {u"sourceSha256Scope"_s, model.sourceSha256Scope},
        {u"fit"_s,
         QJsonObject{
             {u"contextTokens"_s, double(request.contextTokens)},
             {u"batch"_s, double(request.batch)},
             {u"kvCacheBits"_s, 16},
             {u"kvCacheIncluded"_s, kvKnown},
             {u"accelerators"_s, accelerators},
         }},
    };
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printInspection(const ModelInspection &inspection, const FitRequest &request,
                     const QList<AcceleratorFit> &fits)
{
    const ModelArchitecture &model = inspection.model;
    const auto known = [](const QString &text) { return text.isEmpty() ? u"-"_s : text; };
    const auto count = [](int value) { return value > 0 ? QString::number(value) : u"-"_s; };
    QTextStream &s = out();
    s << u"%1: %2"_s.arg(inspection.path,
                         inspection.format == ModelFileFormat::Gguf
                             ? u"GGUF v%1"_s.arg(inspection.ggufVersion)
                         : inspection.format == ModelFileFormat::HfConfig
                             ? u"Hugging Face config.json"_s
                             : u"safetensors (%1 files)"_s.arg(inspection.files.size()))
      << '\n';
    s << u"architecture       "_s << known(inspection.architecture) << '\n';
    for (const QString &note : inspection.notes)
        s << u"note               "_s << note << '\n';
    s << u"name               "_s << known(model.name) << '\n';
    s << u"licence            "_s << known(inspection.license) << '\n';
    s << u"weights            "_s << known(inspection.fileType) << u", "_s
      << number(inspection.bitsPerWeight, 3) << u" bits per weight, "_s << inspection.tensorCount
      << (inspection.tensorCount == 1 ? u" tensor\n"_s : u" tensors\n"_s);
    s << u"parameters         "_s << number(model.totalParams, 0) << u" total ("_s
      << number(model.totalParams / 1e9, 3) << u" B), "_s << number(model.activeParams, 0)
      << u" active ("_s << number(model.activeParams / 1e9, 3) << u" B)\n"_s;
    s << u"weight memory      "_s << number(double(inspection.weightBytes) / 1e9, 3) << u" GB ("_s
      << number(double(inspection.weightBytes) / kGiB, 3) << u" GiB)\n"_s;
    s << u"layers/heads/kv    "_s << count(model.layers) << u" layers, "_s
      << count(model.attentionHeads) << u" heads, "_s << count(model.kvHeads) << u" KV heads of "_s
      << count(model.headDim) << '\n';
    if (model.experts > 0)
        s << u"experts            "_s << model.activeExperts << u" of "_s << model.experts
          << u" per token\n"_s;
    s << u"context length     "_s << count(model.contextLength) << u" tokens\n"_s;
    s << u"chat template      "_s
      << (inspection.hasChatTemplate ? u"sha256 "_s + inspection.chatTemplateSha256 : u"none"_s)
      << '\n';
    if (inspection.kvMissing.isEmpty())
        s << u"KV bytes per token "_s << number(inspection.kvBytesPerToken(16), 0)
          << u" at 16 bits, "_s << number(inspection.kvBytesPerToken(8), 0) << u" at 8 bits\n"_s;
    else
        s << u"KV bytes per token unknown: needs "_s << inspection.kvMissing.join(u", "_s) << '\n';
    s << '\n'
      << u"Fits at context %1 tokens, batch %2%3:"_s.arg(request.contextTokens)
             .arg(request.batch)
             .arg(inspection.kvMissing.isEmpty() ? u" (16-bit KV cache)"_s
                                                 : u" (weights only: KV cache unknown)"_s)
      << '\n';
    TextTable table({u"accelerator"_s, u"memory GB"_s, u"usable GB"_s, u"needed GB"_s, u"fits"_s});
    for (const AcceleratorFit &fit : fits) {
        table.addRow({fit.accelerator.displayName(), number(fit.accelerator.memoryGB, 0),
                      number(fit.usableBytes / 1e9, 1), number(fit.neededBytes / 1e9, 1),
                      fit.fits ? u"yes"_s : u"no"_s});
    }
    s << table.render() << '\n';
    s.flush();
}

/// A whole number of at least 1 from option `name`, or nullopt after reporting the error.
std::optional<qint64> positiveOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 1 || value > 100'000'000) {
        usageError(u"--%1: a whole number from 1 to 100000000 expected (got \"%2\")"_s.arg(
            name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

QList<AcceleratorFit> fitsOf(const ModelInspection &inspection, const FitRequest &request)
{
    return fitOnAccelerators(double(inspection.weightBytes),
                             inspection.kvBytesPerSequence(16, double(request.contextTokens)),
                             request.batch, builtinAccelerators());
}

QJsonObject errorJson(const InputError &error)
{
    return QJsonObject{
        {u"file"_s, error.source},
        {u"field"_s, error.field},
        {u"message"_s, error.message},
    };
}

// An Ollama store: one line per model:tag, or every model's inspection in JSON. A model that
// cannot be read is reported on stderr (and in the JSON's "errors") and makes the exit status 2,
// after the others are listed.
int listStore(const QString &root, const FitRequest &request, bool json)
{
    const Result<QList<StoredModelInspection>> store = inspectOllamaStore(root);
    if (!store)
        return inputError(store.error());
    bool failed = false;
    if (json) {
        QJsonArray models;
        QJsonArray errors;
        for (const StoredModelInspection &entry : *store) {
            if (entry.inspection) {
                QJsonObject object =
                    inspectionJson(*entry.inspection, request, fitsOf(*entry.inspection, request));
                object.insert(u"model"_s, entry.name);
                models.append(object);
            } else {
                QJsonObject object = errorJson(*entry.error);
                object.insert(u"model"_s, entry.name);
                errors.append(object);
                failed = true;
            }
        }
        out() << schemaFirstJson(u"pertoken.model/1"_s, QJsonObject{
                                                            {u"store"_s, root},
                                                            {u"models"_s, models},
                                                            {u"errors"_s, errors},
                                                        });
        out().flush();
    } else {
        out() << u"%1: Ollama model store, models found: %2"_s.arg(root).arg(store->size()) << '\n';
        TextTable table({u"model"_s, u"architecture"_s, u"parameters B"_s, u"weights"_s,
                         u"bits/weight"_s, u"KV bytes/token (16-bit)"_s});
        for (const StoredModelInspection &entry : *store) {
            if (!entry.inspection) {
                table.addRow({entry.name, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s});
                continue;
            }
            const ModelInspection &i = *entry.inspection;
            table.addRow({entry.name, i.architecture.isEmpty() ? u"-"_s : i.architecture,
                          number(i.model.totalParams / 1e9, 3), i.fileType,
                          number(i.bitsPerWeight, 3),
                          i.kvMissing.isEmpty() ? number(i.kvBytesPerToken(16), 0) : u"-"_s});
        }
        out() << table.render() << '\n';
        out().flush();
    }
    for (const StoredModelInspection &entry : *store) {
        if (entry.error) {
            err() << entry.name << u": "_s << entry.error->toString() << '\n';
            failed = true;
        }
    }
    err().flush();
    return failed ? kExitUsage : kExitOk;
}

} // namespace

int runModelsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Inspect a model file: a .gguf or .safetensors file, a Hugging Face config.json, or a\n"
        "folder holding config.json with model.safetensors.index.json or *.safetensors, or one\n"
        "*.gguf; the first part of a split GGUF (NAME-00001-of-00003.gguf) reads the others'\n"
        "headers too. An Ollama model store (~/.ollama/models) lists every model:tag; one of\n"
        "its manifests inspects that model. Only the headers are read."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"inspect"_s, u"The subcommand: inspect."_s);
    parser.addPositionalArgument(u"path"_s, u"The model file or folder."_s);
    parser.addOptions(modelsOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken models"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"inspect"_s)
        return usageError(u"models: expected `models inspect FILE|FOLDER [--json]`"_s);
    if (positional.size() != 2)
        return usageError(
            u"models inspect: expected one FILE or FOLDER (got %1)"_s.arg(positional.size() - 1));
    FitRequest request;
    const std::optional<qint64> context = positiveOption(parser, u"context"_s);
    if (!context)
        return kExitUsage;
    const std::optional<qint64> batch = positiveOption(parser, u"batch"_s);
    if (!batch)
        return kExitUsage;
    request.contextTokens = *context;
    request.batch = *batch;

    const QString path = positional.at(1);
    if (QFileInfo(path).isDir() && isOllamaStore(path))
        return listStore(path, request, parser.isSet(u"json"_s));
    const Result<ModelInspection> inspection = inspectModelPath(path);
    if (!inspection)
        return inputError(inspection.error());
    const QList<AcceleratorFit> fits = fitsOf(*inspection, request);
    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(u"pertoken.model/1"_s, inspectionJson(*inspection, request, fits));
        out().flush();
    } else {
        printInspection(*inspection, request, fits);
    }
    return kExitOk;
}

} // namespace pertoken::cli
