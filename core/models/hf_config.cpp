#include "models/hf_config.h"

#include "common/catalog_file.h"
#include "common/json_reader.h"
#include "hardware/hardware_catalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

enum class Family { Dense, Qwen3Moe, Mixtral, DeepSeek, Gemma2, Gemma3, GptOss, Llama4 };

constexpr int kMaxCount = 1 << 24; // heads, layers, widths: far beyond any real model
constexpr int kMaxVocab = 1 << 26; // 67 M tokens
constexpr int kMaxContext = 1 << 30;
constexpr int kMaxLayers = 100000; // the catalog's limit

bool familyOf(const QString &modelType, Family *family)
{
    static const QList<std::pair<QString, Family>> families{
        {u"llama"_s, Family::Dense},          {u"mistral"_s, Family::Dense},
        {u"qwen2"_s, Family::Dense},          {u"qwen3"_s, Family::Dense},
        {u"phi3"_s, Family::Dense},           {u"qwen3_moe"_s, Family::Qwen3Moe},
        {u"mixtral"_s, Family::Mixtral},      {u"deepseek_v2"_s, Family::DeepSeek},
        {u"deepseek_v3"_s, Family::DeepSeek}, {u"gemma2"_s, Family::Gemma2},
        {u"gemma3"_s, Family::Gemma3},        {u"gemma3_text"_s, Family::Gemma3},
        {u"gpt_oss"_s, Family::GptOss},       {u"llama4_text"_s, Family::Llama4},
    };
    for (const auto &[type, f] : families) {
        if (type == modelType) {
            *family = f;
            return true;
        }
    }
    return false;
}

// Reads the keys of one config object; the first problem is kept, as JsonReader does.
class ConfigReader {
public:
    ConfigReader(JsonReader &reader, QJsonObject object, QString path)
        : m_reader(reader)
        , m_object(std::move(object))
        , m_path(std::move(path))
    {}

    bool has(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }
    int required(const QString &key, int min = 1, int max = kMaxCount)
    {
        return m_reader.integer(m_object, m_path, key, min, max);
    }
    int optional(const QString &key, int fallback, int min = 0, int max = kMaxCount)
    {
        return has(key) ? required(key, min, max) : fallback;
    }
    bool flag(const QString &key, bool fallback)
    {
        return m_reader.optionalBoolean(m_object, m_path, key, fallback);
    }
    QString string(const QString &key) { return m_reader.optionalString(m_object, m_path, key); }
    QJsonArray array(const QString &key) { return m_reader.array(m_object, m_path, key); }
    QString field(const QString &key) const { return JsonReader::join(m_path, key); }
    void fail(const QString &key, const QString &message) { m_reader.fail(field(key), message); }
    bool failed() const { return m_reader.failed(); }

private:
    JsonReader &m_reader;
    QJsonObject m_object;
    QString m_path;
};

// The shortest prefix that, repeated, gives every layer's attention; empty when all are full.
QList<LayerAttention> repeatingPattern(const QList<LayerAttention> &layers)
{
    if (!layers.contains(LayerAttention::SlidingWindow) && !layers.contains(LayerAttention::None))
        return {};
    for (qsizetype period = 1; period < layers.size(); ++period) {
        bool repeats = true;
        for (qsizetype i = period; i < layers.size() && repeats; ++i)
            repeats = layers[i] == layers[i % period];
        if (repeats)
            return layers.first(period);
    }
    return layers;
}

