#include "panels/workload_panel.h"

#include "panels/number_format.h"
#include "panels/parameter_form.h"
#include "scenario/parameters.h"
#include "scenario_document.h"
#include "widgets/live_label.h"

#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

WorkloadPanel::WorkloadPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new ParameterForm(document, this))
    , m_volume(new LiveLabel(this))
{
    setObjectName(u"workloadPanel"_s);
    m_volume->setObjectName(u"workloadVolume"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_volume);
    layout->addStretch(1);

    m_form->setParameters(QString(), workloadParameters());
    connect(document, &ScenarioDocument::changed, this, &WorkloadPanel::refresh);
    refresh();
}

WorkloadPanel::~WorkloadPanel() = default;

void WorkloadPanel::refresh()
{
    m_form->refresh();
    const Workload &workload = m_document->scenario().workload;
    //: %1 is a token count with a magnitude suffix, e.g. "1.2 B".
    m_volume->setText(
        tr("Volume: %1 tokens/month").arg(NumberFormat::compact(workload.tokensPerMonth())));
}

} // namespace pertoken::ui
