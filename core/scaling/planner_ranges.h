#pragma once

#include "common/input_error.h"

#include <QList>
#include <QString>

#include <optional>

namespace pertoken {

struct PlannerInputs;

/// What an input's 0 means. The planner computes each of its answers only when the input that
/// asks for it is non-zero, so for those inputs 0 is "not requested" rather than a number.
enum class ZeroMeans {
    Refused,      ///< 0 is outside the range like any other value
    Value,        ///< 0 is an ordinary value (no prompt tokens, no inference tokens)
    NotRequested, ///< 0 = the answer this input asks for is not computed
};

/// One numeric input of the model-size planner: its field (as in PlannerInputs and in the
/// scenario file's "planner" object), its `pertoken plan` option, unit, accepted range, default
/// and what its 0 means. The scenario reader, the planner's own validation, the command line and
/// the dashboard's planner spin boxes all take their ranges from this one table.
struct PlannerInputSpec {
    QString key;    ///< "computeFlops"
    QString option; ///< "compute" (`--compute`); empty when the command line has no flag for it
    QString unit;   ///< "FLOPs", "nats/token", "" for shares
    double min = 0; ///< smallest accepted value other than a 0 that `zero` allows
    double max = 0;
    double defaultValue = 0; ///< the value of defaultPlannerInputs()
    ZeroMeans zero = ZeroMeans::Refused;
    bool integer = false;     ///< whole numbers only
    bool logarithmic = false; ///< spans decades
    double (*get)(const PlannerInputs &) = nullptr;
    void (*set)(PlannerInputs &, double) = nullptr;

    /// Finite, whole where `integer`, and 0 where `zero` allows it or within [min, max].
    bool accepts(double value) const;
    /// "0 (not requested) or a positive number from 1e+15 to 1e+30 FLOPs"
    QString rangeText() const;
    /// Nothing when `accepts(value)`; otherwise an error whose field is `key` and whose message
    /// states rangeText() and the value given.
    std::optional<InputError> check(double value) const;
};

/// Every numeric planner input, in the order the dashboard shows them. Prices per FLOP and the
/// pass@k and law constants have their own validation (flop_prices, pass_at_k, training_law).
const QList<PlannerInputSpec> &plannerInputSpecs();
/// Spec by field ("computeFlops"); nullptr when there is none.
const PlannerInputSpec *findPlannerInput(const QString &key);

} // namespace pertoken
