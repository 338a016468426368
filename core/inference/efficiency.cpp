#include "inference/efficiency.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"

#include <QFile>
#include <QJsonDocument>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"pertoken.efficiency"_s;
constexpr int kSchemaVersion = 1;

QString classLabel(const QString &vendor, EngineProfile engine, const QString &weights)
{
    return u"%1, %2, %3"_s.arg(vendor, engineProfileId(engine), weights);
}

std::optional<InputError> readClass(const QJsonObject &object, const QString &source,
                                    const QString &path, EfficiencyClass *out)
{
    JsonReader reader(source);
    out->vendor = reader.nonEmptyString(object, path, u"vendor"_s);
    const QString engine = reader.nonEmptyString(object, path, u"engine"_s);
    out->stepOverheadMs = reader.number(object, path, u"stepOverheadMs"_s, 0, 1000);
    out->moePrefillHalfTokens = reader.number(object, path, u"moePrefillHalfTokens"_s, 0, 1e6);
    out->trainingCases = reader.integer(object, path, u"trainingCases"_s, 0, 1'000'000);
    out->errorBandPercent = reader.number(object, path, u"errorBandPercent"_s, 0, 1e6);
    out->errorBandCases = reader.integer(object, path, u"errorBandCases"_s, 0, 1'000'000);
    const QJsonArray weights = reader.array(object, path, u"weights"_s);
    if (reader.failed())
        return reader.error();
    if (!engineProfileFromId(engine, &out->engine))
        return InputError{
            source, JsonReader::join(path, u"engine"_s),
            u"must be \"continuous-batching\" or \"layer-split\" (got \"%1\")"_s.arg(engine)};
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const QString at = JsonReader::join(JsonReader::join(path, u"weights"_s), i);
        const QJsonObject w = weights.at(i).toObject();
        EfficiencyClass::Weights entry;
        entry.weights = reader.nonEmptyString(w, at, u"weights"_s);
        entry.mbu = reader.number(w, at, u"mbu"_s, 0.01, 1);
        entry.mfu = reader.number(w, at, u"mfu"_s, 0.01, 1);
        entry.trainingCases = reader.integer(w, at, u"trainingCases"_s, 0, 1'000'000);
        if (reader.failed())
            return reader.error();
        if (entry.weights != u"16-bit"_s && entry.weights != u"8-bit"_s &&
            entry.weights != u"4-bit"_s && entry.weights != u"all"_s)
            return InputError{
                source, JsonReader::join(at, u"weights"_s),
                u"must be \"16-bit\", \"8-bit\", \"4-bit\" or \"all\" (got \"%1\")"_s.arg(
                    entry.weights)};
        out->weights.append(entry);
    }
    return std::nullopt;
}

EfficiencyTable loadBuiltin()
{
    const QString path = u":/validation/efficiency.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("%s: cannot open the built-in efficiency table", qPrintable(path));
        return {};
    }
    Result<EfficiencyTable> table = parseEfficiencyTable(file.readAll(), u"efficiency.json"_s);
    if (!table) {
        qCritical("%s", qPrintable(table.error().toString()));
        return {};
    }
    return std::move(table).value();
}

} // namespace

QString weightsClass(const Quantization &quantization)
{
    if (quantization.bitsPerWeight >= 12)
        return u"16-bit"_s;
    if (quantization.bitsPerWeight >= 6)
        return u"8-bit"_s;
    return u"4-bit"_s;
}

QString vendorClass(const Accelerator &accelerator)
{
    const QString vendor = accelerator.vendor.toLower();
    if (vendor == u"apple"_s || vendor == u"nvidia"_s || vendor == u"amd"_s)
        return vendor;
    return u"other"_s;
}

