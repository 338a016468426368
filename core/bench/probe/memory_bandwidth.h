#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace pertoken {

/// One STREAM kernel's timings. Bytes are counted as STREAM counts them (McCalpin, stream.c
/// v5.10: Copy c = a moves 2 × 8 bytes per element, Triad a = b + q·c moves 3 × 8; the
/// write-allocate read is not counted), GB/s = 1e9 bytes/s, and the rate is the best of the
/// repetitions with the first discarded.
struct StreamKernelResult {
    QString kernel; ///< "copy" or "triad"
    double bytesPerRepetition = 0;
    double bestGBps = 0;
    double minSeconds = 0;
    double avgSeconds = 0;
    double maxSeconds = 0;
    QList<double> seconds; ///< every repetition, the discarded first one included
};

struct MemoryBandwidthOptions {
    qint64 arrayElements = 0; ///< per array; 0 = STREAM's rule from the last-level cache
    int repetitions = 10;     ///< STREAM's NTIMES; at least 2
    int threads = 0;          ///< 0 = every logical CPU
};

struct MemoryBandwidthResult {
    qint64 arrayElements = 0;
    int threads = 0;
    int repetitions = 0; ///< completed
    StreamKernelResult copy;
    StreamKernelResult triad;
    bool validated = false; ///< every element checked against the replayed scalar result
    bool cancelled = false;
    QString error;

    bool measured() const { return repetitions >= 2 && validated; }
};

/// STREAM's array rule: each array at least four times all last-level cache on the machine, and
/// never less than STREAM's default 10 M elements.
qint64 streamArrayElements(double totalLastLevelCacheBytes);

/// A STREAM-like copy and triad, multi-threaded (each thread touches its own slice first, so
/// pages land on its NUMA node), run `repetitions` times. `progress` (0..1) is called on the
/// calling thread; `cancel` is checked before every repetition, and what was measured is kept.
MemoryBandwidthResult measureMemoryBandwidth(const MemoryBandwidthOptions &options,
                                             const std::function<void(double)> &progress = {},
                                             const std::atomic<bool> *cancel = nullptr);

QJsonObject memoryBandwidthToJson(const MemoryBandwidthResult &result);
MemoryBandwidthResult memoryBandwidthFromJson(const QJsonObject &object);

} // namespace pertoken
