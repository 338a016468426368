#include "scenario_properties_dialog.h"

#include "scenario_document.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

ScenarioPropertiesDialog::ScenarioPropertiesDialog(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_question(new QLineEdit(this))
    , m_modelError(
          //: Check box in Scenario Properties.
          new QCheckBox(tr("Uncertainty bands include the throughput &model's error"), this))
{
    setObjectName(u"scenarioPropertiesDialog"_s);
    setWindowTitle(tr("Scenario Properties"));
    m_name->setObjectName(u"scenarioName"_s);
    m_description->setObjectName(u"scenarioDescription"_s);
    m_question->setObjectName(u"scenarioQuestion"_s);
    m_description->setTabChangesFocus(true);
    m_question->setPlaceholderText(tr("Empty: the memo asks the cheapest way to serve the "
                                      "workload"));

    const Scenario &scenario = document->scenario();
    m_name->setText(scenario.name);
    m_description->setPlainText(scenario.description);
    m_question->setText(scenario.question);
    m_modelError->setObjectName(u"scenarioModelError"_s);
    m_modelError->setChecked(scenario.uncertaintyIncludesModelError);
    m_modelError->setToolTip(tr("Each Monte Carlo sample also multiplies an estimated throughput "
                                "by a factor drawn so that 90% of draws fall within the option's "
                                "published error band"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    //: The question the decision memo answers; it is also the memo's title.
    form->addRow(tr("Memo &question:"), m_question);
    form->addRow(m_modelError);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &ScenarioPropertiesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ScenarioPropertiesDialog::~ScenarioPropertiesDialog() = default;

ScenarioProperties ScenarioPropertiesDialog::properties() const
{
    return {m_name->text().trimmed(), m_description->toPlainText().trimmed(),
            m_question->text().trimmed(), m_modelError->isChecked()};
}

void ScenarioPropertiesDialog::apply()
{
    m_document->push(new ScenarioPropertiesCommand(m_document, properties()));
}

} // namespace pertoken::ui
