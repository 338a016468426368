#include "panels/planner_panel.h"

#include "charts/planner_charts.h"
#include "common/number_format.h"
#include "panels/number_format.h"
#include "panels/parameter_form.h"
#include "scenario/evaluation.h"
#include "scenario_document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pertoken::ui {

namespace {

QString answersText(const PlanResult &plan)
{
    if (plan.error)
        return PlannerPanel::tr("The planner cannot answer: %1").arg(plan.error->toString());
    QStringList lines;
    if (plan.computeOptimal) {
        const ComputeOptimalPoint &p = *plan.computeOptimal;
        //: Compute-optimal answer: parameters, training tokens, tokens per parameter, loss.
        lines << PlannerPanel::tr("<b>Compute-optimal:</b> %1 parameters on %2 tokens (%3 tokens "
                                  "per parameter), loss %4 nats/token")
                     .arg(formatCount(p.params), formatCount(p.tokens),
                          QLocale().toString(p.tokensPerParam(), 'f', 1),
                          QLocale().toString(p.loss, 'f', 3));
    }
    if (plan.inferenceAware) {
        const InferenceAwarePoint &p = *plan.inferenceAware;
        lines << PlannerPanel::tr("<b>Inference-aware:</b> %1 parameters on %2 tokens; "
                                  "Chinchilla at the same loss: %3 parameters")
                     .arg(formatCount(p.params), formatCount(p.tokens),
                          formatCount(p.computeOptimal.params));
        if (plan.budgetInUsd) {
            //: Inference-aware answer in dollars: %1 lifetime cost, %2 training, %3 inference.
            lines << PlannerPanel::tr("&nbsp;&nbsp;lifetime cost %1 (training %2, inference %3)")
                         .arg(NumberFormat::usd(p.totalUsd), NumberFormat::usd(p.trainUsd),
                              NumberFormat::usd(p.inferenceUsd));
        }
    }
    if (plan.trainToTest) {
        const TrainToTestPoint &p = plan.trainToTest->optimum;
        lines << PlannerPanel::tr("<b>Train-to-test:</b> %1 parameters on %2 tokens, %n "
                                  "sample(s) per query, pass@k %3%",
                                  nullptr, p.samples)
                     .arg(formatCount(p.params), formatCount(p.tokens),
                          QLocale().toString(p.passAtK * 100, 'f', 1));
        if (plan.budgetInUsd) {
            //: Train-to-test answer in dollars: %1 training cost, %2 inference cost.
            lines << PlannerPanel::tr("&nbsp;&nbsp;training %1, inference %2")
                         .arg(NumberFormat::usd(p.trainUsd), NumberFormat::usd(p.inferenceUsd));
        }
    }
    return lines.join(u"<br>");
}

} // namespace

PlannerPanel::PlannerPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new ParameterForm(document))
    , m_charts(new PlannerCharts)
{
    m_form->setParameters(QString(), plannerParameters());
    auto *answers = new QLabel;
    answers->setObjectName(QStringLiteral("plannerAnswers"));
    answers->setWordWrap(true);
    answers->setTextFormat(Qt::RichText);
    answers->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(340);
    scroll->setMaximumWidth(460);

    auto *right = new QVBoxLayout;
    right->addWidget(answers);
    right->addWidget(m_charts, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);

    connect(m_document, &ScenarioDocument::changed, m_form, &ParameterForm::refresh);
    m_answersLabel = answers;
}

PlannerPanel::~PlannerPanel() = default;

void PlannerPanel::setEvaluation(const Evaluation &evaluation)
{
    // A hidden page is brought up to date when it is shown: slider drags elsewhere should not
    // pay for relaying out charts nobody sees.
    if (!isVisible()) {
        m_pending = std::make_unique<PlanResult>(evaluation.plan);
        return;
    }
    m_pending.reset();
    showPlan(evaluation.plan);
}

void PlannerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        const std::unique_ptr<PlanResult> plan = std::move(m_pending);
        showPlan(*plan);
    }
}

void PlannerPanel::showPlan(const PlanResult &plan)
{
    m_answersLabel->setText(answersText(plan));
    m_charts->setPlan(plan);
}

} // namespace pertoken::ui
