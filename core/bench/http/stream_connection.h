#pragma once

#include "bench/endpoint/request_record.h"
#include "bench/http/http_response_parser.h"
#include "bench/http/line_splitter.h"
#include "bench/http/sse_parser.h"
#include "bench/http/stream_protocol.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace pertoken {

/// Where and how requests go; shared by every connection of a run. The key lives only here, in
/// memory; nothing that is written to a file ever sees it.
struct StreamTarget {
    QUrl url; ///< the full endpoint URL (streamEndpointUrl)
    StreamApi api = StreamApi::OpenAiChat;
    QByteArray apiKey;
    int connectTimeoutMs = 10000;
    int firstTokenTimeoutMs = 120000;
    int idleTimeoutMs = 30000;
    int totalTimeoutMs = 600000;
};

/// One client connection carrying streamed requests one after another (HTTP/1.1 keep-alive).
///
/// Raw QTcpSocket rather than QNetworkAccessManager, for three reasons: Qt 6.4's QNAM opens at
/// most six connections per host and queues further requests invisibly inside itself
/// (QHttp1Configuration, which lifts the cap, arrived in Qt 6.5), which would put client
/// queueing into the latencies (vLLM issue #54101) and cap the concurrency sweep; QNAM parses
/// HTTP in its own thread and hands data over by queued signals, so a chunk's timestamp would
/// include that hop and coalescing; and a raw socket tells connection refused, timeouts, framing
/// errors and drops apart exactly. A chunk's timestamp is taken first thing in readyRead; the
/// bytes are read and parsed in a queued pass after the event loop has served every ready
/// socket, so with hundreds of streams whose chunks arrive together no socket's timestamp waits
/// for another's parsing.
class StreamConnection {
public:
    using FinishedCallback = std::function<void(const RequestRecord &)>;

    StreamConnection(const StreamTarget &target, FinishedCallback onFinished);
    ~StreamConnection();
    StreamConnection(const StreamConnection &) = delete;
    StreamConnection &operator=(const StreamConnection &) = delete;

    /// Starts a request. `record` carries its identity (index, id, scheduling); t_send is now.
    void start(RequestRecord record, QByteArray body);
    bool busy() const { return m_busy; }
    /// Opens the connection ahead of a request (a warm pool, as aiohttp's connector keeps), so
    /// a level's timing starts on established connections; a failure is left for the request.
    void preconnect();
    bool connected() const;
    bool connecting() const;
    /// Fails the request in flight when a timeout has passed at `nowNs`.
    void checkTimeouts(qint64 nowNs);
    /// Ends the request in flight as cancelled, keeping what was measured; `reason` is its error.
    void cancel(const QString &reason);

private:
    void openSocket();
    void sendRequest();
    void onReadyRead();
    void processPending();
    void processBytes(const QByteArray &bytes, qint64 arrivalNs);
    void onDisconnected();
    void onSocketError();
    void handleBody(const QByteArray &body, qint64 nowNs);
    void handleUpdate(const StreamUpdate &update, qint64 nowNs);
    void maybeComplete(qint64 nowNs);
    void flushPendingLine(qint64 nowNs);
    void finish(FailureKind failure, const QString &error, qint64 nowNs);
    void dropSocket();

    StreamTarget m_target;
    FinishedCallback m_onFinished;
    std::unique_ptr<QTcpSocket> m_socket;
    bool m_connected = false;
    quint64 m_generation = 0; ///< counts requests, so handlers notice a request that ended
    struct PendingRead {
        qint64 arrivalNs;
        QByteArray bytes;
    };
    QList<PendingRead> m_pending; ///< read and timestamped, not yet parsed
    bool m_parseQueued = false;
    bool m_busy = false;
    bool m_retried = false;
    bool m_receivedBytes = false;
    QByteArray m_requestBytes;
    RequestRecord m_record;
    qint64 m_lastActivityNs = 0;

    HttpResponseParser m_http;
    SseParser m_sse;
    LineSplitter m_lines{1 << 20};
    QByteArray m_errorBody;
    bool m_streamEnded = false;
    bool m_finishReason = false;
    std::optional<int> m_usageCompletion;
    std::optional<int> m_usagePrompt;
};

} // namespace pertoken
