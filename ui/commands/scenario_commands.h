#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace pertoken::ui {

class ScenarioDocument;

/// The scenario's own words: its name, a description, and the question its memo answers (empty:
/// the memo's title and question follow the workload); and whether its uncertainty bands draw
/// the throughput model's error.
struct ScenarioProperties {
    QString name;
    QString description;
    QString question;
    bool uncertaintyIncludesModelError = true; ///< Scenario::uncertaintyIncludesModelError

    static ScenarioProperties of(const Scenario &scenario);
    bool operator==(const ScenarioProperties &) const = default;
};

/// Sets name, description and question together: Scenario ▸ Properties is one undo step.
/// Obsolete (nothing to undo) when nothing changes.
class ScenarioPropertiesCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ScenarioPropertiesCommand)

public:
    ScenarioPropertiesCommand(ScenarioDocument *document, const ScenarioProperties &after);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    ScenarioProperties m_before;
    ScenarioProperties m_after;
};

/// Sets what break-even volumes hold fixed as volume varies (cost/workload.h).
class BreakEvenPeakCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(BreakEvenPeakCommand)

public:
    BreakEvenPeakCommand(ScenarioDocument *document, BreakEvenPeak rule);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    BreakEvenPeak m_before;
    BreakEvenPeak m_after;
};

} // namespace pertoken::ui
