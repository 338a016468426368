#pragma once

namespace pertoken {

/// What a FLOP costs in dollars, for planning in money rather than compute (Sardana et al. 2024,
/// arXiv:2401.00448, §4; nikhilsardana/beyond-chinchilla cost_calculator.py):
/// cost = N · tokens · (6 for training, 2 for inference) · usdPerFlop / utilisation, where
/// usdPerFlop = ($ per GPU-hour) / (3600 · peak FLOP/s). Prefill and decode run on the same
/// hardware at different utilisations. Both prices 0 means "plan in FLOPs".
struct FlopPrices {
    double trainingUsdPerFlop = 0;  ///< at peak FLOP/s
    double inferenceUsdPerFlop = 0; ///< at peak FLOP/s
    /// Model FLOPs utilisation; defaults from the beyond-chinchilla repository: training 0.50,
    /// prefill 0.50, decode 0.01 (decode is memory-bound).
    double trainingUtilization = 0.5;
    double prefillUtilization = 0.5;
    double decodeUtilization = 0.01;

    bool inUsd() const { return trainingUsdPerFlop > 0 && inferenceUsdPerFlop > 0; }
    /// Dollars per FLOP of the model's own arithmetic (1 when planning in FLOPs).
    double trainingUsdPerModelFlop() const
    {
        return inUsd() ? trainingUsdPerFlop / trainingUtilization : 1.0;
    }
    double prefillUsdPerModelFlop() const
    {
        return inUsd() ? inferenceUsdPerFlop / prefillUtilization : 1.0;
    }
    double decodeUsdPerModelFlop() const
    {
        return inUsd() ? inferenceUsdPerFlop / decodeUtilization : 1.0;
    }

    bool operator==(const FlopPrices &) const = default;
};

} // namespace pertoken
