#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Translators installed by Language::install(), owned here so a second call replaces them.
std::vector<std::unique_ptr<QTranslator>> &installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool installTranslator(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installedTranslators().push_back(std::move(translator));
    return true;
}

} // namespace

QStringList Language::supported()
{
    return {u"en"_s, u"de"_s, u"zh_CN"_s};
}

QString Language::nativeName(const QString &code)
{
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"zh_CN")
        return u"简体中文"_s;
    if (code == u"en")
        return u"English"_s;
    return code;
}

QString Language::match(const QString &code)
{
    QString normalized = code.trimmed();
    normalized.replace(u'-', u'_');
    const QStringList parts = normalized.split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString language = parts.first().toLower();
    if (language == u"en" || language == u"de")
        return language;
    if (language == u"zh") {
        // Simplified Chinese: mainland China, Singapore, or the Hans script. Traditional
        // (Hant, Taiwan, Hong Kong) has no translation of its own.
        const QStringList rest = parts.mid(1);
        for (const QString &part : rest) {
            const QString upper = part.toUpper();
            if (upper == u"HANT" || upper == u"TW" || upper == u"HK" || upper == u"MO")
                return {};
        }
        return u"zh_CN"_s;
    }
    return {};
}

QString Language::forLocale(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    for (const QString &language : languages) {
        const QString code = match(language);
        if (!code.isEmpty())
            return code;
    }
    return u"en"_s;
}

Language::Choice Language::choose(const QString &commandLine, const QString &preference,
                                  const QLocale &system)
{
    Choice choice;
    if (!commandLine.isEmpty())
        choice.code = match(commandLine);
    const bool unknownCommandLine = !commandLine.isEmpty() && choice.code.isEmpty();
    if (choice.code.isEmpty() && !preference.isEmpty())
        choice.code = match(preference);
    if (choice.code.isEmpty()) {
        choice.code = forLocale(system);
        choice.locale = system;
    } else {
        choice.locale = choice.code == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                             : QLocale(choice.code);
    }
    if (unknownCommandLine) {
        // A terminal message, in English like the rest of the command line.
        choice.warning = u"pertoken: unknown language \"%1\" for --lang (use one of %2); "
                         "continuing in %3"_s.arg(commandLine, supported().join(u", "_s),
                                                  nativeName(choice.code));
    }
    return choice;
}

bool Language::install(const Choice &choice)
{
    for (const auto &translator : installedTranslators())
        QCoreApplication::removeTranslator(translator.get());
    installedTranslators().clear();
    QLocale::setDefault(choice.locale);
    if (choice.code == u"en" || choice.code.isEmpty())
        return true;
    const bool ours = installTranslator(u"pertoken_"_s + choice.code, u":/i18n"_s);
    const bool qts = installTranslator(u"qtbase_"_s + choice.code,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return ours && qts;
}

EnglishScope::EnglishScope()
{
    for (const auto &translator : installedTranslators())
        QCoreApplication::removeTranslator(translator.get());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

EnglishScope::~EnglishScope()
{
    QLocale::setDefault(m_previousLocale);
    for (const auto &translator : installedTranslators())
        QCoreApplication::installTranslator(translator.get());
}

} // namespace pertoken::ui
