// Hugging Face config.json files of today's models, their keys and values copied from the
// files on the Hugging Face Hub (URL above each), read into an architecture; the parameter counts
// are checked against the model cards, the KV cache against hand calculations.

#include "hardware/hardware_catalog.h"
#include "inference/kv_cache.h"
#include "models/hf_config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

// https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json
const QByteArray kLlama31_8b = R"({
  "architectures": ["LlamaForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "bos_token_id": 128000,
  "eos_token_id": 128001,
  "hidden_act": "silu",
  "hidden_size": 4096,
  "initializer_range": 0.02,
  "intermediate_size": 14336,
  "max_position_embeddings": 131072,
  "mlp_bias": false,
  "model_type": "llama",
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "pretraining_tp": 1,
  "rms_norm_eps": 1e-05,
  "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                   "original_max_position_embeddings": 8192, "rope_type": "llama3"},
  "rope_theta": 500000.0,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.43.0.dev0",
  "use_cache": true,
  "vocab_size": 128256
})";

// https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json
const QByteArray kQwen3_30bA3b = R"({
  "architectures": ["Qwen3MoeForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "bos_token_id": 151643,
  "decoder_sparse_step": 1,
  "eos_token_id": 151645,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": 2048,
  "initializer_range": 0.02,
  "intermediate_size": 6144,
  "max_position_embeddings": 40960,
  "max_window_layers": 48,
  "mlp_only_layers": [],
  "model_type": "qwen3_moe",
  "moe_intermediate_size": 768,
  "norm_topk_prob": true,
  "num_attention_heads": 32,
  "num_experts": 128,
  "num_experts_per_tok": 8,
  "num_hidden_layers": 48,
  "num_key_value_heads": 4,
  "output_router_logits": false,
  "rms_norm_eps": 1e-06,
  "rope_scaling": null,
  "rope_theta": 1000000.0,
  "router_aux_loss_coef": 0.001,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.51.0",
  "use_cache": true,
  "use_sliding_window": false,
  "vocab_size": 151936
})";

// https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json
const QByteArray kDeepSeekV3 = R"({
  "architectures": ["DeepseekV3ForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "aux_loss_alpha": 0.001,
  "bos_token_id": 0,
  "eos_token_id": 1,
  "ep_size": 1,
  "first_k_dense_replace": 3,
  "hidden_act": "silu",
  "hidden_size": 7168,
  "initializer_range": 0.02,
  "intermediate_size": 18432,
  "kv_lora_rank": 512,
  "max_position_embeddings": 163840,
  "model_type": "deepseek_v3",
  "moe_intermediate_size": 2048,
  "moe_layer_freq": 1,
  "n_group": 8,
  "n_routed_experts": 256,
  "n_shared_experts": 1,
  "norm_topk_prob": true,
  "num_attention_heads": 128,
  "num_experts_per_tok": 8,
  "num_hidden_layers": 61,
  "num_key_value_heads": 128,
  "num_nextn_predict_layers": 1,
  "q_lora_rank": 1536,
  "qk_nope_head_dim": 128,
  "qk_rope_head_dim": 64,
  "quantization_config": {"activation_scheme": "dynamic", "fmt": "e4m3",
                          "quant_method": "fp8", "weight_block_size": [128, 128]},
  "rms_norm_eps": 1e-06,
  "rope_scaling": {"beta_fast": 32, "beta_slow": 1, "factor": 40, "mscale": 1.0,
                   "mscale_all_dim": 1.0, "original_max_position_embeddings": 4096,
                   "type": "yarn"},
  "rope_theta": 10000,
  "routed_scaling_factor": 2.5,
  "scoring_func": "sigmoid",
  "tie_word_embeddings": false,
  "topk_group": 4,
  "topk_method": "noaux_tc",
  "torch_dtype": "bfloat16",
  "transformers_version": "4.33.1",
  "use_cache": true,
  "v_head_dim": 128,
  "vocab_size": 129280
})";

// https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json (text_config leaves
// vocab_size, max_position_embeddings and sliding_window_pattern to Gemma3TextConfig's defaults)
const QByteArray kGemma3_27b = R"({
  "architectures": ["Gemma3ForConditionalGeneration"],
  "boi_token_index": 255999,
  "eoi_token_index": 256000,
  "eos_token_id": [1, 106],
  "image_token_index": 262144,
  "initializer_range": 0.02,
  "mm_tokens_per_image": 256,
  "model_type": "gemma3",
  "text_config": {
    "head_dim": 128,
    "hidden_size": 5376,
    "intermediate_size": 21504,
    "model_type": "gemma3_text",
    "num_attention_heads": 32,
    "num_hidden_layers": 62,
    "num_key_value_heads": 16,
    "query_pre_attn_scalar": 168,
    "rope_scaling": {"factor": 8.0, "rope_type": "linear"},
    "sliding_window": 1024
  },
  "torch_dtype": "bfloat16",
  "transformers_version": "4.50.0.dev0",
  "vision_config": {
    "hidden_size": 1152,
    "image_size": 896,
    "intermediate_size": 4304,
    "model_type": "siglip_vision_model",
    "num_attention_heads": 16,
    "num_hidden_layers": 27,
    "patch_size": 14,
    "vision_use_head": false
  }
})";

// https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json
const QByteArray kGptOss120b = R"({
  "architectures": ["GptOssForCausalLM"],
  "attention_bias": true,
  "attention_dropout": 0.0,
  "eos_token_id": 200002,
  "experts_per_token": 4,
  "head_dim": 64,
  "hidden_act": "silu",
  "hidden_size": 2880,
  "initial_context_length": 4096,
  "initializer_range": 0.02,
  "intermediate_size": 2880,
  "layer_types": [
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention",
    "sliding_attention", "full_attention", "sliding_attention", "full_attention"
  ],
  "max_position_embeddings": 131072,
  "model_type": "gpt_oss",
  "num_attention_heads": 64,
  "num_experts_per_tok": 4,
  "num_hidden_layers": 36,
  "num_key_value_heads": 8,
  "num_local_experts": 128,
  "output_router_logits": false,
  "pad_token_id": 199999,
  "quantization_config": {"modules_to_not_convert": ["model.layers.*.self_attn",
                          "model.layers.*.mlp.router", "model.embed_tokens", "lm_head"],
                          "quant_method": "mxfp4"},
  "rms_norm_eps": 1e-05,
  "rope_scaling": {"beta_fast": 32.0, "beta_slow": 1.0, "factor": 32.0,
                   "original_max_position_embeddings": 4096, "rope_type": "yarn",
                   "truncate": false},
  "rope_theta": 150000,
  "router_aux_loss_coef": 0.9,
  "sliding_window": 128,
  "swiglu_limit": 7.0,
  "tie_word_embeddings": false,
  "transformers_version": "4.55.0.dev0",
  "use_cache": true,
  "vocab_size": 201088
})";

