#include "cost/option_price.h"

#include "cost/option_costing.h"

namespace pertoken {

double usdPerMillionTokens(const DeploymentOption &option, const Workload &workload)
{
    const double tokens = workload.tokensPerMonth();
    if (!(tokens > 0))
        return 0.0;
    const PreparedOption prepared = prepareOption(option, workload);
    if (!prepared.feasible)
        return 0.0;
    return monthlyCostAt(prepared, workload, tokens).totalUsd / tokens * 1e6;
}

} // namespace pertoken