// Attention of every layer, from `layer_types` or the family's rule.
QList<LayerAttention> layerAttention(ConfigReader &c, Family family, const QString &modelType,
                                     int layers)
{
    QList<LayerAttention> result(layers, LayerAttention::Full);
    if (c.has(u"layer_types"_s)) {
        const QJsonArray types = c.array(u"layer_types"_s);
        if (c.failed())
            return {};
        if (types.size() != layers) {
            c.fail(u"layer_types"_s,
                   u"must have one entry per layer (%1; got %2)"_s.arg(layers).arg(types.size()));
            return {};
        }
        for (int i = 0; i < layers; ++i) {
            const QString type = types[i].toString();
            // Llama 4's chunked layers hold at most one chunk: a window of the chunk size.
            const QString local =
                family == Family::Llama4 ? u"chunked_attention"_s : u"sliding_attention"_s;
            if (type == local)
                result[i] = LayerAttention::SlidingWindow;
            else if (type != u"full_attention") {
                c.fail(JsonReader::join(u"layer_types"_s, i),
                       u"must be \"full_attention\" or \"%1\""_s.arg(local));
                return {};
            }
        }
        return result;
    }
    const bool hasWindow = c.has(u"sliding_window"_s);
    switch (family) {
    case Family::Gemma2:
    case Family::GptOss:
        for (int i = 0; i < layers; i += 2)
            result[i] = LayerAttention::SlidingWindow;
        break;
    case Family::Gemma3: {
        const int period = c.optional(u"sliding_window_pattern"_s, 6, 1);
        if (c.failed())
            return {};
        for (int i = 0; i < layers; ++i) {
            if ((i + 1) % period != 0)
                result[i] = LayerAttention::SlidingWindow;
        }
        break;
    }
    case Family::Dense:
    case Family::Qwen3Moe:
        if (modelType.startsWith(u"qwen"_s)) {
            if (c.flag(u"use_sliding_window"_s, false)) {
                const int from = c.optional(u"max_window_layers"_s, layers);
                for (int i = from; i < layers; ++i)
                    result[i] = LayerAttention::SlidingWindow;
            }
        } else if (hasWindow && modelType != u"llama") {
            result.fill(LayerAttention::SlidingWindow); // mistral, phi3
        }
        break;
    case Family::Mixtral:
        if (hasWindow)
            result.fill(LayerAttention::SlidingWindow);
        break;
    case Family::DeepSeek:
        break;
    case Family::Llama4: {
        // RoPE layers (no_rope_layers[i] == 1, by default three of every four) attend within
        // chunks of attention_chunk_size; the others attend to the whole context.
        if (!c.has(u"attention_chunk_size"_s))
            break;
        // Llama4TextConfig treats an absent or empty no_rope_layers (meta-llama's base
        // checkpoints ship "no_rope_layers": []) as a NoPE layer every
        // no_rope_layer_interval-th layer, 4 by default.
        const QJsonArray rope =
            c.has(u"no_rope_layers"_s) ? c.array(u"no_rope_layers"_s) : QJsonArray();
        if (!rope.isEmpty()) {
            if (!c.failed() && rope.size() != layers) {
                c.fail(
                    u"no_rope_layers"_s,
                    u"must have one entry per layer (%1; got %2)"_s.arg(layers).arg(rope.size()));
                return {};
            }
            for (int i = 0; i < int(rope.size()); ++i) {
                if (rope[i].toInt() != 0)
                    result[i] = LayerAttention::SlidingWindow;
            }
        } else if (!c.failed()) {
            const int interval = c.optional(u"no_rope_layer_interval"_s, 4, 1, layers);
            for (int i = 0; i < layers && !c.failed(); ++i) {
                if ((i + 1) % interval != 0)
                    result[i] = LayerAttention::SlidingWindow;
            }
        }
        break;
    }
    }
    return result;
}

