#include "scenario/sensitivity.h"

#include "cost/option_price.h"
#include "scenario/parameters.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// The moved value, kept inside the parameter's range and whole where the parameter is.
double moved(const ParameterSpec &spec, double value, double factor)
{
    double v = std::clamp(value * factor, spec.min, spec.max);
    if (spec.integer)
        v = std::clamp(std::round(v), spec.min, spec.max);
    return v;
}

} // namespace

QList<SensitivityRow> sensitivityRows(const Scenario &scenario, const DeploymentOption &option)
{
    QList<SensitivityRow> rows;
    const Workload &workload = scenario.workload;

    for (const ParameterSpec &spec : workloadParameters()) {
        const double value = parameterValue(workload, spec.key);
        if (!spec.inSensitivity || value == 0)
            continue;
        Workload low = workload;
        Workload high = workload;
        setParameterValue(low, spec.key, moved(spec, value, 1.0 - kSensitivityStep));
        setParameterValue(high, spec.key, moved(spec, value, 1.0 + kSensitivityStep));
        rows.append({option.id, u"workload."_s + spec.key, QString::fromLatin1(spec.label),
                     spec.unit, spec.decimals, value, usdPerMillionTokens(option, low),
                     usdPerMillionTokens(option, high)});
    }
    for (const ParameterSpec &spec : optionParameters(option)) {
        const double value = parameterValue(option, spec.key);
        if (!spec.inSensitivity || value == 0)
            continue;
        DeploymentOption low = option;
        DeploymentOption high = option;
        setParameterValue(low, spec.key, moved(spec, value, 1.0 - kSensitivityStep));
        setParameterValue(high, spec.key, moved(spec, value, 1.0 + kSensitivityStep));
        rows.append({option.id, spec.key, QString::fromLatin1(spec.label), spec.unit, spec.decimals,
                     value, usdPerMillionTokens(low, workload),
                     usdPerMillionTokens(high, workload)});
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const SensitivityRow &a, const SensitivityRow &b) { return a.swing() > b.swing(); });
    return rows;
}

} // namespace pertoken