// https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct/blob/main/config.json: its
// text_config (keys that do not shape the model left out: token ids, rope and attention
// temperature settings); the wrapper's vision_config trimmed to its size keys.
QByteArray llama4Scout(int experts = 16, int moeStep = 1)
{
    return QByteArray(R"({
  "architectures": ["Llama4ForConditionalGeneration"],
  "model_type": "llama4",
  "text_config": {
    "attention_bias": false,
    "attention_chunk_size": 8192,
    "head_dim": 128,
    "hidden_act": "silu",
    "hidden_size": 5120,
    "interleave_moe_layer_step": %STEP%,
    "intermediate_size": 8192,
    "intermediate_size_mlp": 16384,
    "max_position_embeddings": 10485760,
    "model_type": "llama4_text",
    "no_rope_layers": [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0,
                       1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0],
    "num_attention_heads": 40,
    "num_experts_per_tok": 1,
    "num_hidden_layers": 48,
    "num_key_value_heads": 8,
    "num_local_experts": %EXPERTS%,
    "tie_word_embeddings": false,
    "use_qk_norm": true,
    "vocab_size": 202048
  },
  "torch_dtype": "bfloat16",
  "vision_config": {"hidden_size": 1408, "image_size": 336, "model_type": "llama4_vision_model",
                    "num_hidden_layers": 34, "patch_size": 14}
})")
        .replace("%STEP%", QByteArray::number(moeStep))
        .replace("%EXPERTS%", QByteArray::number(experts));
}

// The Llama 3.1 and 3.3 text models share every key but four (and eos/rope details that do not
// shape the model). Values from
//   https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json (8192, 28672, 80, 64)
//   https://huggingface.co/meta-llama/Llama-3.1-405B/blob/main/config.json (16384, 53248, 126,
//   128)
//   https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/config.json (as 3.1 70B)
QByteArray llama3(int hidden, int intermediate, int layers, int heads)
{
    return QByteArray(R"({
  "architectures": ["LlamaForCausalLM"],
  "attention_bias": false,
  "hidden_act": "silu",
  "hidden_size": %HIDDEN%,
  "intermediate_size": %INTERMEDIATE%,
  "max_position_embeddings": 131072,
  "mlp_bias": false,
  "model_type": "llama",
  "num_attention_heads": %HEADS%,
  "num_hidden_layers": %LAYERS%,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "rope_theta": 500000.0,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "vocab_size": 128256
})")
        .replace("%HIDDEN%", QByteArray::number(hidden))
        .replace("%INTERMEDIATE%", QByteArray::number(intermediate))
        .replace("%LAYERS%", QByteArray::number(layers))
        .replace("%HEADS%", QByteArray::number(heads));
}

// https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/config.json:
// its text_config's keys that shape the model (no_rope_layers left to Llama4TextConfig's
// default, a NoPE layer every fourth); the wrapper's vision_config trimmed to its size keys.
const QByteArray kLlama4Maverick = R"({
  "architectures": ["Llama4ForConditionalGeneration"],
  "model_type": "llama4",
  "text_config": {
    "attention_bias": false,
    "attention_chunk_size": 8192,
    "head_dim": 128,
    "hidden_act": "silu",
    "hidden_size": 5120,
    "interleave_moe_layer_step": 2,
    "intermediate_size": 8192,
    "intermediate_size_mlp": 16384,
    "max_position_embeddings": 1048576,
    "model_type": "llama4_text",
    "num_attention_heads": 40,
    "num_experts_per_tok": 1,
    "num_hidden_layers": 48,
    "num_key_value_heads": 8,
    "num_local_experts": 128,
    "tie_word_embeddings": false,
    "use_qk_norm": false,
    "vocab_size": 202048
  },
  "torch_dtype": "bfloat16",
  "vision_config": {"hidden_size": 1408, "image_size": 336, "model_type": "llama4_vision_model",
                    "num_hidden_layers": 34, "patch_size": 14}
})";

// https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json (keys that shape the
// model)
const QByteArray kMixtral8x7b = R"({
  "architectures": ["MixtralForCausalLM"],
  "hidden_size": 4096,
  "intermediate_size": 14336,
  "max_position_embeddings": 32768,
  "model_type": "mixtral",
  "num_attention_heads": 32,
  "num_experts_per_tok": 2,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "num_local_experts": 8,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "vocab_size": 32000
})";

// https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/config.json (keys that shape the
// model)
const QByteArray kQwen25_7b = R"({
  "architectures": ["Qwen2ForCausalLM"],
  "hidden_size": 3584,
  "intermediate_size": 18944,
  "max_position_embeddings": 32768,
  "max_window_layers": 28,
  "model_type": "qwen2",
  "num_attention_heads": 28,
  "num_hidden_layers": 28,
  "num_key_value_heads": 4,
  "sliding_window": 131072,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "use_sliding_window": false,
  "vocab_size": 152064
})";

