#include "scenario/parameters.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// A parameter bound to one field of a struct. Getters and setters are captureless lambdas so the
// tables below stay plain data.
// Whole-number fields are ints: a value outside an int's range (or NaN) is clamped rather than
// converted, which would be undefined behaviour.
int toInt(double value)
{
    if (std::isnan(value))
        return 0;
    return static_cast<int>(std::lround(std::clamp(value, double(INT_MIN), double(INT_MAX))));
}

template <typename T> struct Binding {
    ParameterSpec spec;
    double (*get)(const T &);
    void (*set)(T &, double);
};

#define PT_FIELD(Type, field)                                                                      \
    [](const Type &o) { return static_cast<double>(o.field); },                                    \
        [](Type &o, double v) { o.field = static_cast<decltype(o.field)>(v); }
#define PT_INT_FIELD(Type, field)                                                                  \
    [](const Type &o) { return static_cast<double>(o.field); },                                    \
        [](Type &o, double v) { o.field = toInt(v); }

ParameterSpec spec(const char *key, const char *label, const char *unit, double min, double max,
                   bool logarithmic, int decimals, bool inSensitivity, bool integer = false)
{
    return ParameterSpec{QString::fromLatin1(key),
                         label,
                         QString::fromUtf8(unit),
                         min,
                         max,
                         logarithmic,
                         decimals,
                         integer,
                         inSensitivity};
}

const QList<Binding<Workload>> &workloadBindings()
{
    static const QList<Binding<Workload>> bindings = {
        {spec("requestsPerMonth", QT_TRANSLATE_NOOP("Parameter", "Requests per month"),
              "requests/month", 1, 1e12, true, 0, true, true),
         PT_FIELD(Workload, requestsPerMonth)},
        {spec("inputTokensPerRequest", QT_TRANSLATE_NOOP("Parameter", "Input tokens per request"),
              "tokens", 1, 2e6, true, 0, true, true),
         PT_FIELD(Workload, inputTokensPerRequest)},
        {spec("outputTokensPerRequest", QT_TRANSLATE_NOOP("Parameter", "Output tokens per request"),
              "tokens", 1, 1e6, true, 0, true, true),
         PT_FIELD(Workload, outputTokensPerRequest)},
        {spec("cachedInputFraction", QT_TRANSLATE_NOOP("Parameter", "Cached input share"), "", 0, 1,
              false, 2, false),
         PT_FIELD(Workload, cachedInputFraction)},
        {spec("batchApiFraction", QT_TRANSLATE_NOOP("Parameter", "Batch API share"), "", 0, 1,
              false, 2, false),
         PT_FIELD(Workload, batchApiFraction)},
        {spec("peakConcurrentRequests", QT_TRANSLATE_NOOP("Parameter", "Peak concurrent requests"),
              "requests", 0, 1e6, false, 0, false, true),
         PT_FIELD(Workload, peakConcurrentRequests)},
        {spec("ttftTargetMs", QT_TRANSLATE_NOOP("Parameter", "Time-to-first-token target"), "ms", 0,
              60000, false, 0, false),
         PT_FIELD(Workload, ttftTargetMs)},
        {spec("tpotTargetMs", QT_TRANSLATE_NOOP("Parameter", "Time-per-output-token target"), "ms",
              0, 1000, false, 1, false),
         PT_FIELD(Workload, tpotTargetMs)},
    };
    return bindings;
}

const QList<Binding<CloudApiOption>> &cloudBindings()
{
    static const QList<Binding<CloudApiOption>> bindings = {
        {spec("inputUsdPerMTok", QT_TRANSLATE_NOOP("Parameter", "Input price"), "USD/M tokens",
              0.001, 1000, true, 3, true),
         PT_FIELD(CloudApiOption, price.inputUsdPerMTok)},
        {spec("outputUsdPerMTok", QT_TRANSLATE_NOOP("Parameter", "Output price"), "USD/M tokens",
              0.001, 1000, true, 3, true),
         PT_FIELD(CloudApiOption, price.outputUsdPerMTok)},
        {spec("cachedInputUsdPerMTok", QT_TRANSLATE_NOOP("Parameter", "Cached input price"),
              "USD/M tokens", 0.0001, 1000, true, 4, false),
         PT_FIELD(CloudApiOption, price.cachedInputUsdPerMTok)},
        {spec("batchDiscount", QT_TRANSLATE_NOOP("Parameter", "Batch API discount"), "", 0, 0.9,
              false, 2, false),
         PT_FIELD(CloudApiOption, price.batchDiscount)},
    };
    return bindings;
}