void readMoe(ConfigReader &c, Family family, TransformerShape &s)
{
    switch (family) {
    case Family::Mixtral:
    case Family::GptOss:
        s.experts = c.required(u"num_local_experts"_s);
        s.activeExperts = c.has(u"num_experts_per_tok"_s) || family == Family::Mixtral
                              ? c.required(u"num_experts_per_tok"_s, 1, s.experts)
                              : c.required(u"experts_per_token"_s, 1, s.experts);
        s.moeIntermediateSize = s.intermediateSize;
        break;
    case Family::Qwen3Moe: {
        s.experts = c.required(u"num_experts"_s);
        s.activeExperts = c.required(u"num_experts_per_tok"_s, 1, s.experts);
        s.moeIntermediateSize = c.required(u"moe_intermediate_size"_s);
        const int step = c.optional(u"decoder_sparse_step"_s, 1, 1);
        if (c.failed())
            return;
        QList<bool> dense(s.layers, false);
        if (c.has(u"mlp_only_layers"_s)) {
            const QJsonArray only = c.array(u"mlp_only_layers"_s);
            for (qsizetype i = 0; i < only.size() && !c.failed(); ++i) {
                const double layer = only[i].toDouble(-1);
                if (layer < 0 || layer >= s.layers || layer != std::floor(layer))
                    c.fail(JsonReader::join(u"mlp_only_layers"_s, i),
                           u"must be a layer index from 0 to %1"_s.arg(s.layers - 1));
                else
                    dense[int(layer)] = true;
            }
        }
        for (int i = 0; i < s.layers; ++i)
            s.denseLayers += dense[i] || (i + 1) % step != 0 ? 1 : 0;
        break;
    }
    case Family::DeepSeek: {
        s.experts = c.required(u"n_routed_experts"_s);
        s.activeExperts = c.required(u"num_experts_per_tok"_s, 1, s.experts);
        s.sharedExperts = c.optional(u"n_shared_experts"_s, 0);
        s.moeIntermediateSize = c.required(u"moe_intermediate_size"_s);
        const int firstDense = c.optional(u"first_k_dense_replace"_s, 0, 0, s.layers);
        const int frequency = c.optional(u"moe_layer_freq"_s, 1, 1);
        if (c.failed())
            return;
        for (int i = 0; i < s.layers; ++i)
            s.denseLayers += i >= firstDense && i % frequency == 0 ? 0 : 1;
        break;
    }
    case Family::Llama4: {
        // Llama4TextMoe: routed experts of intermediate_size plus one shared expert of the same
        // width; the dense layers' MLP is intermediate_size_mlp wide. MoE layers are moe_layers,
        // or every interleave_moe_layer_step-th layer.
        s.experts = c.required(u"num_local_experts"_s);
        s.activeExperts = c.required(u"num_experts_per_tok"_s, 1, s.experts);
        s.sharedExperts = 1;
        s.moeIntermediateSize = s.intermediateSize;
        s.intermediateSize = c.required(u"intermediate_size_mlp"_s);
        const int step = c.optional(u"interleave_moe_layer_step"_s, 1, 1);
        if (c.failed())
            return;
        QList<bool> moe(s.layers, false);
        if (c.has(u"moe_layers"_s)) {
            const QJsonArray layers = c.array(u"moe_layers"_s);
            for (qsizetype i = 0; i < layers.size() && !c.failed(); ++i) {
                const double layer = layers[i].toDouble(-1);
                if (layer < 0 || layer >= s.layers || layer != std::floor(layer))
                    c.fail(JsonReader::join(u"moe_layers"_s, i),
                           u"must be a layer index from 0 to %1"_s.arg(s.layers - 1));
                else
                    moe[int(layer)] = true;
            }
        } else {
            for (int i = step - 1; i < s.layers; i += step)
                moe[i] = true;
        }
        s.denseLayers = int(moe.count(false));
        break;
    }
    case Family::Dense:
    case Family::Gemma2:
    case Family::Gemma3:
        break;
    }
}

// "meta-llama/Llama-3.1-8B" -> "Llama-3.1-8B"; "" when absent.
QString nameOf(const QJsonObject &root)
{
    const QString path = root.value(u"_name_or_path"_s).toString().trimmed();
    return path.section(u'/', -1, -1, QString::SectionSkipEmpty);
}

} // namespace

QStringList supportedHfModelTypes()
{
    return {u"llama"_s,       u"mistral"_s,     u"qwen2"_s,       u"qwen3"_s,      u"qwen3_moe"_s,
            u"mixtral"_s,     u"deepseek_v2"_s, u"deepseek_v3"_s, u"gemma2"_s,     u"gemma3"_s,
            u"gemma3_text"_s, u"gpt_oss"_s,     u"phi3"_s,        u"llama4_text"_s};
}

double bytesPerElementOfDtype(const QString &dtype)
{
    if (dtype == u"float32" || dtype == u"float")
        return 4;
    if (dtype == u"bfloat16" || dtype == u"float16" || dtype == u"half")
        return 2;
    if (dtype.startsWith(u"float8"_s))
        return 1;
    return 0;
}

