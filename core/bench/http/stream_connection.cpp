#include "bench/http/stream_connection.h"

#include "common/monotonic_clock.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

StreamConnection::StreamConnection(const StreamTarget &target, FinishedCallback onFinished)
    : m_target(target)
    , m_onFinished(std::move(onFinished))
{}

StreamConnection::~StreamConnection()
{
    if (m_socket) {
        m_socket->disconnect();
        m_socket->abort();
    }
}

void StreamConnection::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket.release();
    socket->disconnect();
    socket->abort();
    socket->deleteLater(); // may be inside one of its own signals
    m_connected = false;
    m_parseQueued = false; // a parse queued on the old socket is dropped with it
}

void StreamConnection::start(RequestRecord record, QByteArray body)
{
    m_record = std::move(record);
    m_busy = true;
    ++m_generation;
    m_pending.clear();
    m_retried = false;
    m_http = HttpResponseParser();
    m_sse = SseParser();
    m_lines = LineSplitter(1 << 20);
    m_errorBody.clear();
    m_streamEnded = false;
    m_finishReason = false;
    m_usageCompletion.reset();
    m_usagePrompt.reset();

    const QUrl &url = m_target.url;
    const QString hostHeader =
        url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    QByteArray request = "POST " + url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        request += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    request +=
        " HTTP/1.1\r\nHost: " + hostHeader.toUtf8() +
        "\r\nUser-Agent: PerToken/" PERTOKEN_VERSION "\r\nAccept: " +
        (m_target.api == StreamApi::OllamaGenerate ? "application/x-ndjson" : "text/event-stream") +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nX-Request-Id: " + m_record.requestId.toUtf8() + "\r\nConnection: keep-alive\r\n";
    if (!m_target.apiKey.isEmpty())
        request += "Authorization: Bearer " + m_target.apiKey + "\r\n";
    request += "\r\n" + body;
    m_requestBytes = std::move(request);

    m_record.sendNs = monotonicNs();
    m_lastActivityNs = m_record.sendNs;
    m_receivedBytes = false;
    if (connected()) {
        m_record.reusedConnection = true;
        m_record.connectedNs = m_record.sendNs;
        sendRequest();
    } else {
        dropSocket();
        openSocket();
    }
}

void StreamConnection::openSocket()
{
    const QUrl &url = m_target.url;
    const bool tls = isHttps(url);
    if (tls && !QSslSocket::supportsSsl()) {
        finish(FailureKind::Refused, u"https needs TLS, which this Qt build cannot load"_s,
               monotonicNs());
        return;
    }
    m_socket.reset(tls ? new QSslSocket : new QTcpSocket);
    QTcpSocket *socket = m_socket.get();
    socket->setReadBufferSize(0); // unbounded here; the parsers enforce their own limits
    const auto ready = [this] {
        m_connected = true;
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_busy) {
            m_record.connectedNs = monotonicNs();
            sendRequest();
        }
    };
    if (tls) {
        QObject::connect(static_cast<QSslSocket *>(socket), &QSslSocket::encrypted, socket, ready);
    } else {
        QObject::connect(socket, &QTcpSocket::connected, socket, ready);
    }
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this] { onReadyRead(); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { onDisconnected(); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [this] { onSocketError(); });
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
}

void StreamConnection::sendRequest()
{
    m_socket->write(m_requestBytes);
    m_socket->flush();
}

void StreamConnection::onReadyRead()
{
    const qint64 nowNs = monotonicNs(); // the chunk's arrival time, before any parsing
    if (!m_socket)
        return;
    QByteArray bytes = m_socket->readAll();
    if (!m_busy || bytes.isEmpty())
        return; // bytes outside a request: nothing to attribute them to
    m_lastActivityNs = nowNs;
    m_receivedBytes = true;
    m_pending.append({nowNs, std::move(bytes)});
    if (!m_parseQueued) {
        m_parseQueued = true;
        QMetaObject::invokeMethod(
            m_socket.get(),
            [this] {
                m_parseQueued = false;
                processPending();
            },
            Qt::QueuedConnection);
    }
}

