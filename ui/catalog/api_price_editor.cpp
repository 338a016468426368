#include "catalog/api_price_editor.h"

#include "catalog/editor_fields.h"
#include "pricing/price_catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString optionalNumber(double value, bool present)
{
    return present ? number(value) : QString();
}

} // namespace

ApiPriceEditor::ApiPriceEditor(const ApiPrice &price, QStringList takenIds, QWidget *parent)
    : QDialog(parent)
    , m_takenIds(std::move(takenIds))
    , m_price(price)
{
    setObjectName(u"apiPriceEditor"_s);
    setWindowTitle(tr("Custom API price"));
    auto *form = new QFormLayout;
    const bool tier = price.longContextThresholdTokens > 0;
    m_id = addFormField(form, this, u"id"_s, tr("Id"), price.id, tr("provider/model"));
    m_provider = addFormField(form, this, u"provider"_s, tr("Provider"), price.provider);
    m_model = addFormField(form, this, u"model"_s, tr("Model"), price.model);
    m_input = addFormField(form, this, u"inputUsdPerMTok"_s, tr("Input ($/M tokens)"),
                           optionalNumber(price.inputUsdPerMTok, price.inputUsdPerMTok >= 0));
    m_output = addFormField(form, this, u"outputUsdPerMTok"_s, tr("Output ($/M tokens)"),
                            optionalNumber(price.outputUsdPerMTok, price.outputUsdPerMTok >= 0));
    m_cachedInput =
        addFormField(form, this, u"cachedInputUsdPerMTok"_s, tr("Cached input ($/M tokens)"),
                     optionalNumber(price.cachedInputUsdPerMTok, price.cachedInputUsdPerMTok >= 0),
                     tr("empty: no caching discount"));
    m_batchDiscount =
        addFormField(form, this, u"batchDiscountPercent"_s, tr("Batch discount (%)"),
                     optionalNumber(price.batchDiscount * 100, price.batchDiscount > 0),
                     tr("empty: no batch API"));
    m_longThreshold = addFormField(
        form, this, u"longContextThresholdTokens"_s, tr("Long context above (tokens)"),
        optionalNumber(price.longContextThresholdTokens, tier), tr("empty: no long-context tier"));
    m_longInput = addFormField(
        form, this, u"longContextInputUsdPerMTok"_s, tr("Long-context input ($/M tokens)"),
        optionalNumber(price.longContextInputUsdPerMTok, price.longContextInputUsdPerMTok >= 0));
    m_longOutput = addFormField(
        form, this, u"longContextOutputUsdPerMTok"_s, tr("Long-context output ($/M tokens)"),
        optionalNumber(price.longContextOutputUsdPerMTok, price.longContextOutputUsdPerMTok >= 0));
    m_longCachedInput = addFormField(form, this, u"longContextCachedInputUsdPerMTok"_s,
                                     tr("Long-context cached input ($/M tokens)"),
                                     optionalNumber(price.longContextCachedInputUsdPerMTok,
                                                    price.longContextCachedInputUsdPerMTok >= 0));
    m_modality = new QComboBox(this);
    m_modality->setObjectName(u"outputModality"_s);
    m_modality->addItem(tr("Text"), outputModalityId(OutputModality::Text));
    m_modality->addItem(tr("Image"), outputModalityId(OutputModality::Image));
    m_modality->addItem(tr("Audio"), outputModalityId(OutputModality::Audio));
    m_modality->addItem(tr("Embedding"), outputModalityId(OutputModality::Embedding));
    m_modality->setCurrentIndex(m_modality->findData(outputModalityId(price.outputModality)));
    form->addRow(tr("Output"), m_modality);
    m_contextWindow =
        addFormField(form, this, u"contextWindowTokens"_s, tr("Context window (tokens)"),
                     optionalNumber(price.contextWindowTokens, price.contextWindowTokens > 0),
                     tr("empty: unknown"));
    m_asOf = addFormField(form, this, u"asOf"_s, tr("As of"), price.asOf, tr("YYYY-MM-DD"));
    m_source = addFormField(form, this, u"source"_s, tr("Source"), price.source,
                            tr("pricing page URL or document"));
    m_qualityScores = addQualityScoresField(form, this, price.qualityScores);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApiPriceEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApiPriceEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ApiPriceEditor::read(ApiPrice *price) const
{
    bool ok = true;
    const auto numberIn = [&ok](const QLineEdit *field, const QString &label, double absent,
                                QString *error) {
        bool parsed = true;
        const std::optional<double> value = fieldNumber(field, &parsed);
        if (!parsed && error->isEmpty())
            *error = tr("%1: \"%2\" is not a number").arg(label, field->text());
        if (value && *value < 0 && error->isEmpty()) {
            *error = tr("%1: must not be negative").arg(label);
            parsed = false;
        }
        ok = ok && parsed;
        return value.value_or(absent);
    };
    QString error;
    price->id = m_id->text().trimmed();
    price->provider = m_provider->text().trimmed();
    price->model = m_model->text().trimmed();
    price->inputUsdPerMTok = numberIn(m_input, tr("Input"), -1, &error);
    price->outputUsdPerMTok = numberIn(m_output, tr("Output"), -1, &error);
    price->cachedInputUsdPerMTok = numberIn(m_cachedInput, tr("Cached input"), -1, &error);
    price->batchDiscount = numberIn(m_batchDiscount, tr("Batch discount"), 0, &error) / 100.0;
    price->longContextThresholdTokens =
        numberIn(m_longThreshold, tr("Long context above"), 0, &error);
    price->longContextInputUsdPerMTok = numberIn(m_longInput, tr("Long-context input"), -1, &error);
    price->longContextOutputUsdPerMTok =
        numberIn(m_longOutput, tr("Long-context output"), -1, &error);
    price->longContextCachedInputUsdPerMTok =
        numberIn(m_longCachedInput, tr("Long-context cached input"), -1, &error);
    outputModalityFromId(m_modality->currentData().toString(), &price->outputModality);
    price->contextWindowTokens = numberIn(m_contextWindow, tr("Context window"), 0, &error);
    price->asOf = m_asOf->text().trimmed();
    price->source = m_source->text().trimmed();
    if (!ok)
        return error;
    if (const QString scores = readQualityScoresField(m_qualityScores, &price->qualityScores);
        !scores.isEmpty())
        return scores;
    if (price->inputUsdPerMTok < 0 || price->outputUsdPerMTok < 0)
        return tr("Input and output prices are required (0 or more)");
    if (price->longContextThresholdTokens <= 0 &&
        (price->longContextInputUsdPerMTok >= 0 || price->longContextOutputUsdPerMTok >= 0 ||
         price->longContextCachedInputUsdPerMTok >= 0))
        return tr("Long-context prices need the threshold they apply above");
    if (m_takenIds.contains(price->id))
        return tr("The id \"%1\" is already used by another custom entry").arg(price->id);
    // The catalog file's own reader decides what a valid entry is.
    const Result<ApiPrice> checked = apiPriceFromJson(apiPriceToJson(*price), {}, {});
    if (!checked)
        return checked.error().toString();
    return {};
}

void ApiPriceEditor::accept()
{
    ApiPrice price = m_price;
    const QString error = read(&price);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_price = price;
    QDialog::accept();
}

} // namespace pertoken::ui
