// The user guide agrees with the program: Help ▸ User Guide (F1) opens it from the program's own
// resources; its four questions are there; every section link, every screenshot and every
// `pertoken ...` line it quotes in code works: the command, its subcommand or chart, and each
// option are ones the built command line lists in its --help (and `chart --list`).

#include "autosave.h"
#include "help/user_guide_window.h"
#include "language.h"
#include "main_window.h"

#include <QAction>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include "../support/cli_run.h"

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

Language::Choice choiceFor(const QString &code)
{
    Language::Choice choice;
    choice.code = code;
    choice.locale = QLocale(code);
    return choice;
}

// The command lines the guide quotes in code (a <pre> example or inline <code>): the words after
// `pertoken` up to a shell comment, a continued shell line joined.
QStringList quotedCommands(const QTextDocument &document)
{
    static const QRegularExpression start(u"(?<![\\w./-])pertoken (?=[a-z-])"_s);
    QStringList commands;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString code;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const bool isCode = fragment.charFormat().fontFamilies().toStringList().contains(
                u"monospace"_s); // how QTextDocument reads <code> and <pre>
            code += isCode ? fragment.text() : u"\n"_s;
        }
        code.replace(QChar::LineSeparator, u'\n');
        code.replace(u"\\\n"_s, u" "_s);
        const QStringList lines = code.split(u'\n');
        for (const QString &line : lines) {
            QRegularExpressionMatchIterator it = start.globalMatch(line);
            while (it.hasNext())
                commands << line.mid(it.next().capturedEnd()).section(u'#', 0, 0).simplified();
        }
    }
    return commands;
}

} // namespace

class TestUserGuideAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void f1OpensTheGuide();
    void guideHasTheFourQuestions();
    void sectionLinksLand();
    void imagesLoad();
    void quotedCommandsExist();
    void languageNote_data();
    void languageNote();

private:
    QString m_help;
    QTextDocument *m_guide = nullptr;
    QUrl m_source;
};

void TestUserGuideAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_user_guide_agree"_s);
    QDir(Autosave::directory()).removeRecursively();

    const testing::CliRun run = testing::runPertoken({u"--help"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_help = QString::fromUtf8(run.out);

    UserGuideWindow window;
    m_source = window.browser()->source();
    QCOMPARE(m_source, UserGuideWindow::guideUrl());
    m_guide = window.browser()->document()->clone(this);
}

void TestUserGuideAgree::f1OpensTheGuide()
{
    MainWindow window(discardAll);
    const auto *action = window.findChild<QAction *>(u"userGuide"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<UserGuideWindow *>());

    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<UserGuideWindow *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(guide->isWindow());
    QVERIFY(!guide->browser()->document()->isEmpty());
    QVERIFY(guide->browser()->openExternalLinks());

    // The same window comes back, not a second one.
    guide->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
    QTRY_VERIFY(guide->isVisible());
}

void TestUserGuideAgree::guideHasTheFourQuestions()
{
    QStringList headings;
    for (QTextBlock block = m_guide->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            headings << block.text().trimmed();
    }
    // The four questions of the design (DESIGN.md, first section), in its order.
    const QStringList questions{u"1. What does a million tokens cost?"_s,
                                u"2. At what volume does each option win?"_s,
                                u"3. How should a model be sized once inference counts?"_s,
                                u"4. What does this machine, or our server, really deliver?"_s};
    QCOMPARE(headings.mid(0, 4), questions);
}

void TestUserGuideAgree::sectionLinksLand()
{
    QSet<QString> names;
    QStringList targets;
    for (QTextBlock block = m_guide->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                names.insert(name);
            const QString href = format.anchorHref();
            if (href.startsWith(u'#'))
                targets << href.mid(1);
        }
    }
    QVERIFY2(targets.size() >= 6, qPrintable(targets.join(u", ")));
    for (const QString &target : std::as_const(targets))
        QVERIFY2(names.contains(target), qPrintable(u"no section named #%1"_s.arg(target)));

    // Following one scrolls the guide to it.
    UserGuideWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.browser()->verticalScrollBar()->value(), 0);
    window.browser()->setSource(m_source.resolved(QUrl(u"#measure"_s)));
    QTRY_VERIFY(window.browser()->verticalScrollBar()->value() > 0);
}

