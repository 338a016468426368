#include "hardware/hardware_catalog.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtDebug>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"pertoken.hardware-catalog"_s;
constexpr int kSchemaVersion = 1;
constexpr double kMaxNumber = 1e15;

double positive(JsonReader &reader, const QJsonObject &object, const QString &path,
                const QString &key, double max = kMaxNumber)
{
    const double value = reader.number(object, path, key, 0, max);
    if (!reader.failed() && value <= 0)
        reader.fail(JsonReader::join(path, key), u"must be greater than 0"_s);
    return value;
}

QString computePrecisionId(ComputePrecision precision)
{
    return precision == ComputePrecision::Fp8 ? u"fp8"_s : u"bf16"_s;
}

HardwareCatalog loadBuiltin()
{
    const QString path = u":/catalog/hardware.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("%s: cannot open the built-in hardware catalog", qPrintable(path));
        return {};
    }
    Result<HardwareCatalog> catalog = parseHardwareCatalog(file.readAll(), u"hardware.json"_s);
    if (!catalog) {
        qCritical("%s", qPrintable(catalog.error().toString()));
        return {};
    }
    return std::move(catalog).value();
}

const HardwareCatalog &builtin()
{
    static const HardwareCatalog catalog = loadBuiltin();
    return catalog;
}

template <typename T> const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &entry : list) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

} // namespace

const QList<Accelerator> &builtinAccelerators()
{
    return builtin().accelerators;
}

const QList<ModelArchitecture> &builtinModels()
{
    return builtin().models;
}

const QList<Quantization> &builtinQuantizations()
{
    return builtin().quantizations;
}

const Accelerator *findAccelerator(const QString &id)
{
    return findById(builtinAccelerators(), id);
}

const ModelArchitecture *findModel(const QString &id)
{
    return findById(builtinModels(), id);
}

const Quantization *findQuantization(const QString &id)
{
    return findById(builtinQuantizations(), id);
}

QJsonObject acceleratorToJson(const Accelerator &accelerator)
{
    QJsonObject object{
        {u"id"_s, accelerator.id},
        {u"name"_s, accelerator.name},
        {u"vendor"_s, accelerator.vendor},
        {u"deviceClass"_s, deviceClassId(accelerator.deviceClass)},
        {u"memoryGB"_s, accelerator.memoryGB},
        {u"usableMemoryFraction"_s, accelerator.usableMemoryFraction},
        {u"bandwidthGBps"_s, accelerator.bandwidthGBps},
        {u"bf16Tflops"_s, accelerator.bf16Tflops},
        {u"fp8Tflops"_s, accelerator.fp8Tflops},
        {u"powerWatts"_s, accelerator.powerWatts},
        {u"purchaseUsd"_s, accelerator.purchaseUsd},
        {u"rentalUsdPerHour"_s, accelerator.rentalUsdPerHour},
        {u"source"_s, accelerator.source},
        {u"asOf"_s, accelerator.asOf},
    };
    if (!accelerator.shortName.isEmpty())
        object.insert(u"shortName"_s, accelerator.shortName);
    // Written only where there is one, so records without it read and write back unchanged.
    if (accelerator.fp4Tflops > 0)
        object.insert(u"fp4Tflops"_s, accelerator.fp4Tflops);
    if (!accelerator.interconnect.isEmpty()) {
        object.insert(u"interconnect"_s, accelerator.interconnect);
        object.insert(u"interconnectGBps"_s, accelerator.interconnectGBps);
        object.insert(u"interconnectLatencyUs"_s, accelerator.interconnectLatencyUs);
    }
    if (accelerator.measured)
        object.insert(u"measured"_s, true);
    if (accelerator.memoryInGiB)
        object.insert(u"memoryUnit"_s, u"GiB"_s);
    return object;
}

