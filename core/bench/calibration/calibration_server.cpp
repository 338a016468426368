#include "bench/calibration/calibration_server.h"

#include "common/monotonic_clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxRequestHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxRequestBodyBytes = 16 * 1024 * 1024;
constexpr qint64 kEarlyToleranceNs = 500'000; // a chunk due within 0.5 ms goes now
// A never-ending line is written in blocks while the socket drains, never more than a few
// blocks ahead of the client, and stops at a gigabyte if the client never gives up.
constexpr qint64 kEndlessBlockBytes = 64 * 1024;
constexpr qint64 kEndlessQueuedBytes = 4 * kEndlessBlockBytes;
constexpr qint64 kEndlessMaxBytes = qint64(1) << 30;

QString promptText(const QJsonObject &request)
{
    if (request.contains(u"prompt"_s))
        return request.value(u"prompt"_s).toString();
    QString text;
    const QJsonArray messages = request.value(u"messages"_s).toArray();
    for (const QJsonValue &message : messages)
        text += u' ' + message.toObject().value(u"content"_s).toString();
    return text;
}

} // namespace

struct CalibrationServer::Session {
    QTcpSocket *socket = nullptr;
    QTimer timer;
    QByteArray buffer;
    bool responding = false;
    StreamApi api = StreamApi::OpenAiChat;
    QString model;
    CalibrationFault fault = CalibrationFault::None;
    int tokens = 0;
    int promptTokens = 0;
    int chunks = 0;
    int nextChunk = 0;
    double tokenIntervalMs = 0;  ///< this session's interval, fixed when its service starts
    bool endless = false;        ///< pumping a never-ending line
    bool endlessChunked = false; ///< the line is inside a chunked body
    bool inService = false;      ///< holds one of maxConcurrent's slots
    qint64 receivedNs = 0;
    qsizetype logIndex = -1;
    CalibrationLogEntry entry;
};

CalibrationServer::CalibrationServer(const CalibrationTiming &timing,
                                     QList<CalibrationFault> faultCycle, QObject *parent)
    : QObject(parent)
    , m_timing(timing)
    , m_faultCycle(std::move(faultCycle))
    , m_server(this)
{ // a child, so moveToThread() takes it along
    connect(&m_server, &QTcpServer::newConnection, this, &CalibrationServer::onNewConnection);
}

CalibrationServer::~CalibrationServer()
{
    for (auto &[socket, session] : m_sessions) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool CalibrationServer::listen(QString *error)
{
    // Hundreds of clients connect at once in the concurrency tests: a short accept backlog would
    // drop SYNs, and the kernel's one-second retransmission would show up as TTFT.
    m_server.setListenBacklogSize(1024);
    m_server.setMaxPendingConnections(1024);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

quint16 CalibrationServer::refusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QList<CalibrationLogEntry> CalibrationServer::log() const
{
    QMutexLocker locker(&m_logMutex);
    return m_log;
}

void CalibrationServer::updateLog(const Session &session)
{
    QMutexLocker locker(&m_logMutex);
    if (session.logIndex >= 0 && session.logIndex < m_log.size())
        m_log[session.logIndex] = session.entry;
}

void CalibrationServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle delay
        auto session = std::make_unique<Session>();
        session->socket = socket;
        session->timer.setSingleShot(true);
        session->timer.setTimerType(Qt::PreciseTimer);
        Session *raw = session.get();
        connect(&session->timer, &QTimer::timeout, this, [this, raw] { sendDue(raw); });
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onReadyRead(raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closeSession(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            const auto it = m_sessions.find(socket);
            if (it != m_sessions.end() && it->second->endless)
                pumpEndless(it->second.get());
        });
        m_sessions.emplace(socket, std::move(session));
        if (socket->bytesAvailable() > 0)
            onReadyRead(raw);
    }
}

void CalibrationServer::closeSession(QTcpSocket *socket)
{
    const auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    m_waiting.removeAll(socket);
    std::unique_ptr<Session> session = std::move(it->second);
    m_sessions.erase(it);
    releaseSlot(session.get());
    socket->deleteLater();
}

// Frees the session's slot, if it held one, and starts the longest-waiting request.
void CalibrationServer::releaseSlot(Session *session)
{
    if (!session->inService)
        return;
    session->inService = false;
    --m_inService;
    while (!m_waiting.isEmpty()) {
        const auto it = m_sessions.find(m_waiting.takeFirst());
        if (it != m_sessions.end()) {
            serve(it->second.get());
            break;
        }
    }
}

