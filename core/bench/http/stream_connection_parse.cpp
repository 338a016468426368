// The response half of StreamConnection: HTTP framing, then SSE events or NDJSON lines, each
// read attributed to the arrival time taken when its bytes were read (stream_connection.cpp).

#include "bench/http/stream_connection.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxErrorBodyBytes = 4096;

} // namespace

void StreamConnection::processPending()
{
    const quint64 generation = m_generation;
    while (!m_pending.isEmpty() && m_busy && m_generation == generation) {
        const PendingRead read = m_pending.takeFirst();
        processBytes(read.bytes, read.arrivalNs);
    }
}

void StreamConnection::processBytes(const QByteArray &bytes, qint64 nowNs)
{
    QByteArray body;
    if (!m_http.feed(bytes, &body)) {
        finish(FailureKind::MalformedChunk, m_http.error(), nowNs);
        return;
    }
    if (!m_http.headersComplete())
        return;
    const int status = m_http.statusCode();
    if (status < 200 || status > 299) {
        m_errorBody.append(body.left(kMaxErrorBodyBytes - m_errorBody.size()));
        if (m_http.done() || m_errorBody.size() >= kMaxErrorBodyBytes) {
            m_record.httpStatus = status;
            finish(FailureKind::HttpStatus,
                   u"HTTP %1 %2: %3"_s.arg(status).arg(
                       QString::fromLatin1(m_http.reasonPhrase()),
                       QString::fromUtf8(m_errorBody).simplified().left(300)),
                   nowNs);
        }
        return;
    }
    m_record.httpStatus = status;
    const quint64 generation = m_generation;
    handleBody(body, nowNs);
    if (m_busy && m_generation == generation)
        maybeComplete(nowNs);
}

void StreamConnection::handleBody(const QByteArray &body, qint64 nowNs)
{
    if (body.isEmpty())
        return;
    const quint64 generation = m_generation;
    if (m_target.api == StreamApi::OllamaGenerate) {
        QList<QByteArray> lines;
        if (!m_lines.feed(body, &lines)) {
            finish(FailureKind::MalformedChunk, m_lines.error(), nowNs);
            return;
        }
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const Result<StreamUpdate> update = interpretOllamaLine(line);
            if (!update) {
                finish(FailureKind::MalformedChunk, update.error().message, nowNs);
                return;
            }
            handleUpdate(*update, nowNs);
            if (!m_busy || m_generation != generation)
                return;
        }
        return;
    }
    QList<SseEvent> events;
    if (!m_sse.feed(body, &events)) {
        finish(FailureKind::MalformedChunk, m_sse.error(), nowNs);
        return;
    }
    for (const SseEvent &event : events) {
        if (m_streamEnded)
            break; // nothing after [DONE] counts
        const Result<StreamUpdate> update = interpretOpenAiEvent(event.data);
        if (!update) {
            finish(FailureKind::MalformedChunk, update.error().message, nowNs);
            return;
        }
        handleUpdate(*update, nowNs);
        if (!m_busy || m_generation != generation)
            return;
    }
}

void StreamConnection::handleUpdate(const StreamUpdate &update, qint64 nowNs)
{
    if (!update.serverError.isEmpty()) {
        finish(FailureKind::ServerError, update.serverError, nowNs);
        return;
    }
    if (update.contentBearing)
        m_record.chunkNs.append(nowNs);
    if (update.usageCompletionTokens)
        m_usageCompletion = update.usageCompletionTokens;
    if (update.usagePromptTokens)
        m_usagePrompt = update.usagePromptTokens;
    if (update.server.present())
        m_record.server = update.server;
    m_finishReason = m_finishReason || update.finished;
    if (update.done && !m_streamEnded) {
        m_streamEnded = true;
        m_record.endNs = nowNs;
    }
}

// A response is complete at its end marker ([DONE], "done": true) once its HTTP framing has
// ended too, so the connection can carry the next request; a framing end after a finish_reason
// without [DONE] also counts (servers that omit it).
void StreamConnection::maybeComplete(qint64 nowNs)
{
    if (!m_http.done())
        return;
    const quint64 generation = m_generation;
    flushPendingLine(nowNs);
    if (!m_busy || m_generation != generation)
        return;
    if (m_streamEnded || m_finishReason) {
        if (m_record.endNs < 0)
            m_record.endNs = nowNs;
        finish(FailureKind::None, {}, m_record.endNs);
        return;
    }
    finish(FailureKind::Dropped, u"the response ended without the stream's end marker"_s, nowNs);
}

// An NDJSON stream whose last line lacks its LF still ends with that line.
void StreamConnection::flushPendingLine(qint64 nowNs)
{
    if (m_target.api == StreamApi::OllamaGenerate && !m_lines.pending().isEmpty())
        handleBody(QByteArray("\n"), nowNs);
}

} // namespace pertoken