void TestUserGuideAgree::imagesLoad()
{
    UserGuideWindow window;
    QStringList images;
    for (QTextBlock block = m_guide->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                images << format.toImageFormat().name();
        }
    }
    QVERIFY(images.size() >= 3);
    for (const QString &name : std::as_const(images)) {
        const QVariant data = window.browser()->loadResource(QTextDocument::ImageResource,
                                                             m_source.resolved(QUrl(name)));
        QVERIFY2(!QImage::fromData(data.toByteArray()).isNull(), qPrintable(name));
    }

    // What the guide adds to the program stays small (under 1 MB).
    qint64 bytes = 0;
    QDirIterator files(u":/docs"_s, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        bytes += QFileInfo(files.next()).size();
    QVERIFY2(bytes > 0 && bytes < 1'000'000, qPrintable(QString::number(bytes)));
}

void TestUserGuideAgree::quotedCommandsExist()
{
    // The commands the built program lists, each with its subcommands where it has some:
    // "  pertoken bench hardware | endpoint | import FILE | ..." gives bench → {hardware, ...}.
    QHash<QString, QSet<QString>> commands;
    static const QRegularExpression usage(u"^  pertoken ([a-z][a-z-]*)(.*)$"_s,
                                          QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator lines = usage.globalMatch(m_help);
    while (lines.hasNext()) {
        const QRegularExpressionMatch match = lines.next();
        QSet<QString> &subcommands = commands[match.captured(1)];
        const QStringList alternatives = match.captured(2).section(u'[', 0, 0).split(u'|');
        for (const QString &alternative : alternatives) {
            const QString word = alternative.simplified().section(u' ', 0, 0);
            if (!word.isEmpty() && word.front().isLower())
                subcommands.insert(word);
        }
    }
    QVERIFY2(commands.contains(u"eval"_s) && commands.value(u"bench"_s).contains(u"hardware"_s),
             qPrintable(m_help));

    const testing::CliRun chartList = testing::runPertoken({u"chart"_s, u"--list"_s});
    QCOMPARE(chartList.exitCode, 0);
    QSet<QString> charts;
    for (const QByteArray &line : chartList.out.split('\n'))
        if (!line.isEmpty())
            charts.insert(QString::fromUtf8(line).section(u' ', 0, 0));

    QHash<QString, QString> optionHelp;
    const QStringList quoted = quotedCommands(*m_guide);
    QVERIFY2(quoted.size() >= 20, qPrintable(quoted.join(u'\n')));
    for (const QString &line : quoted) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString name = words.value(0);
        QVERIFY2(commands.contains(name), qPrintable(u"pertoken %1: no such command"_s.arg(line)));
        const QString second = words.value(1);
        const bool isWord = !second.isEmpty() && second.front().isLower();
        if (isWord && !commands.value(name).isEmpty())
            QVERIFY2(commands.value(name).contains(second),
                     qPrintable(u"pertoken %1: no such subcommand"_s.arg(line)));
        if (isWord && name == u"chart"_s)
            QVERIFY2(charts.contains(second),
                     qPrintable(u"pertoken %1: no such chart"_s.arg(line)));
        if (!optionHelp.contains(name)) {
            const testing::CliRun help = testing::runPertoken({name, u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            optionHelp.insert(name, QString::fromUtf8(help.out));
        }
        for (const QString &word : words) {
            if (!word.startsWith(u"--"_s))
                continue;
            const QString option = word.section(u'=', 0, 0);
            QVERIFY2(
                optionHelp.value(name).contains(option + u' ') ||
                    optionHelp.value(name).contains(option + u'\n'),
                qPrintable(u"pertoken %1: %2 is not an option of %3"_s.arg(line, option, name)));
        }
    }
}

void TestUserGuideAgree::languageNote_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("shown");
    QTest::newRow("en") << u"en"_s << false;
    QTest::newRow("de") << u"de"_s << true;
    QTest::newRow("zh_CN") << u"zh_CN"_s << true;
}

void TestUserGuideAgree::languageNote()
{
    QFETCH(QString, code);
    QFETCH(bool, shown);
    QVERIFY(Language::install(choiceFor(code)));
    UserGuideWindow window;
    const auto *note = window.findChild<QLabel *>(u"guideLanguageNote"_s);
    QVERIFY(note);
    QCOMPARE(note->isVisibleTo(&window), shown);
    if (shown) // translated, so it is not the English source text
        QVERIFY(!note->text().contains(u"English"_s));
    QVERIFY(Language::install(choiceFor(u"en"_s)));
}

QTEST_MAIN(TestUserGuideAgree)
#include "tst_user_guide_agree.moc"
