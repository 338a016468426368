#pragma once

#include "bench/endpoint/endpoint_benchmark.h"
#include "common/input_error.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace pertoken::ui {

/// The settings of a serving benchmark: URL, model, API, concurrency levels, requests per level,
/// warm-up, prompt and output length, latency targets and the API key. The key is typed in (a
/// password field) or named as an environment variable; it is held only in the config it is
/// read into and never written to settings or files.
class BenchEndpointForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchEndpointForm)

public:
    explicit BenchEndpointForm(QWidget *parent = nullptr);
    ~BenchEndpointForm() override;

    /// The config the fields describe, or which field is wrong and why.
    Result<EndpointConfig> config() const;

private:
    QLineEdit *m_url = nullptr;
    QLineEdit *m_model = nullptr;
    QComboBox *m_api = nullptr;
    QLineEdit *m_concurrency = nullptr;
    QSpinBox *m_requests = nullptr;
    QSpinBox *m_repeats = nullptr;
    QSpinBox *m_warmup = nullptr;
    QSpinBox *m_promptTokens = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QDoubleSpinBox *m_ttftTarget = nullptr;
    QDoubleSpinBox *m_tpotTarget = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_apiKeyVariable = nullptr;
};

} // namespace pertoken::ui
