#include "dashboard.h"

#include "scenario/evaluate.h"
#include "scenario_document.h"

#include <QElapsedTimer>

namespace pertoken::ui {

Dashboard::Dashboard(ScenarioDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Dashboard::evaluateNow);
    connect(document, &ScenarioDocument::changed, &m_timer, qOverload<>(&QTimer::start));
}

Dashboard::~Dashboard() = default;

void Dashboard::evaluateNow()
{
    m_timer.stop();
    QElapsedTimer clock;
    clock.start();
    m_evaluation = evaluate(m_document->scenario());
    m_lastMilliseconds = double(clock.nsecsElapsed()) / 1e6;
    Q_EMIT evaluated(m_evaluation, m_lastMilliseconds);
}

} // namespace pertoken::ui