// https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json and
// https://huggingface.co/Qwen/Qwen3-32B/blob/main/config.json differ in these five keys only.
QByteArray qwen3Dense(int hidden, int intermediate, int layers, int heads, int windowLayers)
{
    return QByteArray(R"({
  "architectures": ["Qwen3ForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "bos_token_id": 151643,
  "eos_token_id": 151645,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": %HIDDEN%,
  "initializer_range": 0.02,
  "intermediate_size": %INTERMEDIATE%,
  "max_position_embeddings": 40960,
  "max_window_layers": %WINDOW%,
  "model_type": "qwen3",
  "num_attention_heads": %HEADS%,
  "num_hidden_layers": %LAYERS%,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-06,
  "rope_scaling": null,
  "rope_theta": 1000000,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.51.0",
  "use_cache": true,
  "use_sliding_window": false,
  "vocab_size": 151936
})")
        .replace("%HIDDEN%", QByteArray::number(hidden))
        .replace("%INTERMEDIATE%", QByteArray::number(intermediate))
        .replace("%WINDOW%", QByteArray::number(windowLayers))
        .replace("%LAYERS%", QByteArray::number(layers))
        .replace("%HEADS%", QByteArray::number(heads));
}

// https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json
const QByteArray kQwen3_235bA22b = R"({
  "architectures": ["Qwen3MoeForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "bos_token_id": 151643,
  "decoder_sparse_step": 1,
  "eos_token_id": 151645,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": 4096,
  "initializer_range": 0.02,
  "intermediate_size": 12288,
  "max_position_embeddings": 40960,
  "max_window_layers": 94,
  "mlp_only_layers": [],
  "model_type": "qwen3_moe",
  "moe_intermediate_size": 1536,
  "norm_topk_prob": true,
  "num_attention_heads": 64,
  "num_experts": 128,
  "num_experts_per_tok": 8,
  "num_hidden_layers": 94,
  "num_key_value_heads": 4,
  "output_router_logits": false,
  "rms_norm_eps": 1e-06,
  "rope_scaling": null,
  "rope_theta": 1000000.0,
  "router_aux_loss_coef": 0.001,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.51.0",
  "use_cache": true,
  "use_sliding_window": false,
  "vocab_size": 151936
})";

// https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json: gpt-oss-120b's file with 24
// layers (layer_types alternating from sliding_attention, 24 entries) and 32 local experts.
QByteArray gptOss20b()
{
    QJsonObject config = QJsonDocument::fromJson(kGptOss120b).object();
    config.insert(u"num_hidden_layers"_s, 24);
    config.insert(u"num_local_experts"_s, 32);
    QJsonArray types;
    for (int i = 0; i < 24; ++i)
        types.append(i % 2 == 0 ? u"sliding_attention"_s : u"full_attention"_s);
    config.insert(u"layer_types"_s, types);
    return QJsonDocument(config).toJson();
}

// https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json: its text_config leaves
// head_dim, vocab_size, max_position_embeddings and sliding_window_pattern to Gemma3TextConfig's
// defaults (256, 262208, 131072, 6); the vision_config trimmed to its size keys.
const QByteArray kGemma3_12b = R"({
  "architectures": ["Gemma3ForConditionalGeneration"],
  "model_type": "gemma3",
  "text_config": {
    "hidden_size": 3840,
    "intermediate_size": 15360,
    "model_type": "gemma3_text",
    "num_attention_heads": 16,
    "num_hidden_layers": 48,
    "num_key_value_heads": 8,
    "rope_scaling": {"factor": 8.0, "rope_type": "linear"},
    "sliding_window": 1024
  },
  "torch_dtype": "bfloat16",
  "vision_config": {"hidden_size": 1152, "image_size": 896, "intermediate_size": 4304,
                    "model_type": "siglip_vision_model", "num_attention_heads": 16,
                    "num_hidden_layers": 27, "patch_size": 14}
})";

// https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501/blob/main/config.json
const QByteArray kMistralSmall3 = R"({
  "architectures": ["MistralForCausalLM"],
  "attention_dropout": 0.0,
  "bos_token_id": 1,
  "eos_token_id": 2,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": 5120,
  "initializer_range": 0.02,
  "intermediate_size": 32768,
  "max_position_embeddings": 32768,
  "model_type": "mistral",
  "num_attention_heads": 32,
  "num_hidden_layers": 40,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "rope_theta": 100000000.0,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "use_cache": true,
  "vocab_size": 131072
})";

// Every built-in catalog model, the config.json it was read from and its model card's counts.
// `extraParams` is what the card counts that the reader does not (a vision encoder).
// `cardActive` 0: the card states no active count (dense), or none precise enough to check.
// `activeWithInputTable`: the card's active count includes the input embedding table, which
// the reader's active count leaves out (models/parameter_count.h).
// `activeDigits`: significant digits the card writes the active count with; the check allows
// 1% or half a unit of the last digit, whichever is wider ("17B" covers 16.5B to 17.5B).
struct CardRow {
    const char *id;
    QByteArray config;
    double extraParams = 0;
    double cardTotal = 0;
    double cardActive = 0;
    bool activeWithInputTable = false;
    int activeDigits = 3;
};

