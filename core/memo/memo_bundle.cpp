#include "memo/memo_bundle.h"

#include "scenario/scenario_json.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const QString kManifest = u"manifest.json"_s;
const QString kScenario = u"scenario.pertoken"_s;

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data, const QDateTime &time)
{
    QuaZipNewInfo info(name);
    info.dateTime = time;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool written = file.write(data) == data.size();
    file.close();
    return written && file.getZipError() == ZIP_OK;
}

} // namespace

bool isAllowedBundleName(const QString &name)
{
    static const QRegularExpression allowed(
        u"^(manifest\\.json|memo\\.(md|pdf)|scenario\\.pertoken|data/[A-Za-z0-9_.-]+\\.csv|"
        "charts/[A-Za-z0-9_.-]+\\.(png|svg|pdf))$"_s);
    return name.size() < 200 && !name.contains(u"..") && allowed.match(name).hasMatch();
}

QByteArray bundleManifest(const QList<BundleEntry> &entries, const BundleMetadata &metadata)
{
    QJsonArray list;
    for (const BundleEntry &entry : entries) {
        list.append(QJsonObject{{u"name"_s, entry.name},
                                {u"size"_s, double(entry.data.size())},
                                {u"sha256"_s, sha256(entry.data)}});
    }
    return QJsonDocument(
               QJsonObject{{u"format"_s, u"pertoken.memo"_s},
                           {u"schemaVersion"_s, 1},
                           {u"productVersion"_s, metadata.productVersion},
                           {u"scenario"_s, metadata.scenarioName},
                           {u"createdAt"_s, metadata.createdAt.toUTC().toString(Qt::ISODate)},
                           {u"entries"_s, list}})
        .toJson(QJsonDocument::Indented);
}

std::optional<InputError> writeMemoBundle(const QString &path, const QList<BundleEntry> &entries,
                                          const BundleMetadata &metadata)
{
    for (const BundleEntry &entry : entries) {
        if (!isAllowedBundleName(entry.name) || entry.name == kManifest)
            return InputError{path, entry.name, u"is not a name a memo bundle may hold"_s};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return InputError{path, {}, u"cannot be written: %1"_s.arg(file.errorString())};
    QuaZip zip(&file);
    zip.setAutoClose(false); // QSaveFile is committed below, or discarded
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        file.cancelWriting();
        return InputError{
            path, {}, u"cannot start a zip archive (error %1)"_s.arg(zip.getZipError())};
    }
    // DOS timestamps start in 1980 and have 2-second resolution.
    const QDateTime time =
        metadata.createdAt.isValid() ? metadata.createdAt : QDateTime::currentDateTimeUtc();
    bool ok = addEntry(zip, kManifest, bundleManifest(entries, metadata), time);
    for (const BundleEntry &entry : entries) {
        if (!ok)
            break;
        ok = addEntry(zip, entry.name, entry.data, time);
    }
    zip.close();
    if (!ok || zip.getZipError() != ZIP_OK) {
        file.cancelWriting();
        return InputError{
            path, {}, u"writing the archive failed (zip error %1)"_s.arg(zip.getZipError())};
    }
    if (!file.commit())
        return InputError{path, {}, u"could not be saved: %1"_s.arg(file.errorString())};
    return std::nullopt;
}

