#pragma once

#include <QString>

namespace pertoken::ui {

/// core/ names parameters, units and cost parts in English; these give them in the UI's
/// language. The English texts are listed in labels.cpp (and parameters.cpp) for lupdate, so a
/// label core/ adds shows up as an untranslated message in the translation test.
QString parameterLabel(const QString &english);
/// "USD/GPU-h", "tokens/month"; empty stays empty.
QString unitLabel(const QString &unit);
/// "GPU rental", "Electricity".
QString costPartLabel(const QString &english);

} // namespace pertoken::ui
