#pragma once

#include "bench/calibration/calibration_stream.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTcpServer>

#include <map>
#include <memory>

class QTcpSocket;

namespace pertoken {

/// The timing the calibration server streams with: the first token `ttftMs` after the request
/// arrived, then one chunk every `tokensPerChunk × tokenIntervalMs`, `tokensPerResponse` tokens
/// in all (fewer when the request's max_tokens / num_predict asks for fewer). Token k is due at
/// an absolute time, t_received + TTFT + k × interval, so lateness never accumulates. A
/// benchmark measuring it should find TTFT ≈ ttftMs and TPOT = (E2E − TTFT)/(N − 1) ≈
/// tokenIntervalMs.
struct CalibrationTiming {
    double ttftMs = 100;
    double tokenIntervalMs = 20;
    int tokensPerResponse = 32;
    int tokensPerChunk = 1;
    /// Requests served at once, 0 = any number. Beyond it a request waits, read but unanswered,
    /// until one in service ends (a server with one slot, like llama-server --parallel 1); its
    /// timing then counts from the start of its service, which the log's servedNs records.
    int maxConcurrent = 0;
    /// Added to the interval per request in service when a request's service starts, itself
    /// included: interval = tokenIntervalMs + perSequenceIntervalMs × n, as a bandwidth-bound
    /// engine's step grows with the KV caches it reads. 0 = a fixed interval.
    double perSequenceIntervalMs = 0;
};

/// What the server did for one request, in monotonic nanoseconds (monotonic_clock.h), so a
/// client in the same machine can compare its own timestamps with the server's writes.
struct CalibrationLogEntry {
    QByteArray requestId; ///< the request's X-Request-Id
    QByteArray path;
    CalibrationFault fault = CalibrationFault::None;
    qint64 receivedNs = 0;
    qint64 servedNs = 0;      ///< service began: receivedNs unless it waited for a free slot
    qint64 firstTokenNs = -1; ///< first content chunk written and flushed
    qint64 lastTokenNs = -1;
    int tokensSent = 0;
    qint64 endlessBytes = 0; ///< bytes of a never-ending line sent (EndlessHeader, EndlessLine)
    bool hadAuthorization = false;
    QByteArray authorization; ///< kept in memory for tests of key handling; never written
};

/// A local OpenAI-compatible and Ollama-compatible streaming server of known timing, with faults
/// on demand: request n (in arrival order) gets faultCycle[n % size]. It listens on 127.0.0.1
/// with an ephemeral port. Its timers fire on its own thread's event loop; run it through
/// CalibrationServerThread so the client under test cannot delay it.
class CalibrationServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationServer)

public:
    explicit CalibrationServer(const CalibrationTiming &timing,
                               QList<CalibrationFault> faultCycle = {}, QObject *parent = nullptr);
    ~CalibrationServer() override;

    bool listen(QString *error);
    quint16 port() const { return m_port; }
    /// Thread-safe copy of the log.
    QList<CalibrationLogEntry> log() const;

    /// A loopback port nothing listens on (bound, then released): connecting is refused.
    static quint16 refusedPort();

private:
    struct Session;

    void onNewConnection();
    void onReadyRead(Session *session);
    bool parseRequest(Session *session);
    void startResponse(Session *session, const QByteArray &path, const QByteArray &body);
    void sendDue(Session *session);
    void finishResponse(Session *session);
    void pumpEndless(Session *session);
    void write(Session *session, const QByteArray &bytes, bool chunked = true);
    void updateLog(const Session &session);
    void closeSession(QTcpSocket *socket);
    void serve(Session *session);
    void releaseSlot(Session *session);

    CalibrationTiming m_timing;
    QList<CalibrationFault> m_faultCycle;
    QTcpServer m_server;
    quint16 m_port = 0;
    int m_requestCount = 0;
    int m_inService = 0;
    QList<QTcpSocket *> m_waiting; ///< requests read, waiting for a slot (maxConcurrent)
    std::map<QTcpSocket *, std::unique_ptr<Session>> m_sessions;
    mutable QMutex m_logMutex;
    QList<CalibrationLogEntry> m_log;
};

} // namespace pertoken