const QList<Binding<SelfHostedOption>> &selfHostedBindings()
{
    using S = SelfHostedOption;
    static const QList<Binding<S>> bindings = {
        {spec("rentalUsdPerGpuHour", QT_TRANSLATE_NOOP("Parameter", "GPU rental price"),
              "USD/GPU-h", 0.05, 100, true, 2, true),
         PT_FIELD(S, rentalUsdPerGpuHour)},
        {spec("purchaseUsdPerGpu", QT_TRANSLATE_NOOP("Parameter", "Purchase price per GPU"), "USD",
              100, 1e6, true, 0, true),
         PT_FIELD(S, purchaseUsdPerGpu)},
        {spec("lifetimeYears", QT_TRANSLATE_NOOP("Parameter", "Depreciation life"), "years", 1, 10,
              false, 1, true),
         PT_FIELD(S, lifetimeYears)},
        {spec("costOfCapital", QT_TRANSLATE_NOOP("Parameter", "Cost of capital"), "per year", 0,
              0.5, false, 3, true),
         PT_FIELD(S, costOfCapital)},
        {spec("powerWattsPerGpu", QT_TRANSLATE_NOOP("Parameter", "Power per GPU"), "W", 10, 5000,
              true, 0, true),
         PT_FIELD(S, powerWattsPerGpu)},
        {spec("averagePowerFraction", QT_TRANSLATE_NOOP("Parameter", "Average power draw"), "",
              0.05, 1, false, 2, false),
         PT_FIELD(S, averagePowerFraction)},
        {spec("pue", QT_TRANSLATE_NOOP("Parameter", "PUE"), "", 1, 3, false, 2, true),
         PT_FIELD(S, pue)},
        {spec("electricityUsdPerKWh", QT_TRANSLATE_NOOP("Parameter", "Electricity price"),
              "USD/kWh", 0.01, 2, true, 3, true),
         PT_FIELD(S, electricityUsdPerKWh)},
        {spec("hostingUsdPerGpuMonth", QT_TRANSLATE_NOOP("Parameter", "Hosting per GPU"),
              "USD/GPU-month", 0, 10000, false, 0, true),
         PT_FIELD(S, hostingUsdPerGpuMonth)},
        {spec("operationsUsdPerMonth", QT_TRANSLATE_NOOP("Parameter", "Operations"), "USD/month", 0,
              1e7, false, 0, true),
         PT_FIELD(S, operationsUsdPerMonth)},
        {spec("gpusPerReplica", QT_TRANSLATE_NOOP("Parameter", "GPUs per replica (0 = auto)"),
              "GPUs", 0, 64, false, 0, false, true),
         PT_INT_FIELD(S, gpusPerReplica)},
        {spec("maxBatch", QT_TRANSLATE_NOOP("Parameter", "Maximum batch"), "sequences", 1, 4096,
              true, 0, true, true),
         PT_INT_FIELD(S, maxBatch)},
        {spec("targetUtilization", QT_TRANSLATE_NOOP("Parameter", "Target utilization"), "", 0.01,
              1, false, 2, true),
         PT_FIELD(S, targetUtilization)},
        {spec("mfu", QT_TRANSLATE_NOOP("Parameter", "MFU (FLOPs utilization, 0 = fitted)"), "", 0,
              1, false, 2, true),
         PT_FIELD(S, mfu)},
        {spec("mbu", QT_TRANSLATE_NOOP("Parameter", "MBU (bandwidth utilization, 0 = fitted)"), "",
              0, 1, false, 2, true),
         PT_FIELD(S, mbu)},
        {spec("kvCacheBits", QT_TRANSLATE_NOOP("Parameter", "KV cache precision"), "bits", 4, 32,
              false, 0, false, true),
         PT_FIELD(S, kvCacheBits)},
        {spec("memoryReserveFraction", QT_TRANSLATE_NOOP("Parameter", "Memory reserve"), "", 0, 0.9,
              false, 2, false),
         PT_FIELD(S, memoryReserveFraction)},
    };
    return bindings;
}

