#pragma once

#include "commands/scenario_commands.h"
#include "common/input_error.h"
#include "scenario/scenario.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoCommand;
class QUndoStack;

namespace pertoken::ui {

/// The scenario being edited, the file it belongs to, and its undo history. Undo is the only way
/// to edit the scenario: views push undo commands (ui/commands/), and only those commands may call
/// the private mutators below. Every mutation emits exactly one changed(). New, Open and crash
/// recovery replace the scenario outright through replaceScenarioAndClearHistory(); they are not
/// undoable.
class ScenarioDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDocument)

public:
    /// Starts with the built-in default scenario, untitled and unmodified.
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    const Scenario &scenario() const { return m_scenario; }
    /// Absolute path of the file, empty while untitled.
    QString filePath() const { return m_filePath; }
    /// The file's name, or "Untitled" (translated).
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Runs `command` (redo() is called at once) and records it for undo; null is ignored.
    void push(QUndoCommand *command);

    /// Replaces the whole scenario (New, Open, crash recovery) and clears the undo history: the
    /// one way to change the scenario that is not an undo command. A `modified` document (one
    /// recovered from an autosave) counts as unsaved until the next save.
    void replaceScenarioAndClearHistory(const Scenario &scenario, const QString &filePath,
                                        bool modified = false);
    /// Reads `path`; on error the document is left exactly as it was.
    std::optional<InputError> load(const QString &path);
    /// Writes atomically to `path`; on success the document belongs to `path` and is clean.
    std::optional<InputError> saveAs(const QString &path);

    /// A continuous edit, such as a slider held down, starts or ends. Views keep still what would
    /// otherwise jump on every step (chart axes, row order) until it ends.
    void setLiveEdit(bool live);
    bool isLiveEdit() const { return m_liveEdit; }

    int optionIndex(const QString &optionId) const;
    /// An option id not yet used in the scenario, derived from `base`.
    QString uniqueOptionId(const QString &base) const;

Q_SIGNALS:
    /// The scenario changed (an edit, an undo or redo, New, Open).
    void changed();
    /// New, Open or recovery replaced the whole scenario; selections should start over.
    void scenarioReplaced();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    void saved(const QString &filePath);
    void liveEditChanged(bool live);

private:
    // The undo commands' redo() and undo(); each emits changed() once.
    friend class SetParameterCommand;
    friend class InsertOptionCommand;
    friend class RemoveOptionCommand;
    friend class EditOptionCommand;
    friend class ScenarioPropertiesCommand;
    friend class BreakEvenPeakCommand;
    friend class SetTaskCommand;
    bool setParameter(const QString &optionId, const QString &key, double value);
    void insertOption(int index, const DeploymentOption &option);
    void removeOption(const QString &optionId);
    void replaceOption(const DeploymentOption &option);
    void setProperties(const ScenarioProperties &properties);
    void setBreakEvenPeak(BreakEvenPeak rule);
    void setTask(const TaskDefinition &task);

    void setFilePath(const QString &path);

    Scenario m_scenario;
    QString m_filePath;
    QUndoStack *m_undoStack = nullptr;
    bool m_liveEdit = false;
};

} // namespace pertoken::ui
