#pragma once

#include "pricing/api_price.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pertoken::ui {

/// A form for one custom API price: every field of ApiPrice, prices in USD per million tokens,
/// the batch discount in percent. OK checks the entry with the catalog's own rules (the same
/// reader that loads catalog files) and refuses an id already taken, showing why.
class ApiPriceEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiPriceEditor)

public:
    ApiPriceEditor(const ApiPrice &price, QStringList takenIds, QWidget *parent = nullptr);

    /// The entry as accepted; meaningful after accepted().
    const ApiPrice &price() const { return m_price; }

    void accept() override;

private:
    QString read(ApiPrice *price) const;

    QStringList m_takenIds;
    ApiPrice m_price;
    QLineEdit *m_id;
    QLineEdit *m_provider;
    QLineEdit *m_model;
    QLineEdit *m_input;
    QLineEdit *m_output;
    QLineEdit *m_cachedInput;
    QLineEdit *m_batchDiscount;
    QLineEdit *m_longThreshold;
    QLineEdit *m_longInput;
    QLineEdit *m_longOutput;
    QLineEdit *m_longCachedInput;
    QComboBox *m_modality;
    QLineEdit *m_contextWindow;
    QLineEdit *m_asOf;
    QLineEdit *m_source;
    QPlainTextEdit *m_qualityScores;
    QLabel *m_error;
};

} // namespace pertoken::ui
