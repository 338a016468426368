#include "common/confidence_interval.h"

#include <cmath>
#include <numeric>

namespace pertoken {

namespace {

// t(0.975, df) for df = 1..30, NIST/SEMATECH e-Handbook §1.3.6.7.2.
constexpr double kT975[] = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060,
                            2.2622,  2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199,
                            2.1098,  2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
                            2.0595,  2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
constexpr int kTableSize = int(std::size(kT975));

} // namespace

double studentT975(int df)
{
    if (df < 1)
        return 0;
    if (df <= kTableSize)
        return kT975[df - 1];
    // Abramowitz & Stegun 26.7.5: t = z + g1/ν + g2/ν² + g3/ν³ + …
    const double z = 1.959963984540054; // Φ⁻¹(0.975)
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    const double v = df;
    const double g1 = (z3 + z) / 4;
    const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
    const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
    return z + g1 / v + g2 / (v * v) + g3 / (v * v * v);
}

MeanInterval meanConfidenceInterval95(const QList<double> &values)
{
    MeanInterval m;
    m.count = int(values.size());
    if (values.isEmpty())
        return m;
    m.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    if (values.size() < 2)
        return m;
    double sumSquares = 0;
    for (double v : values)
        sumSquares += (v - m.mean) * (v - m.mean);
    m.stdDev = std::sqrt(sumSquares / double(values.size() - 1));
    m.halfWidth95 = studentT975(m.count - 1) * m.stdDev / std::sqrt(double(m.count));
    return m;
}

} // namespace pertoken