void CalibrationServer::onReadyRead(Session *session)
{
    session->buffer.append(session->socket->readAll());
    while (!session->responding && parseRequest(session)) {
    }
}

// Takes one complete request off the buffer and answers it; false when none is complete.
bool CalibrationServer::parseRequest(Session *session)
{
    const qsizetype headerEnd = session->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (session->buffer.size() > kMaxRequestHeaderBytes)
            session->socket->abort();
        return false;
    }
    const QList<QByteArray> lines = session->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qint64 contentLength = 0;
    session->entry = CalibrationLogEntry{};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "x-request-id")
            session->entry.requestId = value;
        else if (name == "authorization")
            session->entry.authorization = value;
    }
    if (contentLength < 0 || contentLength > kMaxRequestBodyBytes) {
        session->socket->abort();
        return false;
    }
    if (session->buffer.size() < headerEnd + 4 + contentLength)
        return false;
    const QByteArray body = session->buffer.mid(headerEnd + 4, contentLength);
    session->buffer.remove(0, headerEnd + 4 + contentLength);
    // The route is the path without its query ("?api_key=..." as some services take).
    const QByteArray target = requestLine.value(1);
    const qsizetype query = target.indexOf('?');
    startResponse(session, query < 0 ? target : target.left(query), body);
    return true;
}

void CalibrationServer::write(Session *session, const QByteArray &bytes, bool chunked)
{
    session->socket->write(chunked ? calibration::httpChunk(bytes) : bytes);
    session->socket->flush();
}

void CalibrationServer::startResponse(Session *session, const QByteArray &path,
                                      const QByteArray &body)
{
    Session &s = *session;
    s.receivedNs = monotonicNs();
    s.entry.servedNs = s.receivedNs;
    s.fault = m_faultCycle.isEmpty() ? CalibrationFault::None
                                     : m_faultCycle[m_requestCount % m_faultCycle.size()];
    ++m_requestCount;
    s.entry.path = path;
    s.entry.fault = s.fault;
    s.entry.receivedNs = s.receivedNs;
    s.entry.hadAuthorization = !s.entry.authorization.isEmpty();
    {
        QMutexLocker locker(&m_logMutex);
        s.logIndex = m_log.size();
        m_log.append(s.entry);
    }
    if (path == "/v1/models") // a read-only model list, as inventories and clients ask first
        return write(session, calibration::modelListResponse(u"pertoken-calibration"_s), false);
    StreamApi api;
    if (path == "/v1/chat/completions")
        api = StreamApi::OpenAiChat;
    else if (path == "/v1/completions")
        api = StreamApi::OpenAiCompletions;
    else if (path == "/api/generate")
        api = StreamApi::OllamaGenerate;
    else
        return write(session, calibration::errorResponse(404, "Not Found", "no such endpoint"),
                     false);
    if (s.fault == CalibrationFault::Http500)
        return write(session,
                     calibration::errorResponse(500, "Internal Server Error",
                                                "calibration fault: HTTP 500 on demand"),
                     false);
    if (s.fault == CalibrationFault::Silent)
        return; // the request was read; no byte of an answer follows, and the socket stays open
    if (s.fault == CalibrationFault::EndlessHeader) {
        s.socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-Filler: ");
        s.endless = true;
        s.endlessChunked = false;
        return pumpEndless(session);
    }
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    s.api = api;
    s.model = request.value(u"model"_s).toString();
    const int maxTokens =
        api == StreamApi::OllamaGenerate
            ? request.value(u"options"_s).toObject().value(u"num_predict"_s).toInt()
            : request.value(u"max_tokens"_s).toInt();
    s.tokens = maxTokens > 0 ? std::min(maxTokens, m_timing.tokensPerResponse)
                             : m_timing.tokensPerResponse;
    const int perChunk = std::max(1, m_timing.tokensPerChunk);
    s.chunks = (s.tokens + perChunk - 1) / perChunk;
    s.nextChunk = 0;
    s.promptTokens = calibration::countWords(promptText(request));
    s.responding = true;
    if (m_timing.maxConcurrent > 0 && m_inService >= m_timing.maxConcurrent) {
        m_waiting.append(s.socket);
        return;
    }
    serve(session);
}

