#include "cost/option_builder.h"

#include "hardware/hardware_catalog.h"
#include "pricing/price_catalog.h"

#include <algorithm>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

const ModelArchitecture *smallestModel()
{
    const QList<ModelArchitecture> &models = builtinModels();
    const auto it =
        std::min_element(models.cbegin(), models.cend(), [](const auto &a, const auto &b) {
            return a.totalParams < b.totalParams;
        });
    return it == models.cend() ? nullptr : &*it;
}

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

// "Q4_K_M (GGUF, 4-bit k-quant, medium)" -> "Q4_K_M".
QString shortQuantizationName(const Quantization &quantization)
{
    const qsizetype bracket = quantization.name.indexOf(u'(');
    const QString name =
        (bracket > 0 ? quantization.name.left(bracket) : quantization.name).trimmed();
    return name.isEmpty() ? quantization.id : name;
}

// Catalog figures replace the option's only where the catalog knows them.
void copyIfKnown(double &field, double catalogValue)
{
    if (catalogValue > 0)
        field = catalogValue;
}

// Runs `edit` on the option and renames it if its name followed the specification before.
template <typename Edit> bool editKeepingName(DeploymentOption &option, Edit edit)
{
    const DeploymentOption before = option;
    if (!edit(option))
        return false;
    keepNameInStep(before, option);
    return true;
}

template <typename Spec> QString hardwareName(const Spec &spec, const Accelerator &hardware)
{
    const QString model = spec.model.name.isEmpty() ? spec.model.id : spec.model.name;
    return u"%1 %2 on %3"_s.arg(model, shortQuantizationName(spec.quantization),
                                hardware.displayName());
}

} // namespace

bool isOnDeviceHardware(const Accelerator &accelerator)
{
    return accelerator.deviceClass == DeviceClass::Laptop ||
           accelerator.deviceClass == DeviceClass::Desktop;
}

bool suitsOptionKind(const Accelerator &accelerator, OptionKind kind)
{
    switch (kind) {
    case OptionKind::SelfHosted:
        return accelerator.measured || !isOnDeviceHardware(accelerator);
    case OptionKind::OnDevice:
        return accelerator.measured || isOnDeviceHardware(accelerator);
    case OptionKind::CloudApi:
        break;
    }
    return false;
}

QString defaultOptionName(const DeploymentOption &option)
{
    if (const auto *cloud = std::get_if<CloudApiOption>(&option.spec))
        return cloud->price.model.isEmpty() ? cloud->price.id : cloud->price.model;
    if (const auto *hosted = std::get_if<SelfHostedOption>(&option.spec)) {
        if (hosted->accelerator.measured)
            return hardwareName(*hosted, hosted->accelerator);
        const QString how = hosted->acquisition == Acquisition::Rent ? u"rented "_s : u"bought "_s;
        Accelerator named = hosted->accelerator;
        named.shortName = how + named.displayName();
        return hardwareName(*hosted, named);
    }
    const auto &device = std::get<OnDeviceOption>(option.spec);
    return hardwareName(device, device.device);
}

bool nameFollowsSpec(const DeploymentOption &option)
{
    return option.name.trimmed().isEmpty() || option.name == defaultOptionName(option);
}

void keepNameInStep(const DeploymentOption &before, DeploymentOption &after)
{
    if (nameFollowsSpec(before))
        after.name = defaultOptionName(after);
}

std::optional<DeploymentOption> newOption(OptionKind kind)
{
    if (kind == OptionKind::CloudApi) {
        for (const ApiPrice &price : builtinApiPrices()) {
            if (price.isPriced())
                return cloudApiOption(price);
        }
        return std::nullopt;
    }
    if (!smallestModel())
        return std::nullopt;
    const QList<Accelerator> &all = builtinAccelerators();
    const auto suits = [kind](const Accelerator &a) { return suitsOptionKind(a, kind); };
    auto it = all.cend();
    if (kind == OptionKind::SelfHosted) {
        // A rentable data-centre GPU first: the cheapest way to start.
        it = std::find_if(all.cbegin(), all.cend(), [](const Accelerator &a) {
            return a.deviceClass == DeviceClass::DatacenterGpu && a.rentalUsdPerHour > 0;
        });
    }
    if (it == all.cend())
        it = std::find_if(all.cbegin(), all.cend(), suits);
    if (it == all.cend())
        return std::nullopt;
    return hardwareOption(*it);
}

