#pragma once

#include <QList>

namespace pertoken {

/// The q-quantile (q in [0, 1]) of ascending `sorted` values with linear interpolation between
/// ranks, rank = q · (n − 1) (Hyndman & Fan type 7, the default of R and NumPy); 0 when empty.
/// Shared by the Monte Carlo bands and the benchmark statistics.
double percentileOfSorted(const QList<double> &sorted, double q);

} // namespace pertoken
