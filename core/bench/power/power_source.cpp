#include "bench/power/power_source.h"

#include <QFile>
#include <QFileInfo>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr PowerScope kScopes[] = {PowerScope::CpuPackage, PowerScope::Dram, PowerScope::GpuBoard,
                                  PowerScope::Platform, PowerScope::WholeLaptop};
constexpr PowerSourceKind kKinds[] = {PowerSourceKind::Rapl, PowerSourceKind::Hwmon,
                                      PowerSourceKind::Battery, PowerSourceKind::Nvml};

} // namespace

QString powerScopeId(PowerScope scope)
{
    switch (scope) {
    case PowerScope::CpuPackage:
        return u"cpu-package"_s;
    case PowerScope::Dram:
        return u"dram"_s;
    case PowerScope::GpuBoard:
        return u"gpu-board"_s;
    case PowerScope::Platform:
        return u"platform"_s;
    case PowerScope::WholeLaptop:
        break;
    }
    return u"whole-laptop"_s;
}

bool powerScopeFromId(const QString &id, PowerScope *out)
{
    for (PowerScope scope : kScopes) {
        if (powerScopeId(scope) == id) {
            *out = scope;
            return true;
        }
    }
    return false;
}

QString powerScopeLabel(PowerScope scope)
{
    switch (scope) {
    case PowerScope::CpuPackage:
        return u"CPU package"_s;
    case PowerScope::Dram:
        return u"DRAM"_s;
    case PowerScope::GpuBoard:
        return u"GPU board"_s;
    case PowerScope::Platform:
        return u"platform (RAPL psys)"_s;
    case PowerScope::WholeLaptop:
        break;
    }
    return u"whole laptop"_s;
}

QString powerSourceKindId(PowerSourceKind kind)
{
    switch (kind) {
    case PowerSourceKind::Rapl:
        return u"rapl"_s;
    case PowerSourceKind::Hwmon:
        return u"hwmon"_s;
    case PowerSourceKind::Battery:
        return u"battery"_s;
    case PowerSourceKind::Nvml:
        break;
    }
    return u"nvml"_s;
}

bool powerSourceKindFromId(const QString &id, PowerSourceKind *out)
{
    for (PowerSourceKind kind : kKinds) {
        if (powerSourceKindId(kind) == id) {
            *out = kind;
            return true;
        }
    }
    return false;
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // QFile reports a refused open as a generic OpenError; access(2) tells permissions apart.
        const QFileInfo info(path);
        *error = info.exists() && info.isFile() && !info.isReadable()
                     ? u"%1: permission denied"_s.arg(path)
                     : u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kSysfsReadLimitBytes);
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError) {
        *error = u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes.trimmed();
}

std::optional<double> readSysfsNumber(const QString &path, QString *error)
{
    const std::optional<QByteArray> text = readSmallFile(path, error);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qulonglong value = text->toULongLong(&ok);
    if (!ok) {
        *error = u"%1: expected a non-negative integer (got \"%2\")"_s.arg(
            path, QString::fromLatin1(text->left(40)));
        return std::nullopt;
    }
    return double(value);
}

std::optional<double> counterDeltaMicrojoules(double start, double end, double rangeMicrojoules)
{
    if (end >= start)
        return end - start;
    if (rangeMicrojoules <= 0 || start > rangeMicrojoules)
        return std::nullopt;
    return (rangeMicrojoules - start) + end;
}

} // namespace pertoken
