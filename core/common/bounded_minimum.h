#pragma once

#include <QList>

#include <functional>

namespace pertoken {

/// The point of [lower, upper] where `f` is smallest, by golden-section search (Kiefer 1953):
/// `steps` shrinkings of the bracket by 0.618 each (48 leave about 1e-10 of it); `start` counts as
/// a candidate, so the result is never worse than where the search began. For a function with
/// one minimum on the interval this is that minimum; otherwise a local one.
double goldenSectionMinimum(const std::function<double(double)> &f, double lower, double upper,
                            double start, int steps = 48);

/// Minimises `loss(x)` over the coordinates `free` of `x`, each kept within
/// [lower[k], upper[k]], by coordinate descent: each free coordinate in turn is set by
/// goldenSectionMinimum with the others held, until a whole sweep improves the loss by less than
/// `tolerance` or `maxSweeps` sweeps have run. Deterministic. Returns the final loss.
double minimizeByCoordinates(const std::function<double(const QList<double> &)> &loss,
                             QList<double> &x, const QList<double> &lower,
                             const QList<double> &upper, const QList<qsizetype> &free,
                             int maxSweeps = 40, double tolerance = 1e-9);

} // namespace pertoken
