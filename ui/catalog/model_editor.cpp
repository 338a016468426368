#include "catalog/model_editor.h"

#include "catalog/editor_fields.h"
#include "catalog/model_table_model.h"
#include "hardware/hardware_catalog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    return value > 0 ? QString::number(value, 'g', 15) : QString();
}

} // namespace

ModelEditor::ModelEditor(const ModelArchitecture &model, QStringList takenIds,
                         const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_takenIds(std::move(takenIds))
    , m_model(model)
{
    setObjectName(u"modelEditor"_s);
    setWindowTitle(tr("Custom model"));
    const ModelArchitecture &m = model;
    auto *form = new QFormLayout;
    m_id = addFormField(form, this, u"id"_s, tr("Id"), m.id, tr("lowercase-with-dashes"));
    m_name = addFormField(form, this, u"name"_s, tr("Name"), m.name);
    m_totalParams = addFormField(form, this, u"totalParams"_s, tr("Parameters, total"),
                                 number(m.totalParams), tr("count, e.g. 8030261248"));
    m_activeParams =
        addFormField(form, this, u"activeParams"_s, tr("Parameters, active per token"),
                     number(m.activeParams), tr("empty: as many as the total (dense)"));
    m_layers = addFormField(form, this, u"layers"_s, tr("Layers"), number(m.layers));
    m_attentionHeads = addFormField(form, this, u"attentionHeads"_s, tr("Attention heads"),
                                    number(m.attentionHeads));
    m_kvHeads = addFormField(form, this, u"kvHeads"_s, tr("KV heads"), number(m.kvHeads),
                             tr("as many as attention heads for MHA, fewer for GQA"));
    m_headDim = addFormField(form, this, u"headDim"_s, tr("Head dimension"), number(m.headDim));
    m_experts = addFormField(form, this, u"experts"_s, tr("Experts"), number(m.experts),
                             tr("empty for a dense model"));
    m_activeExperts = addFormField(form, this, u"activeExperts"_s, tr("Experts per token"),
                                   number(m.activeExperts));
    m_context = addFormField(form, this, u"contextLength"_s, tr("Context length (tokens)"),
                             number(m.contextLength));
    m_asOf = addFormField(form, this, u"asOf"_s, tr("As of"), m.asOf, tr("YYYY-MM-DD"));
    m_source = addFormField(form, this, u"source"_s, tr("Source"), m.source,
                            tr("model card, config.json or file"));
    m_qualityScores = addQualityScoresField(form, this, m.qualityScores);
    if (!m.sourceFile.isEmpty()) {
        auto *origin = new QLabel(
            //: %1 file name, %2 the first hex digits of its SHA-256.
            tr("%1 · SHA-256 %2…").arg(m.sourceFile, m.sourceSha256.left(16)), this);
        origin->setObjectName(u"origin"_s);
        origin->setToolTip(ModelTableModel::sha256Explanation(m));
        origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Imported from"), origin);
    }

    auto *problemLabel = new QLabel(problem, this);
    problemLabel->setObjectName(u"problem"_s);
    problemLabel->setWordWrap(true);
    problemLabel->setVisible(!problem.isEmpty());
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ModelEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(problemLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ModelEditor::read(ModelArchitecture *model) const
{
    QString error;
    const auto numberIn = [&error](const QLineEdit *field, const QString &label, bool required) {
        bool parsed = true;
        const std::optional<double> value = fieldNumber(field, &parsed);
        if (error.isEmpty()) {
            if (!parsed)
                error = tr("%1: \"%2\" is not a number").arg(label, field->text());
            else if (!value && required)
                error = tr("%1: is required").arg(label);
        }
        return value.value_or(0);
    };
    const auto whole = [&](const QLineEdit *field, const QString &label, bool required) {
        const double value = numberIn(field, label, required);
        if (error.isEmpty() && (value != std::floor(value) || value < 0 || value > 1e9))
            error = tr("%1: a whole number expected").arg(label);
        return error.isEmpty() ? int(value) : 0;
    };
    model->id = m_id->text().trimmed();
    model->name = m_name->text().trimmed();
    model->totalParams = numberIn(m_totalParams, tr("Parameters, total"), true);
    model->activeParams = numberIn(m_activeParams, tr("Parameters, active per token"), false);
    if (model->activeParams <= 0)
        model->activeParams = model->totalParams;
    model->layers = whole(m_layers, tr("Layers"), true);
    model->attentionHeads = whole(m_attentionHeads, tr("Attention heads"), true);
    model->kvHeads = whole(m_kvHeads, tr("KV heads"), true);
    model->headDim = whole(m_headDim, tr("Head dimension"), true);
    model->experts = whole(m_experts, tr("Experts"), false);
    model->activeExperts = whole(m_activeExperts, tr("Experts per token"), false);
    model->contextLength = whole(m_context, tr("Context length"), true);
    model->asOf = m_asOf->text().trimmed();
    model->source = m_source->text().trimmed();
    if (!error.isEmpty())
        return error;
    if (const QString scores = readQualityScoresField(m_qualityScores, &model->qualityScores);
        !scores.isEmpty())
        return scores;
    if (m_takenIds.contains(model->id))
        return tr("The id \"%1\" is already used by another custom entry").arg(model->id);
    // The catalog file's own reader decides what a valid entry is.
    const Result<ModelArchitecture> checked = modelFromJson(modelToJson(*model), {}, {});
    if (!checked)
        return checked.error().toString();
    return {};
}

void ModelEditor::accept()
{
    ModelArchitecture model = m_model;
    const QString error = read(&model);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_model = model;
    QDialog::accept();
}

} // namespace pertoken::ui
