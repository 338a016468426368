#include "pricing/litellm_import.h"

#include "common/catalog_file.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>
#include <set>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::String:
        return u"the string \"%1\""_s.arg(value.toString().left(40));
    default:
        return u"null"_s;
    }
}

// Per token to per million tokens, rounded to 12 significant digits so that 2.5e-06 × 1e6 reads
// back as 2.5 rather than 2.4999999999999996.
double perMillion(double usdPerToken)
{
    return QString::number(usdPerToken * 1e6, 'g', 12).toDouble();
}

// Reads one LiteLLM entry; the first problem is kept as "field: message".
class EntryReader {
public:
    explicit EntryReader(const QJsonObject &object)
        : m_object(object)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /// A non-negative finite number, at most `max`.
    std::optional<double> number(const QString &field,
                                 double max = std::numeric_limits<double>::max())
    {
        const QJsonValue value = m_object.value(field);
        if (failed() || value.isUndefined() || value.isNull())
            return std::nullopt;
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
        } else if (value.isString()) {
            bool ok = false;
            number = value.toString().trimmed().toDouble(&ok);
            if (!ok)
                return fail(field, u"must be a number, not %1"_s.arg(typeName(value)));
        } else {
            return fail(field, u"must be a number, not %1"_s.arg(typeName(value)));
        }
        if (!std::isfinite(number))
            return fail(field, u"must be a finite number"_s);
        if (number < 0)
            return fail(field, u"must not be negative (got %1)"_s.arg(number));
        if (number > max)
            return fail(field, u"must be at most %1 (got %2)"_s.arg(max).arg(number));
        return number;
    }

    /// A price in USD per token, at most kMaxUsdPerMTok per million tokens (as catalogs allow).
    std::optional<double> usdPerToken(const QString &field)
    {
        const std::optional<double> value = number(field);
        if (value && *value * 1e6 > kMaxUsdPerMTok) {
            return fail(field, u"must be at most %1 USD per token, %2 per million tokens (got %3)"_s
                                   .arg(kMaxUsdPerMTok / 1e6)
                                   .arg(kMaxUsdPerMTok, 0, 'f', 0)
                                   .arg(*value));
        }
        return value;
    }

    QString string(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (failed() || value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(field, u"must be a string, not %1"_s.arg(typeName(value)));
            return {};
        }
        return value.toString();
    }

    std::nullopt_t fail(const QString &field, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = field + u": "_s + message;
        return std::nullopt;
    }

private:
    const QJsonObject &m_object;
    QString m_error;
};

struct LongContextTier {
    int thresholdThousands = 0;
    std::optional<double> input;
    std::optional<double> output;
    std::optional<double> cachedInput;
};

// Reads every *_above_<N>k_tokens price (so malformed ones are caught) and keeps the highest N.
LongContextTier readLongContextTier(const QJsonObject &object, EntryReader &reader,
                                    std::set<int> *thresholds)
{
    static const QRegularExpression pattern(
        u"^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)"
        u"_above_(\\d+)k_tokens$"_s);
    QHash<QString, QHash<int, double>> byKind;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QRegularExpressionMatch match = pattern.match(it.key());
        if (!match.hasMatch())
            continue;
        const std::optional<double> value = reader.usdPerToken(it.key());
        if (!value)
            continue;
        bool ok = false;
        const qint64 thousands = match.captured(2).toLongLong(&ok);
        if (!ok || thousands < 1 || thousands * 1000.0 > kMaxPriceTokens) {
            reader.fail(it.key(), u"the threshold must be from 1k to %1k tokens"_s.arg(
                                      kMaxPriceTokens / 1000, 0, 'f', 0));
            continue;
        }
        const int threshold = int(thousands);
        byKind[match.captured(1)].insert(threshold, *value);
        if (match.captured(1) != u"cache_read_input_token_cost"_s)
            thresholds->insert(threshold);
    }
    LongContextTier tier;
    if (thresholds->empty())
        return tier;
    tier.thresholdThousands = *thresholds->rbegin();
    const auto at = [&](const QString &kind) -> std::optional<double> {
        const QHash<int, double> values = byKind.value(kind);
        if (!values.contains(tier.thresholdThousands))
            return std::nullopt;
        return values.value(tier.thresholdThousands);
    };
    tier.input = at(u"input_cost_per_token"_s);
    tier.output = at(u"output_cost_per_token"_s);
    tier.cachedInput = at(u"cache_read_input_token_cost"_s);
    return tier;
}