void StreamConnection::onDisconnected()
{
    const quint64 before = m_generation;
    processPending(); // bytes that arrived before the close come first
    if (m_generation != before)
        return; // that finished the request; its successor runs on a new socket
    if (!m_busy)
        return dropSocket();
    const qint64 nowNs = monotonicNs();
    if (!m_receivedBytes && m_record.reusedConnection && !m_retried) {
        // The server closed an idle keep-alive connection as the request went out: resend once.
        m_retried = true;
        m_record.reusedConnection = false;
        dropSocket();
        openSocket();
        return;
    }
    const bool framingEnded = m_http.finishOnClose();
    const quint64 generation = m_generation;
    if (framingEnded)
        flushPendingLine(nowNs);
    if (!m_busy || m_generation != generation)
        return;
    if (m_http.headersComplete() && (m_http.statusCode() < 200 || m_http.statusCode() > 299) &&
        framingEnded) {
        m_record.httpStatus = m_http.statusCode();
        finish(FailureKind::HttpStatus,
               u"HTTP %1 %2: %3"_s.arg(m_http.statusCode())
                   .arg(QString::fromLatin1(m_http.reasonPhrase()),
                        QString::fromUtf8(m_errorBody).simplified().left(300)),
               nowNs);
        return;
    }
    if (m_streamEnded || (framingEnded && m_finishReason)) {
        if (m_record.endNs < 0)
            m_record.endNs = nowNs;
        finish(FailureKind::None, {}, m_record.endNs);
        return;
    }
    finish(FailureKind::Dropped,
           m_http.headersComplete() ? u"the server closed the connection mid-stream"_s
                                    : u"the server closed the connection before answering"_s,
           nowNs);
}

void StreamConnection::preconnect()
{
    if (!m_busy && !m_socket)
        openSocket();
}

bool StreamConnection::connected() const
{
    return m_socket && m_connected && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool StreamConnection::connecting() const
{
    return m_socket && !m_connected;
}

void StreamConnection::onSocketError()
{
    if (!m_socket)
        return;
    if (!m_busy) {
        dropSocket(); // an idle or pre-opened connection failed: the next request reconnects
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() decides whether the stream was complete
    if (!m_connected) {
        finish(FailureKind::Refused,
               u"cannot connect to %1:%2: %3"_s.arg(m_target.url.host())
                   .arg(m_target.url.port(isHttps(m_target.url) ? 443 : 80))
                   .arg(m_socket->errorString()),
               monotonicNs());
        return;
    }
    finish(FailureKind::Dropped, m_socket->errorString(), monotonicNs());
}

void StreamConnection::checkTimeouts(qint64 nowNs)
{
    processPending();
    if (!m_busy)
        return;
    const double sinceSendMs = nsToMs(nowNs - m_record.sendNs);
    if (!m_connected && !m_record.reusedConnection) {
        if (sinceSendMs > m_target.connectTimeoutMs)
            finish(FailureKind::ConnectTimeout,
                   u"no connection within %1 ms"_s.arg(m_target.connectTimeoutMs), nowNs);
        return;
    }
    if (sinceSendMs > m_target.totalTimeoutMs) {
        finish(FailureKind::TotalTimeout,
               u"the request ran past the total timeout of %1 ms"_s.arg(m_target.totalTimeoutMs),
               nowNs);
    } else if (m_record.chunkNs.isEmpty()) {
        if (sinceSendMs > m_target.firstTokenTimeoutMs)
            finish(FailureKind::FirstTokenTimeout,
                   u"no generated text within %1 ms"_s.arg(m_target.firstTokenTimeoutMs), nowNs);
    } else if (nsToMs(nowNs - m_lastActivityNs) > m_target.idleTimeoutMs) {
        finish(FailureKind::IdleTimeout,
               u"no bytes for %1 ms after the last chunk"_s.arg(m_target.idleTimeoutMs), nowNs);
    }
}

void StreamConnection::cancel(const QString &reason)
{
    if (m_busy)
        finish(FailureKind::Cancelled, reason, monotonicNs());
}

void StreamConnection::finish(FailureKind failure, const QString &error, qint64 nowNs)
{
    if (!m_busy)
        return;
    m_busy = false;
    RequestRecord record = std::move(m_record);
    record.failure = failure;
    record.error = error;
    if (record.endNs < 0 || failure != FailureKind::None)
        record.endNs = nowNs;
    if (m_usageCompletion) {
        record.outputTokens = *m_usageCompletion;
        record.tokenSource = TokenCountSource::Usage;
    } else if (record.server.outputTokens >= 0) {
        record.outputTokens = record.server.outputTokens;
        record.tokenSource = TokenCountSource::Native;
    } else if (failure == FailureKind::None) {
        record.outputTokens = int(record.chunkNs.size());
        record.tokenSource = TokenCountSource::Chunks;
    }
    record.promptTokens = m_usagePrompt.value_or(record.server.promptTokens);
    // Reuse the connection only after a clean, fully framed response the server keeps open.
    if (failure != FailureKind::None || !m_http.done() || !m_http.keepAlive())
        dropSocket();
    m_record = RequestRecord{};
    m_onFinished(record); // may start the next request on this connection
}

} // namespace pertoken
