#pragma once

namespace pertoken {

/// Hours in an average month (8,760 h a year / 12). Every monthly figure uses it.
inline constexpr double kHoursPerMonth = 730.0;

/// Capital recovery factor: the constant annual payment, as a share of the price, that repays a
/// purchase over `years` at interest `annualRate`: CRF = r(1+r)^n / ((1+r)^n − 1); 1/n at r = 0.
/// (Any engineering-economics text, e.g. Newnan, "Engineering Economic Analysis", ch. 4.)
double capitalRecoveryFactor(double annualRate, double years);

} // namespace pertoken
