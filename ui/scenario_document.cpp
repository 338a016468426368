#include "scenario_document.h"

#include "memo/memo_bundle.h"

#include "scenario/parameters.h"
#include "scenario/scenario_json.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_scenario(defaultScenario())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument() = default;

QString ScenarioDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ScenarioDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ScenarioDocument::push(QUndoCommand *command)
{
    if (command)
        m_undoStack->push(command);
}

void ScenarioDocument::replaceScenarioAndClearHistory(const Scenario &scenario,
                                                      const QString &filePath, bool modified)
{
    m_scenario = scenario;
    setFilePath(filePath);
    m_undoStack->clear(); // clean again; cleanChanged reaches modifiedChanged when it was not
    if (modified)
        m_undoStack->resetClean();
    Q_EMIT scenarioReplaced();
    Q_EMIT changed();
}

std::optional<InputError> ScenarioDocument::load(const QString &path)
{
    Result<Scenario> loaded = loadScenarioOrBundle(path);
    if (!loaded)
        return loaded.error();
    // A memo bundle's scenario opens untitled: saving writes a .pertoken, never into the bundle.
    const bool bundle = QFileInfo(path).suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0;
    replaceScenarioAndClearHistory(std::move(loaded).value(), bundle ? QString() : path);
    return std::nullopt;
}

std::optional<InputError> ScenarioDocument::saveAs(const QString &path)
{
    if (std::optional<InputError> error = saveScenarioFile(m_scenario, path))
        return error;
    setFilePath(path);
    m_undoStack->setClean();
    Q_EMIT saved(m_filePath);
    return std::nullopt;
}

bool ScenarioDocument::setParameter(const QString &optionId, const QString &key, double value)
{
    if (!setParameterValue(m_scenario, optionId, key, value))
        return false;
    Q_EMIT changed();
    return true;
}

void ScenarioDocument::insertOption(int index, const DeploymentOption &option)
{
    m_scenario.options.insert(qBound(0, index, int(m_scenario.options.size())), option);
    Q_EMIT changed();
}

void ScenarioDocument::removeOption(const QString &optionId)
{
    const int index = optionIndex(optionId);
    if (index < 0)
        return;
    m_scenario.options.removeAt(index);
    Q_EMIT changed();
}

void ScenarioDocument::replaceOption(const DeploymentOption &option)
{
    const int index = optionIndex(option.id);
    if (index < 0)
        return;
    m_scenario.options[index] = option;
    Q_EMIT changed();
}

void ScenarioDocument::setProperties(const ScenarioProperties &properties)
{
    m_scenario.name = properties.name;
    m_scenario.description = properties.description;
    m_scenario.question = properties.question;
    m_scenario.uncertaintyIncludesModelError = properties.uncertaintyIncludesModelError;
    Q_EMIT changed();
}

void ScenarioDocument::setBreakEvenPeak(BreakEvenPeak rule)
{
    m_scenario.workload.breakEvenPeak = rule;
    Q_EMIT changed();
}

void ScenarioDocument::setTask(const TaskDefinition &task)
{
    m_scenario.task = task;
    Q_EMIT changed();
}

void ScenarioDocument::setLiveEdit(bool live)
{
    if (live == m_liveEdit)
        return;
    m_liveEdit = live;
    Q_EMIT liveEditChanged(live);
}

int ScenarioDocument::optionIndex(const QString &optionId) const
{
    for (int i = 0; i < m_scenario.options.size(); ++i) {
        if (m_scenario.options.at(i).id == optionId)
            return i;
    }
    return -1;
}

QString ScenarioDocument::uniqueOptionId(const QString &base) const
{
    const QString stem = base.isEmpty() ? u"option"_s : base;
    if (optionIndex(stem) < 0)
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1-%2"_s.arg(stem).arg(n);
        if (optionIndex(candidate) < 0)
            return candidate;
    }
}

void ScenarioDocument::setFilePath(const QString &path)
{
    const QString absolute =
        path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (absolute == m_filePath)
        return;
    m_filePath = absolute;
    Q_EMIT filePathChanged(m_filePath);
}

} // namespace pertoken::ui
