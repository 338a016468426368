#pragma once

#include "hardware/accelerator.h"
#include "pricing/api_price.h"
#include "scenario/scenario.h"

#include <QCoreApplication>

#include <optional>

namespace pertoken::ui {

/// New deployment options built from the built-in catalogs, and catalog entries applied to an
/// existing option. Prices and power figures travel with the catalog entry, so choosing an H200
/// instead of an H100 also brings the H200's rental price, purchase price and board power.
class OptionTemplates final {
    Q_DECLARE_TR_FUNCTIONS(OptionTemplates)

public:
    /// A new option of `kind` from catalog defaults; nullopt when the catalog has no entry for it.
    static std::optional<DeploymentOption> newOption(OptionKind kind);

    static DeploymentOption cloudApi(const ApiPrice &price);
    static DeploymentOption selfHosted(const Accelerator &accelerator);
    static DeploymentOption onDevice(const Accelerator &device);

    /// Laptops and desktops are on-device hardware; GPUs are self-hosted.
    static bool isOnDeviceHardware(const Accelerator &accelerator);

    /// Whether `option` can take the entry in place (a price on a cloud option, a GPU on a
    /// self-hosted option, a device on an on-device option).
    static bool accepts(const DeploymentOption &option, const ApiPrice &price);
    static bool accepts(const DeploymentOption &option, const Accelerator &accelerator);

    /// Applies the entry in place; returns false (and changes nothing) where accepts() is false.
    static bool apply(DeploymentOption &option, const ApiPrice &price);
    static bool apply(DeploymentOption &option, const Accelerator &accelerator);
};

} // namespace pertoken::ui
