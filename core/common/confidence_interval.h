#pragma once

#include <QList>

namespace pertoken {

/// The two-sided 95 % quantile of Student's t distribution, t(0.975, df), for df ≥ 1 degrees of
/// freedom. df 1–30 come from the table of the NIST/SEMATECH e-Handbook of Statistical Methods,
/// §1.3.6.7.2 "Critical values of the Student's t distribution"
/// (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm), to four decimals; above
/// 30 the Cornish–Fisher expansion of t in terms of the normal quantile z = 1.959964
/// (Abramowitz & Stegun, Handbook of Mathematical Functions, 26.7.5), whose error is below 1e-4
/// there (it gives 2.0423 at df = 30, the table's value). 0 for df < 1.
double studentT975(int degreesOfFreedom);

/// A sample mean with its 95 % confidence interval, mean ± t(0.975, n − 1) · s / √n, s being the
/// sample standard deviation (n − 1 denominator). With fewer than two values the half-width is
/// 0 and `count` says so: there is no interval to give.
struct MeanInterval {
    int count = 0;
    double mean = 0;
    double stdDev = 0;
    double halfWidth95 = 0;

    double low() const { return mean - halfWidth95; }
    double high() const { return mean + halfWidth95; }
    bool operator==(const MeanInterval &) const = default;
};

MeanInterval meanConfidenceInterval95(const QList<double> &values);

} // namespace pertoken
