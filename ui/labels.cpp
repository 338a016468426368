#include "labels.h"

#include <QCoreApplication>

namespace pertoken::ui {

namespace {

// The units core/scenario/parameters.cpp gives its parameters.
[[maybe_unused]] constexpr const char *kUnits[] = {
    //: Floating-point operations (a count, not per second).
    QT_TRANSLATE_NOOP("Unit", "FLOPs"),
    QT_TRANSLATE_NOOP("Unit", "GPUs"),
    QT_TRANSLATE_NOOP("Unit", "USD"),
    //: US dollars per GPU-hour.
    QT_TRANSLATE_NOOP("Unit", "USD/GPU-h"),
    QT_TRANSLATE_NOOP("Unit", "USD/GPU-month"),
    //: US dollars per million tokens.
    QT_TRANSLATE_NOOP("Unit", "USD/M tokens"),
    QT_TRANSLATE_NOOP("Unit", "USD/kWh"),
    QT_TRANSLATE_NOOP("Unit", "USD/month"),
    //: Watts.
    QT_TRANSLATE_NOOP("Unit", "W"),
    QT_TRANSLATE_NOOP("Unit", "bits"),
    //: Hours per day.
    QT_TRANSLATE_NOOP("Unit", "h/day"),
    //: Milliseconds.
    QT_TRANSLATE_NOOP("Unit", "ms"),
    //: Loss in nats (natural-log units of information) per token.
    QT_TRANSLATE_NOOP("Unit", "nats/token"),
    //: A rate, as in "8 % per year" (cost of capital).
    QT_TRANSLATE_NOOP("Unit", "per year"),
    QT_TRANSLATE_NOOP("Unit", "queries"),
    QT_TRANSLATE_NOOP("Unit", "requests"),
    QT_TRANSLATE_NOOP("Unit", "requests/month"),
    //: Samples drawn per query (test-time compute).
    QT_TRANSLATE_NOOP("Unit", "samples"),
    //: Sequences processed together (batch size).
    QT_TRANSLATE_NOOP("Unit", "sequences"),
    QT_TRANSLATE_NOOP("Unit", "tokens"),
    QT_TRANSLATE_NOOP("Unit", "years"),
};

// The parts core/cost/option_costing.cpp splits a monthly cost into.
[[maybe_unused]] constexpr const char *kCostParts[] = {
    QT_TRANSLATE_NOOP("CostPart", "Input tokens"),
    QT_TRANSLATE_NOOP("CostPart", "Cached input tokens"),
    QT_TRANSLATE_NOOP("CostPart", "Output tokens"),
    QT_TRANSLATE_NOOP("CostPart", "GPU rental"),
    //: Staff and operations cost of self-hosting.
    QT_TRANSLATE_NOOP("CostPart", "Operations"),
    //: Capital cost of bought hardware, spread over its life.
    QT_TRANSLATE_NOOP("CostPart", "Capital"),
    //: Electricity for the data-centre GPUs.
    QT_TRANSLATE_NOOP("CostPart", "Power"),
    //: Rack space, cooling and hosting fees.
    QT_TRANSLATE_NOOP("CostPart", "Hosting"),
    //: The share of a laptop's or workstation's price attributed to inference.
    QT_TRANSLATE_NOOP("CostPart", "Device share"),
    QT_TRANSLATE_NOOP("CostPart", "Electricity"),
};

QString translated(const char *context, const QString &english)
{
    return english.isEmpty() ? english
                             : QCoreApplication::translate(context, english.toUtf8().constData());
}

} // namespace

QString parameterLabel(const QString &english)
{
    return translated("Parameter", english);
}

QString unitLabel(const QString &unit)
{
    return translated("Unit", unit);
}

QString costPartLabel(const QString &english)
{
    return translated("CostPart", english);
}

} // namespace pertoken::ui
