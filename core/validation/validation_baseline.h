#pragma once

#include "common/input_error.h"
#include "validation/validation_run.h"

#include <QByteArray>
#include <QStringList>

namespace pertoken {

/// How a validation run compares with a committed baseline (an earlier run's
/// "pertoken.validation/1" document, resources/validation/baseline.json). A regression is a
/// subset of the baseline whose median absolute error grew by more than `tolerancePoints`
/// percentage points, that has more cases the model cannot predict than before, or that no
/// longer exists. Subsets new since the baseline are not regressions. Returns one sentence per
/// regression (none: no regression), or the error that makes `baselineJson` unreadable.
Result<QStringList> baselineRegressions(const ValidationReport &current,
                                        const QByteArray &baselineJson, const QString &source,
                                        double tolerancePoints);

} // namespace pertoken
