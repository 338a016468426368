#pragma once

#include "common/input_error.h"
#include "common/number_format.h"
#include "scenario/scenario.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

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

/// Parses `pertoken COMMAND ARGS...` (`command` is "pertoken eval", `arguments` what follows it)
/// with a parser that has its description, --help, positional arguments and options set.
/// Returns the exit status when the command is already done: --help printed (kExitOk) or the
/// arguments refused with the parser's message (kExitUsage); nothing when the command goes on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments);

/// The display currency of --currency CODE --rate R --rate-date YYYY-MM-DD (currencyOptions()),
/// US dollars when none is given, or the error naming the flag that was wrong.
Result<DisplayCurrency> currencyFromOptions(const QCommandLineParser &parser);

/// The scenario named by --scenario, or the built-in default when `path` is empty.
Result<Scenario> scenarioFromOption(const QString &path);

/// `scenario` with --break-even-peak (proportional|fixed) applied where it is given; an error
/// naming the option and the values it takes otherwise.
Result<Scenario> withBreakEvenPeak(const QCommandLineParser &parser, Scenario scenario);

} // namespace pertoken::cli