const QList<Binding<OnDeviceOption>> &onDeviceBindings()
{
    using D = OnDeviceOption;
    static const QList<Binding<D>> bindings = {
        {spec("devicePriceUsd", QT_TRANSLATE_NOOP("Parameter", "Device price"), "USD", 100, 1e5,
              true, 0, true),
         PT_FIELD(D, devicePriceUsd)},
        {spec("lifetimeYears", QT_TRANSLATE_NOOP("Parameter", "Device life"), "years", 1, 10, false,
              1, true),
         PT_FIELD(D, lifetimeYears)},
        {spec("attributionShare", QT_TRANSLATE_NOOP("Parameter", "Share of device cost"), "", 0, 1,
              false, 2, true),
         PT_FIELD(D, attributionShare)},
        {spec("hoursInUsePerDay", QT_TRANSLATE_NOOP("Parameter", "Hours available per day"),
              "h/day", 0.1, 24, false, 1, true),
         PT_FIELD(D, hoursInUsePerDay)},
        {spec("powerWatts", QT_TRANSLATE_NOOP("Parameter", "Power while generating"), "W", 1, 2000,
              true, 0, true),
         PT_FIELD(D, powerWatts)},
        {spec("electricityUsdPerKWh", QT_TRANSLATE_NOOP("Parameter", "Electricity price"),
              "USD/kWh", 0.01, 2, true, 3, true),
         PT_FIELD(D, electricityUsdPerKWh)},
        {spec("mfu", QT_TRANSLATE_NOOP("Parameter", "MFU (FLOPs utilization, 0 = fitted)"), "", 0,
              1, false, 2, true),
         PT_FIELD(D, mfu)},
        {spec("mbu", QT_TRANSLATE_NOOP("Parameter", "MBU (bandwidth utilization, 0 = fitted)"), "",
              0, 1, false, 2, true),
         PT_FIELD(D, mbu)},
        {spec("kvCacheBits", QT_TRANSLATE_NOOP("Parameter", "KV cache precision"), "bits", 4, 32,
              false, 0, false, true),
         PT_FIELD(D, kvCacheBits)},
        {spec("memoryReserveFraction", QT_TRANSLATE_NOOP("Parameter", "Memory reserve"), "", 0, 0.9,
              false, 2, false),
         PT_FIELD(D, memoryReserveFraction)},
    };
    return bindings;
}

// The planner inputs the dashboard shows, with their labels and shown decimals; ranges, units,
// defaults and what 0 means come from the planner's own table (scaling/planner_ranges.h), so the
// spin boxes, the scenario reader and the command line cannot disagree about them.
const QList<Binding<PlannerInputs>> &plannerBindings()
{
    static const QList<Binding<PlannerInputs>> bindings = [] {
        struct Shown {
            const char *key;
            const char *label;
            int decimals;
        };
        const Shown shown[] = {
            {"computeFlops", QT_TRANSLATE_NOOP("Parameter", "Training compute"), 0},
            {"targetLoss", QT_TRANSLATE_NOOP("Parameter", "Target loss"), 3},
            {"inferenceTokens", QT_TRANSLATE_NOOP("Parameter", "Lifetime inference tokens"), 0},
            {"queries", QT_TRANSLATE_NOOP("Parameter", "Lifetime queries"), 0},
            {"promptTokens", QT_TRANSLATE_NOOP("Parameter", "Prompt tokens per query"), 0},
            {"tokensPerSample", QT_TRANSLATE_NOOP("Parameter", "Tokens per sample"), 0},
            {"maxSamples", QT_TRANSLATE_NOOP("Parameter", "Most samples per query"), 0},
            {"budgetFlops", QT_TRANSLATE_NOOP("Parameter", "End-to-end budget"), 0},
        };
        QList<Binding<PlannerInputs>> list;
        for (const Shown &entry : shown) {
            const PlannerInputSpec *input = findPlannerInput(QString::fromLatin1(entry.key));
            Q_ASSERT(input);
            ParameterSpec spec{input->key,     entry.label,    input->unit,
                               input->min,     input->max,     input->logarithmic,
                               entry.decimals, input->integer, false};
            spec.zero = input->zero;
            list.append({spec, input->get, input->set});
        }
        return list;
    }();
    return bindings;
}

