#include "inventory/inventory.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// RFC 4180: a field with a comma, quote or line break goes in quotes, quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

QString num(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QJsonObject property(const QString &name, const QString &value)
{
    return QJsonObject{{u"name"_s, name}, {u"value"_s, value}};
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(text).hasMatch();
}

} // namespace

QByteArray inventoryToCsv(const Inventory &inventory)
{
    QByteArray csv =
        csvRow({u"kind"_s, u"name"_s, u"store_or_runtime"_s, u"path_or_address"_s,
                u"format_or_version"_s, u"architecture"_s, u"parameters"_s, u"quantization"_s,
                u"size_bytes"_s, u"license"_s, u"header_sha256"_s, u"chat_template_sha256"_s,
                u"fits"_s, u"output_tokens_per_second"_s, u"usd_per_million_tokens"_s, u"port"_s,
                u"exposure"_s, u"answered_without_authentication"_s, u"models_loaded"_s});
    for (qsizetype i = 0; i < inventory.scan.models.size(); ++i) {
        const FoundModel &m = inventory.scan.models.at(i);
        const InventoryPrice &p = inventory.prices.value(i);
        csv += csvRow({u"model"_s, m.name, m.store, m.path, modelFileFormatId(m.inspection.format),
                       m.inspection.architecture, num(m.inspection.model.totalParams),
                       m.inspection.fileType, num(double(m.sizeBytes)), m.inspection.license,
                       m.inspection.model.sourceSha256, m.inspection.chatTemplateSha256,
                       p.fits ? u"yes"_s : u"no"_s,
                       p.priced ? num(p.outputTokensPerSecond, 2) : QString(),
                       p.priced ? num(p.usdPerMillionTokens, 4) : QString(), QString(), QString(),
                       QString(), QString()});
    }
    for (const InventoryServer &s : inventory.servers) {
        QStringList loaded;
        for (const ServedModel &model : s.identity.models)
            if (model.loaded)
                loaded.append(model.name);
        csv += csvRow(
            {u"server"_s, s.socket.process, s.identity.runtime, s.socket.address.toString(),
             s.identity.version, QString(), QString(), QString(), QString(), QString(), QString(),
             QString(), QString(), QString(), QString(), QString::number(s.socket.port), s.exposure,
             s.identity.answeredWithoutAuthentication ? u"yes"_s : u"no"_s, loaded.join(u' ')});
    }
    return csv;
}

