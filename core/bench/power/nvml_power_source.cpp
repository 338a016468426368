#include "bench/power/nvml_power_source.h"

#include <QLibrary>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// The few NVML entry points used, declared from NVML's documented signatures
// (NVML API Reference Guide, https://docs.nvidia.com/deploy/nvml-api/ : "Initialization and
// Cleanup", "Device Queries"): nvmlReturn_t is an enum with NVML_SUCCESS = 0, nvmlDevice_t an
// opaque pointer.
using NvmlReturn = int;
using NvmlDevice = struct NvmlDeviceOpaque *;
constexpr NvmlReturn kNvmlSuccess = 0;
using NvmlInitFn = NvmlReturn (*)();                         // nvmlInit_v2
using NvmlShutdownFn = NvmlReturn (*)();                     // nvmlShutdown
using NvmlDeviceGetCountFn = NvmlReturn (*)(unsigned int *); // nvmlDeviceGetCount_v2
using NvmlDeviceGetHandleByIndexFn = NvmlReturn (*)(unsigned int, NvmlDevice *); // .._v2
using NvmlDeviceGetNameFn = NvmlReturn (*)(NvmlDevice, char *, unsigned int);
using NvmlDeviceGetTotalEnergyConsumptionFn = NvmlReturn (*)(NvmlDevice, unsigned long long *);
using NvmlDeviceGetPowerUsageFn = NvmlReturn (*)(NvmlDevice, unsigned int *);
using NvmlErrorStringFn = const char *(*)(NvmlReturn);

// The loaded library, initialised once and shut down when the last source using it goes.
class Nvml {
public:
    explicit Nvml(const QString &name)
        : m_library(name, 1)
    {}
    ~Nvml()
    {
        if (m_initialised && m_shutdown)
            m_shutdown();
    }
    Nvml(const Nvml &) = delete;
    Nvml &operator=(const Nvml &) = delete;

    QString load()
    {
        if (!m_library.load())
            return u"NVML: the library %1 (version 1: libnvidia-ml.so.1 on Linux) is not "
                   "available: %2"_s.arg(m_library.fileName(), m_library.errorString());
        const auto resolve = [this](const char *symbol) { return m_library.resolve(symbol); };
        const auto init = reinterpret_cast<NvmlInitFn>(resolve("nvmlInit_v2"));
        m_shutdown = reinterpret_cast<NvmlShutdownFn>(resolve("nvmlShutdown"));
        count = reinterpret_cast<NvmlDeviceGetCountFn>(resolve("nvmlDeviceGetCount_v2"));
        handle = reinterpret_cast<NvmlDeviceGetHandleByIndexFn>(
            resolve("nvmlDeviceGetHandleByIndex_v2"));
        deviceName = reinterpret_cast<NvmlDeviceGetNameFn>(resolve("nvmlDeviceGetName"));
        energy = reinterpret_cast<NvmlDeviceGetTotalEnergyConsumptionFn>(
            resolve("nvmlDeviceGetTotalEnergyConsumption"));
        power = reinterpret_cast<NvmlDeviceGetPowerUsageFn>(resolve("nvmlDeviceGetPowerUsage"));
        errorString = reinterpret_cast<NvmlErrorStringFn>(resolve("nvmlErrorString"));
        if (!init || !count || !handle || !power)
            return u"NVML: %1 lacks nvmlInit_v2, nvmlDeviceGetCount_v2, "
                   "nvmlDeviceGetHandleByIndex_v2 or nvmlDeviceGetPowerUsage"_s.arg(
                       m_library.fileName());
        const NvmlReturn status = init();
        if (status != kNvmlSuccess)
            return u"NVML: nvmlInit_v2 failed: %1"_s.arg(message(status));
        m_initialised = true;
        return {};
    }

    QString message(NvmlReturn status) const
    {
        return errorString ? QString::fromUtf8(errorString(status))
                           : u"NVML error %1"_s.arg(status);
    }

    QString fileName() const { return m_library.fileName(); }