const QString kPlannerPrefix = QStringLiteral("planner.");

#undef PT_FIELD
#undef PT_INT_FIELD

// Keys that only apply in one mode of an option are hidden in the other mode.
bool appliesTo(const SelfHostedOption &option, const QString &key)
{
    static const QStringList buyOnly = {u"purchaseUsdPerGpu"_s,    u"lifetimeYears"_s,
                                        u"costOfCapital"_s,        u"powerWattsPerGpu"_s,
                                        u"averagePowerFraction"_s, u"pue"_s,
                                        u"electricityUsdPerKWh"_s, u"hostingUsdPerGpuMonth"_s};
    if (key == u"rentalUsdPerGpuHour")
        return option.acquisition == Acquisition::Rent;
    if (buyOnly.contains(key))
        return option.acquisition == Acquisition::Buy;
    return true;
}

bool appliesTo(const OnDeviceOption &option, const QString &key)
{
    if (key == u"devicePriceUsd" || key == u"lifetimeYears" || key == u"attributionShare")
        return option.attribution == Attribution::Amortized;
    return true;
}

bool appliesTo(const CloudApiOption &option, const QString &key)
{
    if (key == u"cachedInputUsdPerMTok")
        return option.price.cachedInputUsdPerMTok >= 0;
    return true;
}

const QList<Binding<CloudApiOption>> &bindingsFor(const CloudApiOption *)
{
    return cloudBindings();
}
const QList<Binding<SelfHostedOption>> &bindingsFor(const SelfHostedOption *)
{
    return selfHostedBindings();
}
const QList<Binding<OnDeviceOption>> &bindingsFor(const OnDeviceOption *)
{
    return onDeviceBindings();
}

template <typename T>
const Binding<T> *findBinding(const QList<Binding<T>> &bindings, const QString &key)
{
    for (const Binding<T> &binding : bindings) {
        if (binding.spec.key == key)
            return &binding;
    }
    return nullptr;
}

bool acceptable(const ParameterSpec &spec, double value)
{
    return std::isfinite(value) && value >= spec.min && value <= spec.max;
}

} // namespace

const QList<ParameterSpec> &workloadParameters()
{
    static const QList<ParameterSpec> specs = [] {
        QList<ParameterSpec> list;
        for (const Binding<Workload> &binding : workloadBindings())
            list.append(binding.spec);
        return list;
    }();
    return specs;
}

QList<ParameterSpec> optionParameters(const DeploymentOption &option)
{
    return std::visit(
        [](const auto &spec) {
            QList<ParameterSpec> list;
            for (const auto &binding : bindingsFor(&spec)) {
                if (appliesTo(spec, binding.spec.key))
                    list.append(binding.spec);
            }
            return list;
        },
        option.spec);
}

QList<ParameterSpec> parametersOfKind(OptionKind kind)
{
    QList<ParameterSpec> list;
    const auto collect = [&list](const auto &bindings) {
        for (const auto &binding : bindings)
            list.append(binding.spec);
    };
    switch (kind) {
    case OptionKind::CloudApi:
        collect(cloudBindings());
        break;
    case OptionKind::SelfHosted:
        collect(selfHostedBindings());
        break;
    case OptionKind::OnDevice:
        collect(onDeviceBindings());
        break;
    }
    return list;
}

const QList<ParameterSpec> &plannerParameters()
{
    static const QList<ParameterSpec> specs = [] {
        QList<ParameterSpec> list;
        for (const Binding<PlannerInputs> &binding : plannerBindings()) {
            ParameterSpec spec = binding.spec;
            spec.key = kPlannerPrefix + spec.key;
            list.append(spec);
        }
        return list;
    }();
    return specs;
}

