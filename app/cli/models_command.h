#pragma once

#include <QStringList>

namespace pertoken::cli {

/// `pertoken models inspect FILE|FOLDER [--json] [--context N] [--batch N]`: reads the header of
/// a .gguf or .safetensors file (or a folder of them; core/models/model_inspection.h) and prints
/// its architecture, parameters, bits per weight, KV bytes per token at 16 and 8 bits, weight
/// memory, and the built-in accelerators it fits on at the context and batch given (a table, or
/// with --json the "pertoken.model/1" document). `arguments` are the words after
/// `pertoken models`. Exit status 0, or 2 on bad usage or a file that cannot be read.
int runModelsCommand(const QStringList &arguments);

} // namespace pertoken::cli
