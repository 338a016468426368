#pragma once

#include "scenario/scenario.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace pertoken::ui {

class ScenarioDocument;

/// Scenario ▸ Task: what a task is, for cost per solved task. A benchmark (offered from the
/// quality scores the scenario's models carry) or measured success rates per option, the
/// tokens of one attempt, the cost of checking each sample, the most samples per task and the
/// least share of tasks the headline's option must solve. Accepting pushes one undo command.
class TaskDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)

public:
    explicit TaskDialog(ScenarioDocument *document, QWidget *parent = nullptr);
    ~TaskDialog() override;

    /// The task as the fields describe it now.
    TaskDefinition task() const;

    void accept() override;

private:
    ScenarioDocument *m_document;
    QComboBox *m_benchmark = nullptr;
    QDoubleSpinBox *m_tokens = nullptr;
    QDoubleSpinBox *m_verifier = nullptr;
    QSpinBox *m_samples = nullptr;
    QDoubleSpinBox *m_minimum = nullptr;
    QLineEdit *m_measuredSource = nullptr;
    QList<std::pair<QString, QDoubleSpinBox *>> m_measured; // option id, percent (0 = none)
};

} // namespace pertoken::ui
