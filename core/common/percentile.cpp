#include "common/percentile.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

double percentileOfSorted(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0.0;
    const double rank = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

} // namespace pertoken
