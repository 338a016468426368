#include "scaling/planner_ranges.h"

#include "scaling/planner.h"

#include <algorithm>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

#define PT_PLANNER_FIELD(field)                                                                    \
    [](const PlannerInputs &p) { return static_cast<double>(p.field); },                           \
        [](PlannerInputs &p, double v) { p.field = static_cast<decltype(p.field)>(v); }

/// "1e15", "0.5", "1024"
QString number(double value)
{
    return QString::number(value, 'g', 6).replace(u"e+"_s, u"e"_s);
}

} // namespace

bool PlannerInputSpec::accepts(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (value == 0.0 && zero != ZeroMeans::Refused)
        return true;
    if (integer && value != std::floor(value))
        return false;
    return value >= min && value <= max;
}

QString PlannerInputSpec::rangeText() const
{
    const QString what = integer   ? u"a whole number"_s
                         : min > 0 ? u"a positive number"_s
                                   : u"a number"_s;
    const QString range = u"%1 from %2 to %3%4"_s.arg(what, number(min), number(max),
                                                      unit.isEmpty() ? QString() : u" "_s + unit);
    switch (zero) {
    case ZeroMeans::NotRequested:
        return u"0 (not requested) or %1"_s.arg(range);
    case ZeroMeans::Value:
        return u"0 or %1"_s.arg(range);
    case ZeroMeans::Refused:
        break;
    }
    return range;
}

std::optional<InputError> PlannerInputSpec::check(double value) const
{
    if (accepts(value))
        return std::nullopt;
    const QString got = std::isfinite(value) ? number(value) : u"not a finite number"_s;
    return InputError{{}, key, u"must be %1 (got %2)"_s.arg(rangeText(), got)};
}

const QList<PlannerInputSpec> &plannerInputSpecs()
{
    // Ranges: budgets from 1e15 FLOPs (a few GPU-seconds) to 1e30 (far beyond any training run
    // so far); losses in nats/token between 0.5 and 10 (every published law's E lies below 2, and
    // a loss above 10 is worse than guessing among GPT-2's 50,257 tokens, ln 50257 = 10.8);
    // counts of tokens and queries up to what a lifetime of serving could reach. The defaults
    // are documented with defaultPlannerInputs().
    static const QList<PlannerInputSpec> specs = {
        {u"computeFlops"_s, u"compute"_s, u"FLOPs"_s, 1e15, 1e30, kChinchillaComputeFlops,
         ZeroMeans::NotRequested, false, true, PT_PLANNER_FIELD(computeFlops)},
        {u"targetLoss"_s, u"target-loss"_s, u"nats/token"_s, 0.5, 10, 2.0, ZeroMeans::NotRequested,
         false, false, PT_PLANNER_FIELD(targetLoss)},
        {u"inferenceTokens"_s, u"inference-tokens"_s, u"tokens"_s, 1, 1e18, 2e12, ZeroMeans::Value,
         false, true, PT_PLANNER_FIELD(inferenceTokens)},
        {u"inferencePromptShare"_s, QString(), QString(), 0, 1, 70.0 / 285.0, ZeroMeans::Refused,
         false, false, PT_PLANNER_FIELD(inferencePromptShare)},
        {u"queries"_s, u"queries"_s, u"queries"_s, 1, 1e15, 1e9, ZeroMeans::NotRequested, false,
         true, PT_PLANNER_FIELD(queries)},
        {u"promptTokens"_s, u"prompt-tokens"_s, u"tokens"_s, 1, 1e6, 70, ZeroMeans::Value, false,
         true, PT_PLANNER_FIELD(promptTokens)},
        {u"tokensPerSample"_s, u"tokens-per-sample"_s, u"tokens"_s, 1, 1e6, 215, ZeroMeans::Refused,
         false, true, PT_PLANNER_FIELD(tokensPerSample)},
        {u"maxSamples"_s, u"max-samples"_s, u"samples"_s, 1, kMaxSamplesLimit, 1024,
         ZeroMeans::Refused, true, true,
         [](const PlannerInputs &p) { return double(p.maxSamples); },
         // A value outside int's range (or NaN, from a hand-edited file) is clamped rather than
         // converted, which would be undefined behaviour; check() refuses it either way.
         [](PlannerInputs &p, double v) {
             p.maxSamples = std::isnan(v) ? 0 : int(std::lround(std::clamp(v, -1.0, 2e9)));
         }},
        {u"budgetFlops"_s, u"budget"_s, u"FLOPs"_s, 1e15, 1e30, kChinchillaComputeFlops,
         ZeroMeans::NotRequested, false, true, PT_PLANNER_FIELD(budgetFlops)},
        {u"budgetUsd"_s, QString(), u"USD"_s, 1, 1e15, 0, ZeroMeans::NotRequested, false, true,
         PT_PLANNER_FIELD(budgetUsd)},
    };
    return specs;
}

#undef PT_PLANNER_FIELD

const PlannerInputSpec *findPlannerInput(const QString &key)
{
    for (const PlannerInputSpec &spec : plannerInputSpecs())
        if (spec.key == key)
            return &spec;
    return nullptr;
}

} // namespace pertoken
