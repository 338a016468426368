#pragma once

// Runs the real `pertoken` executable (PERTOKEN_BINARY) as a user without a display would:
// DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed, so every command must manage alone.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QStringList>

namespace pertoken::testing {

struct CliRun {
    int exitCode = -1; ///< -1 when the process crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

/// `environment` (name to value) is set on top of this process's own; an empty value removes
/// the variable.
inline CliRun runPertoken(const QStringList &arguments, int timeoutMs = 120000,
                          const QList<QPair<QString, QString>> &environmentChanges = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const auto &[name, value] : environmentChanges) {
        if (value.isEmpty())
            environment.remove(name);
        else
            environment.insert(name, value);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PERTOKEN_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace pertoken::testing
