#pragma once

#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"
#include "inference/engine_profile.h"
#include "pricing/api_price.h"

#include <QString>

#include <variant>

namespace pertoken {

/// A model served through a cloud API at list price.
struct CloudApiOption {
    ApiPrice price;

    bool operator==(const CloudApiOption &) const = default;
};

enum class Acquisition { Rent, Buy };

/// A model on GPUs the team runs: rented by the hour, or bought and paid off over their life.
/// Replicas are whole servers of `gpusPerReplica` GPUs, split as `engine` does. Fields of
/// the mode not in use (purchase price while renting) keep valid values, so switching the mode
/// starts from sensible figures.
struct SelfHostedOption {
    Accelerator accelerator;
    ModelArchitecture model;
    Quantization quantization;
    int gpusPerReplica = 1; ///< 0 = smallest power of two whose memory fits
    /// How the replica's GPUs share the model (inference/engine_profile.h); scenario files that
    /// leave it out get continuous batching, as before it existed.
    EngineProfile engine = EngineProfile::ContinuousBatching;
    /// A mixture-of-experts model's experts spread over the replica's GPUs, attention copied on
    /// each (inference/roofline.h); only with ContinuousBatching, ignored for dense models.
    bool expertParallel = false;
    double kvCacheBits = kDefaultKvCacheBits; ///< inference/engine_profile.h
    int maxBatch = 64; ///< concurrent sequences per replica the server allows
    /// Model FLOPs utilisation (prefill) and bandwidth utilisation (decode); 0 = the fitted
    /// figure of the option's class (inference/efficiency.h), which scenario files that leave
    /// them out get.
    double mfu = 0;
    double mbu = 0;
    /// Fixed time per decode step and per prefill; negative = the class's fitted figure.
    double stepOverheadMs = -1;
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
    double kvCacheBits = kDefaultKvCacheBits; ///< inference/engine_profile.h
    double mfu = 0;                           ///< 0 = fitted, as for SelfHostedOption
    double mbu = 0;
    double stepOverheadMs = -1;
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
    /// A measured serving rate that replaces the roofline estimate (cost/serving_point.h applies
    /// it): system output tokens/s of one replica or device; 0 = use the roofline.
    /// `measuredSource` says what was measured when.
    double measuredOutputTokensPerSecond = 0;
    QString measuredSource;
    /// Sequences in flight while it was measured (the operating batch); 0 = not known.
    double measuredConcurrency = 0;
    /// Measured median time to first token and time per output token at that concurrency;
    /// 0 = not measured.
    double measuredTtftMs = 0;
    double measuredTpotMs = 0;
    /// Measured prompt processing rate (tokens/s, llama-bench's pp test) from which time to
    /// first token follows for the workload's prompt; 0 = not measured.
    double measuredPrefillTokensPerSecond = 0;
    /// Where the power field's figure came from when a benchmark measured it (what, which
    /// sources, when); empty when the power is an estimate or typed in.
    QString measuredPowerSource;
    /// What the option's MBU, MFU and overhead were fitted to (bench/results/calibrate_option.h):
    /// the measurement, its levels and its date; empty when they are typed in or fitted to the
    /// published cases. With it, every figure of the option is "calibrated".
    QString calibrationSource;

    OptionKind kind() const { return static_cast<OptionKind>(spec.index()); }

    bool operator==(const DeploymentOption &) const = default;
};

} // namespace pertoken
