#include "common/bounded_minimum.h"

#include <cmath>

namespace pertoken {

double goldenSectionMinimum(const std::function<double(double)> &f, double lower, double upper,
                            double start, int steps)
{
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = lower;
    double b = upper;
    double best = start;
    double bestValue = f(start);
    double c = b - ratio * (b - a);
    double d = a + ratio * (b - a);
    double fc = f(c);
    double fd = f(d);
    for (int step = 0; step < steps; ++step) {
        if (fc < bestValue) {
            best = c;
            bestValue = fc;
        }
        if (fd < bestValue) {
            best = d;
            bestValue = fd;
        }
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = f(d);
        }
    }
    return best;
}

double minimizeByCoordinates(const std::function<double(const QList<double> &)> &loss,
                             QList<double> &x, const QList<double> &lower,
                             const QList<double> &upper, const QList<qsizetype> &free,
                             int maxSweeps, double tolerance)
{
    double current = loss(x);
    for (int sweep = 0; sweep < maxSweeps; ++sweep) {
        const double before = current;
        for (const qsizetype k : free) {
            QList<double> trial = x;
            const auto along = [&](double value) {
                trial[k] = value;
                return loss(trial);
            };
            trial[k] = goldenSectionMinimum(along, lower.at(k), upper.at(k), x.at(k));
            const double trialLoss = loss(trial);
            if (trialLoss <= current) {
                x = trial;
                current = trialLoss;
            }
        }
        if (before - current < tolerance)
            break;
    }
    return current;
}

} // namespace pertoken
