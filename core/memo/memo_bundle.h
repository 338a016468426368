#pragma once

#include "common/input_error.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pertoken {

/// One file of a decision-memo bundle.
struct BundleEntry {
    QString name; ///< "memo.md", "charts/volume.svg", "data/volume.csv", "scenario.pertoken"
    QByteArray data;
};

struct BundleMetadata {
    QString scenarioName;
    QString productVersion;
    QDateTime createdAt; ///< written into the manifest and as every entry's timestamp
};

/// Limits a bundle must stay within when read; counted on the bytes actually decompressed, not
/// on the sizes the archive declares (an attacker writes those).
struct BundleLimits {
    int maxEntries = 64;
    qint64 maxEntryBytes = 32LL << 20;
    qint64 maxTotalBytes = 128LL << 20;
    double maxCompressionRatio = 200; ///< decompressed / compressed bytes of one entry
};

/// Names a bundle may hold: manifest.json, memo.md, memo.pdf, scenario.pertoken,
/// data/NAME.csv, charts/NAME.png|svg|pdf, with NAME of letters, digits, '.', '_' and '-'.
bool isAllowedBundleName(const QString &name);

/// The manifest: every other entry's name, size and SHA-256, the product version, the scenario's
/// name and the creation time. Key order is fixed, so equal inputs give equal bytes.
QByteArray bundleManifest(const QList<BundleEntry> &entries, const BundleMetadata &metadata);

/// Writes `entries` plus manifest.json as a zip through QSaveFile: the file at `path` is
/// replaced only when the whole bundle was written. Entry timestamps are `createdAt`.
std::optional<InputError> writeMemoBundle(const QString &path, const QList<BundleEntry> &entries,
                                          const BundleMetadata &metadata);

/// A bundle read into memory and checked against its manifest.
struct MemoBundle {
    QJsonObject manifest;
    QMap<QString, QByteArray> entries; ///< manifest.json excluded
};

/// Reads a bundle without extracting anything to disk. Refused, with a message naming the
/// archive and the entry: names outside the allow-list, absolute or ".." paths, symbolic links,
/// encrypted or directory entries, more entries or bytes than `limits` allow (counted while
/// reading), a compression ratio above the limit, a damaged or truncated archive, a missing
/// manifest, and an entry whose size or SHA-256 differs from the manifest's.
Result<MemoBundle> readMemoBundle(QIODevice *device, const QString &source,
                                  const BundleLimits &limits = {});
Result<MemoBundle> readMemoBundleFile(const QString &path, const BundleLimits &limits = {});

/// The scenario of a `.pertoken` file or of a memo bundle (`.zip`), whichever `path` is.
Result<Scenario> loadScenarioOrBundle(const QString &path);

} // namespace pertoken
