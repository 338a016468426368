#include "pricing/price_update.h"

#include "pricing/price_catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kBuiltinCatalog = u":/catalog/api-prices.json"_s;

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    return file.readAll();
}

std::optional<InputError> writeAll(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return InputError{path, {}, u"cannot create the folder %1"_s.arg(folder)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return InputError{path, {}, u"cannot be written: %1"_s.arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return InputError{path, {}, u"cannot be written: %1"_s.arg(reason)};
    }
    if (!file.commit())
        return InputError{path, {}, u"cannot be saved: %1"_s.arg(file.errorString())};
    return std::nullopt;
}

// The figures the file states replace the entry's; those it leaves out keep the entry's.
ApiPrice refreshed(const ApiPrice &entry, const ApiPrice &file)
{
    ApiPrice price = file;
    // The entry keeps its own id, so its source cites the key in the quoted form liteLlmKey()
    // reads, and the next update finds it again.
    const QString plain = u", key "_s + file.id;
    if (const qsizetype at = price.source.indexOf(plain); at >= 0)
        price.source.replace(at, plain.size(), u", key \"%1\""_s.arg(file.id));
    price.id = entry.id;
    price.provider = entry.provider;
    price.model = entry.model;
    if (price.cachedInputUsdPerMTok < 0)
        price.cachedInputUsdPerMTok = entry.cachedInputUsdPerMTok;
    if (price.batchDiscount <= 0)
        price.batchDiscount = entry.batchDiscount;
    if (price.longContextThresholdTokens <= 0) {
        price.longContextThresholdTokens = entry.longContextThresholdTokens;
        price.longContextInputUsdPerMTok = entry.longContextInputUsdPerMTok;
        price.longContextOutputUsdPerMTok = entry.longContextOutputUsdPerMTok;
        price.longContextCachedInputUsdPerMTok = entry.longContextCachedInputUsdPerMTok;
    }
    if (price.contextWindowTokens <= 0)
        price.contextWindowTokens = entry.contextWindowTokens;
    return price;
}

} // namespace

QString liteLlmKey(const ApiPrice &price)
{
    static const QRegularExpression quoted(u"\\bkey \"([^\"]+)\""_s);
    if (const QRegularExpressionMatch match = quoted.match(price.source); match.hasMatch())
        return match.captured(1);
    // importLiteLlmPrices(): "<file>, key <key>", possibly followed by " (provider page: …)".
    const QString marker = u", key "_s + price.id;
    const qsizetype at = price.source.indexOf(marker);
    if (at >= 0) {
        const QString rest = price.source.mid(at + marker.size());
        if (rest.isEmpty() || rest.startsWith(u" (provider page: "_s))
            return price.id;
    }
    return {};
}

QList<ApiPrice> updatedPriceCatalog(const QList<ApiPrice> &current,
                                    const QList<ApiPrice> &downloaded)
{
    QHash<QString, const ApiPrice *> fileByKey;
    for (const ApiPrice &price : downloaded)
        fileByKey.insert(price.id, &price);
    QList<ApiPrice> result;
    QSet<QString> usedKeys;
    QSet<QString> ids;
    for (const ApiPrice &entry : current) {
        const QString key = liteLlmKey(entry);
        if (key.isEmpty()) {
            result.append(entry);
            ids.insert(entry.id);
            continue;
        }
        const auto it = fileByKey.constFind(key);
        if (it == fileByKey.cend())
            continue;
        usedKeys.insert(key);
        result.append(refreshed(entry, **it));
        ids.insert(entry.id);
    }
    for (const ApiPrice &price : downloaded) {
        if (usedKeys.contains(price.id) || ids.contains(price.id))
            continue;
        result.append(price);
        ids.insert(price.id);
    }
    return result;
}

QString userPriceCatalogPath(const QString &customCatalogPath)
{
    return QFileInfo(customCatalogPath).absoluteDir().filePath(u"api-prices.json"_s);
}

QString previousPriceCatalogPath(const QString &userCatalogPath)
{
    return QFileInfo(userCatalogPath).absoluteDir().filePath(u"api-prices.previous.json"_s);
}

Result<QByteArray> priceCatalogBytes(const QString &userCatalogPath)
{
    return readAll(QFile::exists(userCatalogPath) ? userCatalogPath : kBuiltinCatalog);
}

Result<QList<ApiPrice>> loadPriceCatalog(const QString &userCatalogPath)
{
    const Result<QByteArray> bytes = priceCatalogBytes(userCatalogPath);
    if (!bytes)
        return bytes.error();
    return parseApiPriceCatalog(*bytes,
                                QFile::exists(userCatalogPath) ? userCatalogPath : kBuiltinCatalog);
}

std::optional<ApiPrice> apiPriceInUse(const QString &userCatalogPath, const QString &id)
{
    if (const Result<QList<ApiPrice>> prices = loadPriceCatalog(userCatalogPath)) {
        for (const ApiPrice &price : *prices) {
            if (price.id == id)
                return price;
        }
        return std::nullopt;
    }
    if (const ApiPrice *builtin = findApiPrice(id))
        return *builtin;
    return std::nullopt;
}

std::optional<InputError> replacePriceCatalog(const QString &userCatalogPath,
                                              const QByteArray &bytes)
{
    const Result<QByteArray> current = priceCatalogBytes(userCatalogPath);
    if (!current)
        return current.error();
    if (std::optional<InputError> error =
            writeAll(previousPriceCatalogPath(userCatalogPath), *current))
        return error;
    return writeAll(userCatalogPath, bytes);
}

std::optional<InputError> restorePreviousPriceCatalog(const QString &userCatalogPath)
{
    const QString previousPath = previousPriceCatalogPath(userCatalogPath);
    if (!QFile::exists(previousPath))
        return InputError{previousPath, {}, u"does not exist: there is no previous catalog"_s};
    const Result<QByteArray> previous = readAll(previousPath);
    if (!previous)
        return previous.error();
    const Result<QByteArray> current = priceCatalogBytes(userCatalogPath);
    if (!current)
        return current.error();
    if (std::optional<InputError> error = writeAll(userCatalogPath, *previous))
        return error;
    return writeAll(previousPath, *current);
}

} // namespace pertoken
