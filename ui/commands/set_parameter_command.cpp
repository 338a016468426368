#include "commands/set_parameter_command.h"

#include "scenario/parameters.h"
#include "scenario_document.h"

#include <limits>

namespace pertoken::ui {

namespace {
constexpr int kSetParameterId = 0x5e7a;
}

SetParameterCommand::SetParameterCommand(ScenarioDocument *document, const QString &optionId,
                                         const QString &key, double value, int dragSerial)
    : m_document(document)
    , m_optionId(optionId)
    , m_key(key)
    , m_newValue(value)
    , m_dragSerial(dragSerial)
{
    const Scenario &scenario = document->scenario();
    const std::optional<ParameterSpec> spec = findParameter(scenario, optionId, key);
    const std::optional<double> current = parameterValue(scenario, optionId, key);
    // An unknown parameter or a value equal to the current one is no edit at all.
    if (!spec || !current || *current == value) {
        setObsolete(true);
        return;
    }
    m_oldValue = *current;
    const QString label = QCoreApplication::translate("Parameter", spec->label);
    if (optionId.isEmpty()) {
        setText(tr("Change %1").arg(label));
    } else {
        const DeploymentOption *option = scenario.option(optionId);
        setText(tr("Change %1 of %2").arg(label, option ? option->name : optionId));
    }
}

int SetParameterCommand::nextDragSerial()
{
    static int serial = 0;
    serial = serial == std::numeric_limits<int>::max() ? 1 : serial + 1;
    return serial;
}

void SetParameterCommand::redo()
{
    if (!m_document->setParameter(m_optionId, m_key, m_newValue))
        setObsolete(true);
}

void SetParameterCommand::undo()
{
    m_document->setParameter(m_optionId, m_key, m_oldValue);
}

int SetParameterCommand::id() const
{
    return kSetParameterId;
}

bool SetParameterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetParameterCommand *>(other);
    if (m_dragSerial == 0 || next->m_dragSerial != m_dragSerial || next->m_document != m_document ||
        next->m_optionId != m_optionId || next->m_key != m_key)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace pertoken::ui
