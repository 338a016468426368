#pragma once

#include <QString>

namespace pertoken {

/// Plain-text number formats shared by the command line and the decision memo (the dashboard
/// formats through the user's locale instead). Always with the unit, never "-0".

/// "$0.0123", "$4.18", "$12,345", "$1.23 M"
QString formatUsd(double usd);
/// "950", "12.3 k", "3.6 B", "1.2 T" (tokens, requests, FLOPs without the unit)
QString formatCount(double count);

} // namespace pertoken
