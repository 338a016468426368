#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace pertoken {

/// Bracketed one-dimensional solvers: the planner's optimisations all reduce to a root or a
/// minimum of a smooth function of one variable inside a known interval.

/// Brent's bracketed root finder (R. P. Brent, "Algorithms for Minimization without
/// Derivatives", 1973, ch. 4): inverse quadratic interpolation and secant steps, falling back to
/// bisection whenever a step would leave the bracket or converge too slowly. It never leaves
/// [lo, hi], so it cannot diverge the way an unguarded Newton step can.
///
/// `fLo` = f(lo) and `fHi` = f(hi) must have opposite signs (or one of them be zero);
/// otherwise nullopt. Stops when the bracket is narrower than `tolerance` (absolute, in x) or f
/// is exactly zero.
template <typename F>
std::optional<double> findRootBracketed(F &&f, double lo, double hi, double fLo, double fHi,
                                        double tolerance, int maxIterations = 200)
{
    double a = lo;
    double b = hi;
    double fa = fLo;
    double fb = fHi;
    if (!std::isfinite(fa) || !std::isfinite(fb))
        return std::nullopt;
    if (fa == 0.0)
        return a;
    if (fb == 0.0)
        return b;
    if ((fa > 0.0) == (fb > 0.0))
        return std::nullopt;

    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        if ((fb > 0.0) == (fc > 0.0)) {
            c = a;
            fc = fa;
            d = b - a;
            e = d;
        }
        if (std::abs(fc) < std::abs(fb)) {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tol1 = 2.0 * 2.2e-16 * std::abs(b) + 0.5 * tolerance;
        const double xm = 0.5 * (c - b);
        if (std::abs(xm) <= tol1 || fb == 0.0)
            return b;
        if (std::abs(e) >= tol1 && std::abs(fa) > std::abs(fb)) {
            const double s = fb / fa;
            double p = 0;
            double q = 0;
            if (a == c) {
                p = 2.0 * xm * s;
                q = 1.0 - s;
            } else {
                const double qa = fa / fc;
                const double r = fb / fc;
                p = s * (2.0 * xm * qa * (qa - r) - (b - a) * (r - 1.0));
                q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
            }
            if (p > 0.0)
                q = -q;
            p = std::abs(p);
            const double min1 = 3.0 * xm * q - std::abs(tol1 * q);
            const double min2 = std::abs(e * q);
            if (2.0 * p < std::min(min1, min2)) {
                e = d;
                d = p / q;
            } else {
                d = xm;
                e = d;
            }
        } else {
            d = xm;
            e = d;
        }
        a = b;
        fa = fb;
        b += std::abs(d) > tol1 ? d : (xm > 0 ? tol1 : -tol1);
        fb = f(b);
        if (!std::isfinite(fb))
            return std::nullopt;
    }
    return b;
}

/// The same, evaluating f at both ends of the bracket first.
template <typename F>
std::optional<double> findRootBracketed(F &&f, double lo, double hi, double tolerance,
                                        int maxIterations = 200)
{
    return findRootBracketed(f, lo, hi, f(lo), f(hi), tolerance, maxIterations);
}

/// Brent's bracketed minimiser (Brent 1973, ch. 5, "localmin"): golden-section steps with
/// parabolic interpolation, never leaving [lo, hi]. Returns the x of the least f found; that is
/// the minimum when f is unimodal on [lo, hi], else a local minimum or an end. Stops when x is
/// known to within `tolerance` (absolute).
template <typename F>
double minimizeBracketed(F &&f, double lo, double hi, double tolerance, int maxIterations = 100)
{
    constexpr double golden = 0.3819660112501051; // (3 − √5)/2
    double a = lo;
    double b = hi;
    double x = a + golden * (b - a);
    double w = x;
    double v = x;
    double fx = f(x);
    double fw = fx;
    double fv = fx;
    double d = 0;
    double e = 0;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        const double m = 0.5 * (a + b);
        const double tol = 1.5e-8 * std::abs(x) + tolerance / 3.0;
        const double tol2 = 2.0 * tol;
        if (std::abs(x - m) <= tol2 - 0.5 * (b - a))
            break;
        double p = 0;
        double q = 0;
        double r = 0;
        if (std::abs(e) > tol) {
            r = (x - w) * (fx - fv);
            q = (x - v) * (fx - fw);
            p = (x - v) * q - (x - w) * r;
            q = 2.0 * (q - r);
            if (q > 0)
                p = -p;
            else
                q = -q;
            r = e;
            e = d;
        }
        if (std::abs(p) < std::abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
            d = p / q; // parabolic step
            const double u = x + d;
            if (u - a < tol2 || b - u < tol2)
                d = x < m ? tol : -tol;
        } else {
            e = (x < m ? b : a) - x; // golden-section step
            d = golden * e;
        }
        const double u = x + (std::abs(d) >= tol ? d : (d > 0 ? tol : -tol));
        const double fu = f(u);
        if (fu <= fx) {
            (u < x ? b : a) = x;
            v = w;
            fv = fw;
            w = x;
            fw = fx;
            x = u;
            fx = fu;
        } else {
            (u < x ? a : b) = u;
            if (fu <= fw || w == x) {
                v = w;
                fv = fw;
                w = u;
                fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u;
                fv = fu;
            }
        }
    }
    return x;
}

} // namespace pertoken
