#include "common/number_format.h"

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// "12345" → "12,345": thousands grouping independent of the system locale.
QString grouped(double wholeNumber)
{
    QString digits = QString::number(wholeNumber, 'f', 0);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

} // namespace

QString formatUsd(double usd)
{
    if (!std::isfinite(usd))
        return u"n/a"_s;
    if (std::abs(usd) < 1e-12)
        usd = 0.0;
    const double magnitude = std::abs(usd);
    const QString sign = usd < 0 ? u"-"_s : QString();
    if (magnitude >= 1e6)
        return sign + u"$"_s + QString::number(magnitude / 1e6, 'f', 2) + u" M"_s;
    if (magnitude >= 1000)
        return sign + u"$"_s + grouped(magnitude);
    if (magnitude >= 1)
        return sign + u"$"_s + QString::number(magnitude, 'f', 2);
    if (magnitude == 0)
        return u"$0.00"_s;
    return sign + u"$"_s + QString::number(magnitude, 'g', 3);
}

QString formatCount(double count)
{
    if (!std::isfinite(count))
        return u"n/a"_s;
    const double magnitude = std::abs(count);
    struct Step {
        double size;
        const char16_t *suffix;
    };
    static const Step steps[] = {{1e12, u" T"}, {1e9, u" B"}, {1e6, u" M"}, {1e3, u" k"}};
    for (const Step &step : steps) {
        if (magnitude >= step.size)
            return QString::number(count / step.size, 'g', 3) + QString::fromUtf16(step.suffix);
    }
    return QString::number(count, 'g', 3);
}

} // namespace pertoken
