#pragma once

#include "common/input_error.h"
#include "hardware/model_architecture.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pertoken {

/// True for what the dashboard accepts as a model to import, by name alone (a drop is decided
/// before any file is read): a .gguf or .safetensors file, a config.json, a
/// model.safetensors.index.json, or a folder.
bool isModelImportPath(const QString &path);

/// A model record made from a model's own files, for the user's catalog: complete, or partial
/// with the keys a person must fill in by hand.
struct ModelImport {
    /// The record: complete when `missing` is empty; otherwise whatever was read (origin
    /// included), for the by-hand form.
    ModelArchitecture model;
    /// What the files lack for the cost model: GGUF or config.json keys ("llama.block_count",
    /// "text_config.num_hidden_layers"), or the field of the error that stopped the reader.
    QStringList missing;
    /// Why the record is partial: the reader's error ("config.json: model_type: ...") or the
    /// missing keys, for the person filling the form in. Empty for a complete record.
    QString problem;
    /// Set when nothing was read that a form could start from: the file cannot be read, is not
    /// a model file, or a store or split part is broken. `model` is then meaningless.
    std::optional<InputError> error;
};

/// Imports the model at `path` (a file or folder inspectModelPath() reads; not a store root):
/// its architecture, dated `asOf`, keeping the source file's name and the SHA-256 of the bytes
/// read (ModelArchitecture::sourceFile, sourceSha256, sourceSha256Scope). A Hugging Face
/// config.json of an unknown model_type, or missing a key its family needs, still gives a
/// partial record: the name, the common keys that are there (num_hidden_layers,
/// num_attention_heads, num_key_value_heads, head_dim or hidden_size / num_attention_heads,
/// max_position_embeddings, also inside text_config), and the file's origin. A GGUF header
/// without the KV cache's keys gives the record with those keys in `missing`.
ModelImport importModel(const QString &path, const QString &asOf);

} // namespace pertoken
