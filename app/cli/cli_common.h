#pragma once

#include "common/input_error.h"
#include "scenario/scenario.h"

#include <QString>
#include <QTextStream>

namespace pertoken::cli {

/// Exit statuses of the command-line contract (DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

QTextStream &out();
QTextStream &err();

/// Prints "pertoken: <error>" to stderr and returns kExitUsage.
int usageError(const QString &message);
int inputError(const InputError &error);

/// The scenario named by --scenario, or the built-in default when `path` is empty.
Result<Scenario> scenarioFromOption(const QString &path);

} // namespace pertoken::cli