QList<CardRow> cardRows()
{
    return {
        // https://huggingface.co/meta-llama/Llama-3.1-8B: "8.03B params".
        {"llama-3.1-8b", kLlama31_8b, 0, 8.03e9},
        // https://huggingface.co/meta-llama/Llama-3.1-70B: 70B.
        {"llama-3.1-70b", llama3(8192, 28672, 80, 64), 0, 70e9},
        // https://huggingface.co/meta-llama/Llama-3.1-405B: 405B.
        {"llama-3.1-405b", llama3(16384, 53248, 126, 128), 0, 405e9},
        // https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct: "70.6B params".
        {"llama-3.3-70b", llama3(8192, 28672, 80, 64), 0, 70.6e9},
        // https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct: 17B active, 109B
        // total; the Hub's safetensors count behind the 109B is 108,641,793,536, vision encoder
        // included (which the reader does not count, about 0.87B, so the language model lies
        // 0.8% below it). The 17B active counts the input table.
        {"llama-4-scout", llama4Scout(), 0, 108641793536.0, 17e9, true, 2},
        // https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct: 17B active,
        // 400B total.
        {"llama-4-maverick", kLlama4Maverick, 0, 400e9, 17e9, true, 2},
        // Mistral AI, "Mixtral of experts" (https://mistral.ai/news/mixtral-of-experts/;
        // arXiv:2401.04088): 46.7B total, 12.9B active per token, input table included.
        {"mixtral-8x7b", kMixtral8x7b, 0, 46.7e9, 12.9e9, true},
        // https://huggingface.co/Qwen/Qwen2.5-7B-Instruct: "Number of Parameters: 7.61B".
        {"qwen2.5-7b", kQwen25_7b, 0, 7.61e9},
        // https://huggingface.co/Qwen/Qwen3-8B: "Number of Parameters: 8.2B".
        {"qwen3-8b", qwen3Dense(4096, 12288, 36, 32, 36), 0, 8.2e9},
        // https://huggingface.co/Qwen/Qwen3-32B: "Number of Parameters: 32.8B".
        {"qwen3-32b", qwen3Dense(5120, 25600, 64, 64, 64), 0, 32.8e9},
        // https://huggingface.co/Qwen/Qwen3-30B-A3B: 30.5B total, 3.3B activated (input table
        // included).
        {"qwen3-30b-a3b", kQwen3_30bA3b, 0, 30.5e9, 3.3e9, true, 2},
        // https://huggingface.co/Qwen/Qwen3-235B-A22B: 235B total, 22B activated (input table
        // included).
        {"qwen3-235b-a22b", kQwen3_235bA22b, 0, 235e9, 22e9, true, 2},
        // https://huggingface.co/deepseek-ai/DeepSeek-V3: 671B total; README_WEIGHTS.md there:
        // 36.6B activated, the output head included and the input table not.
        {"deepseek-v3", kDeepSeekV3, 0, 671e9, 36.6e9},
        // https://huggingface.co/deepseek-ai/DeepSeek-R1: 671B total, 37B activated; its
        // config.json has DeepSeek-V3's architecture keys, so V3's file stands for it.
        {"deepseek-r1", kDeepSeekV3, 0, 671e9, 37e9, false, 2},
        // https://huggingface.co/openai/gpt-oss-20b; gpt-oss model card (arXiv:2508.10925,
        // Table 1): 20.91B total, 3.61B active.
        {"gpt-oss-20b", gptOss20b(), 0, 20.91e9, 3.61e9},
        // https://huggingface.co/openai/gpt-oss-120b; arXiv:2508.10925, Table 1: 116.83B total,
        // 5.13B active.
        {"gpt-oss-120b", kGptOss120b, 0, 116.83e9, 5.13e9},
        // Gemma 3 Technical Report (arXiv:2503.19786), Table 1, for the 12B of
        // https://huggingface.co/google/gemma-3-12b-it: 417M vision encoder + 1,012M embedding
        // + 10,759M non-embedding = 12,188M; the reader counts the language model, so the
        // encoder is added.
        {"gemma-3-12b", kGemma3_12b, 417e6, 12.188e9},
        // https://huggingface.co/google/gemma-3-27b-it: "27.4B params", the 417M vision encoder
        // included (arXiv:2503.19786, Table 1).
        {"gemma-3-27b", kGemma3_27b, 417e6, 27.4e9},
        // https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501 calls the model 24B;
        // the Hub's safetensors count for this architecture is 23,572,403,200, shown as 23.6B
        // (the 24B is that rounded, 1.8% off, too coarse for a 1% check).
        {"mistral-small-3", kMistralSmall3, 0, 23.6e9},
    };
}

HfConfigImport read(const QByteArray &json)
{
    const Result<HfConfigImport> result = readHfConfig(json, u"config.json"_s);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return *result;
}

bool within(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

// The error readHfConfig gives for `json`, or an empty one when it reads.
InputError errorOf(const QByteArray &json)
{
    const Result<HfConfigImport> result = readHfConfig(json, u"config.json"_s);
    return result ? InputError{} : result.error();
}

QByteArray withKey(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestHfConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parameterCountsAgainstModelCards_data();
    void parameterCountsAgainstModelCards();
    void llama31_8bIsExact();
    void qwen3MoeShape();
    void deepSeekV3MlaAndSharedExperts();
    void gemma3TextConfigAndWindow();
    void gptOssLayerTypes();
    void llama4ChunkedAttentionAndInterleavedExperts();
    void slidingWindowRules_data();
    void slidingWindowRules();
    void exactCountFromSafetensorsIndex();
    void quantizedCheckpointKeepsTheFormula();
    void catalogRecordsMatchTheirConfigs_data();
    void catalogRecordsMatchTheirConfigs();
    void everyCatalogModelMatchesItsCard_data();
    void everyCatalogModelMatchesItsCard();
    void gemma3DefaultHeadDim();
    void llama4EmptyNoRopeLayersMeansTheDefault();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
};

void TestHfConfig::parameterCountsAgainstModelCards_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<double>("extraParams");
    QTest::addColumn<double>("cardTotal");
    QTest::addColumn<double>("cardActive");
    // https://huggingface.co/meta-llama/Llama-3.1-8B: "8.03B params" (dense; no active figure).
    QTest::newRow("Llama 3.1 8B") << kLlama31_8b << 0.0 << 8.03e9 << 0.0;
    // https://huggingface.co/deepseek-ai/DeepSeek-V3: 671B total parameters (main model, without
    // the 14B multi-token-prediction module); README_WEIGHTS.md there: "Activation parameters:
    // 36.6B (including 0.9B for the output Head)".
    QTest::newRow("DeepSeek-V3") << kDeepSeekV3 << 0.0 << 671e9 << 36.6e9;
    // https://huggingface.co/google/gemma-3-27b-it: "27.4B params", which include the 417M
    // vision encoder (Gemma 3 Technical Report, arXiv:2503.19786, Table 1); the reader counts
    // the language model only, so the encoder is added here.
    QTest::newRow("Gemma 3 27B") << kGemma3_27b << 417e6 << 27.4e9 << 0.0;
    // https://huggingface.co/openai/gpt-oss-120b: 117B parameters, 5.1B active; the gpt-oss
    // model card (arXiv:2508.10925, Table 1): 116.83B total, 5.13B active.
    QTest::newRow("gpt-oss-120b") << kGptOss120b << 0.0 << 116.83e9 << 5.13e9;
}

