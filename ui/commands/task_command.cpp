#include "commands/task_command.h"

#include "scenario_document.h"

namespace pertoken::ui {

SetTaskCommand::SetTaskCommand(ScenarioDocument *document, const TaskDefinition &task)
    : m_document(document)
    , m_before(document->scenario().task)
    , m_after(task)
{
    setText(tr("Edit Task"));
    setObsolete(m_before == m_after);
}

void SetTaskCommand::redo()
{
    m_document->setTask(m_after);
}

void SetTaskCommand::undo()
{
    m_document->setTask(m_before);
}

} // namespace pertoken::ui
