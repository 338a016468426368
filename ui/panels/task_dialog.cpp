#include "panels/task_dialog.h"

#include "commands/task_command.h"
#include "scenario_document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Every benchmark a quality score of the scenario's models names, in the order first seen.
QStringList scoredBenchmarks(const Scenario &scenario)
{
    QStringList benchmarks;
    const auto add = [&benchmarks](const QList<QualityScore> &scores) {
        for (const QualityScore &score : scores) {
            if (!benchmarks.contains(score.benchmark, Qt::CaseInsensitive))
                benchmarks.append(score.benchmark);
        }
    };
    for (const DeploymentOption &option : scenario.options) {
        if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec))
            add(cloud->price.qualityScores);
        else if (const auto *s = std::get_if<SelfHostedOption>(&option.spec))
            add(s->model.qualityScores);
        else if (const auto *d = std::get_if<OnDeviceOption>(&option.spec))
            add(d->model.qualityScores);
    }
    return benchmarks;
}

} // namespace

TaskDialog::TaskDialog(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Task"));
    const Scenario &scenario = document->scenario();
    const TaskDefinition &task = scenario.task;

    auto *intro = new QLabel(
        tr("Compare options per task solved: cost per attempt ÷ share of tasks solved, and with "
           "several samples per task, k × (cost per attempt + check) ÷ pass@k."),
        this);
    intro->setWordWrap(true);

    m_benchmark = new QComboBox(this);
    m_benchmark->setObjectName(u"benchmark"_s);
    m_benchmark->setEditable(true);
    m_benchmark->addItem(QString());
    m_benchmark->addItems(scoredBenchmarks(scenario));
    m_benchmark->setCurrentText(task.benchmark);

    m_tokens = new QDoubleSpinBox(this);
    m_tokens->setObjectName(u"tokensPerAttempt"_s);
    m_tokens->setRange(0, 1e9);
    m_tokens->setDecimals(0);
    m_tokens->setSpecialValueText(tr("one request of the workload"));
    m_tokens->setValue(task.tokensPerAttempt);

    m_verifier = new QDoubleSpinBox(this);
    m_verifier->setObjectName(u"verifierUsdPerAttempt"_s);
    m_verifier->setRange(0, 1e6);
    m_verifier->setDecimals(4);
    m_verifier->setPrefix(u"$"_s);
    m_verifier->setValue(task.verifierUsdPerAttempt);

    m_samples = new QSpinBox(this);
    m_samples->setObjectName(u"maxSamples"_s);
    m_samples->setRange(1, kMaxTaskSamples);
    m_samples->setValue(task.maxSamples);

    m_minimum = new QDoubleSpinBox(this);
    m_minimum->setObjectName(u"minSuccessPercent"_s);
    m_minimum->setRange(0, 100);
    m_minimum->setDecimals(1);
    m_minimum->setSuffix(u" %"_s);
    m_minimum->setSpecialValueText(tr("none"));
    m_minimum->setValue(100 * task.minSuccessFraction);

    auto *form = new QFormLayout;
    form->addRow(tr("Benchmark:"), m_benchmark);
    form->addRow(tr("Tokens per attempt:"), m_tokens);
    form->addRow(tr("Check per extra sample (USD):"), m_verifier);
    form->addRow(tr("Most samples per task:"), m_samples);
    form->addRow(tr("Least share of tasks solved:"), m_minimum);

    auto *measuredBox = new QGroupBox(tr("Measured success rates (take the place of the "
                                         "benchmark's score)"),
                                      this);
    auto *measuredForm = new QFormLayout(measuredBox);
    for (const DeploymentOption &option : scenario.options) {
        auto *spin = new QDoubleSpinBox(measuredBox);
        spin->setObjectName(u"measured:"_s + option.id);
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSuffix(u" %"_s);
        spin->setSpecialValueText(tr("not measured"));
        if (const MeasuredSuccess *measured = task.measuredFor(option.id))
            spin->setValue(100 * measured->successFraction);
        measuredForm->addRow(option.name, spin);
        m_measured.append({option.id, spin});
    }
    m_measuredSource = new QLineEdit(measuredBox);
    m_measuredSource->setObjectName(u"measuredSource"_s);
    m_measuredSource->setPlaceholderText(tr("what was measured, when"));
    if (!task.measuredSuccess.isEmpty())
        m_measuredSource->setText(task.measuredSuccess.first().source);
    measuredForm->addRow(tr("Source:"), m_measuredSource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(measuredBox);
    layout->addWidget(buttons);
}

TaskDialog::~TaskDialog() = default;

TaskDefinition TaskDialog::task() const
{
    TaskDefinition task;
    task.benchmark = m_benchmark->currentText().trimmed();
    task.tokensPerAttempt = m_tokens->value();
    task.verifierUsdPerAttempt = m_verifier->value();
    task.maxSamples = m_samples->value();
    task.minSuccessFraction = m_minimum->value() / 100;
    for (const auto &[optionId, spin] : m_measured) {
        if (spin->value() > 0) {
            task.measuredSuccess.append(
                {optionId, spin->value() / 100, m_measuredSource->text().trimmed()});
        }
    }
    return task;
}

void TaskDialog::accept()
{
    const TaskDefinition edited = task();
    if (!edited.measuredSuccess.isEmpty() && m_measuredSource->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Say where the measured success rates come from (what was "
                                "measured, when) in Source."));
        m_measuredSource->setFocus();
        return;
    }
    m_document->push(new SetTaskCommand(m_document, edited));
    QDialog::accept();
}

} // namespace pertoken::ui