void TestHfConfig::parameterCountsAgainstModelCards()
{
    QFETCH(QByteArray, config);
    QFETCH(double, extraParams);
    QFETCH(double, cardTotal);
    QFETCH(double, cardActive);
    const ModelArchitecture model = read(config).model;
    QVERIFY2(within(model.totalParams + extraParams, cardTotal, 0.01),
             qPrintable(QString::number(model.totalParams, 'g', 12)));
    if (cardActive > 0)
        QVERIFY2(within(model.activeParams, cardActive, 0.01),
                 qPrintable(QString::number(model.activeParams, 'g', 12)));
    QVERIFY(model.activeParams <= model.totalParams);
}

void TestHfConfig::llama31_8bIsExact()
{
    const HfConfigImport imported = read(kLlama31_8b);
    const ModelArchitecture &m = imported.model;
    // Embedding and output projection 2 × 128,256 × 4,096 = 1,050,673,152; per layer attention
    // 4,096 × 4,096 × 2 + 4,096 × 1,024 × 2 = 41,943,040, MLP 3 × 4,096 × 14,336 = 176,160,768,
    // norms 2 × 4,096 = 8,192: 218,112,000 × 32 = 6,979,584,000; final norm 4,096.
    // 1,050,673,152 + 6,979,584,000 + 4,096 = 8,030,261,248, the safetensors index's
    // total_size 16,060,522,496 ÷ 2 bytes.
    QCOMPARE(m.totalParams, 8030261248.0);
    // Active: less the input embedding table a token reads one row of: 8,030,261,248 −
    // 525,336,576 = 7,504,924,672.
    QCOMPARE(m.activeParams, 7504924672.0);
    QCOMPARE(m.layers, 32);
    QCOMPARE(m.attentionHeads, 32);
    QCOMPARE(m.kvHeads, 8);
    QCOMPARE(m.headDim, 4096 / 32);
    QCOMPARE(m.contextLength, 131072);
    QVERIFY(!m.tiedEmbeddings);
    QVERIFY(m.attentionPattern.isEmpty());
    QCOMPARE(imported.dtype, u"bfloat16"_s);
    QCOMPARE(imported.modelType, u"llama"_s);
    // 2 × 32 × 8 × 128 × 2 = 131,072 bytes of KV cache per token at 16 bits.
    QCOMPARE(kvCacheBytesPerToken(m, 16), 131072.0);
}

void TestHfConfig::qwen3MoeShape()
{
    const ModelArchitecture m = read(kQwen3_30bA3b).model;
    QCOMPARE(m.experts, 128);
    QCOMPARE(m.activeExperts, 8);
    QCOMPARE(m.sharedExperts, 0);
    QCOMPARE(m.denseLayers, 0);
    QCOMPARE(m.headDim, 128);              // explicit head_dim; hidden / heads would be 64
    QVERIFY(m.attentionPattern.isEmpty()); // use_sliding_window false
    // https://huggingface.co/Qwen/Qwen3-30B-A3B: 30.5B parameters, 29.9B without embeddings.
    QVERIFY(within(m.totalParams, 30.5e9, 0.01));
    const double embeddings = 2.0 * 151936 * 2048; // input table and untied output projection
    QVERIFY(within(m.totalParams - embeddings, 29.9e9, 0.01));
    // The card's "3.3B activated" counts the input table too (3,041,867,776 + 311,164,928 =
    // 3,353,032,704, written 3.3B): the same count under that convention lies in [3.3e9, 3.4e9).
    const double activeWithTable = m.activeParams + 151936.0 * 2048;
    QVERIFY2(activeWithTable >= 3.3e9 && activeWithTable < 3.4e9,
             qPrintable(QString::number(activeWithTable, 'g', 12)));
    // 2 × 48 layers × 4 KV heads × 128 × 2 bytes = 98,304 bytes a token.
    QCOMPARE(kvCacheBytesPerToken(m, 16), 98304.0);
}

void TestHfConfig::deepSeekV3MlaAndSharedExperts()
{
    const HfConfigImport imported = read(kDeepSeekV3);
    const ModelArchitecture &m = imported.model;
    QVERIFY(m.isMla());
    QCOMPARE(m.kvLoraRank, 512);
    QCOMPARE(m.qkRopeHeadDim, 64);
    QCOMPARE(m.headDim, 128 + 64);
    QCOMPARE(m.experts, 256);
    QCOMPARE(m.activeExperts, 8);
    QCOMPARE(m.sharedExperts, 1);
    QCOMPARE(m.denseLayers, 3);
    QCOMPARE(m.contextLength, 163840);
    // 61 layers × (512 + 64) × 2 bytes = 70,272 at 16 bits; 35,136 at 8.
    QCOMPARE(kvCacheBytesPerToken(m, 16), 70272.0);
    QCOMPARE(kvCacheBytesPerToken(m, 8), 35136.0);
    // One routed expert is 3 × 7,168 × 2,048 = 44,040,192 weights; the 58 MoE layers skip
    // 248 of 256: total − active − input table = 58 × 248 × 44,040,192 = 633,474,121,728.
    QCOMPARE(m.totalParams - m.activeParams - 129280.0 * 7168, 633474121728.0);
}

void TestHfConfig::gemma3TextConfigAndWindow()
{
    const HfConfigImport imported = read(kGemma3_27b);
    const ModelArchitecture &m = imported.model;
    QCOMPARE(imported.modelType, u"gemma3_text"_s);
    QCOMPARE(imported.dtype, u"bfloat16"_s); // from the outer config
    QCOMPARE(m.layers, 62);
    QCOMPARE(m.kvHeads, 16);
    QCOMPARE(m.headDim, 128); // explicit; 5,376 / 32 would be 168
    QVERIFY(m.tiedEmbeddings);
    QCOMPARE(m.totalParams, m.activeParams); // tied: the table is the output projection
    QCOMPARE(m.contextLength, 131072);
    QCOMPARE(m.slidingWindow, 1024);
    const QList<LayerAttention> fiveLocalOneGlobal{
        LayerAttention::SlidingWindow, LayerAttention::SlidingWindow, LayerAttention::SlidingWindow,
        LayerAttention::SlidingWindow, LayerAttention::SlidingWindow, LayerAttention::Full};
    QCOMPARE(m.attentionPattern, fiveLocalOneGlobal);
    // The Gemma 3 report's Table 1 for 27B: 1,416M embedding + 25,600M non-embedding
    // parameters = 27,016M in the language model.
    QVERIFY(within(m.totalParams, 27.016e9, 0.01));
    // 32,768 tokens: 10 global × 32,768 × 8,192 + 52 local × 1,024 × 8,192 = 3,120,562,176.
    QCOMPARE(kvCacheBytesPerSequence(m, 16, 32768), 3120562176.0);
    QVERIFY(!imported.notes.isEmpty());
}

