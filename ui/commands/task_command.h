#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pertoken::ui {

class ScenarioDocument;

/// Replaces the scenario's task definition (benchmark or measured success rates, check cost,
/// samples, least share solved) in one undo step; obsolete when nothing changes.
class SetTaskCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetTaskCommand)

public:
    SetTaskCommand(ScenarioDocument *document, const TaskDefinition &task);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    TaskDefinition m_before;
    TaskDefinition m_after;
};

} // namespace pertoken::ui
