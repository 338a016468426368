#include "commands/option_commands.h"

#include "scenario_document.h"

namespace pertoken::ui {

InsertOptionCommand::InsertOptionCommand(ScenarioDocument *document, int index,
                                         const DeploymentOption &option, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
    , m_option(option)
{}

void InsertOptionCommand::redo()
{
    m_document->insertOption(m_index, m_option);
}

void InsertOptionCommand::undo()
{
    m_document->removeOption(m_option.id);
}

RemoveOptionCommand::RemoveOptionCommand(ScenarioDocument *document, const QString &optionId)
    : m_document(document)
    , m_index(document->optionIndex(optionId))
{
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_option = document->scenario().options.at(m_index);
    setText(tr("Remove %1").arg(m_option.name));
}

void RemoveOptionCommand::redo()
{
    m_document->removeOption(m_option.id);
}

void RemoveOptionCommand::undo()
{
    m_document->insertOption(m_index, m_option);
}

EditOptionCommand::EditOptionCommand(ScenarioDocument *document, const DeploymentOption &edited,
                                     const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(edited)
{
    const DeploymentOption *current = document->scenario().option(edited.id);
    if (!current || *current == edited) {
        setObsolete(true);
        return;
    }
    m_before = *current;
}

void EditOptionCommand::redo()
{
    m_document->replaceOption(m_after);
}

void EditOptionCommand::undo()
{
    m_document->replaceOption(m_before);
}

QUndoCommand *OptionEdits::add(ScenarioDocument *document, const DeploymentOption &option)
{
    DeploymentOption added = option;
    added.id = document->uniqueOptionId(option.id);
    return new InsertOptionCommand(document, int(document->scenario().options.size()), added,
                                   tr("Add %1").arg(added.name));
}

QUndoCommand *OptionEdits::duplicate(ScenarioDocument *document, const QString &optionId)
{
    const int index = document->optionIndex(optionId);
    if (index < 0)
        return nullptr;
    DeploymentOption copy = document->scenario().options.at(index);
    copy.id = document->uniqueOptionId(copy.id);
    //: The name of a duplicated deployment option; %1 is the original's name.
    copy.name = tr("%1 (copy)").arg(copy.name);
    return new InsertOptionCommand(document, index + 1, copy, tr("Duplicate %1").arg(copy.name));
}

QUndoCommand *OptionEdits::remove(ScenarioDocument *document, const QString &optionId)
{
    if (document->optionIndex(optionId) < 0)
        return nullptr;
    return new RemoveOptionCommand(document, optionId);
}

QUndoCommand *OptionEdits::setEnabled(ScenarioDocument *document, const QString &optionId,
                                      bool enabled)
{
    const DeploymentOption *option = document->scenario().option(optionId);
    if (!option || option->enabled == enabled)
        return nullptr;
    DeploymentOption edited = *option;
    edited.enabled = enabled;
    return new EditOptionCommand(document, edited,
                                 enabled ? tr("Enable %1").arg(option->name)
                                         : tr("Disable %1").arg(option->name));
}

QUndoCommand *OptionEdits::rename(ScenarioDocument *document, const QString &optionId,
                                  const QString &name)
{
    const DeploymentOption *option = document->scenario().option(optionId);
    const QString trimmed = name.trimmed();
    if (!option || trimmed.isEmpty() || option->name == trimmed)
        return nullptr;
    DeploymentOption edited = *option;
    edited.name = trimmed;
    return new EditOptionCommand(document, edited,
                                 tr("Rename %1 to %2").arg(option->name, trimmed));
}

QUndoCommand *OptionEdits::replace(ScenarioDocument *document, const DeploymentOption &edited,
                                   const QString &text)
{
    const DeploymentOption *option = document->scenario().option(edited.id);
    if (!option || *option == edited)
        return nullptr;
    return new EditOptionCommand(document, edited, text);
}

} // namespace pertoken::ui
