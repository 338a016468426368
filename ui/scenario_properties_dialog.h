#pragma once

#include "commands/scenario_commands.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace pertoken::ui {

class ScenarioDocument;

/// Scenario ▸ Properties: the scenario's name, description and the question its memo answers.
/// Accepting pushes one ScenarioPropertiesCommand, so the whole dialog is one undo step.
class ScenarioPropertiesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPropertiesDialog)

public:
    explicit ScenarioPropertiesDialog(ScenarioDocument *document, QWidget *parent = nullptr);
    ~ScenarioPropertiesDialog() override;

    ScenarioProperties properties() const;

private:
    void apply();

    ScenarioDocument *m_document;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_question;
    QCheckBox *m_modelError;
};

} // namespace pertoken::ui
