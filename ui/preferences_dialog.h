#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace pertoken::ui {

class Settings;

/// Edit ▸ Preferences: the language (applies at the next start), the autosave interval and the
/// age past which prices are marked, and the display currency with its rate per US dollar and
/// the rate's date. OK writes them to the settings; Cancel changes nothing.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QSpinBox *staleAfterBox() const { return m_staleAfter; }
    QComboBox *currencyBox() const { return m_currency; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QDateEdit *rateDateBox() const { return m_rateDate; }

    void accept() override;

private:
    Settings *m_settings;
    QComboBox *m_language;
    QSpinBox *m_autosave;
    QSpinBox *m_staleAfter;
    QComboBox *m_currency;
    QDoubleSpinBox *m_rate;
    QDateEdit *m_rateDate;

    void currencyChosen();
};

} // namespace pertoken::ui