Result<MemoBundle> readMemoBundle(QIODevice *device, const QString &source,
                                  const BundleLimits &limits)
{
    QuaZip zip(device);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdUnzip))
        return InputError{
            source,
            {},
            u"is not a readable zip archive (damaged or truncated; zip error %1)"_s.arg(
                zip.getZipError())};
    if (zip.getEntriesCount() > limits.maxEntries)
        return InputError{
            source,
            {},
            u"holds %1 entries; a memo bundle has at most %2"_s.arg(zip.getEntriesCount())
                .arg(limits.maxEntries)};

    QMap<QString, QByteArray> entries;
    qint64 total = 0;
    int count = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++count > limits.maxEntries)
            return InputError{source, {}, u"holds more than %1 entries"_s.arg(limits.maxEntries)};
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return InputError{source, {}, u"has an unreadable entry header"_s};
        const QString name = info.name;
        if (name.startsWith(u'/') || name.contains(u'\\') || name.split(u'/').contains(u".."_s) ||
            (name.size() > 1 && name.at(1) == u':'))
            return InputError{source, name, u"is an absolute or parent-relative path; refused"_s};
        if (info.isSymbolicLink())
            return InputError{source, name, u"is a symbolic link; refused"_s};
        if (info.isEncrypted())
            return InputError{source, name, u"is encrypted; refused"_s};
        if (!isAllowedBundleName(name))
            return InputError{source, name, u"is not a file a memo bundle holds; refused"_s};
        if (entries.contains(name))
            return InputError{source, name, u"appears twice in the archive"_s};

        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return InputError{source, name,
                              u"cannot be opened (zip error %1)"_s.arg(file.getZipError())};
        QByteArray data;
        char buffer[64 * 1024];
        while (true) {
            const qint64 read = file.read(buffer, sizeof buffer);
            if (read < 0) {
                file.close();
                return InputError{source, name, u"is damaged and cannot be decompressed"_s};
            }
            if (read == 0)
                break;
            data.append(buffer, read);
            total += read;
            if (data.size() > limits.maxEntryBytes)
                return InputError{
                    source, name,
                    u"decompresses to more than %1 MiB; refused"_s.arg(limits.maxEntryBytes >> 20)};
            if (total > limits.maxTotalBytes)
                return InputError{source, name,
                                  u"takes the bundle past %1 MiB decompressed; refused"_s.arg(
                                      limits.maxTotalBytes >> 20)};
            const double compressed = std::max<double>(1.0, double(info.compressedSize));
            if (data.size() > 1024 * 1024 && data.size() / compressed > limits.maxCompressionRatio)
                return InputError{source, name,
                                  u"decompresses more than %1 times its size; refused as a zip "
                                  "bomb"_s.arg(limits.maxCompressionRatio)};
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return InputError{source, name,
                              u"failed its CRC check (zip error %1)"_s.arg(file.getZipError())};
        entries.insert(name, data);
    }
    if (zip.getZipError() != UNZ_OK)
        return InputError{source, {}, u"is damaged (zip error %1)"_s.arg(zip.getZipError())};

    if (!entries.contains(kManifest))
        return InputError{source, kManifest, u"is missing"_s};
    QJsonParseError parseError;
    const QJsonDocument manifestDocument =
        QJsonDocument::fromJson(entries.take(kManifest), &parseError);
    if (parseError.error != QJsonParseError::NoError || !manifestDocument.isObject())
        return InputError{source, kManifest, u"is not a JSON object"_s};
    MemoBundle bundle;
    bundle.manifest = manifestDocument.object();
    const QJsonArray listed = bundle.manifest.value(u"entries"_s).toArray();
    QSet<QString> seen;
    for (const QJsonValue &value : listed) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(u"name"_s).toString();
        if (!entries.contains(name))
            return InputError{source, name, u"is listed in the manifest but missing"_s};
        const QByteArray &data = entries[name];
        if (item.value(u"size"_s).toDouble(-1) != double(data.size()) ||
            item.value(u"sha256"_s).toString() != sha256(data))
            return InputError{source, name,
                              u"does not match the manifest's size and SHA-256 checksum"_s};
        seen.insert(name);
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!seen.contains(it.key()))
            return InputError{source, it.key(), u"is not listed in the manifest"_s};
    }
    bundle.entries = std::move(entries);
    return bundle;
}

Result<MemoBundle> readMemoBundleFile(const QString &path, const BundleLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    return readMemoBundle(&file, path, limits);
}

Result<Scenario> loadScenarioOrBundle(const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"zip"_s, Qt::CaseInsensitive) != 0)
        return loadScenarioFile(path);
    Result<MemoBundle> bundle = readMemoBundleFile(path);
    if (!bundle)
        return bundle.error();
    if (!bundle->entries.contains(kScenario))
        return InputError{path, kScenario, u"is missing from the memo bundle"_s};
    return scenarioFromBytes(bundle->entries.value(kScenario), path + u':' + kScenario);
}

} // namespace pertoken
