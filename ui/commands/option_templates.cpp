#include "commands/option_templates.h"

#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"
#include "scenario/parameters.h"

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// The smallest model in the catalog: the one most likely to fit wherever it is put.
const ModelArchitecture *smallestModel()
{
    const QList<ModelArchitecture> &models = builtinModels();
    const auto it =
        std::min_element(models.cbegin(), models.cend(), [](const auto &a, const auto &b) {
            return a.totalParams < b.totalParams;
        });
    return it == models.cend() ? nullptr : &*it;
}

// 16-bit weights for servers; a 4-to-5-bit format for devices, where memory is what limits.
const Quantization *defaultQuantization(bool onDevice)
{
    const QList<Quantization> &formats = builtinQuantizations();
    for (const Quantization &format : formats) {
        const bool wanted = onDevice ? format.bitsPerWeight >= 4 && format.bitsPerWeight <= 5.5
                                     : format.bitsPerWeight == 16;
        if (wanted)
            return &format;
    }
    return formats.isEmpty() ? nullptr : &formats.first();
}

// Catalog figures are copied only where they are known and within the parameter's valid range;
// otherwise the option keeps its current value.
void copyIfKnown(DeploymentOption &option, const QString &key, double value)
{
    if (value > 0)
        setParameterValue(option, key, value);
}

QString hardwareOptionName(const ModelArchitecture &model, const Accelerator &accelerator)
{
    //: A deployment option's default name: model on hardware, e.g. "Llama 3.1 8B on H100 SXM".
    return OptionTemplates::tr("%1 on %2").arg(model.name, accelerator.name);
}

} // namespace

std::optional<DeploymentOption> OptionTemplates::newOption(OptionKind kind)
{
    switch (kind) {
    case OptionKind::CloudApi:
        for (const ApiPrice &price : builtinApiPrices()) {
            if (price.isPriced())
                return cloudApi(price);
        }
        break;
    case OptionKind::SelfHosted: {
        const QList<Accelerator> &all = builtinAccelerators();
        // A rentable data-centre GPU first: the cheapest way to start.
        auto it = std::find_if(all.cbegin(), all.cend(), [](const Accelerator &a) {
            return a.deviceClass == DeviceClass::DatacenterGpu && a.rentalUsdPerHour > 0;
        });
        if (it == all.cend())
            it = std::find_if(all.cbegin(), all.cend(),
                              [](const Accelerator &a) { return !isOnDeviceHardware(a); });
        if (it != all.cend() && smallestModel())
            return selfHosted(*it);
        break;
    }
    case OptionKind::OnDevice: {
        const QList<Accelerator> &all = builtinAccelerators();
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [](const Accelerator &a) { return isOnDeviceHardware(a); });
        if (it != all.cend() && smallestModel())
            return onDevice(*it);
        break;
    }
    }
    return std::nullopt;
}

DeploymentOption OptionTemplates::cloudApi(const ApiPrice &price)
{
    DeploymentOption option;
    option.id = optionKindId(OptionKind::CloudApi);
    //: A cloud API option's default name: provider and model, e.g. "OpenAI GPT-4o".
    option.name = tr("%1 %2").arg(price.provider, price.model).trimmed();
    option.spec = CloudApiOption{price};
    return option;
}

DeploymentOption OptionTemplates::selfHosted(const Accelerator &accelerator)
{
    DeploymentOption option;
    option.id = optionKindId(OptionKind::SelfHosted);
    SelfHostedOption spec;
    if (const ModelArchitecture *model = smallestModel())
        spec.model = *model;
    if (const Quantization *format = defaultQuantization(false))
        spec.quantization = *format;
    spec.acquisition = accelerator.rentalUsdPerHour > 0 ? Acquisition::Rent : Acquisition::Buy;
    option.spec = spec;
    apply(option, accelerator);
    option.name = hardwareOptionName(spec.model, accelerator);
    return option;
}

DeploymentOption OptionTemplates::onDevice(const Accelerator &device)
{
    DeploymentOption option;
    option.id = optionKindId(OptionKind::OnDevice);
    OnDeviceOption spec;
    if (const ModelArchitecture *model = smallestModel())
        spec.model = *model;
    if (const Quantization *format = defaultQuantization(true))
        spec.quantization = *format;
    option.spec = spec;
    apply(option, device);
    option.name = hardwareOptionName(spec.model, device);
    return option;
}

bool OptionTemplates::isOnDeviceHardware(const Accelerator &accelerator)
{
    return accelerator.deviceClass == DeviceClass::Laptop ||
           accelerator.deviceClass == DeviceClass::Desktop;
}

bool OptionTemplates::accepts(const DeploymentOption &option, const ApiPrice &)
{
    return option.kind() == OptionKind::CloudApi;
}

bool OptionTemplates::accepts(const DeploymentOption &option, const Accelerator &accelerator)
{
    switch (option.kind()) {
    case OptionKind::SelfHosted:
        return !isOnDeviceHardware(accelerator);
    case OptionKind::OnDevice:
        return isOnDeviceHardware(accelerator);
    case OptionKind::CloudApi:
        break;
    }
    return false;
}

bool OptionTemplates::apply(DeploymentOption &option, const ApiPrice &price)
{
    auto *cloud = std::get_if<CloudApiOption>(&option.spec);
    if (!cloud)
        return false;
    cloud->price = price;
    return true;
}

bool OptionTemplates::apply(DeploymentOption &option, const Accelerator &accelerator)
{
    if (!accepts(option, accelerator))
        return false;
    if (auto *hosted = std::get_if<SelfHostedOption>(&option.spec)) {
        hosted->accelerator = accelerator;
        copyIfKnown(option, u"rentalUsdPerGpuHour"_s, accelerator.rentalUsdPerHour);
        copyIfKnown(option, u"purchaseUsdPerGpu"_s, accelerator.purchaseUsd);
        copyIfKnown(option, u"powerWattsPerGpu"_s, accelerator.powerWatts);
    } else if (auto *device = std::get_if<OnDeviceOption>(&option.spec)) {
        device->device = accelerator;
        copyIfKnown(option, u"devicePriceUsd"_s, accelerator.purchaseUsd);
        copyIfKnown(option, u"powerWatts"_s, accelerator.powerWatts);
    }
    return true;
}

} // namespace pertoken::ui
