#include "bench/http/stream_protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pertoken {

using namespace Qt::StringLiterals;

QString streamApiId(StreamApi api)
{
    switch (api) {
    case StreamApi::OpenAiChat:
        return u"openai-chat"_s;
    case StreamApi::OpenAiCompletions:
        return u"openai-completions"_s;
    case StreamApi::OllamaGenerate:
        break;
    }
    return u"ollama-generate"_s;
}

bool streamApiFromId(const QString &id, StreamApi *out)
{
    for (StreamApi api :
         {StreamApi::OpenAiChat, StreamApi::OpenAiCompletions, StreamApi::OllamaGenerate}) {
        if (streamApiId(api) == id) {
            *out = api;
            return true;
        }
    }
    return false;
}

QString streamApiPath(StreamApi api)
{
    switch (api) {
    case StreamApi::OpenAiChat:
        return u"/v1/chat/completions"_s;
    case StreamApi::OpenAiCompletions:
        return u"/v1/completions"_s;
    case StreamApi::OllamaGenerate:
        break;
    }
    return u"/api/generate"_s;
}

QUrl streamEndpointUrl(const QUrl &base, StreamApi api)
{
    const QString full = streamApiPath(api);
    QString path = base.path();
    if (path.endsWith(full))
        return base;
    while (path.endsWith(u'/'))
        path.chop(1);
    QString suffix = full;
    if (api != StreamApi::OllamaGenerate && path.endsWith(u"/v1"))
        suffix = full.mid(3); // "/chat/completions"
    QUrl url = base;
    url.setPath(path + suffix);
    return url;
}

QByteArray streamRequestBody(StreamApi api, const QString &model, const QString &prompt,
                             int maxTokens, bool ignoreEos)
{
    QJsonObject body{{u"model"_s, model}, {u"stream"_s, true}};
    if (api == StreamApi::OllamaGenerate) {
        body.insert(u"prompt"_s, prompt);
        body.insert(u"options"_s,
                    QJsonObject{{u"num_predict"_s, maxTokens}, {u"temperature"_s, 0}});
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    if (api == StreamApi::OpenAiChat) {
        body.insert(u"messages"_s,
                    QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt}}});
    } else {
        body.insert(u"prompt"_s, prompt);
    }
    body.insert(u"max_tokens"_s, maxTokens);
    body.insert(u"temperature"_s, 0);
    body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    if (ignoreEos)
        body.insert(u"ignore_eos"_s, true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {

Result<QJsonObject> parseObject(const QByteArray &data, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return InputError{u"stream"_s, what,
                          u"is not a JSON object (%1): %2"_s.arg(
                              error.error != QJsonParseError::NoError ? error.errorString()
                                                                      : u"another JSON value"_s,
                              QString::fromUtf8(data.left(120)))};
    }
    return document.object();
}

bool nonEmptyString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() && !value.toString().isEmpty();
}

QString errorText(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    const QJsonObject object = error.toObject();
    const QString message = object.value(u"message"_s).toString();
    return message.isEmpty()
               ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
               : message;
}

void readLlamaServerTimings(const QJsonObject &timings, ServerTimings *server)
{
    if (timings.isEmpty())
        return;
    server->source = u"llama-server"_s;
    server->outputTokens = timings.value(u"predicted_n"_s).toInt(-1);
    server->promptTokens = timings.value(u"prompt_n"_s).toInt(-1);
    server->decodeMs = timings.value(u"predicted_ms"_s).toDouble(-1);
    server->prefillMs = timings.value(u"prompt_ms"_s).toDouble(-1);
}

} // namespace

Result<StreamUpdate> interpretOpenAiEvent(const QByteArray &data)
{
    StreamUpdate update;
    if (data.trimmed() == "[DONE]") {
        update.done = true;
        return update;
    }
    const Result<QJsonObject> parsed = parseObject(data, u"data"_s);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = *parsed;
    if (object.contains(u"error"_s)) {
        update.serverError = errorText(object.value(u"error"_s));
        return update;
    }
    const QJsonArray choices = object.value(u"choices"_s).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        const QJsonObject delta = choice.value(u"delta"_s).toObject();
        // Reasoning deltas are generated tokens too (GuideLLM issue #737): vLLM and SGLang send
        // `reasoning_content`, newer servers `reasoning`.
        if (nonEmptyString(delta, u"content"_s) || nonEmptyString(delta, u"reasoning_content"_s) ||
            nonEmptyString(delta, u"reasoning"_s) || nonEmptyString(choice, u"text"_s))
            update.contentBearing = true;
        const QJsonValue finish = choice.value(u"finish_reason"_s);
        if (finish.isString() && !finish.toString().isEmpty())
            update.finished = true;
    }
    const QJsonObject usage = object.value(u"usage"_s).toObject();
    if (usage.value(u"completion_tokens"_s).isDouble())
        update.usageCompletionTokens = usage.value(u"completion_tokens"_s).toInt();
    if (usage.value(u"prompt_tokens"_s).isDouble())
        update.usagePromptTokens = usage.value(u"prompt_tokens"_s).toInt();
    readLlamaServerTimings(object.value(u"timings"_s).toObject(), &update.server);
    return update;
}

Result<StreamUpdate> interpretOllamaLine(const QByteArray &line)
{
    StreamUpdate update;
    const Result<QJsonObject> parsed = parseObject(line, u"line"_s);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = *parsed;
    if (object.contains(u"error"_s)) {
        update.serverError = errorText(object.value(u"error"_s));
        return update;
    }
    update.contentBearing =
        nonEmptyString(object, u"response"_s) || nonEmptyString(object, u"thinking"_s);
    update.done = object.value(u"done"_s).toBool();
    update.finished = update.done;
    if (update.done && object.value(u"eval_count"_s).isDouble()) {
        constexpr double kNsPerMs = 1e6; // Ollama durations are nanoseconds
        ServerTimings &s = update.server;
        s.source = u"ollama"_s;
        s.outputTokens = object.value(u"eval_count"_s).toInt(-1);
        s.promptTokens = object.value(u"prompt_eval_count"_s).toInt(-1);
        const auto ms = [&](const QString &key) {
            const QJsonValue v = object.value(key);
            return v.isDouble() ? v.toDouble() / kNsPerMs : -1.0;
        };
        s.decodeMs = ms(u"eval_duration"_s);
        s.prefillMs = ms(u"prompt_eval_duration"_s);
        s.loadMs = ms(u"load_duration"_s);
        s.totalMs = ms(u"total_duration"_s);
    }
    return update;
}

} // namespace pertoken