void TestHfConfig::gptOssLayerTypes()
{
    const ModelArchitecture m = read(kGptOss120b).model;
    QCOMPARE(m.experts, 128);
    QCOMPARE(m.activeExperts, 4);
    QCOMPARE(m.slidingWindow, 128);
    const QList<LayerAttention> alternate{LayerAttention::SlidingWindow, LayerAttention::Full};
    QCOMPARE(m.attentionPattern, alternate);
    // 18 full layers × 8,192 × 2,048 + 18 sliding × 128 × 2,048 = 306,708,480 bytes at 8,192.
    QCOMPARE(kvCacheBytesPerSequence(m, 16, 8192), 306708480.0);
    // Without layer_types the family's rule (alternate from layer 0) gives the same.
    const ModelArchitecture rule =
        read(withKey(kGptOss120b, u"layer_types"_s, QJsonValue::Undefined)).model;
    QCOMPARE(rule.attentionPattern, alternate);
}

void TestHfConfig::llama4ChunkedAttentionAndInterleavedExperts()
{
    const HfConfigImport scout = read(llama4Scout());
    const ModelArchitecture &m = scout.model;
    QCOMPARE(scout.modelType, u"llama4_text"_s);
    QCOMPARE(m.experts, 16);
    QCOMPARE(m.activeExperts, 1);
    QCOMPARE(m.sharedExperts, 1);
    QCOMPARE(m.denseLayers, 0);
    // no_rope_layers [1, 1, 1, 0] × 12: three chunked layers, then one global.
    QCOMPARE(m.slidingWindow, 8192);
    const QList<LayerAttention> threeChunkedOneGlobal{
        LayerAttention::SlidingWindow, LayerAttention::SlidingWindow, LayerAttention::SlidingWindow,
        LayerAttention::Full};
    QCOMPARE(m.attentionPattern, threeChunkedOneGlobal);
    // One layer caches 2 × 8 × 128 × 2 = 4,096 bytes a token. At 1,048,576 tokens: 12 global
    // layers × 1,048,576 × 4,096 + 36 chunked × 8,192 × 4,096 = 51,539,607,552 + 1,207,959,552
    // = 52,747,567,104 bytes.
    QCOMPARE(kvCacheBytesPerSequence(m, 16, 1048576), 52747567104.0);
    // https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct: 109B total, the vision
    // encoder included, which the reader does not count: the language model's 107.8B is within
    // 1.5% of it.
    QVERIFY2(within(m.totalParams, 109e9, 0.015), qPrintable(QString::number(m.totalParams)));
    // https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/config.json
    // differs in num_local_experts 128 and interleave_moe_layer_step 2 (experts on every other
    // layer, dense MLPs of intermediate_size_mlp between); its card: 400B total.
    const ModelArchitecture maverick = read(llama4Scout(128, 2)).model;
    QCOMPARE(maverick.denseLayers, 24);
    QVERIFY2(within(maverick.totalParams, 400e9, 0.01),
             qPrintable(QString::number(maverick.totalParams)));
    // Both activate about 17B (the cards' figure, which counts the input table too).
    QVERIFY(within(m.activeParams + 202048.0 * 5120, 17e9, 0.015));
    QVERIFY(within(maverick.activeParams + 202048.0 * 5120, 17e9, 0.015));
}

void TestHfConfig::slidingWindowRules_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("slidingLayers");
    // Mistral 7B v0.1 (https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json:
    // sliding_window 4096): every one of its 32 layers.
    QByteArray mistral = withKey(kLlama31_8b, u"model_type"_s, u"mistral"_s);
    mistral = withKey(mistral, u"sliding_window"_s, 4096);
    QTest::newRow("mistral slides everywhere") << mistral << 4096 << 32;
    // Llama has no sliding window whatever the file says.
    QTest::newRow("llama never slides")
        << withKey(kLlama31_8b, u"sliding_window"_s, 4096) << 0 << 0;
    // Qwen: use_sliding_window with max_window_layers 40 of 48: layers 40..47 slide.
    QByteArray qwen = withKey(kQwen3_30bA3b, u"use_sliding_window"_s, true);
    qwen = withKey(qwen, u"sliding_window"_s, 32768);
    qwen = withKey(qwen, u"max_window_layers"_s, 40);
    QTest::newRow("qwen from max_window_layers") << qwen << 32768 << 8;
    // Gemma 2 alternates from layer 0: 13 of 26 layers (gemma-2-2b has 26).
    QByteArray gemma2 = withKey(kLlama31_8b, u"model_type"_s, u"gemma2"_s);
    gemma2 = withKey(gemma2, u"num_hidden_layers"_s, 26);
    gemma2 = withKey(gemma2, u"sliding_window"_s, 4096);
    QTest::newRow("gemma2 alternates") << gemma2 << 4096 << 13;
}

void TestHfConfig::slidingWindowRules()
{
    QFETCH(QByteArray, config);
    QFETCH(int, window);
    QFETCH(int, slidingLayers);
    const ModelArchitecture m = read(config).model;
    QCOMPARE(m.slidingWindow, window);
    int sliding = 0;
    for (int layer = 0; layer < m.layers; ++layer)
        sliding += m.attentionOfLayer(layer) == LayerAttention::SlidingWindow ? 1 : 0;
    QCOMPARE(sliding, slidingLayers);
}

