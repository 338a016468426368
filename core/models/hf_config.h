#pragma once

#include "common/input_error.h"
#include "hardware/model_architecture.h"
#include "models/parameter_count.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pertoken {

/// A model architecture read from a Hugging Face `config.json`.
struct HfConfigImport {
    ModelArchitecture model; ///< id and name from `_name_or_path` where present, else model_type
    TransformerShape shape;  ///< the dimensions the parameter counts were computed from
    QString modelType;       ///< of the language model, after unwrapping `text_config`
    QString dtype;           ///< `torch_dtype` (or `dtype`), "" when absent
    bool exactCount = false; ///< totalParams from model.safetensors.index.json, not the formula
    QStringList notes;       ///< what was assumed, for the person reading the result
};

/// Reads a Hugging Face `config.json` (bytes in, result or error out; no file access). Families:
/// llama, mistral, qwen2, qwen3, qwen3_moe, mixtral, deepseek_v2, deepseek_v3, gemma2, gemma3
/// (and gemma3_text), gpt_oss, phi3 and llama4_text; a multimodal config's `text_config`
/// (Gemma 3, Mistral Small 3.1, Llama 4) is unwrapped and only the language model is counted, not
/// the vision tower.
///
/// Per family, from the transformers configuration and modeling files of that name:
/// - head_dim: `head_dim` where the config has it, else hidden_size / num_attention_heads;
///   num_key_value_heads absent means as many as attention heads (MHA).
/// - MoE: experts from `num_local_experts` (mixtral, gpt_oss), `num_experts` (qwen3_moe) or
///   `n_routed_experts` (deepseek), per token from `num_experts_per_tok` (gpt_oss also
///   `experts_per_token`); expert width `moe_intermediate_size` (qwen3_moe, deepseek) or
///   `intermediate_size` (mixtral, gpt_oss); dense layers from `first_k_dense_replace` and
///   `moe_layer_freq` (deepseek) or `mlp_only_layers` and `decoder_sparse_step` (qwen3_moe);
///   `n_shared_experts` (deepseek).
/// - MLA (deepseek): kv_lora_rank, qk_rope_head_dim, qk_nope_head_dim, v_head_dim, q_lora_rank
///   (null = none); the model's headDim is qk_nope_head_dim + qk_rope_head_dim.
/// - Attention per layer: `layer_types` ("full_attention", "sliding_attention") where present;
///   otherwise gemma2 and gpt_oss alternate sliding and full from layer 0, gemma3 has
///   `sliding_window_pattern` − 1 sliding layers then one full (default 6), mistral, mixtral and
///   phi3 slide on every layer when `sliding_window` is not null, qwen2/qwen3/qwen3_moe slide on
///   layers from `max_window_layers` on when `use_sliding_window` is true. Llama 4's chunked
///   layers (`no_rope_layers` 1, or "chunked_attention" in `layer_types`) hold at most one chunk
///   and are counted as a window of `attention_chunk_size`.
/// - Llama 4: `num_local_experts` routed and one shared expert of `intermediate_size`, on the
///   `moe_layers` (or every `interleave_moe_layer_step`-th layer); dense layers'
///   MLP `intermediate_size_mlp`.
/// - Tied embeddings: `tie_word_embeddings`, defaulting as the family's configuration class does
///   (true for gemma2 and gemma3, false for the others).
/// - Parameters: countParameters() (models/parameter_count.h) with the family's biases
///   (qwen2: Q/K/V; gpt_oss: Q/K/V/O, sinks, experts and router; deepseek_v3: router), Q/K norms
///   (qwen3, qwen3_moe, gemma3) and norms per layer (4 in gemma2 and gemma3).
///
/// An unknown model_type, or a key the family needs that is missing or of the wrong type, is an
/// InputError naming that key (`text_config.num_hidden_layers`); the caller can then fill the
/// architecture in by hand.
Result<HfConfigImport> readHfConfig(const QByteArray &configJson, const QString &source);

/// As above, with the checkpoint's `model.safetensors.index.json`: the total parameter count is
/// then exact, metadata.total_size ÷ bytes per element of torch_dtype (4 for float32, 2 for
/// bfloat16 and float16, 1 for float8). Where the config has a `quantization_config` the stored
/// bytes are not dtype-sized and the formula's count is kept (a note says so). The active count
/// stays the formula's, capped at the exact total.
Result<HfConfigImport> readHfConfig(const QByteArray &configJson, const QString &source,
                                    const QByteArray &safetensorsIndexJson,
                                    const QString &indexSource);

/// Bytes per element of a torch dtype name ("bfloat16" → 2); 0 when unknown.
double bytesPerElementOfDtype(const QString &dtype);

/// The families readHfConfig() reads, by model_type.
QStringList supportedHfModelTypes();

} // namespace pertoken
