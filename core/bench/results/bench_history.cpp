#include "bench/results/bench_history.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace pertoken {

using namespace Qt::StringLiterals;

QString BenchHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/bench-history"_s;
}

Result<QString> writeBenchResultFile(const BenchResult &result, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = benchResultToJson(result);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return InputError{path, {}, u"cannot be written: %1"_s.arg(file.errorString())};
    return path;
}

Result<BenchResult> readBenchResultFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, {}, u"cannot be read: %1"_s.arg(file.errorString())};
    return parseBenchResult(file.readAll(), path);
}

Result<QString> BenchHistory::save(const BenchResult &result) const
{
    if (!QDir().mkpath(m_directory))
        return InputError{m_directory, {}, u"cannot be created"_s};
    const QString stem =
        result.createdAt.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + benchKindId(result.kind);
    QString path = QDir(m_directory).filePath(stem + u".json"_s);
    for (int n = 2; QFileInfo::exists(path); ++n) // two results in the same second
        path = QDir(m_directory).filePath(u"%1-%2.json"_s.arg(stem).arg(n));
    return writeBenchResultFile(result, path);
}

QList<BenchHistory::Entry> BenchHistory::list(QStringList *unreadable) const
{
    QList<Entry> entries;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const Result<BenchResult> result = readBenchResultFile(path);
        if (!result) {
            if (unreadable)
                unreadable->append(result.error().toString());
            continue;
        }
        entries.append({path, result->kind, result->createdAt, benchResultSummary(*result)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return entries;
}

Result<BenchResult> BenchHistory::load(const QString &path) const
{
    return readBenchResultFile(path);
}

} // namespace pertoken