DeploymentOption cloudApiOption(const ApiPrice &price)
{
    DeploymentOption option;
    option.id = optionKindId(OptionKind::CloudApi);
    option.spec = CloudApiOption{price};
    option.name = defaultOptionName(option);
    return option;
}

DeploymentOption hardwareOption(const Accelerator &accelerator)
{
    const bool onDevice = isOnDeviceHardware(accelerator);
    DeploymentOption option;
    option.id = optionKindId(onDevice ? OptionKind::OnDevice : OptionKind::SelfHosted);
    const ModelArchitecture *model = smallestModel();
    const Quantization *format = defaultQuantization(onDevice);
    if (onDevice) {
        OnDeviceOption spec;
        spec.device = accelerator;
        if (model)
            spec.model = *model;
        if (format)
            spec.quantization = *format;
        option.spec = spec;
    } else {
        SelfHostedOption spec;
        spec.accelerator = accelerator;
        if (model)
            spec.model = *model;
        if (format)
            spec.quantization = *format;
        option.spec = spec;
    }
    option.name.clear(); // follows the specification from here on
    applyHardware(option, accelerator);
    option.name = defaultOptionName(option);
    return option;
}

bool accepts(const DeploymentOption &option, const ApiPrice &)
{
    return option.kind() == OptionKind::CloudApi;
}

bool accepts(const DeploymentOption &option, const Accelerator &accelerator)
{
    return suitsOptionKind(accelerator, option.kind());
}

bool applyPrice(DeploymentOption &option, const ApiPrice &price)
{
    return editKeepingName(option, [&price](DeploymentOption &edited) {
        auto *cloud = std::get_if<CloudApiOption>(&edited.spec);
        if (!cloud)
            return false;
        cloud->price = price;
        return true;
    });
}

bool applyHardware(DeploymentOption &option, const Accelerator &accelerator)
{
    if (!accepts(option, accelerator))
        return false;
    return editKeepingName(option, [&accelerator](DeploymentOption &edited) {
        if (auto *hosted = std::get_if<SelfHostedOption>(&edited.spec)) {
            hosted->accelerator = accelerator;
            copyIfKnown(hosted->rentalUsdPerGpuHour, accelerator.rentalUsdPerHour);
            copyIfKnown(hosted->purchaseUsdPerGpu, accelerator.purchaseUsd);
            copyIfKnown(hosted->powerWattsPerGpu, accelerator.powerWatts);
            hosted->acquisition =
                accelerator.rentalUsdPerHour > 0 ? hosted->acquisition : Acquisition::Buy;
        } else if (auto *device = std::get_if<OnDeviceOption>(&edited.spec)) {
            device->device = accelerator;
            copyIfKnown(device->devicePriceUsd, accelerator.purchaseUsd);
            copyIfKnown(device->powerWatts, accelerator.powerWatts);
        }
        return true;
    });
}

bool applyModel(DeploymentOption &option, const ModelArchitecture &model)
{
    return editKeepingName(option, [&model](DeploymentOption &edited) {
        if (auto *hosted = std::get_if<SelfHostedOption>(&edited.spec))
            hosted->model = model;
        else if (auto *device = std::get_if<OnDeviceOption>(&edited.spec))
            device->model = model;
        else
            return false;
        return true;
    });
}

bool applyQuantization(DeploymentOption &option, const Quantization &quantization)
{
    return editKeepingName(option, [&quantization](DeploymentOption &edited) {
        if (auto *hosted = std::get_if<SelfHostedOption>(&edited.spec))
            hosted->quantization = quantization;
        else if (auto *device = std::get_if<OnDeviceOption>(&edited.spec))
            device->quantization = quantization;
        else
            return false;
        return true;
    });
}

} // namespace pertoken