QJsonObject inventoryToCycloneDx(const Inventory &inventory, const QString &toolVersion)
{
    QJsonArray components;
    for (qsizetype i = 0; i < inventory.scan.models.size(); ++i) {
        const FoundModel &m = inventory.scan.models.at(i);
        const InventoryPrice &p = inventory.prices.value(i);
        const ModelInspection &in = m.inspection;
        QJsonObject component{
            {u"type"_s, u"machine-learning-model"_s},
            {u"bom-ref"_s, u"model-%1"_s.arg(i + 1)},
            {u"name"_s, m.name},
        };
        if (isSha256Hex(in.model.sourceSha256))
            component.insert(u"hashes"_s,
                             QJsonArray{QJsonObject{{u"alg"_s, u"SHA-256"_s},
                                                    {u"content"_s, in.model.sourceSha256}}});
        if (!in.license.isEmpty())
            component.insert(
                u"licenses"_s,
                QJsonArray{QJsonObject{{u"license"_s, QJsonObject{{u"name"_s, in.license}}}}});
        if (!in.architecture.isEmpty())
            component.insert(
                u"modelCard"_s,
                QJsonObject{{u"modelParameters"_s,
                             QJsonObject{{u"architectureFamily"_s, in.architecture}}}});
        QJsonArray properties{
            property(u"pertoken:store"_s, m.store),
            property(u"pertoken:path"_s, m.path),
            property(u"pertoken:format"_s, modelFileFormatId(in.format)),
            property(u"pertoken:parameters"_s, num(in.model.totalParams)),
            property(u"pertoken:quantization"_s, in.fileType),
            property(u"pertoken:bitsPerWeight"_s, num(in.bitsPerWeight, 3)),
            property(u"pertoken:sizeBytes"_s, num(double(m.sizeBytes))),
            property(u"pertoken:hashScope"_s, in.model.sourceSha256Scope),
            property(u"pertoken:fitsThisMachine"_s, p.fits ? u"true"_s : u"false"_s),
        };
        if (!in.chatTemplateSha256.isEmpty())
            properties.append(property(u"pertoken:chatTemplateSha256"_s, in.chatTemplateSha256));
        if (p.priced) {
            properties.append(
                property(u"pertoken:outputTokensPerSecond"_s, num(p.outputTokensPerSecond, 2)));
            properties.append(
                property(u"pertoken:usdPerMillionTokens"_s, num(p.usdPerMillionTokens, 4)));
        }
        component.insert(u"properties"_s, properties);
        components.append(component);
    }
    for (qsizetype i = 0; i < inventory.servers.size(); ++i) {
        const InventoryServer &s = inventory.servers.at(i);
        QJsonObject component{
            {u"type"_s, u"application"_s},
            {u"bom-ref"_s, u"server-%1"_s.arg(i + 1)},
            {u"name"_s, s.identity.runtime},
        };
        if (!s.identity.version.isEmpty())
            component.insert(u"version"_s, s.identity.version);
        QStringList models;
        for (const ServedModel &model : s.identity.models)
            models.append(model.name + (model.loaded ? u" (loaded)"_s : QString()));
        component.insert(
            u"properties"_s,
            QJsonArray{property(u"pertoken:port"_s, QString::number(s.socket.port)),
                       property(u"pertoken:address"_s, s.socket.address.toString()),
                       property(u"pertoken:exposure"_s, s.exposure),
                       property(u"pertoken:answeredWithoutAuthentication"_s,
                                s.identity.answeredWithoutAuthentication ? u"true"_s : u"false"_s),
                       property(u"pertoken:process"_s, s.socket.process),
                       property(u"pertoken:models"_s, models.join(u", "_s))});
        components.append(component);
    }
    QJsonArray tools;
    tools.append(QJsonObject{
        {u"type"_s, u"application"_s}, {u"name"_s, u"PerToken"_s}, {u"version"_s, toolVersion}});
    QJsonObject machine;
    machine.insert(u"type"_s, u"device"_s);
    machine.insert(u"bom-ref"_s, u"machine"_s);
    machine.insert(u"name"_s, inventory.host.isEmpty() ? u"localhost"_s : inventory.host);
    QJsonObject metadata;
    metadata.insert(u"timestamp"_s, inventory.generatedAt.toString(Qt::ISODate));
    metadata.insert(u"tools"_s, QJsonObject{{u"components"_s, tools}});
    metadata.insert(u"component"_s, machine);
    QJsonObject bom;
    bom.insert(u"bomFormat"_s, u"CycloneDX"_s);
    bom.insert(u"specVersion"_s, u"1.6"_s);
    bom.insert(u"serialNumber"_s,
               QString(u"urn:uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    bom.insert(u"version"_s, 1);
    bom.insert(u"metadata"_s, metadata);
    bom.insert(u"components"_s, components);
    return bom;
}

namespace {

void count(QMap<QString, InventoryMerge::Count> &map, const QString &key, QSet<QString> &seenHere)
{
    InventoryMerge::Count &c = map[key];
    c.key = key;
    ++c.count;
    if (!seenHere.contains(key)) {
        seenHere.insert(key);
        ++c.machines;
    }
}

QList<InventoryMerge::Count> sorted(const QMap<QString, InventoryMerge::Count> &map)
{
    QList<InventoryMerge::Count> list = map.values();
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return list;
}

QJsonArray countsJson(const QList<InventoryMerge::Count> &counts)
{
    QJsonArray array;
    for (const InventoryMerge::Count &c : counts)
        array.append(
            QJsonObject{{u"key"_s, c.key}, {u"count"_s, c.count}, {u"machines"_s, c.machines}});
    return array;
}

} // namespace

Result<InventoryMerge> mergeInventories(const QList<QPair<QString, QJsonObject>> &reports)
{
    InventoryMerge merge;
    QMap<QString, InventoryMerge::Count> models, licences, runtimes, exposure;
    for (const auto &[source, report] : reports) {
        if (report.value(u"schema"_s).toString() != QLatin1StringView(kInventorySchema))
            return InputError{
                source, u"schema"_s,
                u"\"%1\" is not a PerToken inventory report (\"%2\" expected)"_s.arg(
                    report.value(u"schema"_s).toString(), QLatin1StringView(kInventorySchema))};
        if (!report.value(u"models"_s).isArray() || !report.value(u"servers"_s).isArray())
            return InputError{source, u"models"_s,
                              u"the report needs the arrays \"models\" and \"servers\""_s};
        ++merge.reports;
        merge.hosts.append(report.value(u"host"_s).toString());
        QSet<QString> seenModels, seenLicences, seenRuntimes, seenExposure;
        double fastest = 0;
        const QJsonArray modelList = report.value(u"models"_s).toArray();
        for (const QJsonValue &value : modelList) {
            const QJsonObject m = value.toObject();
            count(models, m.value(u"name"_s).toString(), seenModels);
            const QString licence = m.value(u"license"_s).toString();
            count(licences, licence.isEmpty() ? u"unknown"_s : licence, seenLicences);
            if (m.value(u"fits"_s).toBool())
                fastest = std::max(fastest, m.value(u"outputTokensPerSecond"_s).toDouble());
        }
        const QJsonArray serverList = report.value(u"servers"_s).toArray();
        for (const QJsonValue &value : serverList) {
            const QJsonObject s = value.toObject();
            count(runtimes, s.value(u"runtime"_s).toString(), seenRuntimes);
            count(exposure, s.value(u"exposure"_s).toString(), seenExposure);
        }
        if (fastest > 0) {
            merge.localTokensPerSecond += fastest;
            ++merge.machinesWithSpeed;
        }
    }
    merge.localTokensPerMonth = merge.localTokensPerSecond * 30 * 24 * 3600;
    merge.models = sorted(models);
    merge.licences = sorted(licences);
    merge.runtimes = sorted(runtimes);
    merge.exposure = sorted(exposure);
    return merge;
}

QJsonObject inventoryMergeToJson(const InventoryMerge &merge)
{
    return QJsonObject{
        {u"reports"_s, merge.reports},
        {u"hosts"_s, QJsonArray::fromStringList(merge.hosts)},
        {u"models"_s, countsJson(merge.models)},
        {u"licences"_s, countsJson(merge.licences)},
        {u"runtimes"_s, countsJson(merge.runtimes)},
        {u"exposure"_s, countsJson(merge.exposure)},
        {u"localTokensPerSecond"_s, merge.localTokensPerSecond},
        {u"localTokensPerMonth"_s, merge.localTokensPerMonth},
        {u"machinesWithSpeed"_s, merge.machinesWithSpeed},
    };
}

} // namespace pertoken
