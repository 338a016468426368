#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace pertoken::ui {

class ScenarioDocument;

/// Sets one numeric parameter (parameters.h) of the workload (empty option id) or of an option.
/// Consecutive edits of the same parameter that carry the same non-zero drag serial merge into
/// one undo step, so a slider drag is undone in one go; a drag back to where it started leaves
/// no step at all.
class SetParameterCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetParameterCommand)

public:
    SetParameterCommand(ScenarioDocument *document, const QString &optionId, const QString &key,
                        double value, int dragSerial = 0);

    /// A fresh serial for one drag (never 0).
    static int nextDragSerial();

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QString optionId() const { return m_optionId; }
    QString key() const { return m_key; }
    double oldValue() const { return m_oldValue; }
    double newValue() const { return m_newValue; }

private:
    ScenarioDocument *m_document;
    QString m_optionId;
    QString m_key;
    double m_oldValue = 0;
    double m_newValue = 0;
    int m_dragSerial = 0;
};

} // namespace pertoken::ui
