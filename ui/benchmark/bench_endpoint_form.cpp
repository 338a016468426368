#include "benchmark/bench_endpoint_form.h"

#include "bench/endpoint/endpoint_options.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QLineEdit>
#include <QSpinBox>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QSpinBox *makeSpin(QWidget *parent, const QString &objectName, int min, int max, int value,
                   const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setSuffix(suffix);
    return spin;
}

QDoubleSpinBox *makeTarget(QWidget *parent, const QString &objectName)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 3600000);
    spin->setDecimals(0);
    spin->setSuffix(BenchEndpointForm::tr(" ms"));
    spin->setSpecialValueText(BenchEndpointForm::tr("no target"));
    return spin;
}

} // namespace

BenchEndpointForm::BenchEndpointForm(QWidget *parent)
    : QWidget(parent)
{
    const EndpointConfig defaults;
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(tr("http://127.0.0.1:8000"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(u"modelEdit"_s);
    m_model->setPlaceholderText(tr("the model name the server serves"));
    m_api = new QComboBox(this);
    m_api->setObjectName(u"apiCombo"_s);
    for (const StreamApi api :
         {StreamApi::OpenAiChat, StreamApi::OpenAiCompletions, StreamApi::OllamaGenerate}) {
        m_api->addItem(tr("%1 (%2)").arg(streamApiId(api), streamApiPath(api)), streamApiId(api));
    }
    m_concurrency = new QLineEdit(u"1,4,16"_s, this);
    m_concurrency->setObjectName(u"concurrencyEdit"_s);
    m_requests =
        makeSpin(this, u"requestsSpin"_s, 1, 1000000, defaults.requestsPerLevel, tr(" requests"));
    m_repeats = makeSpin(this, u"repeatSpin"_s, 1, 1000, defaults.repeats, QString());
    //: How many times each concurrency level is run; with 2 or more, each figure gets a mean and
    //: a 95 % confidence interval.
    m_repeats->setToolTip(tr("Run each level this many times; from 2 runs on, every figure is "
                             "shown as a mean with its 95% confidence interval."));
    m_warmup = makeSpin(this, u"warmupSpin"_s, 0, 100000, defaults.warmupRequests, tr(" requests"));
    m_promptTokens =
        makeSpin(this, u"promptTokensSpin"_s, 1, 10000000, defaults.promptTokens, tr(" tokens"));
    m_maxTokens =
        makeSpin(this, u"maxTokensSpin"_s, 1, 10000000, defaults.maxTokens, tr(" tokens"));
    m_ttftTarget = makeTarget(this, u"ttftTargetSpin"_s);
    m_tpotTarget = makeTarget(this, u"tpotTargetSpin"_s);
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(u"apiKeyEdit"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("typed in; never saved"));
    m_apiKeyVariable = new QLineEdit(this);
    m_apiKeyVariable->setObjectName(u"apiKeyVariableEdit"_s);
    m_apiKeyVariable->setPlaceholderText(tr("or the name of an environment variable"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Server URL"), m_url);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("API"), m_api);
    form->addRow(tr("Concurrency levels"), m_concurrency);
    form->addRow(tr("Requests per level"), m_requests);
    form->addRow(tr("Runs per level"), m_repeats);
    form->addRow(tr("Warm-up (not measured)"), m_warmup);
    form->addRow(tr("Prompt length"), m_promptTokens);
    form->addRow(tr("Output length"), m_maxTokens);
    form->addRow(tr("TTFT target (p90)"), m_ttftTarget);
    form->addRow(tr("TPOT target (p90)"), m_tpotTarget);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("API key variable"), m_apiKeyVariable);
}

BenchEndpointForm::~BenchEndpointForm() = default;

Result<EndpointConfig> BenchEndpointForm::config() const
{
    QHash<QString, QString> options;
    options.insert(u"url"_s, m_url->text().trimmed());
    options.insert(u"model"_s, m_model->text());
    const QString apiId = m_api->currentData().toString();
    StreamApi api = StreamApi::OpenAiChat;
    streamApiFromId(apiId, &api);
    options.insert(u"api"_s, api == StreamApi::OllamaGenerate ? u"ollama"_s : u"openai"_s);
    options.insert(u"endpoint"_s,
                   api == StreamApi::OpenAiCompletions ? u"completions"_s : u"chat"_s);
    options.insert(u"concurrency"_s, m_concurrency->text());
    options.insert(u"requests"_s, QString::number(m_requests->value()));
    options.insert(u"warmup"_s, QString::number(m_warmup->value()));
    options.insert(u"repeat"_s, QString::number(m_repeats->value()));
    options.insert(u"prompt-tokens"_s, QString::number(m_promptTokens->value()));
    options.insert(u"max-tokens"_s, QString::number(m_maxTokens->value()));
    if (m_ttftTarget->value() > 0)
        options.insert(u"ttft-target-ms"_s, QString::number(m_ttftTarget->value()));
    if (m_tpotTarget->value() > 0)
        options.insert(u"tpot-target-ms"_s, QString::number(m_tpotTarget->value()));
    Result<EndpointConfig> parsed = endpointConfigFromOptions(options);
    if (!parsed)
        return parsed;
    EndpointConfig config = std::move(parsed).value();
    const QString variable = m_apiKeyVariable->text().trimmed();
    if (!m_apiKey->text().isEmpty()) {
        config.apiKey = m_apiKey->text().toUtf8();
    } else if (!variable.isEmpty()) {
        const QByteArray key = qgetenv(variable.toLocal8Bit().constData());
        if (key.isEmpty()) {
            return InputError{tr("API key variable"), variable,
                              tr("is not set in this program's environment")};
        }
        config.apiKey = key;
    }
    return config;
}

} // namespace pertoken::ui