Efficiency EfficiencyTable::lookup(const QString &vendor, EngineProfile engine,
                                   const QString &weights) const
{
    Efficiency e;
    e.classLabel = classLabel(vendor, engine, weights);
    for (const EfficiencyClass &c : classes) {
        if (c.vendor != vendor || c.engine != engine || c.weights.isEmpty())
            continue;
        e.fitted = true;
        e.stepOverheadMs = c.stepOverheadMs;
        e.moePrefillHalfTokens = c.moePrefillHalfTokens;
        e.errorBandPercent = c.errorBandPercent;
        e.errorBandCases = c.errorBandCases;
        // The format's own figures, else the class's pooled ones ("all").
        const EfficiencyClass::Weights *chosen = nullptr;
        for (const EfficiencyClass::Weights &w : c.weights) {
            if (w.weights == weights)
                chosen = &w;
            else if (!chosen && w.weights == u"all"_s)
                chosen = &w;
        }
        if (chosen) {
            e.mbu = chosen->mbu;
            e.mfu = chosen->mfu;
        }
        return e;
    }
    return e;
}

Result<EfficiencyTable> parseEfficiencyTable(const QByteArray &json, const QString &source)
{
    Result<QJsonObject> root = parseJsonObject(json, source);
    if (!root)
        return root.error();
    if (std::optional<InputError> problem =
            checkCatalogEnvelope(*root, kFormat, kSchemaVersion, source))
        return *problem;
    JsonReader reader(source);
    EfficiencyTable table;
    table.fitted = reader.string(*root, {}, u"fitted"_s);
    table.method = reader.optionalString(*root, {}, u"method"_s);
    const QJsonArray classes = reader.array(*root, {}, u"classes"_s);
    if (reader.failed())
        return reader.error();
    if (!isEmptyOrIsoDate(table.fitted))
        return InputError{source, u"fitted"_s,
                          u"must be a date YYYY-MM-DD (got \"%1\")"_s.arg(table.fitted)};
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QString path = JsonReader::join(u"classes"_s, i);
        if (!classes.at(i).isObject())
            return InputError{source, path, u"must be an object"_s};
        EfficiencyClass c;
        if (std::optional<InputError> problem =
                readClass(classes.at(i).toObject(), source, path, &c))
            return *problem;
        table.classes.append(c);
    }
    return table;
}

QByteArray efficiencyTableJson(const EfficiencyTable &table)
{
    QJsonObject root = catalogEnvelope(kFormat, kSchemaVersion);
    root.insert(u"fitted"_s, table.fitted);
    root.insert(u"method"_s, table.method);
    QJsonArray classes;
    for (const EfficiencyClass &c : table.classes) {
        QJsonArray weights;
        for (const EfficiencyClass::Weights &w : c.weights)
            weights.append(QJsonObject{{u"weights"_s, w.weights},
                                       {u"mbu"_s, w.mbu},
                                       {u"mfu"_s, w.mfu},
                                       {u"trainingCases"_s, w.trainingCases}});
        classes.append(QJsonObject{{u"vendor"_s, c.vendor},
                                   {u"engine"_s, engineProfileId(c.engine)},
                                   {u"stepOverheadMs"_s, c.stepOverheadMs},
                                   {u"moePrefillHalfTokens"_s, c.moePrefillHalfTokens},
                                   {u"weights"_s, weights},
                                   {u"trainingCases"_s, c.trainingCases},
                                   {u"errorBandPercent"_s, c.errorBandPercent},
                                   {u"errorBandCases"_s, c.errorBandCases}});
    }
    root.insert(u"classes"_s, classes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const EfficiencyTable &builtinEfficiencyTable()
{
    static const EfficiencyTable table = loadBuiltin();
    return table;
}

Efficiency fittedEfficiency(const Accelerator &accelerator, EngineProfile engine,
                            const Quantization &quantization)
{
    return builtinEfficiencyTable().lookup(vendorClass(accelerator), engine,
                                           weightsClass(quantization));
}

QString errorBandText(const Efficiency &efficiency)
{
    if (!efficiency.fitted || efficiency.errorBandCases <= 0)
        return u"no published case of this class"_s;
    return u"±%1% (90% of %2 published cases)"_s.arg(efficiency.errorBandPercent, 0, 'f', 0)
        .arg(efficiency.errorBandCases);
}

} // namespace pertoken
