#pragma once

#include <QWidget>

#include <memory>

class QLabel;

namespace pertoken {
struct Evaluation;
struct PlanResult;
} // namespace pertoken

namespace pertoken::ui {

class ParameterForm;
class PlannerCharts;
class ScenarioDocument;

/// The model-size planner's page: its inputs (training compute, target loss, lifetime inference
/// tokens and queries, samples per query, the end-to-end budget) as undoable sliders, the plan's
/// answers in one line each, and its three charts. Renders `Evaluation::plan`; computes nothing.
class PlannerPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannerPanel)

public:
    explicit PlannerPanel(ScenarioDocument *document, QWidget *parent = nullptr);
    ~PlannerPanel() override;

    void setEvaluation(const pertoken::Evaluation &evaluation);
    ParameterForm *form() const { return m_form; }
    PlannerCharts *charts() const { return m_charts; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPlan(const pertoken::PlanResult &plan);

    ScenarioDocument *m_document;
    ParameterForm *m_form;
    QLabel *m_answersLabel = nullptr;
    std::unique_ptr<pertoken::PlanResult> m_pending; ///< arrived while the page was hidden
    PlannerCharts *m_charts;
};

} // namespace pertoken::ui
