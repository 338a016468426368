#include "panels/option_panel.h"

#include "commands/option_commands.h"
#include "cost/option_builder.h"
#include "hardware/hardware_catalog.h"
#include "panels/parameter_form.h"
#include "pricing/custom_catalog.h"
#include "pricing/price_catalog.h"
#include "pricing/price_update.h"
#include "scenario/parameters.h"
#include "scenario_document.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// The engine combo's entry for continuous batching with expert parallelism: the profile is
// ContinuousBatching, with SelfHostedOption::expertParallel set.
constexpr int kExpertParallelEngine = 100;

constexpr int kIdRole = Qt::UserRole;
constexpr int kFromScenarioRole = Qt::UserRole + 1;

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setAccessibleName(accessibleName);
    return combo;
}

// Selects `id`. An entry the catalog does not have (a custom or measured machine, a price from a
// mailed scenario) is shown as an extra first item so the combo never lies about the scenario.
void syncCombo(QComboBox *combo, const QString &id, const QString &name)
{
    const QSignalBlocker blocker(combo);
    if (combo->count() > 0 && combo->itemData(0, kFromScenarioRole).toBool())
        combo->removeItem(0);
    int index = combo->findData(id, kIdRole);
    if (index < 0) {
        //: A combo box entry for a value that is in the scenario but not in the catalog.
        combo->insertItem(0, OptionPanel::tr("%1 (from scenario)").arg(name), id);
        combo->setItemData(0, true, kFromScenarioRole);
        index = 0;
    }
    combo->setCurrentIndex(index);
}

// A catalog source can be a paragraph; the panel names where it is from (a web site's host, or the
// source's first clause) and keeps the whole of it in the tooltip.
QString shortSource(const QString &source)
{
    static const QRegularExpression clauseEnd(u"[;,:(]"_s);
    const QString first = source.section(clauseEnd, 0, 0).trimmed();
    const QUrl url(first.section(u' ', 0, 0));
    if (url.isValid() && !url.host().isEmpty())
        return url.host().startsWith(u"www."_s) ? url.host().mid(4) : url.host();
    return first;
}

QString kindTitle(OptionKind kind)
{
    switch (kind) {
    case OptionKind::CloudApi:
        return OptionPanel::tr("Cloud API");
    case OptionKind::SelfHosted:
        return OptionPanel::tr("Self-hosted GPUs");
    case OptionKind::OnDevice:
        return OptionPanel::tr("On-device");
    }
    return {};
}

} // namespace

OptionPanel::OptionPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_source(new QLabel(this))
    , m_apiPrice(makeCombo(this, tr("API price")))
    , m_hardware(makeCombo(this, tr("Hardware")))
    , m_model(makeCombo(this, tr("Model")))
    , m_quantization(makeCombo(this, tr("Quantization")))
    , m_engine(makeCombo(this, tr("Engine")))
    , m_acquisition(makeCombo(this, tr("Acquisition")))
    , m_attribution(makeCombo(this, tr("Device cost")))
    , m_form(new ParameterForm(document, this))
{
    setObjectName(u"optionPanel"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    for (const ApiPrice &price : builtinApiPrices())
        m_apiPrice->addItem(tr("%1 · %2").arg(price.provider, price.model), price.id);
    for (const ModelArchitecture &model : builtinModels())
        m_model->addItem(model.name, model.id);
    for (const Quantization &format : builtinQuantizations())
        m_quantization->addItem(format.name, format.id);
    //: Engine profile: vLLM, SGLang, TensorRT-LLM split every layer over the GPUs and batch
    //: requests continuously.
    m_engine->addItem(tr("Continuous batching (vLLM, SGLang, TensorRT-LLM)"),
                      int(EngineProfile::ContinuousBatching));
    //: Engine profile: llama.cpp gives each GPU a run of layers, one after another.
    m_engine->addItem(tr("Layer split (llama.cpp, Ollama, LM Studio)"),
                      int(EngineProfile::LayerSplit));
    //: Engine profile: a mixture-of-experts model with its experts spread over the GPUs and
    //: attention copied on each (SGLang, vLLM with expert parallelism).
    m_engine->addItem(tr("Continuous batching, expert parallel (MoE)"), kExpertParallelEngine);
    m_engine->setObjectName(u"engineCombo"_s);
    m_engine->setToolTip(tr("How the serving engine spreads a replica over its GPUs; it decides "
                            "the speed of a multi-GPU replica and which fitted efficiencies "
                            "apply"));
    m_acquisition->addItem(tr("Rent by the hour"), int(Acquisition::Rent));
    m_acquisition->addItem(tr("Buy and depreciate"), int(Acquisition::Buy));
    m_attribution->addItem(tr("Amortized share of the price"), int(Attribution::Amortized));
    m_attribution->addItem(tr("Marginal: electricity only"), int(Attribution::Marginal));

    m_form->addHeaderRow(tr("API"), m_apiPrice);
    m_hardwareLabel = m_form->addHeaderRow(tr("GPU"), m_hardware);
    m_form->addHeaderRow(tr("Model"), m_model);
    m_form->addHeaderRow(tr("Quantization"), m_quantization);
    m_form->addHeaderRow(tr("Engine"), m_engine);
    m_form->addHeaderRow(tr("Acquisition"), m_acquisition);
    m_form->addHeaderRow(tr("Device cost"), m_attribution);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_source);
    layout->addWidget(m_form);
    layout->addStretch(1);

    const auto connectChoice = [this](QComboBox *box, Choice choice) {
        connect(box, &QComboBox::activated, this,
                [this, choice](int index) { choose(choice, index); });
    };
    connectChoice(m_apiPrice, Choice::ApiPrice);
    connectChoice(m_hardware, Choice::Hardware);
    connectChoice(m_model, Choice::Model);
    connectChoice(m_quantization, Choice::Quantization);
    connectChoice(m_engine, Choice::Engine);
    connectChoice(m_acquisition, Choice::Acquisition);
    connectChoice(m_attribution, Choice::Attribution);
    connect(document, &ScenarioDocument::changed, this, &OptionPanel::refresh);
    refresh();
}

