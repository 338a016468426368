#include "bench/power/power_sampler.h"

#include "bench/power/nvml_power_source.h"
#include "bench/power/sysfs_power_sources.h"
#include "common/monotonic_clock.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr PowerRequest kRequests[] = {PowerRequest::Auto,    PowerRequest::None,
                                      PowerRequest::Rapl,    PowerRequest::Hwmon,
                                      PowerRequest::Battery, PowerRequest::Nvml};

void take(std::vector<std::unique_ptr<PowerSource>> found, PowerSources &into)
{
    for (std::unique_ptr<PowerSource> &source : found)
        into.sources.push_back(std::move(source));
}

} // namespace

QString powerRequestId(PowerRequest request)
{
    switch (request) {
    case PowerRequest::Auto:
        return u"auto"_s;
    case PowerRequest::None:
        return u"none"_s;
    case PowerRequest::Rapl:
        return u"rapl"_s;
    case PowerRequest::Hwmon:
        return u"hwmon"_s;
    case PowerRequest::Battery:
        return u"battery"_s;
    case PowerRequest::Nvml:
        break;
    }
    return u"nvml"_s;
}

bool powerRequestFromId(const QString &id, PowerRequest *out)
{
    for (PowerRequest request : kRequests) {
        if (powerRequestId(request) == id) {
            *out = request;
            return true;
        }
    }
    return false;
}

PowerSources findPowerSources(PowerRequest request, const PowerSourceOptions &options)
{
    PowerSources found;
    const bool any = request == PowerRequest::Auto;
    if (any || request == PowerRequest::Rapl)
        take(findRaplSources(options.sysfsRoot, &found.absent), found);
    if (any || request == PowerRequest::Hwmon)
        take(findAmdGpuHwmonSources(options.sysfsRoot, &found.absent), found);
    if (any || request == PowerRequest::Battery)
        take(findBatterySources(options.sysfsRoot, &found.absent), found);
    if (any || request == PowerRequest::Nvml)
        take(findNvmlSources(options.nvmlLibrary, &found.absent), found);
    return found;
}

QList<PowerSourceStatus> probePowerSources(const PowerSourceOptions &options, QStringList *absent)
{
    PowerSources found = findPowerSources(PowerRequest::Auto, options);
    *absent = found.absent;
    QList<PowerSourceStatus> list;
    for (const std::unique_ptr<PowerSource> &source : found.sources) {
        const PowerReading reading = source->read();
        list.append(PowerSourceStatus{.id = source->id(),
                                      .name = source->name(),
                                      .kind = source->kind(),
                                      .scope = source->scope(),
                                      .location = source->location(),
                                      .energyCounter = source->hasEnergyCounter(),
                                      .readable = reading.ok,
                                      .reason = reading.error});
    }
    return list;
}

// One source's running total. Only the sampling thread touches it between start() and stop().
struct PowerSampler::Track {
    PowerSource *source = nullptr;
    int readings = 0;
    int failures = 0;
    QString firstError;
    QString laterError;
    qint64 lastNs = 0;
    double lastValue = 0; ///< counter µJ, or power µW
    double joules = 0;
    qint64 firstNs = 0;
    bool brokenCounter = false;

    void add(qint64 nowNs, const PowerReading &reading)
    {
        if (!reading.ok) {
            ++failures;
            (readings == 0 ? firstError : laterError) = reading.error;
            return;
        }
        const double value =
            source->hasEnergyCounter() ? reading.energyMicrojoules : reading.powerMicrowatts;
        if (readings > 0) {
            if (source->hasEnergyCounter()) {
                const std::optional<double> delta =
                    counterDeltaMicrojoules(lastValue, value, source->counterRangeMicrojoules());
                if (delta)
                    joules += *delta / 1e6;
                else
                    brokenCounter = true;
            } else {
                joules += (lastValue + value) / 2 / 1e6 * double(nowNs - lastNs) / 1e9;
            }
        } else {
            firstNs = nowNs;
        }
        lastValue = value;
        lastNs = nowNs;
        ++readings;
    }
};

PowerSampler::PowerSampler(PowerRequest request, PowerSourceOptions options, int intervalMs)
    : m_request(request)
    , m_options(std::move(options))
    , m_intervalMs(std::max(1, intervalMs))
{}

PowerSampler::~PowerSampler()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
}

void PowerSampler::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_request != PowerRequest::None)
        m_found = findPowerSources(m_request, m_options);
    for (const std::unique_ptr<PowerSource> &source : m_found.sources)
        m_tracks.push_back(Track{.source = source.get()});
    m_startNs = monotonicNs();
    sampleAll();
    if (!m_tracks.empty())
        m_thread = std::thread([this] { loop(); });
}

void PowerSampler::sampleAll()
{
    for (Track &track : m_tracks) {
        const PowerReading reading = track.source->read();
        track.add(monotonicNs(), reading);
    }
}

void PowerSampler::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                            [this] { return m_stopping; }))
            break;
        lock.unlock();
        sampleAll();
        lock.lock();
    }
}

PowerMeasurement PowerSampler::stop()
{
    PowerMeasurement m;
    m.request = powerRequestId(m_request);
    if (!m_started)
        start();
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    sampleAll();
    m.durationSeconds = double(monotonicNs() - m_startNs) / 1e9;
    for (const Track &track : m_tracks) {
        PowerSourceMeasurement s;
        s.id = track.source->id();
        s.name = track.source->name();
        s.kind = track.source->kind();
        s.scope = track.source->scope();
        s.fromEnergyCounter = track.source->hasEnergyCounter();
        s.readings = track.readings;
        if (track.readings == 0 || !track.firstError.isEmpty()) {
            // The first reading decides: a source that could not be read at the start did not
            // see the whole run.
            s.reason =
                track.firstError.isEmpty() ? u"%1: no reading"_s.arg(s.id) : track.firstError;
        } else if (track.readings < 2) {
            s.reason = track.laterError.isEmpty()
                           ? u"%1: only one reading"_s.arg(s.id)
                           : u"%1: only one reading; later: %2"_s.arg(s.id, track.laterError);
        } else if (track.brokenCounter) {
            s.reason = u"%1: the energy counter went backwards with no known wrap-around range "
                       "(a driver reload?)"_s.arg(s.id);
        } else {
            s.measured = true;
            s.energyJoules = track.joules;
            const double seconds = double(track.lastNs - track.firstNs) / 1e9;
            s.averageWatts = seconds > 0 ? track.joules / seconds : 0;
            if (track.failures > 0)
                s.reason = u"%1 of %2 readings failed, the rest cover the gaps; last: %3"_s
                               .arg(track.failures)
                               .arg(track.failures + track.readings)
                               .arg(track.laterError);
        }
        m.sources.append(s);
    }
    totalPowerMeasurement(m, m_found.absent);
    return m;
}

} // namespace pertoken
