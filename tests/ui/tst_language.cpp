// The dashboard's language: which one is chosen (--lang, preference, system), the real window's
// menus in German and Chinese, numbers in the chosen locale, the Preferences dialog, and exports
// that stay the same bytes whatever language the UI speaks.

#include "autosave.h"
#include "export/memo_export.h"
#include "language.h"
#include "main_window.h"
#include "panels/number_format.h"
#include "preferences_dialog.h"
#include "scenario/evaluate.h"
#include "settings.h"

#include <QComboBox>
#include <QDir>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
    return Language::choose(code, {}, QLocale::c());
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class TestLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void matchesLocaleCodes_data();
    void matchesLocaleCodes();
    void commandLineBeatsPreferenceBeatsSystem();
    void unknownCommandLineCodeWarnsAndFallsBack();
    void windowMenusAreTranslated_data();
    void windowMenusAreTranslated();
    void numbersFollowTheChosenLocale();
    void preferencesDialogSavesLanguageAndAutosave();
    void exportsDoNotDependOnTheUiLanguage();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_language"_s);
    QVERIFY(m_dir.isValid());
}

void TestLanguage::init()
{
    QDir(Autosave::directory()).removeRecursively();
}

void TestLanguage::cleanup()
{
    Language::install(choiceFor(u"en"_s));
}

void TestLanguage::matchesLocaleCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << u"de"_s << u"de"_s;
    QTest::newRow("de_AT") << u"de_AT"_s << u"de"_s;
    QTest::newRow("de-DE") << u"de-DE"_s << u"de"_s;
    QTest::newRow("zh") << u"zh"_s << u"zh_CN"_s;
    QTest::newRow("zh-Hans-CN") << u"zh-Hans-CN"_s << u"zh_CN"_s;
    QTest::newRow("zh_TW has no translation") << u"zh_TW"_s << QString();
    QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s;
    QTest::newRow("fr") << u"fr"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLanguage::matchesLocaleCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(Language::match(code), expected);
}

void TestLanguage::commandLineBeatsPreferenceBeatsSystem()
{
    const QLocale germanSystem(QLocale::German, QLocale::Austria);
    // The system decides alone, and its own locale (Austrian) formats numbers.
    Language::Choice choice = Language::choose({}, {}, germanSystem);
    QCOMPARE(choice.code, u"de"_s);
    QCOMPARE(choice.locale, germanSystem);
    // A French system has no translation: English text, French numbers.
    choice = Language::choose({}, {}, QLocale(QLocale::French, QLocale::France));
    QCOMPARE(choice.code, u"en"_s);
    QCOMPARE(choice.locale.language(), QLocale::French);
    // The preference beats the system.
    choice = Language::choose({}, u"zh_CN"_s, germanSystem);
    QCOMPARE(choice.code, u"zh_CN"_s);
    QCOMPARE(choice.locale.language(), QLocale::Chinese);
    // --lang beats both.
    choice = Language::choose(u"en"_s, u"zh_CN"_s, germanSystem);
    QCOMPARE(choice.code, u"en"_s);
    QCOMPARE(choice.locale.language(), QLocale::English);
    QVERIFY(choice.warning.isEmpty());
}

void TestLanguage::unknownCommandLineCodeWarnsAndFallsBack()
{
    const Language::Choice choice = Language::choose(u"xx"_s, u"de"_s, QLocale::c());
    QCOMPARE(choice.code, u"de"_s);
    QVERIFY2(choice.warning.contains(u"\"xx\""_s), qPrintable(choice.warning));
    QVERIFY2(choice.warning.contains(u"en, de, zh_CN"_s), qPrintable(choice.warning));
}

void TestLanguage::windowMenusAreTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("qtCancel");
    // Conventional desktop menu names (KDE/GNOME German, Windows/Qt Simplified Chinese).
    QTest::newRow("German") << u"de"_s
                            << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s,
                                           u"&Hilfe"_s}
                            << u"Abbrechen"_s;
    QTest::newRow("Simplified Chinese")
        << u"zh_CN"_s << QStringList{u"文件(&F)"_s, u"编辑(&E)"_s, u"视图(&V)"_s, u"帮助(&H)"_s}
        << u"取消"_s;
}

