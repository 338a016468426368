#include "preferences_dialog.h"

#include "language.h"
#include "pricing/price_age.h"
#include "settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pertoken::ui {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_staleAfter(new QSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_rateDate(new QDateEdit(this))
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

    // Stored figures stay in US dollars; the dashboard, the memo and exported charts show money
    // in this currency at the rate the user gives.
    const DisplayCurrency currency = settings->displayCurrency();
    m_currency->setObjectName(QStringLiteral("displayCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("CNY"),
                          QStringLiteral("GBP"), QStringLiteral("JPY")});
    m_currency->setCurrentText(currency.code);
    m_currency->setToolTip(tr("The currency money is shown in (ISO 4217 code). Prices and "
                              "costs stay stored in US dollars."));
    m_rate->setObjectName(QStringLiteral("exchangeRate"));
    m_rate->setDecimals(4);
    m_rate->setRange(0.0001, 1e6);
    m_rate->setValue(currency.perUsd);
    m_rate->setToolTip(tr("Units of the display currency for one US dollar"));
    m_rateDate->setObjectName(QStringLiteral("exchangeRateDate"));
    m_rateDate->setCalendarPopup(true);
    m_rateDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_rateDate->setDate(currency.rateDate.isValid() ? currency.rateDate : QDate::currentDate());
    m_rateDate->setToolTip(tr("The day the exchange rate was read; the memo states it"));
    connect(m_currency, &QComboBox::currentTextChanged, this, &PreferencesDialog::currencyChosen);
    currencyChosen();

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
    form->addRow(tr("Display &currency:"), m_currency);
    //: Exchange rate: how many units of the display currency one US dollar buys.
    form->addRow(tr("&Rate per US dollar:"), m_rate);
    form->addRow(tr("Rate &date:"), m_rateDate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::currencyChosen()
{
    // A US dollar is one US dollar: no rate to set.
    const bool usd = m_currency->currentText().trimmed().toUpper() == QLatin1String("USD");
    if (usd)
        m_rate->setValue(1);
    m_rate->setEnabled(!usd);
    m_rateDate->setEnabled(!usd);
}

void PreferencesDialog::accept()
{
    const QString code = m_currency->currentText().trimmed().toUpper();
    const bool usd = code == QLatin1String("USD");
    const Result<DisplayCurrency> currency =
        makeDisplayCurrency(tr("Display currency"), code, usd ? 1.0 : m_rate->value(),
                            usd ? QDate() : m_rateDate->date());
    if (!currency) {
        QMessageBox::warning(this, tr("Preferences"), currency.error().toString());
        return;
    }
    m_settings->setDisplayCurrency(*currency);
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setAutosaveIntervalSeconds(m_autosave->value());
    m_settings->setStaleAfterMonths(m_staleAfter->value());
    m_settings->sync();
    QDialog::accept();
}

} // namespace pertoken::ui
