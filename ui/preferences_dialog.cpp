#include "preferences_dialog.h"

#include "language.h"
#include "pricing/price_age.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pertoken::ui {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_staleAfter(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));

    //: Language choice: use the language of the operating system.
    m_language->addItem(tr("System"), QString());
    // Each language is named in itself, so a reader finds theirs whatever language is showing.
    const QStringList languages = Language::supported();
    for (const QString &code : languages)
        m_language->addItem(Language::nativeName(code), code);
    const int current = m_language->findData(Language::match(settings->language()));
    m_language->setCurrentIndex(settings->language().isEmpty() || current < 0 ? 0 : current);

    m_autosave->setRange(Settings::kMinAutosaveSeconds, Settings::kMaxAutosaveSeconds);
    //: Unit after the autosave interval, in seconds.
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(settings->autosaveIntervalSeconds());
    m_autosave->setToolTip(tr("How often an unsaved scenario is written to the autosave folder, "
                              "for recovery after a crash"));

    m_staleAfter->setObjectName(QStringLiteral("staleAfterMonths"));
    m_staleAfter->setRange(kMinStaleAfterMonths, kMaxStaleAfterMonths);
    //: Unit after the number of months in "Mark prices older than … months".
    m_staleAfter->setSuffix(tr(" months"));
    m_staleAfter->setValue(settings->staleAfterMonths());
    m_staleAfter->setToolTip(tr("A price read longer ago than this is marked in the price "
                                "table, in chart tooltips and in the memo"));

    auto *languageNote = new QLabel(tr("The language changes the next time PerToken starts."));
    languageNote->setWordWrap(true);
    QFont small = languageNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    languageNote->setFont(small);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("&Mark prices older than:"), m_staleAfter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setAutosaveIntervalSeconds(m_autosave->value());
    m_settings->setStaleAfterMonths(m_staleAfter->value());
    m_settings->sync();
    QDialog::accept();
}

} // namespace pertoken::ui
