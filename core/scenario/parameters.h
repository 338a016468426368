#pragma once

#include "scaling/planner_ranges.h"
#include "scenario/scenario.h"

#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

/// Every numeric input a person can change, described once: its key (as in the scenario file),
/// label, unit, valid range and whether it spans decades. The dashboard builds its sliders from
/// this table, the scenario reader validates against it, and sensitivity and Monte Carlo ranges
/// address inputs through it, so a range is never written in two places.
struct ParameterSpec {
    QString key;       ///< "rentalUsdPerGpuHour"
    const char *label; ///< English; translated in the UI with context "Parameter"
    QString unit;      ///< "USD/GPU-h", "tokens/month", "" for pure ratios
    double min = 0;
    double max = 0;
    bool logarithmic = false; ///< spans decades: log slider, log-uniform sampling
    int decimals = 2;         ///< shown decimals
    bool integer = false;
    bool inSensitivity = false; ///< part of the ±20% tornado
    /// Whether 0 is accepted besides [min, max], and what it means (the planner's inputs).
    ZeroMeans zero = ZeroMeans::Refused;
};

/// The workload's parameters, in display order.
const QList<ParameterSpec> &workloadParameters();
/// The model-size planner's parameters, keys prefixed "planner." and addressed with an empty
/// option id (like the workload's). Ranges, units and the meaning of 0 are those of
/// plannerInputSpecs() (scaling/planner_ranges.h); setParameterValue() accepts what it accepts.
const QList<ParameterSpec> &plannerParameters();
/// The parameters that apply to one option (they depend on its kind, acquisition, attribution).
QList<ParameterSpec> optionParameters(const DeploymentOption &option);

/// Every numeric parameter an option of this kind stores, whatever its mode (the scenario file
/// writes and reads all of them). Cloud API prices live in the option's price record.
QList<ParameterSpec> parametersOfKind(OptionKind kind);

/// Spec by key; `optionId` empty means a workload parameter.
std::optional<ParameterSpec> findParameter(const Scenario &scenario, const QString &optionId,
                                           const QString &key);

/// Reads a parameter; nullopt when the option or key does not exist.
std::optional<double> parameterValue(const Scenario &scenario, const QString &optionId,
                                     const QString &key);
double parameterValue(const DeploymentOption &option, const QString &key);
double parameterValue(const Workload &workload, const QString &key);

/// Writes a parameter. Returns false (and changes nothing) when the key is unknown or the value
/// is outside the spec's range or not finite.
bool setParameterValue(Scenario &scenario, const QString &optionId, const QString &key,
                       double value);
bool setParameterValue(DeploymentOption &option, const QString &key, double value);
bool setParameterValue(Workload &workload, const QString &key, double value);

/// Writes a parameter without the range check, as a hand-edited file or a faulty import can
/// leave it; validateScenario() (scenario_validation.h) then names the field, and evaluate()
/// refuses to price the scenario. Whole-number fields hold the nearest int a value converts
/// to. Returns false only for an unknown key or option.
bool setParameterValueUnchecked(Scenario &scenario, const QString &optionId, const QString &key,
                                double value);

} // namespace pertoken
