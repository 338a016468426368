#include "benchmark/bench_endpoint_form.h"

#include "bench/endpoint/endpoint_options.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
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
    m_loadMode = new QComboBox(this);
    m_loadMode->setObjectName(u"loadModeCombo"_s);
    m_loadMode->addItem(tr("Closed loop: fixed concurrency levels"), u"closed"_s);
    m_loadMode->addItem(tr("Open loop: request rates"), u"open"_s);
    m_loadMode->setToolTip(
        tr("Closed loop keeps a fixed number of requests in flight. Open loop sends requests at "
           "a rate whatever the server's speed; latency counts from each request's scheduled "
           "send time."));
    m_concurrency = new QLineEdit(u"1,4,16"_s, this);
    m_concurrency->setObjectName(u"concurrencyEdit"_s);
    m_rates = new QLineEdit(u"5, 10, 20"_s, this);
    m_rates->setObjectName(u"ratesEdit"_s);
    m_rates->setToolTip(tr("Requests per second, one level each, separated by commas."));
    m_arrivals = new QComboBox(this);
    m_arrivals->setObjectName(u"arrivalsCombo"_s);
    //: Open-loop arrivals: random gaps with the given mean rate (a Poisson process).
    m_arrivals->addItem(tr("Poisson"), arrivalProcessId(ArrivalProcess::Poisson));
    //: Open-loop arrivals: evenly spaced requests.
    m_arrivals->addItem(tr("Constant"), arrivalProcessId(ArrivalProcess::Constant));
    m_seed = new QLineEdit(QString::number(defaults.seed), this);
    m_seed->setObjectName(u"seedEdit"_s);
    m_seed->setToolTip(tr("The same seed gives the same Poisson schedule."));
    m_maxConcurrency =
        makeSpin(this, u"maxConcurrencySpin"_s, 0, 4096, defaults.maxConcurrency, tr(" requests"));
    m_maxConcurrency->setSpecialValueText(tr("no limit"));
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
    // Each row's label is the buddy of its field and names the field in error messages.
    const auto addRow = [&](const QString &option, const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
        if (!option.isEmpty())
            m_labels.insert(option, label);
    };
    addRow(u"url"_s, tr("Server URL"), m_url);
    addRow(u"model"_s, tr("Model"), m_model);
    addRow(u"api"_s, tr("API"), m_api);
    addRow({}, tr("Load"), m_loadMode);
    addRow(u"concurrency"_s, tr("Concurrency levels"), m_concurrency);
    addRow(u"rate"_s, tr("Request rates (per second)"), m_rates);
    addRow(u"arrivals"_s, tr("Arrivals"), m_arrivals);
    addRow(u"seed"_s, tr("Schedule seed"), m_seed);
    addRow(u"max-concurrency"_s, tr("Most requests in flight"), m_maxConcurrency);
    addRow(u"requests"_s, tr("Requests per level"), m_requests);
    addRow(u"repeat"_s, tr("Runs per level"), m_repeats);
    addRow(u"warmup"_s, tr("Warm-up (not measured)"), m_warmup);
    addRow(u"prompt-tokens"_s, tr("Prompt length"), m_promptTokens);
    addRow(u"max-tokens"_s, tr("Output length"), m_maxTokens);
    addRow(u"ttft-target-ms"_s, tr("TTFT target (p90)"), m_ttftTarget);
    addRow(u"tpot-target-ms"_s, tr("TPOT target (p90)"), m_tpotTarget);
    addRow({}, tr("API key"), m_apiKey);
    addRow({}, tr("API key variable"), m_apiKeyVariable);

    connect(m_loadMode, &QComboBox::currentIndexChanged, this,
            &BenchEndpointForm::updateEnabledFields);
    connect(m_arrivals, &QComboBox::currentIndexChanged, this,
            &BenchEndpointForm::updateEnabledFields);
    updateEnabledFields();
}

bool BenchEndpointForm::openLoop() const
{
    return m_loadMode->currentData().toString() == u"open";
}

bool BenchEndpointForm::poissonArrivals() const
{
    return m_arrivals->currentData().toString() == arrivalProcessId(ArrivalProcess::Poisson);
}

void BenchEndpointForm::updateEnabledFields()
{
    m_concurrency->setEnabled(!openLoop());
    m_rates->setEnabled(openLoop());
    m_arrivals->setEnabled(openLoop());
    // Constant arrivals draw nothing at random.
    m_seed->setEnabled(openLoop() && poissonArrivals());
    m_maxConcurrency->setEnabled(openLoop());
}

BenchEndpointForm::~BenchEndpointForm() = default;

QHash<QString, QString> BenchEndpointForm::options() const
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
    // Only the chosen mode's options: the parser refuses --concurrency beside --rate.
    if (!openLoop()) {
        options.insert(u"concurrency"_s, m_concurrency->text());
    } else {
        options.insert(u"rate"_s, m_rates->text());
        options.insert(u"arrivals"_s, m_arrivals->currentData().toString());
        if (poissonArrivals())
            options.insert(u"seed"_s, m_seed->text());
        options.insert(u"max-concurrency"_s, QString::number(m_maxConcurrency->value()));
    }
    options.insert(u"requests"_s, QString::number(m_requests->value()));
    options.insert(u"warmup"_s, QString::number(m_warmup->value()));
    options.insert(u"repeat"_s, QString::number(m_repeats->value()));
    options.insert(u"prompt-tokens"_s, QString::number(m_promptTokens->value()));
    options.insert(u"max-tokens"_s, QString::number(m_maxTokens->value()));
    if (m_ttftTarget->value() > 0)
        options.insert(u"ttft-target-ms"_s, QString::number(m_ttftTarget->value()));
    if (m_tpotTarget->value() > 0)
        options.insert(u"tpot-target-ms"_s, QString::number(m_tpotTarget->value()));
    return options;
}

Result<EndpointConfig> BenchEndpointForm::config() const
{
    Result<EndpointConfig> parsed = endpointConfigFromOptions(options());
    if (!parsed) {
        // The field's label instead of the option's name: "Request rates (per second): ...".
        InputError error = parsed.error();
        error.source = m_labels.value(error.source, error.source);
        return error;
    }
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
