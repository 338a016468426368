#pragma once

#include "scenario/evaluation.h"

#include <QObject>
#include <QTimer>

namespace pertoken::ui {

class ScenarioDocument;

/// Re-evaluates the document's scenario once per event-loop turn, however many edits arrived in
/// it: every changed() restarts a zero-timeout single-shot timer, and its timeout runs
/// evaluate() once and hands the Evaluation to the views.
class Dashboard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    explicit Dashboard(ScenarioDocument *document, QObject *parent = nullptr);
    ~Dashboard() override;

    const Evaluation &evaluation() const { return m_evaluation; }
    /// Wall time of the last evaluate() call.
    double lastEvaluationMilliseconds() const { return m_lastMilliseconds; }
    /// True while a change waits for its evaluation.
    bool isPending() const { return m_timer.isActive(); }

    /// Evaluates now (at start-up, so the first paint already shows numbers).
    void evaluateNow();

Q_SIGNALS:
    void evaluated(const pertoken::Evaluation &evaluation, double milliseconds);

private:
    ScenarioDocument *m_document;
    QTimer m_timer;
    Evaluation m_evaluation;
    double m_lastMilliseconds = 0;
};

} // namespace pertoken::ui
