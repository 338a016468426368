#pragma once

#include "bench/power/power_measurement.h"
#include "bench/power/power_source.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pertoken {

/// Which sources a benchmark reads: every one this machine offers (auto), none, or one kind.
enum class PowerRequest { Auto, None, Rapl, Hwmon, Battery, Nvml };

QString powerRequestId(PowerRequest request); ///< "auto", "none", "rapl", ...
bool powerRequestFromId(const QString &id, PowerRequest *out);

/// Where the sources are looked for: the sysfs root ("/sys"; tests use a fake tree) and the NVML
/// library's name for QLibrary (version 1 is asked for: libnvidia-ml.so.1).
struct PowerSourceOptions {
    QString sysfsRoot = QStringLiteral("/sys");
    QString nvmlLibrary = QStringLiteral("nvidia-ml");
};

/// The sources found for a request, and for each kind found empty, why.
struct PowerSources {
    std::vector<std::unique_ptr<PowerSource>> sources;
    QStringList absent;
};

PowerSources findPowerSources(PowerRequest request, const PowerSourceOptions &options = {});

/// A source as `pertoken bench power` lists it: whether it could be read now, and if not why.
struct PowerSourceStatus {
    QString id;
    QString name;
    PowerSourceKind kind = PowerSourceKind::Rapl;
    PowerScope scope = PowerScope::CpuPackage;
    QString location;
    bool energyCounter = false;
    bool readable = false;
    QString reason;
};

QList<PowerSourceStatus> probePowerSources(const PowerSourceOptions &options, QStringList *absent);

/// Reads power sources while a benchmark runs, on a thread of its own: every source once at
/// start(), every `intervalMs` after, and once at stop(). Energy counters add up their wrap-aware
/// deltas (reading them between start and end as well catches more than one wrap in a long
/// run); power-only sources are integrated over their samples (trapezoids). A source whose
/// first reading fails is reported not measured with the reason; one that fails later keeps
/// what its good readings give, with a note.
class PowerSampler {
public:
    explicit PowerSampler(PowerRequest request, PowerSourceOptions options = {},
                          int intervalMs = 250);
    ~PowerSampler();
    PowerSampler(const PowerSampler &) = delete;
    PowerSampler &operator=(const PowerSampler &) = delete;

    void start();
    /// Stops sampling and returns what was measured (totalled; see PowerMeasurement).
    PowerMeasurement stop();

private:
    struct Track;
    void sampleAll();
    void loop();

    PowerRequest m_request;
    PowerSourceOptions m_options;
    int m_intervalMs;
    PowerSources m_found;
    std::vector<Track> m_tracks;
    qint64 m_startNs = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_started = false;
};

} // namespace pertoken
