#include "bench/http/http_response_parser.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxChunkLineBytes = 4096;

} // namespace

bool HttpResponseParser::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (m_framing == Framing::UntilClose)
        return false;
    if (m_version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

// Takes one CRLF- (or bare LF-) terminated line starting at *pos; false while it is incomplete.
bool HttpResponseParser::takeLine(QByteArrayView bytes, qsizetype *pos, QByteArray *line,
                                  qsizetype limit)
{
    const qsizetype lf = bytes.indexOf('\n', *pos);
    const qsizetype end = lf < 0 ? bytes.size() : lf;
    m_partialLine.append(bytes.sliced(*pos, end - *pos));
    *pos = lf < 0 ? bytes.size() : lf + 1;
    if (m_partialLine.size() > limit)
        return fail(u"the response has a header or chunk line longer than %1 bytes"_s.arg(limit));
    if (lf < 0)
        return false;
    *line = m_partialLine;
    m_partialLine.clear();
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK"; the reason phrase may be empty.
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 2 || !parts[0].startsWith("HTTP/1."))
        return fail(u"the server did not answer with HTTP/1.x (got \"%1\")"_s.arg(
            QString::fromLatin1(line.left(80))));
    bool ok = false;
    m_statusCode = parts[1].toInt(&ok);
    if (!ok || m_statusCode < 100 || m_statusCode > 999)
        return fail(u"the HTTP status line has no valid status code"_s);
    m_version = parts[0];
    m_reason = line.mid(parts[0].size() + parts[1].size() + 2);
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(u"the response has a malformed header line"_s);
    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseParser::startBody()
{
    if (m_statusCode >= 100 && m_statusCode < 200) { // 1xx: an interim response, skip it
        m_headers.clear();
        m_state = State::StatusLine;
        return true;
    }
    const QByteArray transferEncoding = header("transfer-encoding").toLower();
    const QByteArray contentLength = header("content-length");
    if (transferEncoding.contains("chunked")) {
        m_framing = Framing::Chunked;
        m_state = State::ChunkSize;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        m_remaining = contentLength.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return fail(u"the response has an invalid Content-Length"_s);
        m_framing = Framing::ContentLength;
        m_state = m_remaining == 0 ? State::Done : State::Body;
    } else if (m_statusCode == 204 || m_statusCode == 304) {
        m_state = State::Done;
    } else {
        m_framing = Framing::UntilClose;
        m_state = State::Body;
    }
    return true;
}

bool HttpResponseParser::feed(QByteArrayView bytes, QByteArray *body)
{
    qsizetype pos = 0;
    QByteArray line;
    while (!failed() && pos < bytes.size() && m_state != State::Done) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers: {
            const qsizetype before = pos;
            const bool complete = takeLine(bytes, &pos, &line, m_maxHeaderBytes);
            m_headerBytes += pos - before;
            if (m_headerBytes > m_maxHeaderBytes)
                return fail(
                    u"the response headers are longer than %1 bytes"_s.arg(m_maxHeaderBytes));
            if (!complete)
                break;
            if (m_state == State::StatusLine) {
                if (parseStatusLine(line))
                    m_state = State::Headers;
            } else if (line.isEmpty()) {
                startBody();
            } else {
                parseHeaderLine(line);
            }
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(bytes, &pos, &line, kMaxChunkLineBytes))
                break;
            const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray size = (extension < 0 ? line : line.left(extension)).trimmed();
            bool ok = false;
            m_remaining = size.toLongLong(&ok, 16);
            if (size.isEmpty() || !ok || m_remaining < 0)
                return fail(u"the chunked response has a malformed chunk size \"%1\""_s.arg(
                    QString::fromLatin1(line.left(40))));
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData:
        case State::Body: {
            const qsizetype available = bytes.size() - pos;
            const qsizetype take = m_framing == Framing::UntilClose
                                       ? available
                                       : qsizetype(qMin<qint64>(available, m_remaining));
            body->append(bytes.sliced(pos, take));
            pos += take;
            if (m_framing != Framing::UntilClose) {
                m_remaining -= take;
                if (m_remaining == 0)
                    m_state = m_state == State::ChunkData ? State::ChunkDataEnd : State::Done;
            }
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(bytes, &pos, &line, kMaxChunkLineBytes))
                break;
            if (!line.isEmpty())
                return fail(u"the chunked response has data past a chunk's declared size"_s);
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(bytes, &pos, &line, m_maxHeaderBytes))
                break;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case State::Done:
            break;
        }
    }
    return !failed();
}

bool HttpResponseParser::finishOnClose()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    return m_state == State::Done;
}

} // namespace pertoken