void TestHfConfig::exactCountFromSafetensorsIndex()
{
    // https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/model.safetensors.index.json:
    // "total_size": 16060522496 bytes of bfloat16, ÷ 2 = 8,030,261,248 parameters.
    const QByteArray index = R"({"metadata": {"total_size": 16060522496},
                               "weight_map": {"lm_head.weight": "model-00004-of-00004.safetensors"}})";
    const Result<HfConfigImport> result =
        readHfConfig(kLlama31_8b, u"config.json"_s, index, u"model.safetensors.index.json"_s);
    QVERIFY(result);
    QVERIFY(result->exactCount);
    QCOMPARE(result->model.totalParams, 8030261248.0);
    // In float32 the same bytes are half as many parameters.
    const Result<HfConfigImport> fp32 =
        readHfConfig(withKey(kLlama31_8b, u"torch_dtype"_s, u"float32"_s), u"config.json"_s, index,
                     u"model.safetensors.index.json"_s);
    QCOMPARE(fp32->model.totalParams, 16060522496.0 / 4);
    QVERIFY(fp32->model.activeParams <= fp32->model.totalParams);
    // An index without metadata.total_size names that key in its own file.
    const Result<HfConfigImport> bad = readHfConfig(
        kLlama31_8b, u"config.json"_s, R"({"metadata": {}})", u"model.safetensors.index.json"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().source, u"model.safetensors.index.json"_s);
    QCOMPARE(bad.error().field, u"metadata.total_size"_s);
}

void TestHfConfig::quantizedCheckpointKeepsTheFormula()
{
    // DeepSeek-V3's checkpoint is FP8 with block scales: its 688,586,727,753 stored bytes are no
    // multiple of a dtype size, so the formula's count stays.
    const HfConfigImport formula = read(kDeepSeekV3);
    const Result<HfConfigImport> result =
        readHfConfig(kDeepSeekV3, u"config.json"_s, R"({"metadata": {"total_size": 688586727753}})",
                     u"model.safetensors.index.json"_s);
    QVERIFY(result);
    QVERIFY(!result->exactCount);
    QCOMPARE(result->model.totalParams, formula.model.totalParams);
    QCOMPARE(result->notes.size(), formula.notes.size() + 1);
}

void TestHfConfig::catalogRecordsMatchTheirConfigs_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("id");
    QTest::newRow("qwen3-30b-a3b") << kQwen3_30bA3b << u"qwen3-30b-a3b"_s;
    QTest::newRow("deepseek-v3") << kDeepSeekV3 << u"deepseek-v3"_s;
    QTest::newRow("gemma-3-27b") << kGemma3_27b << u"gemma-3-27b"_s;
    QTest::newRow("gpt-oss-120b") << kGptOss120b << u"gpt-oss-120b"_s;
    QTest::newRow("llama-3.1-70b") << llama3(8192, 28672, 80, 64) << u"llama-3.1-70b"_s;
    QTest::newRow("llama-3.1-405b") << llama3(16384, 53248, 126, 128) << u"llama-3.1-405b"_s;
    QTest::newRow("llama-4-scout") << llama4Scout() << u"llama-4-scout"_s;
    QTest::newRow("llama-4-maverick") << kLlama4Maverick << u"llama-4-maverick"_s;
    QTest::newRow("qwen3-8b") << qwen3Dense(4096, 12288, 36, 32, 36) << u"qwen3-8b"_s;
    QTest::newRow("qwen3-32b") << qwen3Dense(5120, 25600, 64, 64, 64) << u"qwen3-32b"_s;
    QTest::newRow("qwen3-235b-a22b") << kQwen3_235bA22b << u"qwen3-235b-a22b"_s;
    QTest::newRow("deepseek-r1") << kDeepSeekV3 << u"deepseek-r1"_s;
    QTest::newRow("gpt-oss-20b") << gptOss20b() << u"gpt-oss-20b"_s;
    QTest::newRow("gemma-3-12b") << kGemma3_12b << u"gemma-3-12b"_s;
    QTest::newRow("mistral-small-3") << kMistralSmall3 << u"mistral-small-3"_s;
}

void TestHfConfig::catalogRecordsMatchTheirConfigs()
{
    // The built-in catalog's records of these models are what their config.json gives.
    QFETCH(QByteArray, config);
    QFETCH(QString, id);
    const ModelArchitecture *record = findModel(id);
    QVERIFY(record);
    ModelArchitecture imported = read(config).model;
    imported.id = record->id;
    imported.name = record->name;
    imported.source = record->source;
    imported.asOf = record->asOf;
    QCOMPARE(modelToJson(*record), modelToJson(imported));
    QCOMPARE(*record, imported);
    QVERIFY(record->source.contains(u"https://huggingface.co/"_s));
    QVERIFY(!record->asOf.isEmpty());
}

void TestHfConfig::everyCatalogModelMatchesItsCard_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<double>("extraParams");
    QTest::addColumn<double>("cardTotal");
    QTest::addColumn<double>("cardActive");
    QTest::addColumn<bool>("activeWithInputTable");
    QTest::addColumn<int>("activeDigits");
    const QList<CardRow> rows = cardRows();
    // One row per built-in model: a model added to the catalog without its card fails here.
    for (const ModelArchitecture &model : builtinModels()) {
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&model](const CardRow &r) {
            return model.id == QLatin1String(r.id);
        });
        if (row == rows.cend()) {
            QTest::newRow(qPrintable(model.id)) << QByteArray() << 0.0 << 0.0 << 0.0 << false << 0;
            continue;
        }
        QTest::newRow(row->id) << row->config << row->extraParams << row->cardTotal
                               << row->cardActive << row->activeWithInputTable << row->activeDigits;
    }
}

void TestHfConfig::everyCatalogModelMatchesItsCard()
{
    QFETCH(QByteArray, config);
    QFETCH(double, extraParams);
    QFETCH(double, cardTotal);
    QFETCH(double, cardActive);
    QFETCH(bool, activeWithInputTable);
    QFETCH(int, activeDigits);
    const QString id = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY2(!config.isEmpty(), qPrintable(u"%1 has no config.json and card row"_s.arg(id)));
    const HfConfigImport imported = read(config);
    const ModelArchitecture *record = findModel(id);
    QVERIFY(record);
    // Total parameters from the architecture within 1% of the card's, and the catalog record's
    // within 1% too (the hand-written records carry the card's own figure).
    const double total = imported.model.totalParams + extraParams;
    QVERIFY2(within(total, cardTotal, 0.01), qPrintable(u"%1: %2 against the card's %3"_s.arg(id)
                                                            .arg(total, 0, 'g', 12)
                                                            .arg(cardTotal, 0, 'g', 12)));
    QVERIFY2(within(record->totalParams + extraParams, cardTotal, 0.01), qPrintable(id));
    QVERIFY(imported.model.activeParams <= imported.model.totalParams);
    if (cardActive <= 0)
        return;
    // A card's active count is known to one unit of its last written digit ("17B": to 1B) or
    // to 1%, whichever is wider; counted the card's way (with or without the input table).
    const double active =
        imported.model.activeParams +
        (activeWithInputTable ? double(imported.shape.vocabSize) * imported.shape.hiddenSize : 0);
    const double unit = std::pow(10.0, std::floor(std::log10(cardActive)) - activeDigits + 1);
    QVERIFY2(std::abs(active - cardActive) <= std::max(0.01 * cardActive, unit),
             qPrintable(u"%1: %2 active against the card's %3"_s.arg(id)
                            .arg(active, 0, 'g', 12)
                            .arg(cardActive, 0, 'g', 12)));
}

