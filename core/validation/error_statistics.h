#pragma once

#include <QList>
#include <QString>

namespace pertoken {

/// The error of one prediction, as the issue and reference/validation-method.md define it:
/// predicted / measured − 1, in percent. Positive means the model predicts a larger figure than
/// was measured (more tokens per second, or more milliseconds).
double errorPercent(double predicted, double measured);

struct CaseError {
    QString caseId;
    double errorPercent = 0;
};

/// Summary of a set of case errors:
///   medianAbsErrorPercent = median of |e| (the figure the budget in DESIGN.md is about),
///   medianErrorPercent    = median of e, the bias (positive: the model is optimistic for
///                           rates, pessimistic for times),
///   worst                 = the case with the largest |e| (the first of equals),
///   outsideTwofold        = cases predicted above 2× or below 0.5× the measurement
///                           (e > +100 % or e < −50 %; DESIGN.md's budget allows none).
/// Medians interpolate between the two middle values of an even count
/// (common/percentile.h, q = 0.5). All zero and an empty worst case for no errors.
struct ErrorStatistics {
    int count = 0;
    double medianAbsErrorPercent = 0;
    double medianErrorPercent = 0;
    QString worstCaseId;
    double worstErrorPercent = 0;
    int outsideTwofold = 0;
};

ErrorStatistics errorStatistics(const QList<CaseError> &errors);

} // namespace pertoken
