#pragma once

#include <QtGlobal>

#include <chrono>

namespace pertoken {

/// Nanoseconds on the monotonic clock (std::chrono::steady_clock, CLOCK_MONOTONIC on Linux).
/// Every benchmark timestamp uses it, so client and calibration server times compare directly:
/// they come from the same clock, whichever thread or process read them.
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline double nsToMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

} // namespace pertoken