std::optional<ParameterSpec> findParameter(const Scenario &scenario, const QString &optionId,
                                           const QString &key)
{
    if (optionId.isEmpty() && key.startsWith(kPlannerPrefix)) {
        if (const auto *binding = findBinding(plannerBindings(), key.mid(kPlannerPrefix.size()))) {
            ParameterSpec spec = binding->spec;
            spec.key = key;
            return spec;
        }
        return std::nullopt;
    }
    if (optionId.isEmpty()) {
        if (const auto *binding = findBinding(workloadBindings(), key))
            return binding->spec;
        return std::nullopt;
    }
    const DeploymentOption *option = scenario.option(optionId);
    if (!option)
        return std::nullopt;
    return std::visit(
        [&key](const auto &spec) -> std::optional<ParameterSpec> {
            if (const auto *binding = findBinding(bindingsFor(&spec), key))
                return binding->spec;
            return std::nullopt;
        },
        option->spec);
}

double parameterValue(const Workload &workload, const QString &key)
{
    const auto *binding = findBinding(workloadBindings(), key);
    return binding ? binding->get(workload) : 0.0;
}

double parameterValue(const DeploymentOption &option, const QString &key)
{
    if (key == u"measuredOutputTokensPerSecond")
        return option.measuredOutputTokensPerSecond;
    return std::visit(
        [&key](const auto &spec) {
            const auto *binding = findBinding(bindingsFor(&spec), key);
            return binding ? binding->get(spec) : 0.0;
        },
        option.spec);
}

std::optional<double> parameterValue(const Scenario &scenario, const QString &optionId,
                                     const QString &key)
{
    if (!findParameter(scenario, optionId, key))
        return std::nullopt;
    if (optionId.isEmpty() && key.startsWith(kPlannerPrefix))
        return findBinding(plannerBindings(), key.mid(kPlannerPrefix.size()))
            ->get(scenario.planner);
    if (optionId.isEmpty())
        return parameterValue(scenario.workload, key);
    return parameterValue(*scenario.option(optionId), key);
}

bool setParameterValue(Workload &workload, const QString &key, double value)
{
    const auto *binding = findBinding(workloadBindings(), key);
    if (!binding || !acceptable(binding->spec, value))
        return false;
    binding->set(workload, value);
    return true;
}

bool setParameterValue(DeploymentOption &option, const QString &key, double value)
{
    return std::visit(
        [&key, value](auto &spec) {
            const auto *binding = findBinding(bindingsFor(&spec), key);
            if (!binding || !acceptable(binding->spec, value))
                return false;
            binding->set(spec, value);
            return true;
        },
        option.spec);
}

bool setParameterValue(Scenario &scenario, const QString &optionId, const QString &key,
                       double value)
{
    if (optionId.isEmpty() && key.startsWith(kPlannerPrefix)) {
        const auto *binding = findBinding(plannerBindings(), key.mid(kPlannerPrefix.size()));
        if (!binding || !findPlannerInput(binding->spec.key)->accepts(value))
            return false;
        binding->set(scenario.planner, value);
        return true;
    }
    if (optionId.isEmpty())
        return setParameterValue(scenario.workload, key, value);
    DeploymentOption *option = scenario.option(optionId);
    return option && setParameterValue(*option, key, value);
}

bool setParameterValueUnchecked(Scenario &scenario, const QString &optionId, const QString &key,
                                double value)
{
    if (optionId.isEmpty() && key.startsWith(kPlannerPrefix)) {
        const auto *binding = findBinding(plannerBindings(), key.mid(kPlannerPrefix.size()));
        if (binding)
            binding->set(scenario.planner, value);
        return binding != nullptr;
    }
    if (optionId.isEmpty()) {
        const auto *binding = findBinding(workloadBindings(), key);
        if (binding)
            binding->set(scenario.workload, value);
        return binding != nullptr;
    }
    DeploymentOption *option = scenario.option(optionId);
    if (!option)
        return false;
    if (key == u"measuredOutputTokensPerSecond") {
        option->measuredOutputTokensPerSecond = value;
        return true;
    }
    return std::visit(
        [&key, value](auto &spec) {
            const auto *binding = findBinding(bindingsFor(&spec), key);
            if (binding)
                binding->set(spec, value);
            return binding != nullptr;
        },
        option->spec);
}

} // namespace pertoken
