#include "cost/capital_recovery.h"

#include <cmath>

namespace pertoken {

double capitalRecoveryFactor(double annualRate, double years)
{
    if (years <= 0)
        return 0.0;
    if (annualRate <= 1e-12)
        return 1.0 / years;
    const double growth = std::pow(1.0 + annualRate, years);
    return annualRate * growth / (growth - 1.0);
}

} // namespace pertoken