    NvmlDeviceGetCountFn count = nullptr;
    NvmlDeviceGetHandleByIndexFn handle = nullptr;
    NvmlDeviceGetNameFn deviceName = nullptr;
    NvmlDeviceGetTotalEnergyConsumptionFn energy = nullptr;
    NvmlDeviceGetPowerUsageFn power = nullptr;
    NvmlErrorStringFn errorString = nullptr;

private:
    QLibrary m_library;
    NvmlShutdownFn m_shutdown = nullptr;
    bool m_initialised = false;
};

class NvmlSource final : public PowerSource {
public:
    NvmlSource(std::shared_ptr<Nvml> nvml, unsigned int index, NvmlDevice device)
        : m_nvml(std::move(nvml))
        , m_index(index)
        , m_device(device)
    {
        char buffer[96] = {};
        if (m_nvml->deviceName &&
            m_nvml->deviceName(m_device, buffer, sizeof buffer) == kNvmlSuccess)
            m_name = QString::fromUtf8(buffer, qstrnlen(buffer, sizeof buffer));
        m_name = u"%1 (GPU %2)"_s.arg(m_name.isEmpty() ? u"NVIDIA GPU"_s : m_name).arg(index);
        unsigned long long millijoules = 0;
        m_hasEnergy = m_nvml->energy && m_nvml->energy(m_device, &millijoules) == kNvmlSuccess;
    }
    QString id() const override { return u"nvml:%1"_s.arg(m_index); }
    QString name() const override { return m_name; }
    PowerSourceKind kind() const override { return PowerSourceKind::Nvml; }
    PowerScope scope() const override { return PowerScope::GpuBoard; }
    QString location() const override { return m_nvml->fileName(); }
    bool hasEnergyCounter() const override { return m_hasEnergy; }
    PowerReading read() override
    {
        PowerReading reading;
        if (m_hasEnergy) {
            unsigned long long millijoules = 0;
            const NvmlReturn status = m_nvml->energy(m_device, &millijoules);
            if (status != kNvmlSuccess) {
                reading.error = u"%1: nvmlDeviceGetTotalEnergyConsumption: %2"_s.arg(
                    id(), m_nvml->message(status));
                return reading;
            }
            reading.energyMicrojoules = double(millijoules) * 1e3;
        } else {
            unsigned int milliwatts = 0;
            const NvmlReturn status = m_nvml->power(m_device, &milliwatts);
            if (status != kNvmlSuccess) {
                reading.error =
                    u"%1: nvmlDeviceGetPowerUsage: %2"_s.arg(id(), m_nvml->message(status));
                return reading;
            }
            reading.powerMicrowatts = double(milliwatts) * 1e3;
        }
        reading.ok = true;
        return reading;
    }

private:
    std::shared_ptr<Nvml> m_nvml;
    unsigned int m_index = 0;
    NvmlDevice m_device = nullptr;
    QString m_name;
    bool m_hasEnergy = false;
};

} // namespace

std::vector<std::unique_ptr<PowerSource>> findNvmlSources(const QString &library,
                                                          QStringList *absent)
{
    std::vector<std::unique_ptr<PowerSource>> sources;
    auto nvml = std::make_shared<Nvml>(library);
    if (const QString problem = nvml->load(); !problem.isEmpty()) {
        absent->append(problem);
        return sources;
    }
    unsigned int count = 0;
    if (const NvmlReturn status = nvml->count(&count); status != kNvmlSuccess) {
        absent->append(u"NVML: nvmlDeviceGetCount_v2 failed: %1"_s.arg(nvml->message(status)));
        return sources;
    }
    for (unsigned int i = 0; i < count; ++i) {
        NvmlDevice device = nullptr;
        if (const NvmlReturn status = nvml->handle(i, &device); status != kNvmlSuccess) {
            absent->append(u"NVML: GPU %1: nvmlDeviceGetHandleByIndex_v2 failed: %2"_s.arg(i).arg(
                nvml->message(status)));
            continue;
        }
        sources.push_back(std::make_unique<NvmlSource>(nvml, i, device));
    }
    if (sources.empty() && count == 0)
        absent->append(u"NVML: %1 loaded but reports no GPU"_s.arg(nvml->fileName()));
    return sources;
}

} // namespace pertoken
