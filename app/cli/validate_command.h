#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken validate [--json] [--report FILE.md] [--cases FILE]`: predicts every published
/// measurement of the validation suite (core/validation; the built-in
/// resources/validation/cases.json, or FILE) and prints each case's measured and predicted
/// figure and error, then the error statistics by subset; with --json the
/// "pertoken.validation/1" document instead; --report also writes the Markdown page
/// (docs/validation.md). `arguments` are the words after `pertoken validate`. Exit status 0,
/// 1 when the report cannot be written, 2 on bad usage or a case file that cannot be read.
int runValidateCommand(const QStringList &arguments);

} // namespace pertoken::cli