void TestLanguage::windowMenusAreTranslated()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QFETCH(QString, qtCancel);
    QVERIFY2(Language::install(choiceFor(code)), "a translation did not load");
    MainWindow window(discardAll);
    window.show();
    const QStringList titles = menuTitles(window);
    for (const QString &menu : std::as_const(menus))
        QVERIFY2(titles.contains(menu), qPrintable(titles.join(u" | "_s)));
    QVERIFY(!titles.contains(u"&File"_s));
    // Qt's own texts (dialog buttons) come from Qt's translations.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);

    // Back in English, a new window has the English menus.
    QVERIFY(Language::install(choiceFor(u"en"_s)));
    MainWindow english(discardAll);
    QVERIFY(menuTitles(english).contains(u"&File"_s));
}

void TestLanguage::numbersFollowTheChosenLocale()
{
    QVERIFY(Language::install(choiceFor(u"de"_s)));
    // NumberFormat::usd shows cents below $1,000 and whole dollars from $1,000. German writes
    // ',' before decimals, '.' between thousands and the currency after the amount.
    QCOMPARE(NumberFormat::usd(12.5), u"12,50 $"_s);
    QCOMPARE(NumberFormat::usd(4183.2), u"4.183 $"_s);
    QVERIFY(Language::install(choiceFor(u"en"_s)));
    QCOMPARE(NumberFormat::usd(12.5), u"$12.50"_s);
    QCOMPARE(NumberFormat::usd(4183.2), u"$4,183"_s);
}

void TestLanguage::preferencesDialogSavesLanguageAndAutosave()
{
    Settings settings(m_dir.filePath(u"preferences.ini"_s), nullptr);
    QVERIFY(settings.language().isEmpty()); // follows the system until chosen
    {
        PreferencesDialog dialog(&settings);
        QCOMPARE(dialog.languageBox()->currentIndex(), 0);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"zh_CN"_s));
        dialog.autosaveBox()->setValue(120);
        dialog.reject();
    }
    QVERIFY(settings.language().isEmpty()); // Cancel changes nothing
    {
        PreferencesDialog dialog(&settings);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"zh_CN"_s));
        dialog.autosaveBox()->setValue(120);
        dialog.accept();
    }
    QCOMPARE(settings.language(), u"zh_CN"_s);
    QCOMPARE(settings.autosaveIntervalSeconds(), 120);
    PreferencesDialog again(&settings);
    QCOMPARE(again.languageBox()->currentData().toString(), u"zh_CN"_s);
    QCOMPARE(again.autosaveBox()->value(), 120);
}

// A memo exported from a German dashboard is the memo an English one (and `pertoken memo`)
// writes: its text comes from core/ in English, and charts with German titles and numbers
// inside it would mix two languages. Files are compared byte for byte; the PDF embeds the time
// it was written and is left out.
void TestLanguage::exportsDoNotDependOnTheUiLanguage()
{
    const Scenario scenario = defaultScenario();
    const Evaluation evaluation = evaluate(scenario);
    const QDateTime createdAt(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const auto entries = [&] {
        Result<QList<BundleEntry>> list = memoBundleEntries(scenario, evaluation, createdAt);
        QMap<QString, QByteArray> map;
        if (list) {
            for (const BundleEntry &entry : std::as_const(*list))
                map.insert(entry.name, entry.data);
        }
        return map;
    };
    QVERIFY(Language::install(choiceFor(u"en"_s)));
    const QMap<QString, QByteArray> english = entries();
    QVERIFY(Language::install(choiceFor(u"de"_s)));
    QCOMPARE(QLocale().decimalPoint(), u","_s); // the German UI really is in effect
    const QMap<QString, QByteArray> german = entries();
    QVERIFY(english.size() > 10);
    QCOMPARE(german.keys(), english.keys());
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (it.key() != u"memo.pdf")
            QVERIFY2(german.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QVERIFY(german.value(u"data/volume.csv"_s).contains("Monthly"));

    // The dashboard is German again afterwards.
    QCOMPARE(QLocale().decimalPoint(), u","_s);
    QCOMPARE(QCoreApplication::translate("pertoken::ui::MainWindow", "&File"), u"&Datei"_s);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
