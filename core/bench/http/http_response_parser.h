#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace pertoken {

/// Incremental HTTP/1.1 response parser for the benchmark client (RFC 9112): status line,
/// header fields, then a body framed by `Transfer-Encoding: chunked` (§7.1), `Content-Length`
/// (§6.2) or the closing of the connection (§6.3). Bytes may arrive cut anywhere. Limits keep a
/// misbehaving server from growing memory without bound: the header block and every chunk-size
/// line are capped; a body is passed through as it is decoded and never buffered here.
class HttpResponseParser {
public:
    enum class Framing { None, Chunked, ContentLength, UntilClose };

    explicit HttpResponseParser(qsizetype maxHeaderBytes = 64 * 1024)
        : m_maxHeaderBytes(maxHeaderBytes)
    {}

    /// Appends decoded body bytes to `body`. Returns false on a protocol error; stays failed.
    bool feed(QByteArrayView bytes, QByteArray *body);
    /// The connection closed: true when that completes the response (a close-delimited body).
    bool finishOnClose();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool headersComplete() const { return m_state > State::Headers; }
    bool done() const { return m_state == State::Done; }
    int statusCode() const { return m_statusCode; }
    QByteArray reasonPhrase() const { return m_reason; }
    /// The value of a header field (case-insensitive name), empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// Whether the connection may carry another request after this response.
    bool keepAlive() const;
    Framing framing() const { return m_framing; }

private:
    enum class State {
        StatusLine,
        Headers,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Body,
        Done
    };

    bool takeLine(QByteArrayView bytes, qsizetype *pos, QByteArray *line, qsizetype limit);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool startBody();
    bool fail(const QString &message);

    State m_state = State::StatusLine;
    qsizetype m_maxHeaderBytes;
    qsizetype m_headerBytes = 0;
    QByteArray m_partialLine;
    int m_statusCode = 0;
    QByteArray m_reason;
    QByteArray m_version;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0;
    QString m_error;
};

} // namespace pertoken
