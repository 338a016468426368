#pragma once

#include "validation/validation_run.h"

#include <QString>

namespace pertoken {

/// docs/validation.md: the error statistics by subset, every case with its measured and
/// predicted figure, and the sources, as Markdown tables with numbers written the C way.
/// `command` is the command line that regenerates it, quoted at the top; `table` is the
/// efficiency table the cases were predicted with, listed with how it was fitted.
QString validationMarkdown(const ValidationReport &report, const QString &command,
                           const EfficiencyTable &table = builtinEfficiencyTable());

} // namespace pertoken
