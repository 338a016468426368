#include "bench/calibration/calibration_stream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

struct FaultName {
    CalibrationFault fault;
    const char16_t *id;
};

constexpr FaultName kFaultNames[] = {
    {CalibrationFault::None, u"none"},
    {CalibrationFault::Http500, u"http-500"},
    {CalibrationFault::StallAfterFirstToken, u"stall"},
    {CalibrationFault::StallBeforeFirstToken, u"stall-before-first-token"},
    {CalibrationFault::MalformedChunk, u"malformed-chunk"},
    {CalibrationFault::DropMidStream, u"drop"},
    {CalibrationFault::NoUsage, u"no-usage"},
    {CalibrationFault::Silent, u"silent"},
    {CalibrationFault::EndlessHeader, u"endless-header"},
    {CalibrationFault::EndlessLine, u"endless-line"},
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped.
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out + '"';
}

// Ollama writes created_at in RFC 3339; a fixed instant keeps the stream deterministic.
const QString kCreatedAt = u"2026-11-24T00:00:00Z"_s;

} // namespace

QString calibrationFaultId(CalibrationFault fault)
{
    for (const FaultName &name : kFaultNames) {
        if (name.fault == fault)
            return QString::fromUtf16(name.id);
    }
    return u"none"_s;
}

bool calibrationFaultFromId(const QString &id, CalibrationFault *out)
{
    for (const FaultName &name : kFaultNames) {
        if (id == QStringView(name.id)) {
            *out = name.fault;
            return true;
        }
    }
    return false;
}

namespace calibration {

QByteArray httpChunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

QByteArray streamHeaders(StreamApi api)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " +
           QByteArray(api == StreamApi::OllamaGenerate ? "application/x-ndjson"
                                                       : "text/event-stream") +
           "\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"
           "Connection: keep-alive\r\n\r\n";
}

QByteArray errorResponse(int status, const QByteArray &reason, const QByteArray &message)
{
    const QByteArray body =
        compact(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, QString::fromUtf8(message)},
                                                     {u"type"_s, u"server_error"_s}}}});
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

QByteArray modelListResponse(const QString &model)
{
    const QByteArray body =
        compact(QJsonObject{{u"object"_s, u"list"_s},
                            {u"data"_s, QJsonArray{QJsonObject{{u"id"_s, model},
                                                               {u"object"_s, u"model"_s},
                                                               {u"created"_s, 1764547200},
                                                               {u"owned_by"_s, u"pertoken"_s}}}}});
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

QByteArray sseData(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray roleChunk(const QString &model)
{
    const QJsonObject delta{{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}};
    return sseData(compact(QJsonObject{
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"model"_s, model},
        {u"choices"_s,
         QJsonArray{QJsonObject{
             {u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, QJsonValue::Null}}}}}));
}

// Built by concatenation, not QJsonDocument: at 256 streams the server writes thousands of
// chunks a second, and its own cost must stay far below the timing it promises.
QByteArray tokenChunk(StreamApi api, const QString &model, const QString &text)
{
    const QByteArray quotedModel = jsonString(model);
    const QByteArray quotedText = jsonString(text);
    if (api == StreamApi::OllamaGenerate)
        return "{\"model\":" + quotedModel + ",\"created_at\":\"" + kCreatedAt.toLatin1() +
               "\",\"response\":" + quotedText + ",\"done\":false}\n";
    if (api == StreamApi::OpenAiChat)
        return sseData("{\"object\":\"chat.completion.chunk\",\"model\":" + quotedModel +
                       ",\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quotedText +
                       "},\"finish_reason\":null}]}");
    return sseData("{\"object\":\"text_completion\",\"model\":" + quotedModel +
                   ",\"choices\":[{\"index\":0,\"text\":" + quotedText +
                   ",\"finish_reason\":null}]}");
}

QByteArray finishChunk(StreamApi api, const QString &model)
{
    QJsonObject choice{{u"index"_s, 0}, {u"finish_reason"_s, u"length"_s}};
    if (api == StreamApi::OpenAiChat)
        choice.insert(u"delta"_s, QJsonObject{});
    else
        choice.insert(u"text"_s, u""_s);
    return sseData(
        compact(QJsonObject{{u"object"_s, api == StreamApi::OpenAiChat ? u"chat.completion.chunk"_s
                                                                       : u"text_completion"_s},
                            {u"model"_s, model},
                            {u"choices"_s, QJsonArray{choice}}}));
}

QByteArray usageChunk(const QString &model, int promptTokens, int completionTokens)
{
    return sseData(compact(QJsonObject{
        {u"model"_s, model},
        {u"choices"_s, QJsonArray{}},
        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, promptTokens},
                                 {u"completion_tokens"_s, completionTokens},
                                 {u"total_tokens"_s, promptTokens + completionTokens}}}}));
}

QByteArray ollamaFinal(const QString &model, int promptTokens, int outputTokens, qint64 prefillNs,
                       qint64 decodeNs, bool withCounts)
{
    QJsonObject object{{u"model"_s, model},
                       {u"created_at"_s, kCreatedAt},
                       {u"response"_s, u""_s},
                       {u"done"_s, true},
                       {u"done_reason"_s, u"length"_s}};
    if (withCounts) {
        object.insert(u"total_duration"_s, double(prefillNs + decodeNs));
        object.insert(u"load_duration"_s, 0);
        object.insert(u"prompt_eval_count"_s, promptTokens);
        object.insert(u"prompt_eval_duration"_s, double(prefillNs));
        object.insert(u"eval_count"_s, outputTokens);
        object.insert(u"eval_duration"_s, double(decodeNs));
    }
    return compact(object) + '\n';
}

QByteArray malformedChunk(StreamApi api)
{
    if (api == StreamApi::OllamaGenerate)
        return "{\"response\": \"cut\", \"done\": fal\n";
    return "data: {\"choices\": [{\"delta\": {\"content\": \"cut\"\n\n";
}

int countWords(const QString &text)
{
    return int(text.simplified().split(u' ', Qt::SkipEmptyParts).size());
}

} // namespace calibration
} // namespace pertoken
