#pragma once

#include <QWidget>

class QComboBox;

namespace pertoken::ui {

class LiveLabel;
class ParameterForm;
class ScenarioDocument;

/// The workload's parameters (requests, tokens per request, cache and batch shares, peak
/// concurrency, latency targets) and the monthly token volume they make.
class WorkloadPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadPanel)

public:
    explicit WorkloadPanel(ScenarioDocument *document, QWidget *parent = nullptr);
    ~WorkloadPanel() override;

    ParameterForm *form() const { return m_form; }

private:
    void refresh();

    ScenarioDocument *m_document;
    ParameterForm *m_form;
    LiveLabel *m_volume;
    QComboBox *m_breakEvenPeak;
};

} // namespace pertoken::ui