Result<HfConfigImport> readHfConfig(const QByteArray &configJson, const QString &source)
{
    Result<QJsonObject> parsed = parseJsonObject(configJson, source);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = *parsed;
    JsonReader reader(source);
    HfConfigImport out;

    // A multimodal checkpoint describes its language model in text_config.
    QJsonObject object = root;
    QString path;
    if (root.value(u"text_config"_s).isObject()) {
        object = root.value(u"text_config"_s).toObject();
        path = u"text_config"_s;
        out.notes.append(u"multimodal config: the language model in text_config is counted, "
                         u"not the vision tower"_s);
    }
    ConfigReader c(reader, object, path);
    out.modelType = c.string(u"model_type"_s);
    if (out.modelType.isEmpty() && !path.isEmpty()) {
        // Gemma 3 leaves text_config's model_type out: it is the outer type's text model.
        out.modelType = reader.optionalString(root, {}, u"model_type"_s);
        if (out.modelType == u"gemma3" || out.modelType == u"llama4")
            out.modelType += u"_text"_s;
    }
    Family family = Family::Dense;
    if (!reader.failed() && !familyOf(out.modelType, &family)) {
        return InputError{
            source, c.field(u"model_type"_s),
            out.modelType.isEmpty()
                ? u"is missing (expected one of %1); fill the architecture in by "
                  u"hand"_s.arg(supportedHfModelTypes().join(u", "_s))
                : u"must be one of %1 (got \"%2\"); fill the architecture in by "
                  u"hand"_s.arg(supportedHfModelTypes().join(u", "_s), out.modelType)};
    }

    TransformerShape &s = out.shape;
    s.layers = c.required(u"num_hidden_layers"_s, 1, kMaxLayers);
    s.hiddenSize = c.required(u"hidden_size"_s);
    s.attentionHeads = c.required(u"num_attention_heads"_s);
    s.kvHeads = c.optional(u"num_key_value_heads"_s, s.attentionHeads, 1, s.attentionHeads);
    if (!reader.failed() && s.attentionHeads % s.kvHeads != 0)
        c.fail(u"num_key_value_heads"_s,
               u"must divide num_attention_heads (%1) evenly (got %2)"_s.arg(s.attentionHeads)
                   .arg(s.kvHeads));
    if (c.has(u"head_dim"_s)) {
        s.headDim = c.required(u"head_dim"_s);
    } else if (family == Family::Gemma3) {
        // google/gemma-3-12b-it's text_config leaves head_dim to Gemma3TextConfig's default,
        // 256, which is not hidden_size / num_attention_heads (3,840 / 16 = 240).
        s.headDim = 256;
        out.notes.append(u"head_dim absent: Gemma3TextConfig's default 256"_s);
    } else if (!reader.failed() && s.hiddenSize % s.attentionHeads != 0)
        c.fail(u"head_dim"_s, u"is missing and hidden_size (%1) is not a multiple of "
                              u"num_attention_heads (%2)"_s.arg(s.hiddenSize)
                                  .arg(s.attentionHeads));
    else if (!reader.failed())
        s.headDim = s.hiddenSize / s.attentionHeads;
    s.intermediateSize = c.required(u"intermediate_size"_s);
    // google/gemma-3-*-it leave vocab_size and max_position_embeddings to Gemma3TextConfig's
    // defaults (transformers configuration_gemma3.py).
    const bool gemma3Defaults = family == Family::Gemma3;
    if (gemma3Defaults && !c.has(u"vocab_size"_s)) {
        s.vocabSize = 262208;
        out.notes.append(u"vocab_size absent: Gemma3TextConfig's default 262208"_s);
    } else {
        s.vocabSize = c.required(u"vocab_size"_s, 1, kMaxVocab);
    }
    const bool gemma = family == Family::Gemma2 || family == Family::Gemma3;
    s.tiedEmbeddings = c.flag(u"tie_word_embeddings"_s, gemma);
    s.normsPerLayer = gemma ? 4 : 2;
    s.qkNorm = family == Family::Gemma3 || out.modelType.startsWith(u"qwen3"_s);
    s.qkvBias = out.modelType == u"qwen2" || c.flag(u"attention_bias"_s, family == Family::GptOss);
    s.outputBias = s.qkvBias && out.modelType != u"qwen2";
    s.attentionSinks = family == Family::GptOss;
    s.expertBias = s.routerBias = family == Family::GptOss;
    if (out.modelType == u"deepseek_v3")
        s.routerBias = true; // e_score_correction_bias
    if (family == Family::DeepSeek) {
        s.qLoraRank = c.optional(u"q_lora_rank"_s, 0);
        s.kvLoraRank = c.required(u"kv_lora_rank"_s);
        s.qkNopeHeadDim = c.required(u"qk_nope_head_dim"_s);
        s.qkRopeHeadDim = c.required(u"qk_rope_head_dim"_s);
        s.vHeadDim = c.required(u"v_head_dim"_s);
        s.qkvBias = s.outputBias = false;
    }
    if (!reader.failed())
        readMoe(c, family, s);
    int context = 131072;
    if (gemma3Defaults && !c.has(u"max_position_embeddings"_s))
        out.notes.append(u"max_position_embeddings absent: Gemma3TextConfig's default 131072"_s);
    else
        context = c.required(u"max_position_embeddings"_s, 1, kMaxContext);
    out.dtype = c.has(u"torch_dtype"_s) ? c.string(u"torch_dtype"_s) : c.string(u"dtype"_s);
    if (out.dtype.isEmpty() && !path.isEmpty())
        out.dtype = reader.optionalString(root, {}, u"torch_dtype"_s);
    if (reader.failed())
        return reader.error();

    const QList<LayerAttention> perLayer = layerAttention(c, family, out.modelType, s.layers);
    int window = 0;
    if (!reader.failed() && perLayer.contains(LayerAttention::SlidingWindow)) {
        if (family == Family::Llama4)
            window = c.required(u"attention_chunk_size"_s, 1, kMaxContext);
        else if (family == Family::Gemma2 || family == Family::Gemma3)
            window = c.optional(u"sliding_window"_s, 4096, 1, kMaxContext);
        else
            window = c.required(u"sliding_window"_s, 1, kMaxContext);
    }
    if (reader.failed())
        return reader.error();

    const ParameterCount count = countParameters(s);
    ModelArchitecture &m = out.model;
    m.name = nameOf(root);
    if (m.name.isEmpty())
        m.name = out.modelType;
    m.id = m.name.toLower().replace(u' ', u'-');
    m.totalParams = count.total;
    m.activeParams = count.active;
    m.layers = s.layers;
    m.attentionHeads = s.attentionHeads;
    m.kvHeads = s.kvLoraRank > 0 ? s.attentionHeads : s.kvHeads;
    m.headDim = s.kvLoraRank > 0 ? s.qkNopeHeadDim + s.qkRopeHeadDim : s.headDim;
    m.experts = s.experts;
    m.activeExperts = s.activeExperts;
    m.sharedExperts = s.sharedExperts;
    m.denseLayers = s.experts > 0 ? s.denseLayers : 0;
    m.kvLoraRank = s.kvLoraRank;
    m.qkRopeHeadDim = s.kvLoraRank > 0 ? s.qkRopeHeadDim : 0;
    m.attentionPattern = repeatingPattern(perLayer);
    m.slidingWindow = m.attentionPattern.isEmpty() ? 0 : window;
    m.tiedEmbeddings = s.tiedEmbeddings;
    m.contextLength = context;
    m.source = u"%1 (Hugging Face config.json, model_type %2)"_s.arg(source, out.modelType);
    // What is imported must be storable: a catalog or scenario record obeys the same rules.
    const Result<ModelArchitecture> storable = modelFromJson(modelToJson(m), source, {});
    if (!storable)
        return storable.error();
    return out;
}

