#pragma once

#include "bench/endpoint/request_record.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace pertoken {

/// The streaming APIs the serving benchmark speaks. OpenAI-compatible servers (vLLM, SGLang,
/// llama.cpp's server, LM Studio, Ollama's /v1) stream server-sent events; Ollama's native
/// /api/generate streams one JSON object per line (NDJSON) with nanosecond timing fields
/// (ollama/ollama docs/api.md).
enum class StreamApi { OpenAiChat, OpenAiCompletions, OllamaGenerate };

QString streamApiId(StreamApi api); // "openai-chat", "openai-completions", "ollama-generate"
bool streamApiFromId(const QString &id, StreamApi *out);
QString streamApiPath(StreamApi api); // "/v1/chat/completions", "/v1/completions", "/api/generate"

/// The URL to post to: `base` as given when it already ends in the API's path (or any path for
/// Ollama that ends in /api/generate), else the API's path appended to `base` (whose trailing
/// "/v1" is not doubled).
QUrl streamEndpointUrl(const QUrl &base, StreamApi api);

/// The JSON request body. OpenAI: `stream: true`, `stream_options.include_usage: true` (the
/// usage chunk before `[DONE]`), `max_tokens`, temperature 0, and `ignore_eos` when asked (vLLM
/// and llama-server honour it to pin the output length; others ignore unknown fields). Ollama:
/// `options.num_predict`, temperature 0.
QByteArray streamRequestBody(StreamApi api, const QString &model, const QString &prompt,
                             int maxTokens, bool ignoreEos);

/// What one SSE event's data or one NDJSON line says.
struct StreamUpdate {
    bool contentBearing = false; ///< carries generated text: content, reasoning, completion text
    bool done = false;           ///< `[DONE]`, or Ollama's `"done": true`
    bool finished = false;       ///< a choice carries a finish_reason
    std::optional<int> usageCompletionTokens;
    std::optional<int> usagePromptTokens;
    ServerTimings server; ///< Ollama's final object, llama-server's `timings`
    QString serverError;  ///< an `error` object or string in the stream
};

/// Interprets one event's data; a body that is not JSON (other than `[DONE]`) is an error.
Result<StreamUpdate> interpretOpenAiEvent(const QByteArray &data);
Result<StreamUpdate> interpretOllamaLine(const QByteArray &line);

} // namespace pertoken