void TestHfConfig::gemma3DefaultHeadDim()
{
    // gemma-3-12b-it's text_config has no head_dim: Gemma3TextConfig's 256, not 3,840 / 16.
    const HfConfigImport imported = read(kGemma3_12b);
    QCOMPARE(imported.model.headDim, 256);
    QVERIFY(imported.notes.join(u' ').contains(u"head_dim"_s));
    // One layer caches 2 × 8 KV heads × 256 × 2 bytes = 8,192 bytes a token; 48 layers:
    // 393,216 bytes a token while the context is within the 1,024-token window.
    QCOMPARE(kvCacheBytesPerToken(imported.model, 16), 393216.0);
    // Gemma 3 report, Table 1, 12B: 10,759M non-embedding parameters. Per layer: attention
    // 3,840 × 4,096 × 2 + 3,840 × 2,048 × 2 = 47,185,920, Q/K norms 512, MLP 3 × 3,840 × 15,360
    // = 176,947,200, norms 4 × 3,840 = 15,360: 224,148,992 × 48 = 10,759,151,616.
    QCOMPARE(imported.model.totalParams - 262208.0 * 3840 - 3840, 10759151616.0);
}

void TestHfConfig::llama4EmptyNoRopeLayersMeansTheDefault()
{
    // meta-llama/Llama-4-Scout-17B-16E (the base model) ships "no_rope_layers": []
    // (https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E/blob/main/config.json);
    // Llama4TextConfig then makes every fourth layer NoPE, as the Instruct file writes out.
    QJsonObject root = QJsonDocument::fromJson(llama4Scout()).object();
    QJsonObject text = root.value(u"text_config"_s).toObject();
    text.insert(u"no_rope_layers"_s, QJsonArray());
    root.insert(u"text_config"_s, text);
    const ModelArchitecture base = read(QJsonDocument(root).toJson()).model;
    QCOMPARE(base.attentionPattern, read(llama4Scout()).model.attentionPattern);
    // no_rope_layer_interval changes the period: 2 gives chunked, global, chunked, ...
    text.remove(u"no_rope_layers"_s);
    text.insert(u"no_rope_layer_interval"_s, 2);
    root.insert(u"text_config"_s, text);
    const QList<LayerAttention> alternate{LayerAttention::SlidingWindow, LayerAttention::Full};
    QCOMPARE(read(QJsonDocument(root).toJson()).model.attentionPattern, alternate);
}

void TestHfConfig::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown model_type")
        << withKey(kLlama31_8b, u"model_type"_s, u"bert"_s) << u"model_type"_s;
    QTest::newRow("no model_type")
        << withKey(kLlama31_8b, u"model_type"_s, QJsonValue::Undefined) << u"model_type"_s;
    QTest::newRow("no layers") << withKey(kLlama31_8b, u"num_hidden_layers"_s,
                                          QJsonValue::Undefined)
                               << u"num_hidden_layers"_s;
    QTest::newRow("layers as text")
        << withKey(kLlama31_8b, u"num_hidden_layers"_s, u"32"_s) << u"num_hidden_layers"_s;
    QTest::newRow("kv heads not dividing heads")
        << withKey(kLlama31_8b, u"num_key_value_heads"_s, 5) << u"num_key_value_heads"_s;
    QTest::newRow("no vocab") << withKey(kLlama31_8b, u"vocab_size"_s, QJsonValue::Undefined)
                              << u"vocab_size"_s;
    QTest::newRow("deepseek without kv_lora_rank")
        << withKey(kDeepSeekV3, u"kv_lora_rank"_s, QJsonValue::Undefined) << u"kv_lora_rank"_s;
    QTest::newRow("qwen3_moe without num_experts")
        << withKey(kQwen3_30bA3b, u"num_experts"_s, QJsonValue::Undefined) << u"num_experts"_s;
    QTest::newRow("more experts per token than experts")
        << withKey(kQwen3_30bA3b, u"num_experts_per_tok"_s, 129) << u"num_experts_per_tok"_s;
    QTest::newRow("layer_types too short")
        << withKey(kGptOss120b, u"layer_types"_s, QJsonArray{u"full_attention"_s})
        << u"layer_types"_s;
    QTest::newRow("unknown layer type")
        << withKey(kGptOss120b, u"layer_types"_s,
                   QJsonArray::fromStringList(QStringList(36, u"chunked_attention"_s)))
        << u"layer_types[0]"_s;
    QTest::newRow("gpt_oss without sliding_window")
        << withKey(kGptOss120b, u"sliding_window"_s, QJsonValue::Undefined) << u"sliding_window"_s;
    QTest::newRow("missing key inside text_config")
        << QByteArray(kGemma3_27b).replace("\"num_hidden_layers\": 62,", "")
        << u"text_config.num_hidden_layers"_s;
    QTest::newRow("not a JSON object") << QByteArray("[1, 2]") << QString();
}

void TestHfConfig::errorsNameTheKey()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, field);
    const InputError error = errorOf(config);
    QCOMPARE(error.source, u"config.json"_s);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    if (field == u"model_type")
        QVERIFY(error.message.contains(u"by hand"_s));
}

QTEST_APPLESS_MAIN(TestHfConfig)
#include "tst_hf_config.moc"
