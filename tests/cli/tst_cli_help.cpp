// Every option a command parses appears in its --help and in `pertoken --help`. The options come
// from app/cli/command_options.cpp, the lists the commands build their parsers from, so an option
// added there without help fails here. A call for help writes to standard output only, and a
// call that is a usage error writes its text to standard error only.

#include "../support/cli_run.h"
#include "cli/command_options.h"

#include <QTest>

using namespace pertoken::cli;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<QCommandLineOption>)

namespace {

// "--out" for long names, "-o" for one-letter ones, as QCommandLineParser prints them.
QStringList spellings(const QCommandLineOption &option)
{
    QStringList all;
    for (const QString &name : option.names())
        all.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    return all;
}

QStringList missingFrom(const QByteArray &help, const QList<QCommandLineOption> &options)
{
    const QString text = QString::fromUtf8(help);
    QStringList missing;
    for (const QCommandLineOption &option : options) {
        for (const QString &spelling : spellings(option)) {
            if (!text.contains(spelling))
                missing.append(spelling);
        }
    }
    return missing;
}

// Standard error without what Qt itself says about the environment (a QApplication started
// offscreen notes a missing XDG_RUNTIME_DIR).
QByteArray ownMessages(const QByteArray &err)
{
    QByteArray own;
    for (const QByteArray &line : err.split('\n')) {
        if (!line.isEmpty() && !line.startsWith("QStandardPaths:"))
            own += line + '\n';
    }
    return own;
}

} // namespace

class TestCliHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commandHelpListsEveryOption_data();
    void commandHelpListsEveryOption();
    void topLevelHelpListsEveryOption();
    void usageErrorGoesToStandardError();
};

void TestCliHelp::commandHelpListsEveryOption_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<QCommandLineOption>>("options");
    for (const CommandUsage &usage : commandUsages())
        QTest::newRow(qPrintable(usage.words.join(u' '))) << usage.words << usage.options;
}

void TestCliHelp::commandHelpListsEveryOption()
{
    QFETCH(QStringList, words);
    QFETCH(QList<QCommandLineOption>, options);
    QVERIFY(!options.isEmpty());
    const CliRun run = runPertoken(words + QStringList{u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(ownMessages(run.err).isEmpty(), run.err.constData());

    const QStringList missing = missingFrom(run.out, options);
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in the help: "_s + missing.join(u", "_s)));
    QVERIFY(run.out.contains("--help"));
}

void TestCliHelp::topLevelHelpListsEveryOption()
{
    const CliRun run = runPertoken({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(ownMessages(run.err).isEmpty(), run.err.constData());
    const QString help = QString::fromUtf8(run.out);
    for (const CommandUsage &usage : commandUsages()) {
        // Each command's usage line starts "pertoken <command>"; its options follow it.
        const QString command = u"pertoken "_s + usage.words.constFirst();
        const qsizetype at = help.indexOf(command);
        QVERIFY2(at >= 0, qPrintable(command));
        const qsizetype next = help.indexOf(u"\n  pertoken "_s, at);
        const QByteArray section = help.mid(at, next < 0 ? -1 : next - at).toUtf8();
        const QStringList missing = missingFrom(section, usage.options);
        QVERIFY2(missing.isEmpty(), qPrintable(u"%1: not in `pertoken --help`: %2"_s.arg(
                                        command, missing.join(u", "_s))));
    }
    for (const QString &name : topLevelOptionNames())
        QVERIFY2(help.contains(u"--"_s + name), qPrintable(name));
}

// `pertoken bench` without a subcommand is a usage error: the help goes to standard error.
void TestCliHelp::usageErrorGoesToStandardError()
{
    const CliRun run = runPertoken({u"bench"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY(run.err.contains("--no-history"));
}

QTEST_APPLESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