Result<Accelerator> acceleratorFromJson(const QJsonObject &object, const QString &source,
                                        const QString &path)
{
    JsonReader reader(source);
    Accelerator accelerator;
    accelerator.id = reader.nonEmptyString(object, path, u"id"_s);
    accelerator.name = reader.nonEmptyString(object, path, u"name"_s);
    accelerator.shortName = reader.optionalString(object, path, u"shortName"_s).trimmed();
    accelerator.vendor = reader.nonEmptyString(object, path, u"vendor"_s);
    const QString deviceClass = reader.string(object, path, u"deviceClass"_s);
    if (!reader.failed() && !deviceClassFromId(deviceClass, &accelerator.deviceClass)) {
        reader.fail(JsonReader::join(path, u"deviceClass"_s),
                    u"must be datacenter-gpu, workstation-gpu, consumer-gpu, laptop or desktop "
                    u"(got \"%1\")"_s.arg(deviceClass));
    }
    accelerator.memoryGB = positive(reader, object, path, u"memoryGB"_s);
    const QString memoryUnit = reader.optionalString(object, path, u"memoryUnit"_s);
    if (!reader.failed() && !memoryUnit.isEmpty() && memoryUnit != u"GB"_s &&
        memoryUnit != u"GiB"_s) {
        reader.fail(
            JsonReader::join(path, u"memoryUnit"_s),
            u"must be \"GB\" (1e9 bytes) or \"GiB\" (2^30 bytes) (got \"%1\")"_s.arg(memoryUnit));
    }
    accelerator.memoryInGiB = memoryUnit == u"GiB"_s;
    accelerator.usableMemoryFraction = positive(reader, object, path, u"usableMemoryFraction"_s, 1);
    accelerator.bandwidthGBps = positive(reader, object, path, u"bandwidthGBps"_s);
    accelerator.bf16Tflops = positive(reader, object, path, u"bf16Tflops"_s);
    accelerator.fp8Tflops = reader.number(object, path, u"fp8Tflops"_s, 0, kMaxNumber);
    if (object.contains(u"fp4Tflops"_s))
        accelerator.fp4Tflops = reader.number(object, path, u"fp4Tflops"_s, 0, kMaxNumber);
    accelerator.interconnect = reader.optionalString(object, path, u"interconnect"_s);
    if (!reader.failed() && !accelerator.interconnect.isEmpty()) {
        static const QStringList kinds{u"nvlink"_s, u"infinity-fabric"_s, u"pcie"_s};
        if (!kinds.contains(accelerator.interconnect))
            reader.fail(JsonReader::join(path, u"interconnect"_s),
                        u"must be \"nvlink\", \"infinity-fabric\" or \"pcie\" (got \"%1\")"_s.arg(
                            accelerator.interconnect));
        accelerator.interconnectGBps = positive(reader, object, path, u"interconnectGBps"_s);
        accelerator.interconnectLatencyUs =
            reader.number(object, path, u"interconnectLatencyUs"_s, 0, 1e6);
    }
    accelerator.powerWatts = reader.number(object, path, u"powerWatts"_s, 0, kMaxNumber);
    accelerator.purchaseUsd = reader.number(object, path, u"purchaseUsd"_s, 0, kMaxNumber);
    accelerator.rentalUsdPerHour = reader.number(object, path, u"rentalUsdPerHour"_s, 0, 1e6);
    accelerator.source = reader.nonEmptyString(object, path, u"source"_s);
    accelerator.asOf = reader.string(object, path, u"asOf"_s);
    if (!reader.failed() && !isEmptyOrIsoDate(accelerator.asOf)) {
        reader.fail(JsonReader::join(path, u"asOf"_s),
                    u"must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(accelerator.asOf));
    }
    accelerator.measured = reader.optionalBoolean(object, path, u"measured"_s, false);
    if (reader.failed())
        return reader.error();
    return accelerator;
}

QJsonObject modelToJson(const ModelArchitecture &model)
{
    QJsonObject object{
        {u"id"_s, model.id},
        {u"name"_s, model.name},
        {u"totalParams"_s, model.totalParams},
        {u"activeParams"_s, model.activeParams},
        {u"layers"_s, model.layers},
        {u"attentionHeads"_s, model.attentionHeads},
        {u"kvHeads"_s, model.kvHeads},
        {u"headDim"_s, model.headDim},
        {u"contextLength"_s, model.contextLength},
        {u"source"_s, model.source},
    };
    if (model.experts > 0) {
        object.insert(u"experts"_s, model.experts);
        object.insert(u"activeExperts"_s, model.activeExperts);
    }
    // The later fields are written only where they differ from a plain dense model, so records
    // without them read and write back unchanged.
    const auto insertPositive = [&object](const QString &key, int value) {
        if (value > 0)
            object.insert(key, value);
    };
    insertPositive(u"sharedExperts"_s, model.sharedExperts);
    insertPositive(u"denseLayers"_s, model.denseLayers);
    insertPositive(u"kvLoraRank"_s, model.kvLoraRank);
    insertPositive(u"qkRopeHeadDim"_s, model.qkRopeHeadDim);
    insertPositive(u"slidingWindow"_s, model.slidingWindow);
    if (!model.attentionPattern.isEmpty()) {
        QJsonArray pattern;
        for (const LayerAttention attention : model.attentionPattern)
            pattern.append(layerAttentionId(attention));
        object.insert(u"attentionPattern"_s, pattern);
    }
    if (model.tiedEmbeddings)
        object.insert(u"tiedEmbeddings"_s, true);
    if (!model.asOf.isEmpty())
        object.insert(u"asOf"_s, model.asOf);
    if (!model.sourceFile.isEmpty())
        object.insert(u"sourceFile"_s, model.sourceFile);
    if (!model.sourceSha256.isEmpty()) {
        object.insert(u"sourceSha256"_s, model.sourceSha256);
        object.insert(u"sourceSha256Scope"_s, model.sourceSha256Scope);
    }
    if (!model.qualityScores.isEmpty())
        object.insert(u"qualityScores"_s, qualityScoresToJson(model.qualityScores));
    return object;
}

namespace {

// The optional attention, MoE and embedding fields of a model record (resources/catalog/README.md).
void readModelExtensions(JsonReader &reader, const QJsonObject &object, const QString &path,
                         ModelArchitecture &model)
{
    const auto optionalInteger = [&](const QString &key, int max) {
        if (!object.contains(key))
            return 0;
        return reader.integer(object, path, key, 0, max);
    };
    model.sharedExperts = optionalInteger(u"sharedExperts"_s, 100000);
    if (!reader.failed() && model.sharedExperts > 0 && model.experts == 0)
        reader.fail(JsonReader::join(path, u"sharedExperts"_s),
                    u"needs experts and activeExperts (shared experts belong to an MoE model)"_s);
    model.denseLayers = optionalInteger(u"denseLayers"_s, model.layers);
    model.kvLoraRank = optionalInteger(u"kvLoraRank"_s, 1 << 20);
    model.qkRopeHeadDim = optionalInteger(u"qkRopeHeadDim"_s, 1 << 20);
    model.slidingWindow = optionalInteger(u"slidingWindow"_s, 1 << 30);
    if (object.contains(u"attentionPattern"_s)) {
        const QString field = JsonReader::join(path, u"attentionPattern"_s);
        const QJsonArray pattern = reader.array(object, path, u"attentionPattern"_s);
        if (!reader.failed() && (pattern.isEmpty() || pattern.size() > model.layers))
            reader.fail(field, u"must list 1 to layers (%1) entries, repeated over the layers "
                               u"(got %2)"_s.arg(model.layers)
                                   .arg(pattern.size()));
        for (qsizetype i = 0; i < pattern.size() && !reader.failed(); ++i) {
            LayerAttention attention = LayerAttention::Full;
            if (!layerAttentionFromId(pattern[i].toString(), &attention))
                reader.fail(JsonReader::join(field, i),
                            u"must be \"full\", \"sliding\" or \"none\""_s);
            model.attentionPattern.append(attention);
        }
        if (!reader.failed() && model.attentionPattern.contains(LayerAttention::SlidingWindow) &&
            model.slidingWindow == 0)
            reader.fail(JsonReader::join(path, u"slidingWindow"_s),
                        u"is missing (expected the window in tokens: attentionPattern has "
                        u"sliding layers)"_s);
    }
    model.tiedEmbeddings = reader.optionalBoolean(object, path, u"tiedEmbeddings"_s, false);
    model.asOf = reader.optionalString(object, path, u"asOf"_s);
    if (!reader.failed() && !isEmptyOrIsoDate(model.asOf))
        reader.fail(JsonReader::join(path, u"asOf"_s),
                    u"must be a date written YYYY-MM-DD (got \"%1\")"_s.arg(model.asOf));
    model.sourceFile = reader.optionalString(object, path, u"sourceFile"_s);
    model.sourceSha256 = reader.optionalString(object, path, u"sourceSha256"_s);
    if (!reader.failed() && !model.sourceSha256.isEmpty()) {
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        if (!hex.match(model.sourceSha256).hasMatch())
            reader.fail(JsonReader::join(path, u"sourceSha256"_s),
                        u"must be 64 lowercase hex digits (got \"%1\")"_s.arg(model.sourceSha256));
        model.sourceSha256Scope = reader.string(object, path, u"sourceSha256Scope"_s);
        if (!reader.failed() && model.sourceSha256Scope != u"file" &&
            model.sourceSha256Scope != u"header")
            reader.fail(
                JsonReader::join(path, u"sourceSha256Scope"_s),
                u"must be \"file\" or \"header\" (got \"%1\")"_s.arg(model.sourceSha256Scope));
    }
}

} // namespace

Result<ModelArchitecture> modelFromJson(const QJsonObject &object, const QString &source,
                                        const QString &path)
{
    JsonReader reader(source);
    ModelArchitecture model;
    model.id = reader.nonEmptyString(object, path, u"id"_s);
    model.name = reader.nonEmptyString(object, path, u"name"_s);
    model.totalParams = positive(reader, object, path, u"totalParams"_s);
    model.activeParams = positive(reader, object, path, u"activeParams"_s, model.totalParams);
    model.layers = reader.integer(object, path, u"layers"_s, 1, 100000);
    model.attentionHeads = reader.integer(object, path, u"attentionHeads"_s, 1, 100000);
    model.kvHeads = reader.integer(object, path, u"kvHeads"_s, 1, model.attentionHeads);
    if (!reader.failed() && model.attentionHeads % model.kvHeads != 0) {
        reader.fail(JsonReader::join(path, u"kvHeads"_s),
                    u"must divide attentionHeads (%1) evenly (got %2)"_s.arg(model.attentionHeads)
                        .arg(model.kvHeads));
    }
    model.headDim = reader.integer(object, path, u"headDim"_s, 1, 100000);
    if (object.contains(u"experts"_s) || object.contains(u"activeExperts"_s)) {
        model.experts = reader.integer(object, path, u"experts"_s, 1, 100000);
        model.activeExperts = reader.integer(object, path, u"activeExperts"_s, 1, model.experts);
    }
    model.contextLength = reader.integer(object, path, u"contextLength"_s, 1, 1 << 30);
    model.source = reader.nonEmptyString(object, path, u"source"_s);
    readModelExtensions(reader, object, path, model);
    model.qualityScores = readQualityScores(reader, object, path);
    if (reader.failed())
        return reader.error();
    return model;
}

QJsonObject quantizationToJson(const Quantization &quantization)
{
    return QJsonObject{
        {u"id"_s, quantization.id},
        {u"name"_s, quantization.name},
        {u"bitsPerWeight"_s, quantization.bitsPerWeight},
        {u"compute"_s, computePrecisionId(quantization.compute)},
        {u"source"_s, quantization.source},
    };
}

Result<Quantization> quantizationFromJson(const QJsonObject &object, const QString &source,
                                          const QString &path)
{
    JsonReader reader(source);
    Quantization quantization;
    quantization.id = reader.nonEmptyString(object, path, u"id"_s);
    quantization.name = reader.nonEmptyString(object, path, u"name"_s);
    quantization.bitsPerWeight = positive(reader, object, path, u"bitsPerWeight"_s, 32);
    const QString compute = reader.string(object, path, u"compute"_s);
    if (!reader.failed()) {
        if (compute == computePrecisionId(ComputePrecision::Fp8))
            quantization.compute = ComputePrecision::Fp8;
        else if (compute == computePrecisionId(ComputePrecision::Bf16))
            quantization.compute = ComputePrecision::Bf16;
        else
            reader.fail(JsonReader::join(path, u"compute"_s),
                        u"must be bf16 or fp8 (got \"%1\")"_s.arg(compute));
    }
    quantization.source = reader.nonEmptyString(object, path, u"source"_s);
    if (reader.failed())
        return reader.error();
    return quantization;
}

Result<HardwareCatalog> parseHardwareCatalog(const QByteArray &json, const QString &source)
{
    Result<QJsonObject> root = parseJsonObject(json, source);
    if (!root)
        return root.error();
    if (std::optional<InputError> error =
            checkCatalogEnvelope(*root, kFormat, kSchemaVersion, source))
        return *error;
    HardwareCatalog catalog;
    if (std::optional<InputError> error = readCatalogEntries(
            *root, u"accelerators"_s, source, acceleratorFromJson, &catalog.accelerators))
        return *error;
    if (std::optional<InputError> error =
            readCatalogEntries(*root, u"models"_s, source, modelFromJson, &catalog.models))
        return *error;
    if (std::optional<InputError> error = readCatalogEntries(
            *root, u"quantizations"_s, source, quantizationFromJson, &catalog.quantizations))
        return *error;
    return catalog;
}

} // namespace pertoken
