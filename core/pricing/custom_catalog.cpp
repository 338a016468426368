#include "pricing/custom_catalog.h"

#include "common/catalog_file.h"
#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"pertoken.custom-catalog"_s;
constexpr int kSchemaVersion = 1;

} // namespace

Result<CustomCatalog> loadCustomCatalog(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return CustomCatalog{};
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    Result<QJsonObject> root = parseJsonObject(file.readAll(), path);
    if (!root)
        return root.error();
    if (std::optional<InputError> error =
            checkCatalogEnvelope(*root, kFormat, kSchemaVersion, path))
        return *error;
    CustomCatalog catalog;
    if (std::optional<InputError> error =
            readCatalogEntries(*root, u"prices"_s, path, apiPriceFromJson, &catalog.prices))
        return *error;
    if (std::optional<InputError> error = readCatalogEntries(
            *root, u"accelerators"_s, path, acceleratorFromJson, &catalog.accelerators))
        return *error;
    if (root->contains(u"models"_s)) {
        if (std::optional<InputError> error =
                readCatalogEntries(*root, u"models"_s, path, modelFromJson, &catalog.models))
            return *error;
    }
    return catalog;
}

std::optional<InputError> saveCustomCatalog(const CustomCatalog &catalog, const QString &path)
{
    QJsonObject root = catalogEnvelope(kFormat, kSchemaVersion);
    QJsonArray prices;
    for (const ApiPrice &price : catalog.prices)
        prices.append(apiPriceToJson(price));
    QJsonArray accelerators;
    for (const Accelerator &accelerator : catalog.accelerators)
        accelerators.append(acceleratorToJson(accelerator));
    root.insert(u"prices"_s, prices);
    root.insert(u"accelerators"_s, accelerators);
    QJsonArray models;
    for (const ModelArchitecture &model : catalog.models)
        models.append(modelToJson(model));
    root.insert(u"models"_s, models);

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return InputError{path, {}, u"cannot create the folder %1"_s.arg(folder)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return InputError{path, {}, u"cannot be written: %1"_s.arg(file.errorString())};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return InputError{path, {}, u"cannot be written: %1"_s.arg(reason)};
    }
    if (!file.commit())
        return InputError{path, {}, u"cannot be saved: %1"_s.arg(file.errorString())};
    return std::nullopt;
}

QString defaultCustomCatalogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/custom-catalog.json"_s;
}

} // namespace pertoken