OptionPanel::~OptionPanel() = default;

void OptionPanel::setOptionId(const QString &optionId)
{
    if (optionId == m_optionId)
        return;
    m_optionId = optionId;
    refresh();
}

void OptionPanel::fillHardware(bool onDevice)
{
    if (m_hardwareFilledFor == int(onDevice))
        return;
    m_hardwareFilledFor = int(onDevice);
    const QSignalBlocker blocker(m_hardware);
    m_hardware->clear();
    for (const Accelerator &accelerator : builtinAccelerators()) {
        if (suitsOptionKind(accelerator, onDevice ? OptionKind::OnDevice : OptionKind::SelfHosted))
            m_hardware->addItem(accelerator.name, accelerator.id);
    }
}

void OptionPanel::refresh()
{
    const DeploymentOption *option = m_document->scenario().option(m_optionId);
    m_form->setEnabled(option != nullptr);
    if (!option) {
        m_title->setText(tr("No option selected"));
        m_source->clear();
        for (QComboBox *box : {m_apiPrice, m_hardware, m_model, m_quantization, m_engine,
                               m_acquisition, m_attribution})
            m_form->setHeaderRowVisible(box, false);
        m_form->setParameters(QString(), {});
        return;
    }
    const OptionKind kind = option->kind();
    //: The option panel's title: option name and its kind.
    m_title->setText(tr("%1 — %2").arg(option->name, kindTitle(kind)));
    m_form->setHeaderRowVisible(m_apiPrice, kind == OptionKind::CloudApi);
    m_form->setHeaderRowVisible(m_hardware, kind != OptionKind::CloudApi);
    m_form->setHeaderRowVisible(m_model, kind != OptionKind::CloudApi);
    m_form->setHeaderRowVisible(m_quantization, kind != OptionKind::CloudApi);
    m_form->setHeaderRowVisible(m_engine, kind == OptionKind::SelfHosted);
    m_form->setHeaderRowVisible(m_acquisition, kind == OptionKind::SelfHosted);
    m_form->setHeaderRowVisible(m_attribution, kind == OptionKind::OnDevice);

    if (const auto *cloud = std::get_if<CloudApiOption>(&option->spec)) {
        const ApiPrice &price = cloud->price;
        syncCombo(m_apiPrice, price.id, tr("%1 · %2").arg(price.provider, price.model));
        //: %1 date the price was read, %2 where it comes from.
        m_source->setText(
            tr("List price as of %1 · %2").arg(price.asOf, shortSource(price.source)));
        m_source->setToolTip(price.source);
    }
    const auto showHardware = [this](const auto &spec, const Accelerator &hardware, bool onDevice) {
        fillHardware(onDevice);
        syncCombo(m_hardware, hardware.id, hardware.name);
        syncCombo(m_model, spec.model.id, spec.model.name);
        syncCombo(m_quantization, spec.quantization.id, spec.quantization.name);
        //: %1 hardware, %2 date its figures were read, %3 their source.
        m_source->setText(tr("%1: figures as of %2 · %3")
                              .arg(hardware.name, hardware.asOf, shortSource(hardware.source)));
        m_source->setToolTip(hardware.source);
    };
    if (const auto *hosted = std::get_if<SelfHostedOption>(&option->spec)) {
        m_hardwareLabel->setText(tr("GPU"));
        showHardware(*hosted, hosted->accelerator, false);
        const QSignalBlocker blocker(m_acquisition);
        m_acquisition->setCurrentIndex(m_acquisition->findData(int(hosted->acquisition)));
        const QSignalBlocker engineBlocker(m_engine);
        m_engine->setCurrentIndex(m_engine->findData(hosted->expertParallel ? kExpertParallelEngine
                                                                            : int(hosted->engine)));
    }
    if (const auto *device = std::get_if<OnDeviceOption>(&option->spec)) {
        m_hardwareLabel->setText(tr("Device"));
        showHardware(*device, device->device, true);
        const QSignalBlocker blocker(m_attribution);
        m_attribution->setCurrentIndex(m_attribution->findData(int(device->attribution)));
    }
    m_form->setParameters(option->id, optionParameters(*option));
}

