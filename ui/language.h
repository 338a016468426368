#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pertoken::ui {

/// The languages the dashboard speaks, and the one place that installs their translators.
/// A language is a code: "en", "de", "zh_CN". The application's own translations are embedded at
/// :/i18n/pertoken_<code>.qm; Qt's (dialog buttons, context menus) come from the Qt installation.
class Language final {
public:
    /// The codes with translations, English first.
    static QStringList supported();
    /// The name of a language in that language ("Deutsch", "简体中文"), for a language chooser.
    static QString nativeName(const QString &code);
    /// The supported code matching `code` ("de_AT", "de-DE" → "de"; "zh", "zh-Hans-CN" →
    /// "zh_CN"; "en_GB" → "en"); empty when no supported language matches.
    static QString match(const QString &code);
    /// The supported language that fits `locale`'s UI languages best; "en" when none does.
    static QString forLocale(const QLocale &locale);

    /// What decides the language, strongest first.
    struct Choice {
        QString code;    ///< the supported language chosen
        QLocale locale;  ///< numbers and dates follow it
        QString warning; ///< set when `--lang` named a language PerToken does not have
    };
    /// `--lang` wins over the saved preference, which wins over the system. An unknown
    /// command-line code yields a warning and the next choice in line; an unknown preference is
    /// ignored. The locale is the system's when the system decided (so an English system in
    /// Britain keeps its date format), otherwise the chosen language's.
    static Choice choose(const QString &commandLine, const QString &preference,
                         const QLocale &system);

    /// Makes `choice` the application's language: removes translators an earlier call
    /// installed, installs Qt's and PerToken's for the language, and makes its locale the
    /// default so QLocale() formats numbers and dates for it. Returns false when a translation
    /// the language needs could not be loaded (the text then stays English).
    static bool install(const Choice &choice);
};

/// While alive, tr() answers in English and QLocale() formats as American English; the language
/// installed before comes back when it ends. A decision memo is written in English whatever the
/// dashboard speaks (its text comes from core/ in English), so a memo exported from a German
/// dashboard is the memo `pertoken memo` writes, not a mix of two languages.
class EnglishScope final {
    Q_DISABLE_COPY_MOVE(EnglishScope)

public:
    EnglishScope();
    ~EnglishScope();

private:
    QLocale m_previousLocale;
};

} // namespace pertoken::ui
