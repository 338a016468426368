#pragma once

#include "cost/deployment_option.h"
#include "cost/solved_task.h"
#include "cost/workload.h"
#include "scaling/planner.h"

#include <QList>
#include <QString>

namespace pertoken {

/// A range on one input, for P10/P50/P90 bands. Values are drawn uniformly between low and high
/// (log-uniformly where the parameter is logarithmic) by a Monte Carlo run seeded from the
/// scenario.
struct InputRange {
    QString optionId;  ///< empty for a workload parameter
    QString parameter; ///< parameter key, see parameters.h
    double low = 0;
    double high = 0;

    bool operator==(const InputRange &) const = default;
};

/// Every input of an evaluation. A value type: copy it, compare it, undo by restoring a copy.
struct Scenario {
    QString name;
    QString description;
    /// The memo's question and title; empty: both follow the workload.
    QString question;
    Workload workload;
    QList<DeploymentOption> options;
    QList<InputRange> ranges;
    quint32 seed = 20261124; ///< Monte Carlo seed, so bands are reproducible
    int monteCarloSamples = 400;
    /// Whether the Monte Carlo bands also draw the throughput model's own error: each estimated
    /// option's throughput is multiplied by a log-normal factor whose 90% interval is its class's
    /// published error band (inference/efficiency.h). Files that predate it read as false.
    bool uncertaintyIncludesModelError = true;
    /// The model-size planner's inputs. With `plannerPricesFromScenario`, its dollar figures use
    /// the FLOP price of the scenario's first enabled self-hosted option.
    PlannerInputs planner = defaultPlannerInputs();
    bool plannerPricesFromScenario = false;
    /// What a task is, for cost per solved task (cost/solved_task.h); undefined by default.
    TaskDefinition task;

    const DeploymentOption *option(const QString &id) const;
    DeploymentOption *option(const QString &id);

    bool operator==(const Scenario &) const = default;
};

/// The built-in default scenario: a realistic monthly workload, cloud APIs (including
/// MAI-Image-2-Efficient), an 8B model on a rented H100, a 70B-class model on bought H100s, and a
/// 4-bit 70B-class model on a 64 GB laptop.
Scenario defaultScenario();

} // namespace pertoken
