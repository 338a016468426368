#include "panels/workload_panel.h"

#include "commands/scenario_commands.h"
#include "panels/number_format.h"
#include "panels/parameter_form.h"
#include "scenario/parameters.h"
#include "scenario_document.h"
#include "widgets/live_label.h"

#include <QComboBox>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

WorkloadPanel::WorkloadPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new ParameterForm(document, this))
    , m_volume(new LiveLabel(this))
    , m_breakEvenPeak(new QComboBox(this))
{
    setObjectName(u"workloadPanel"_s);
    m_volume->setObjectName(u"workloadVolume"_s);

    m_breakEvenPeak->setObjectName(u"breakEvenPeak"_s);
    //: What break-even volumes hold fixed as the monthly volume varies.
    m_breakEvenPeak->addItem(tr("Break-even: peak ∝ volume"), int(BreakEvenPeak::Proportional));
    m_breakEvenPeak->addItem(tr("Break-even: peak fixed"), int(BreakEvenPeak::Fixed));
    m_breakEvenPeak->setAccessibleName(tr("Break-even rule"));
    m_breakEvenPeak->setToolTip(
        tr("As break-even volumes vary the monthly volume, peak concurrency either grows with it "
           "or stays at the workload's peak concurrency"));
    connect(m_breakEvenPeak, &QComboBox::activated, this, [this](int index) {
        m_document->push(new BreakEvenPeakCommand(
            m_document, BreakEvenPeak(m_breakEvenPeak->itemData(index).toInt())));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_breakEvenPeak);
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
    m_breakEvenPeak->setCurrentIndex(m_breakEvenPeak->findData(int(workload.breakEvenPeak)));
    //: %1 is a token count with a magnitude suffix, e.g. "1.2 B".
    m_volume->setText(
        tr("Volume: %1 tokens/month").arg(NumberFormat::compact(workload.tokensPerMonth())));
}

} // namespace pertoken::ui
