#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pertoken::ui {

class ScenarioDocument;

/// Inserts an option (Add, Duplicate); undo removes it again.
class InsertOptionCommand final : public QUndoCommand {
public:
    InsertOptionCommand(ScenarioDocument *document, int index, const DeploymentOption &option,
                        const QString &text);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    int m_index;
    DeploymentOption m_option;
};

/// Removes an option; undo puts it back where it was.
class RemoveOptionCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveOptionCommand)

public:
    RemoveOptionCommand(ScenarioDocument *document, const QString &optionId);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    int m_index = -1;
    DeploymentOption m_option;
};

/// Replaces an option by an edited copy with the same id: enable, rename, a new accelerator,
/// model, quantization or acquisition, or a catalog entry applied to it.
class EditOptionCommand final : public QUndoCommand {
public:
    EditOptionCommand(ScenarioDocument *document, const DeploymentOption &edited,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    DeploymentOption m_before;
    DeploymentOption m_after;
};

/// The edits the options list offers. Each returns nullptr when there is nothing to do (no such
/// option, the same name, the same state), so the caller pushes only real edits.
class OptionEdits final {
    Q_DECLARE_TR_FUNCTIONS(OptionEdits)

public:
    static QUndoCommand *add(ScenarioDocument *document, const DeploymentOption &option);
    /// The copy gets a fresh id, the name "… (copy)", and goes right after the original.
    static QUndoCommand *duplicate(ScenarioDocument *document, const QString &optionId);
    static QUndoCommand *remove(ScenarioDocument *document, const QString &optionId);
    static QUndoCommand *setEnabled(ScenarioDocument *document, const QString &optionId,
                                    bool enabled);
    static QUndoCommand *rename(ScenarioDocument *document, const QString &optionId,
                                const QString &name);
    /// `edited` must carry the id of an existing option; `text` names the edit in the Undo menu.
    static QUndoCommand *replace(ScenarioDocument *document, const DeploymentOption &edited,
                                 const QString &text);
};

} // namespace pertoken::ui
