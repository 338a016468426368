#pragma once

#include "bench/results/bench_result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pertoken {

/// The benchmark history: one `pertoken.bench/1` file per result in a folder, by default
/// QStandardPaths::AppDataLocation + "/bench-history". Files are written through QSaveFile and
/// named after their time and kind ("20261124-101500-endpoint.json"), so they sort by time.
class BenchHistory {
public:
    explicit BenchHistory(QString directory = defaultDirectory())
        : m_directory(std::move(directory))
    {}

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    struct Entry {
        QString path;
        BenchKind kind = BenchKind::Hardware;
        QDateTime createdAt;
        QString summary;
    };

    /// Saves `result`; the path written, or why it could not be.
    Result<QString> save(const BenchResult &result) const;
    /// Every readable result, newest first; files that do not parse are named in `unreadable`.
    QList<Entry> list(QStringList *unreadable = nullptr) const;
    Result<BenchResult> load(const QString &path) const;

private:
    QString m_directory;
};

/// Writes a result file through QSaveFile; the error names the path.
Result<QString> writeBenchResultFile(const BenchResult &result, const QString &path);
Result<BenchResult> readBenchResultFile(const QString &path);

} // namespace pertoken
