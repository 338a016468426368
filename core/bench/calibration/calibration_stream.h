#pragma once

#include "bench/http/stream_protocol.h"

#include <QByteArray>
#include <QString>

namespace pertoken {

/// Faults the calibration server injects on demand, one per request.
enum class CalibrationFault {
    None,
    Http500,               ///< "500 Internal Server Error" with a JSON error body
    StallAfterFirstToken,  ///< the first token, then no byte more (the connection stays open)
    StallBeforeFirstToken, ///< headers, then nothing
    MalformedChunk,        ///< the first token, then a chunk that is not JSON
    DropMidStream,         ///< the connection closes after half the tokens
    NoUsage,               ///< a complete stream without usage (or Ollama's counts)
    Silent,                ///< reads the request, then sends nothing and never closes
    EndlessHeader,         ///< a status line, then a header line that never ends
    EndlessLine,           ///< headers, then a stream line that never ends (up to 1 GiB)
};

QString calibrationFaultId(CalibrationFault fault); // "none", "http-500", "stall", ...
bool calibrationFaultFromId(const QString &id, CalibrationFault *out);

/// The bytes of the calibration server's streams, shaped as vLLM and Ollama send them: OpenAI
/// chat chunks (`chat.completion.chunk`, a role-only first chunk, `delta.content`), completion
/// chunks (`text_completion`, `choices[].text`), the usage chunk with empty `choices` before
/// `data: [DONE]`, and Ollama NDJSON with its final timing object. Each body piece is wrapped as
/// one HTTP/1.1 chunk (RFC 9112 §7.1).
namespace calibration {

QByteArray httpChunk(const QByteArray &payload);
QByteArray streamHeaders(StreamApi api);
QByteArray errorResponse(int status, const QByteArray &reason, const QByteArray &message);
/// GET /v1/models as the OpenAI API answers it ({"object": "list", "data": [{"id",
/// "object": "model", "created", "owned_by"}]};
/// https://platform.openai.com/docs/api-reference/models/list), listing the one model the server
/// streams as.
QByteArray modelListResponse(const QString &model);
QByteArray sseData(const QByteArray &json);

QByteArray roleChunk(const QString &model);
QByteArray tokenChunk(StreamApi api, const QString &model, const QString &text);
QByteArray finishChunk(StreamApi api, const QString &model);
QByteArray usageChunk(const QString &model, int promptTokens, int completionTokens);
QByteArray ollamaFinal(const QString &model, int promptTokens, int outputTokens, qint64 prefillNs,
                       qint64 decodeNs, bool withCounts);
QByteArray malformedChunk(StreamApi api);

/// The calibration "tokenizer": one token per whitespace-separated word.
int countWords(const QString &text);

} // namespace calibration
} // namespace pertoken
