#pragma once

#include "cost/deployment_option.h"
#include "hardware/accelerator.h"
#include "pricing/api_price.h"

#include <optional>

namespace pertoken {

/// Deployment options built from catalog records, with the defaults each kind starts from, and
/// catalog records applied to an existing option. The dashboard's "add option", its catalog
/// pickers and "Use in scenario" after a benchmark all go through these functions, so an option
/// is built and named the same way wherever it comes from.
///
/// Defaults: the smallest catalog model (the one most likely to fit); 16-bit weights on servers
/// and a 4-to-5.5-bit format on devices, where memory is what limits; a catalog GPU with a
/// rental price is rented, one without is bought. Prices and power travel with a hardware
/// entry: choosing an H200 instead of an H100 also brings the H200's rental price, purchase
/// price and board power, where the catalog knows them.
///
/// Names: an option's name follows its hardware, model and quantization (defaultOptionName)
/// until the user gives it another; every apply function below keeps a following name in step.

/// Laptops and desktops are on-device hardware; data-centre, workstation and consumer GPUs are
/// self-hosted. A measured machine ("This machine") suits both.
bool isOnDeviceHardware(const Accelerator &accelerator);
bool suitsOptionKind(const Accelerator &accelerator, OptionKind kind);

/// "GPT-4o" for a cloud API; "Llama 3.1 8B FP8 on rented H100 SXM" for a self-hosted option (the
/// model, the quantization's short name, how the GPUs are had, the hardware's short name);
/// "Llama 3.3 70B Q4_K_M on M4 Max 64 GB laptop" on a device.
QString defaultOptionName(const DeploymentOption &option);

/// Whether the option's name still follows its specification (the user has not renamed it).
bool nameFollowsSpec(const DeploymentOption &option);

/// Gives `after` its default name where `before`'s name followed its specification: the one rule
/// every edit of an option's hardware, model, quantization or acquisition goes through.
void keepNameInStep(const DeploymentOption &before, DeploymentOption &after);

/// A new option of `kind` from the built-in catalogs; nothing when a catalog has no entry for it.
std::optional<DeploymentOption> newOption(OptionKind kind);

DeploymentOption cloudApiOption(const ApiPrice &price);
/// A self-hosted option on `accelerator`, or an on-device one where it is device hardware.
DeploymentOption hardwareOption(const Accelerator &accelerator);

/// Whether `option` can take the record in place (a price on a cloud option, a GPU on a
/// self-hosted option, a device on an on-device option, a measured machine on either).
bool accepts(const DeploymentOption &option, const ApiPrice &price);
bool accepts(const DeploymentOption &option, const Accelerator &accelerator);

/// Apply a record in place; false (and nothing changed) where accepts() is false or the option
/// has no model (a cloud API). Moving a self-hosted option onto a machine without a rental price
/// (a measured machine, a GPU the catalog only sells) makes it bought: the rental rate no longer
/// applies.
bool applyPrice(DeploymentOption &option, const ApiPrice &price);
bool applyHardware(DeploymentOption &option, const Accelerator &accelerator);
bool applyModel(DeploymentOption &option, const ModelArchitecture &model);
bool applyQuantization(DeploymentOption &option, const Quantization &quantization);

} // namespace pertoken
