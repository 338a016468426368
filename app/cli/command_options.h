#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace pertoken::cli {

/// The options each command parses, declared once: the command builds its QCommandLineParser
/// from these lists, `pertoken --help` lists them, and tests/cli/tst_cli_help checks that every
/// one appears in the command's --help. (`plan` declares its own in plan_command.cpp.)
QList<QCommandLineOption> evalOptions();
QList<QCommandLineOption> frontierOptions();
QList<QCommandLineOption> chartOptions();
QList<QCommandLineOption> memoOptions();
QList<QCommandLineOption> benchOptions();
QList<QCommandLineOption> pricesOptions();
QList<QCommandLineOption> modelsOptions();
QList<QCommandLineOption> validateOptions();
QList<QCommandLineOption> inventoryOptions();

/// One way of calling a command: the words before --help ("bench", "endpoint") and the options
/// that call accepts.
struct CommandUsage {
    QStringList words;
    QList<QCommandLineOption> options;
};

/// Every command and subcommand whose options are declared here.
QList<CommandUsage> commandUsages();

/// The options `pertoken` itself takes before any command: --lang, --version, --help.
QStringList topLevelOptionNames();

/// "[--scenario file] [--json]", wrapped before `width` columns, continuation lines indented by
/// `indent` spaces: the option part of a usage line in `pertoken --help`.
QString optionSynopsis(const QList<QCommandLineOption> &options, int indent, int width = 100);

} // namespace pertoken::cli