void CalibrationServer::serve(Session *session)
{
    Session &s = *session;
    s.inService = true;
    ++m_inService;
    // A bandwidth-bound engine: each step reads the weights and every sequence's KV cache, so
    // the interval grows with the sequences in service, this one included.
    s.tokenIntervalMs =
        m_timing.tokenIntervalMs + m_timing.perSequenceIntervalMs * double(m_inService);
    s.receivedNs = monotonicNs(); // the token schedule counts from the start of service
    s.entry.servedNs = s.receivedNs;
    updateLog(s);
    write(session, calibration::streamHeaders(s.api), false);
    if (s.api == StreamApi::OpenAiChat)
        write(session, calibration::roleChunk(s.model));
    if (s.fault == CalibrationFault::StallBeforeFirstToken)
        return;
    if (s.fault == CalibrationFault::EndlessLine) {
        if (s.api != StreamApi::OllamaGenerate)
            write(session, "data: ");
        s.endless = true;
        s.endlessChunked = true;
        return pumpEndless(session);
    }
    sendDue(session);
}

void CalibrationServer::sendDue(Session *session)
{
    Session &s = *session;
    const int perChunk = std::max(1, m_timing.tokensPerChunk);
    const auto dueNs = [&](int chunk) {
        return s.receivedNs +
               qint64(std::llround((m_timing.ttftMs + chunk * perChunk * s.tokenIntervalMs) * 1e6));
    };
    qint64 nowNs = monotonicNs();
    while (s.nextChunk < s.chunks && dueNs(s.nextChunk) <= nowNs + kEarlyToleranceNs) {
        const int first = s.nextChunk * perChunk;
        const int count = std::min(perChunk, s.tokens - first);
        QString text;
        for (int t = 0; t < count; ++t)
            text += u"token%1 "_s.arg(first + t);
        write(session, calibration::tokenChunk(s.api, s.model, text));
        nowNs = monotonicNs();
        if (s.nextChunk == 0)
            s.entry.firstTokenNs = nowNs;
        s.entry.lastTokenNs = nowNs;
        s.entry.tokensSent += count;
        ++s.nextChunk;
        updateLog(s);
        if (s.fault == CalibrationFault::StallAfterFirstToken)
            return;
        if (s.fault == CalibrationFault::MalformedChunk)
            return write(session, calibration::malformedChunk(s.api));
        if (s.fault == CalibrationFault::DropMidStream &&
            s.nextChunk >= std::max(1, s.chunks / 2)) {
            s.socket->disconnectFromHost();
            return;
        }
    }
    if (s.nextChunk >= s.chunks)
        return finishResponse(session);
    const double waitMs = double(dueNs(s.nextChunk) - nowNs) / 1e6;
    s.timer.start(std::max(0, int(std::lround(waitMs))));
}

// Keeps a few blocks of the never-ending line queued; called again as the socket drains.
void CalibrationServer::pumpEndless(Session *session)
{
    Session &s = *session;
    static const QByteArray block(kEndlessBlockBytes, 'x');
    static const QByteArray chunkedBlock = calibration::httpChunk(block);
    while (s.endless && s.socket->bytesToWrite() < kEndlessQueuedBytes) {
        if (s.entry.endlessBytes >= kEndlessMaxBytes) {
            s.endless = false;
            break;
        }
        if (s.socket->state() != QAbstractSocket::ConnectedState ||
            s.socket->write(s.endlessChunked ? chunkedBlock : block) < 0) {
            s.endless = false; // the client gave up
            break;
        }
        s.entry.endlessBytes += kEndlessBlockBytes;
    }
    updateLog(s);
}

void CalibrationServer::finishResponse(Session *session)
{
    Session &s = *session;
    const bool counts = s.fault != CalibrationFault::NoUsage;
    QByteArray tail;
    if (s.api == StreamApi::OllamaGenerate) {
        const auto prefillNs = qint64(m_timing.ttftMs * 1e6);
        const auto decodeNs = qint64(double(s.tokens) * s.tokenIntervalMs * 1e6);
        tail = calibration::ollamaFinal(s.model, s.promptTokens, s.tokens, prefillNs, decodeNs,
                                        counts);
    } else {
        tail = calibration::finishChunk(s.api, s.model);
        if (counts)
            tail += calibration::usageChunk(s.model, s.promptTokens, s.tokens);
        tail += calibration::sseData("[DONE]");
    }
    s.socket->write(calibration::httpChunk(tail) + "0\r\n\r\n");
    s.socket->flush();
    s.responding = false;
    releaseSlot(session);
    if (!s.buffer.isEmpty())
        QTimer::singleShot(0, this, [this, socket = s.socket] {
            const auto it = m_sessions.find(socket);
            if (it != m_sessions.end())
                onReadyRead(it->second.get());
        });
}

} // namespace pertoken
