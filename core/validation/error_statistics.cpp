#include "validation/error_statistics.h"

#include "common/percentile.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

double errorPercent(double predicted, double measured)
{
    return (predicted / measured - 1.0) * 100.0;
}

ErrorStatistics errorStatistics(const QList<CaseError> &errors)
{
    ErrorStatistics stats;
    stats.count = int(errors.size());
    if (errors.isEmpty())
        return stats;
    QList<double> signedErrors;
    QList<double> absoluteErrors;
    signedErrors.reserve(errors.size());
    absoluteErrors.reserve(errors.size());
    for (const CaseError &error : errors) {
        signedErrors.append(error.errorPercent);
        absoluteErrors.append(std::abs(error.errorPercent));
        if (error.errorPercent > 100.0 || error.errorPercent < -50.0)
            ++stats.outsideTwofold;
        if (stats.worstCaseId.isEmpty() ||
            std::abs(error.errorPercent) > std::abs(stats.worstErrorPercent)) {
            stats.worstCaseId = error.caseId;
            stats.worstErrorPercent = error.errorPercent;
        }
    }
    std::sort(signedErrors.begin(), signedErrors.end());
    std::sort(absoluteErrors.begin(), absoluteErrors.end());
    stats.medianErrorPercent = percentileOfSorted(signedErrors, 0.5);
    stats.medianAbsErrorPercent = percentileOfSorted(absoluteErrors, 0.5);
    return stats;
}

} // namespace pertoken
