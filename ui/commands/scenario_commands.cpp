#include "commands/scenario_commands.h"

#include "scenario_document.h"

namespace pertoken::ui {

ScenarioProperties ScenarioProperties::of(const Scenario &scenario)
{
    return {scenario.name, scenario.description, scenario.question,
            scenario.uncertaintyIncludesModelError};
}

ScenarioPropertiesCommand::ScenarioPropertiesCommand(ScenarioDocument *document,
                                                     const ScenarioProperties &after)
    : QUndoCommand(tr("Edit Scenario Properties"))
    , m_document(document)
    , m_before(ScenarioProperties::of(document->scenario()))
    , m_after(after)
{
    setObsolete(m_before == m_after);
}

void ScenarioPropertiesCommand::redo()
{
    m_document->setProperties(m_after);
}

void ScenarioPropertiesCommand::undo()
{
    m_document->setProperties(m_before);
}

BreakEvenPeakCommand::BreakEvenPeakCommand(ScenarioDocument *document, BreakEvenPeak rule)
    : QUndoCommand(tr("Change Break-Even Rule"))
    , m_document(document)
    , m_before(document->scenario().workload.breakEvenPeak)
    , m_after(rule)
{
    setObsolete(m_before == m_after);
}

void BreakEvenPeakCommand::redo()
{
    m_document->setBreakEvenPeak(m_after);
}

void BreakEvenPeakCommand::undo()
{
    m_document->setBreakEvenPeak(m_before);
}

} // namespace pertoken::ui