Result<HfConfigImport> readHfConfig(const QByteArray &configJson, const QString &source,
                                    const QByteArray &safetensorsIndexJson,
                                    const QString &indexSource)
{
    Result<HfConfigImport> result = readHfConfig(configJson, source);
    if (!result)
        return result;
    Result<QJsonObject> index = parseJsonObject(safetensorsIndexJson, indexSource);
    if (!index)
        return index.error();
    JsonReader reader(indexSource);
    const QJsonObject metadata = reader.object(*index, {}, u"metadata"_s);
    const double totalBytes = reader.number(metadata, u"metadata"_s, u"total_size"_s, 1, 1e16);
    if (reader.failed())
        return reader.error();

    HfConfigImport &out = result.value();
    const Result<QJsonObject> config = parseJsonObject(configJson, source);
    if (config->contains(u"quantization_config"_s)) {
        out.notes.append(u"the checkpoint is quantized (quantization_config): its stored bytes "
                         u"do not give a parameter count, so the count is the formula's"_s);
        return result;
    }
    const double bytes = bytesPerElementOfDtype(out.dtype);
    if (bytes <= 0) {
        return InputError{
            source, u"torch_dtype"_s,
            u"must be float32, bfloat16, float16 or a float8 type to turn %1's "
            u"total_size into a parameter count (got \"%2\")"_s.arg(indexSource, out.dtype)};
    }
    out.model.totalParams = std::round(totalBytes / bytes);
    out.model.activeParams = std::min(out.model.activeParams, out.model.totalParams);
    out.exactCount = true;
    return result;
}

} // namespace pertoken