OutputModality modalityForMode(const QString &mode)
{
    if (mode == u"image_generation"_s)
        return OutputModality::Image;
    if (mode == u"audio_speech"_s)
        return OutputModality::Audio;
    if (mode == u"embedding"_s)
        return OutputModality::Embedding;
    return OutputModality::Text;
}

// The batch discount from the batch rates; input's ratio wins, a disagreeing output ratio is
// reported. Returns the discount in [0, 1), or nullopt when there is none to keep.
std::optional<double> batchDiscount(const QString &key, double input, double output,
                                    std::optional<double> inputBatch,
                                    std::optional<double> outputBatch, QStringList *warnings)
{
    std::optional<double> inputRatio;
    std::optional<double> outputRatio;
    if (inputBatch && input > 0)
        inputRatio = *inputBatch / input;
    if (outputBatch && output > 0)
        outputRatio = *outputBatch / output;
    const std::optional<double> ratio = inputRatio ? inputRatio : outputRatio;
    if (!ratio)
        return std::nullopt;
    if (inputRatio && outputRatio && std::abs(*inputRatio - *outputRatio) > 1e-9) {
        warnings->append(u"%1: batch rates are %2% of list for input but %3% for output; the "
                         u"input discount is kept"_s.arg(key)
                             .arg(*inputRatio * 100, 0, 'g', 6)
                             .arg(*outputRatio * 100, 0, 'g', 6));
    }
    if (*ratio > 1) {
        warnings->append(
            u"%1: batch rates are above list price; no batch discount is kept"_s.arg(key));
        return std::nullopt;
    }
    if (*ratio <= 0) {
        warnings->append(u"%1: batch rates are $0; no batch discount is kept"_s.arg(key));
        return std::nullopt;
    }
    const double discount = QString::number(1.0 - *ratio, 'g', 12).toDouble();
    if (discount >= 1) { // a catalog holds discounts below 1 only
        warnings->append(u"%1: batch rates are %2 of list price, which rounds to 100% off; no "
                         u"batch discount is kept"_s.arg(key)
                             .arg(*ratio, 0, 'g', 6));
        return std::nullopt;
    }
    return discount;
}

} // namespace

QString liteLlmProviderName(const QString &litellmProvider)
{
    static const QHash<QString, QString> names{
        {u"openai"_s, u"OpenAI"_s},
        {u"text-completion-openai"_s, u"OpenAI"_s},
        {u"azure"_s, u"Azure OpenAI"_s},
        {u"azure_ai"_s, u"Azure AI Foundry"_s},
        {u"anthropic"_s, u"Anthropic"_s},
        {u"gemini"_s, u"Google"_s},
        {u"deepseek"_s, u"DeepSeek"_s},
        {u"mistral"_s, u"Mistral"_s},
        {u"codestral"_s, u"Mistral"_s},
        {u"xai"_s, u"xAI"_s},
        {u"groq"_s, u"Groq"_s},
        {u"together_ai"_s, u"Together AI"_s},
        {u"fireworks_ai"_s, u"Fireworks AI"_s},
        {u"bedrock"_s, u"Amazon Bedrock"_s},
        {u"bedrock_converse"_s, u"Amazon Bedrock"_s},
        {u"cohere"_s, u"Cohere"_s},
        {u"cohere_chat"_s, u"Cohere"_s},
        {u"perplexity"_s, u"Perplexity"_s},
        {u"openrouter"_s, u"OpenRouter"_s},
        {u"deepinfra"_s, u"DeepInfra"_s},
        {u"cerebras"_s, u"Cerebras"_s},
        {u"sambanova"_s, u"SambaNova"_s},
        {u"meta_llama"_s, u"Meta"_s},
    };
    if (litellmProvider.startsWith(u"vertex_ai"_s))
        return u"Google Vertex AI"_s;
    return names.value(litellmProvider, litellmProvider);
}

