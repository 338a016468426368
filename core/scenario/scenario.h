#pragma once

#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"
#include "pricing/api_price.h"
#include "scaling/planner.h"

#include <QList>
#include <QString>

#include <variant>

namespace pertoken {

/// The monthly workload every option is priced against. Volumes are per month (730 hours).
struct Workload {
    double requestsPerMonth = 0;
    double inputTokensPerRequest = 0;  ///< prompt tokens, cached ones included
    double outputTokensPerRequest = 0; ///< generated tokens, reasoning tokens included
    double cachedInputFraction = 0;    ///< share of input tokens served from a prompt cache
    double batchApiFraction = 0;       ///< share of requests sent through a batch API
    double peakConcurrentRequests = 0; ///< requests in flight at the busiest moment
    double ttftTargetMs = 0;           ///< time-to-first-token target; 0 = none
    double tpotTargetMs = 0;           ///< time-per-output-token target; 0 = none

    double tokensPerRequest() const { return inputTokensPerRequest + outputTokensPerRequest; }
    double tokensPerMonth() const { return requestsPerMonth * tokensPerRequest(); }

    bool operator==(const Workload &) const = default;
};

/// A model served through a cloud API at list price.
struct CloudApiOption {
    ApiPrice price;

    bool operator==(const CloudApiOption &) const = default;
};

enum class Acquisition { Rent, Buy };

/// A model on GPUs the team runs: rented by the hour, or bought and paid off over their life.
/// Replicas are whole servers of `gpusPerReplica` GPUs, split by tensor parallelism. Fields of
/// the mode not in use (purchase price while renting) keep valid values, so switching the mode
/// starts from sensible figures.
struct SelfHostedOption {
    Accelerator accelerator;
    ModelArchitecture model;
    Quantization quantization;
    int gpusPerReplica = 1; ///< 0 = smallest power of two whose memory fits
    double kvCacheBits = 16;
    int maxBatch = 64;                  ///< concurrent sequences per replica the server allows
    double mfu = 0.5;                   ///< model FLOPs utilisation, prefill
    double mbu = 0.7;                   ///< model bandwidth utilisation, decode
    double targetUtilization = 0.6;     ///< share of the month replicas may be busy
    double memoryReserveFraction = 0.1; ///< activations, runtime buffers, fragmentation
    Acquisition acquisition = Acquisition::Rent;
    double rentalUsdPerGpuHour = 2.0;
    double purchaseUsdPerGpu = 30000; ///< GPU plus its share of server and network
    double lifetimeYears = 4;
    double costOfCapital = 0.08;       ///< annual rate for the capital recovery factor
    double powerWattsPerGpu = 700;     ///< GPU plus its share of the server, at full load
    double averagePowerFraction = 0.7; ///< average draw as a share of full load
    double pue = 1.3;                  ///< facility power usage effectiveness
    double electricityUsdPerKWh = 0.12;
    double hostingUsdPerGpuMonth = 0; ///< rack space and network, per GPU
    double operationsUsdPerMonth = 0; ///< staff and software for the whole deployment

    bool operator==(const SelfHostedOption &) const = default;
};

enum class Attribution { Amortized, Marginal };

/// A model on devices people already have (a 64 GB laptop running a quantized 70B model).
/// Amortized: a share of the device's price is charged to inference; marginal: electricity only.
struct OnDeviceOption {
    Accelerator device;
    ModelArchitecture model;
    Quantization quantization;
    double kvCacheBits = 16;
    double mfu = 0.5;
    double mbu = 0.6;
    double memoryReserveFraction = 0.1;
    Attribution attribution = Attribution::Amortized;
    double attributionShare = 0.25; ///< share of the device's cost charged to inference
    double devicePriceUsd = 3000;
    double lifetimeYears = 3;
    double hoursInUsePerDay = 8; ///< hours a device can serve inference each day
    double powerWatts = 60;      ///< draw while generating
    double electricityUsdPerKWh = 0.15;

    bool operator==(const OnDeviceOption &) const = default;
};

enum class OptionKind { CloudApi, SelfHosted, OnDevice };

QString optionKindId(OptionKind kind); // "cloud-api", "self-hosted", "on-device"

/// One way to serve the workload. `id` is unique within a scenario and stable across edits.
struct DeploymentOption {
    QString id;
    QString name;
    bool enabled = true;
    std::variant<CloudApiOption, SelfHostedOption, OnDeviceOption> spec;
    /// Measured decode throughput (output tokens/s per replica or device) that replaces the
    /// roofline estimate; 0 = use the roofline. `measuredSource` says what was measured when.
    double measuredOutputTokensPerSecond = 0;
    QString measuredSource;

    OptionKind kind() const { return static_cast<OptionKind>(spec.index()); }

    bool operator==(const DeploymentOption &) const = default;
};

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
    Workload workload;
    QList<DeploymentOption> options;
    QList<InputRange> ranges;
    quint32 seed = 20261124; ///< Monte Carlo seed, so bands are reproducible
    int monteCarloSamples = 400;
    /// The model-size planner's inputs. With `plannerPricesFromScenario`, its dollar figures use
    /// the FLOP price of the scenario's first enabled self-hosted option.
    PlannerInputs planner = defaultPlannerInputs();
    bool plannerPricesFromScenario = false;

    const DeploymentOption *option(const QString &id) const;
    DeploymentOption *option(const QString &id);

    bool operator==(const Scenario &) const = default;
};

/// The built-in default scenario: a realistic monthly workload, cloud APIs (including
/// MAI-Image-2-Efficient), an 8B model on a rented H100, a 70B-class model on bought H100s, and a
/// 4-bit 70B-class model on a 64 GB laptop.
Scenario defaultScenario();

} // namespace pertoken