void OptionPanel::choose(Choice choice, int index)
{
    const DeploymentOption *current = m_document->scenario().option(m_optionId);
    QComboBox *box = combo(choice);
    if (!current || index < 0)
        return;
    const QVariant data = box->itemData(index, kIdRole);
    const QString id = data.toString();
    DeploymentOption edited = *current;
    switch (choice) {
    case Choice::ApiPrice:
        // The figures of the price catalog in effect, refreshed by Update prices if it ran; the
        // shipped entry when the update removed it.
        if (const std::optional<ApiPrice> price =
                apiPriceInUse(userPriceCatalogPath(defaultCustomCatalogPath()), id))
            applyPrice(edited, *price);
        else if (const ApiPrice *builtin = findApiPrice(id))
            applyPrice(edited, *builtin);
        break;
    case Choice::Hardware:
        if (const Accelerator *accelerator = findAccelerator(id))
            applyHardware(edited, *accelerator);
        break;
    case Choice::Model:
        if (const ModelArchitecture *model = findModel(id))
            applyModel(edited, *model);
        break;
    case Choice::Quantization:
        if (const Quantization *format = findQuantization(id))
            applyQuantization(edited, *format);
        break;
    case Choice::Engine:
        if (auto *hosted = std::get_if<SelfHostedOption>(&edited.spec)) {
            hosted->expertParallel = data.toInt() == kExpertParallelEngine;
            hosted->engine = hosted->expertParallel ? EngineProfile::ContinuousBatching
                                                    : static_cast<EngineProfile>(data.toInt());
        }
        break;
    case Choice::Acquisition:
        if (auto *hosted = std::get_if<SelfHostedOption>(&edited.spec))
            hosted->acquisition = static_cast<Acquisition>(data.toInt());
        keepNameInStep(*current, edited);
        break;
    case Choice::Attribution:
        if (auto *device = std::get_if<OnDeviceOption>(&edited.spec))
            device->attribution = static_cast<Attribution>(data.toInt());
        break;
    }
    //: Undo menu text: %1 what was chosen, %2 the option's name.
    m_document->push(OptionEdits::replace(
        m_document, edited, tr("Choose %1 for %2").arg(box->itemText(index), current->name)));
}

QComboBox *OptionPanel::combo(Choice choice) const
{
    switch (choice) {
    case Choice::ApiPrice:
        return m_apiPrice;
    case Choice::Hardware:
        return m_hardware;
    case Choice::Model:
        return m_model;
    case Choice::Quantization:
        return m_quantization;
    case Choice::Engine:
        return m_engine;
    case Choice::Acquisition:
        return m_acquisition;
    case Choice::Attribution:
        break;
    }
    return m_attribution;
}

} // namespace pertoken::ui