Result<PriceImport> importLiteLlmPrices(const QByteArray &json, const QString &source,
                                        const QString &asOf)
{
    const Result<QJsonObject> root = parseJsonObject(
        json, source,
        u"a JSON object keyed by model name (LiteLLM's model_prices_and_context_window.json)"_s);
    if (!root)
        return root.error();
    PriceImport result;
    for (auto it = root->begin(); it != root->end(); ++it) {
        const QString &key = it.key();
        if (key == u"sample_spec"_s)
            continue;
        if (key.trimmed().isEmpty()) {
            result.warnings.append(u"an entry without a model name is left out"_s);
            ++result.malformed;
            continue;
        }
        if (!it.value().isObject()) {
            result.warnings.append(u"%1: must be an object, not %2"_s.arg(key, typeName(*it)));
            ++result.malformed;
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        EntryReader reader(entry);
        const QString provider = reader.string(u"litellm_provider"_s);
        const QString mode = reader.string(u"mode"_s);
        const std::optional<double> input = reader.usdPerToken(u"input_cost_per_token"_s);
        const std::optional<double> output = reader.usdPerToken(u"output_cost_per_token"_s);
        std::optional<double> cached = reader.usdPerToken(u"cache_read_input_token_cost"_s);
        const std::optional<double> cacheHit =
            reader.usdPerToken(u"input_cost_per_token_cache_hit"_s);
        const std::optional<double> inputBatch = reader.number(u"input_cost_per_token_batches"_s);
        const std::optional<double> outputBatch = reader.number(u"output_cost_per_token_batches"_s);
        const std::optional<double> contextWindow =
            reader.number(u"max_input_tokens"_s, kMaxPriceTokens);
        std::set<int> thresholds;
        const LongContextTier tier = readLongContextTier(entry, reader, &thresholds);
        if (reader.failed()) {
            result.warnings.append(u"%1: %2"_s.arg(key, reader.error()));
            ++result.malformed;
            continue;
        }
        if (!input || !output) {
            ++result.skipped;
            continue;
        }

        ApiPrice price;
        price.id = key;
        const bool hasProvider = !provider.trimmed().isEmpty();
        if (!hasProvider) {
            result.warnings.append(
                u"%1: litellm_provider: is missing; provider set to \"unknown\""_s.arg(key));
        }
        price.provider = hasProvider ? liteLlmProviderName(provider) : u"unknown"_s;
        const QString model = hasProvider && key.startsWith(provider + u'/')
                                  ? key.mid(provider.size() + 1)
                                  : QString();
        price.model = model.trimmed().isEmpty() ? key : model;
        price.inputUsdPerMTok = perMillion(*input);
        price.outputUsdPerMTok = perMillion(*output);
        if (!cached)
            cached = cacheHit;
        if (cached)
            price.cachedInputUsdPerMTok = perMillion(*cached);
        if (const std::optional<double> discount =
                batchDiscount(key, *input, *output, inputBatch, outputBatch, &result.warnings))
            price.batchDiscount = *discount;
        if (tier.thresholdThousands > 0) {
            if (thresholds.size() > 1) {
                QStringList all;
                for (const int threshold : thresholds)
                    all.append(u"%1k"_s.arg(threshold));
                result.warnings.append(u"%1: long-context tiers at %2 tokens; only the highest "
                                       u"is kept"_s.arg(key, all.join(u", "_s)));
            }
            price.longContextThresholdTokens = tier.thresholdThousands * 1000.0;
            if (tier.input)
                price.longContextInputUsdPerMTok = perMillion(*tier.input);
            if (tier.output)
                price.longContextOutputUsdPerMTok = perMillion(*tier.output);
            if (tier.cachedInput)
                price.longContextCachedInputUsdPerMTok = perMillion(*tier.cachedInput);
        }
        price.outputModality = modalityForMode(mode);
        price.contextWindowTokens = contextWindow.value_or(0);
        price.asOf = asOf;
        price.source = u"%1, key %2"_s.arg(source, key);
        const QString pricingPage = entry.value(u"source"_s).toString();
        if (pricingPage.startsWith(u"http"_s))
            price.source += u" (provider page: %1)"_s.arg(pricingPage);
        result.prices.append(price);
    }
    return result;
}

} // namespace pertoken
