#pragma once

#include "bench/endpoint/endpoint_benchmark.h"
#include "common/input_error.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace pertoken::ui {

/// The settings of a serving benchmark: URL, model, API, the load (closed loop at fixed
/// concurrency levels, or open loop at request rates with Poisson or constant arrivals, a seed and
/// a cap on requests in flight), requests per level, warm-up, prompt and output length, latency
/// targets and the API key. The fields become the option map `pertoken bench endpoint` parses
/// (endpointConfigFromOptions), so both read every value the same way. The key is typed in (a
/// password field) or named as an environment variable; it is held only in the config it is
/// read into and never written to settings or files.
class BenchEndpointForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchEndpointForm)

public:
    explicit BenchEndpointForm(QWidget *parent = nullptr);
    ~BenchEndpointForm() override;

    /// The config the fields describe, or which field is wrong (by its label) and why.
    Result<EndpointConfig> config() const;

    /// The fields as the command line's options, without the leading "--" ("rate" → "50"):
    /// only those of the chosen load mode. The API key is not among them.
    QHash<QString, QString> options() const;

private:
    bool openLoop() const;
    bool poissonArrivals() const;
    void updateEnabledFields();

    QComboBox *m_loadMode = nullptr;
    QLineEdit *m_rates = nullptr;
    QComboBox *m_arrivals = nullptr;
    QLineEdit *m_seed = nullptr;
    QSpinBox *m_maxConcurrency = nullptr;
    QHash<QString, QString> m_labels; ///< option name → the label of its field
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
