#include "bench/endpoint/endpoint_benchmark.h"

#include "bench/http/stream_connection.h"
#include "common/monotonic_clock.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kWatchdogMs = 20;

QUrl withoutCredentials(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

/// One phase (the warm-up or a level): `count` requests, at most `concurrency` in flight.
struct Phase {
    int level = -1;
    int concurrency = 1;
    int count = 0;
    bool warmup = false;
};

class EndpointRunner {
public:
    EndpointRunner(const EndpointConfig &config, const EndpointProgressCallback &progress,
                   const std::atomic<bool> *cancel)
        : m_config(config)
        , m_progress(progress)
        , m_cancel(cancel)
    {
        m_run.config = config;
        m_run.config.apiKey.clear();
        m_run.apiKeyUsed = !config.apiKey.isEmpty();
        // Requests go to the URL as given; the run (and so every file, message and scenario
        // note made from it) keeps it without user info or query, where a key could hide.
        m_target.url = streamEndpointUrl(config.url, config.api);
        m_run.config.url = withoutCredentials(config.url);
        m_run.endpointUrl = withoutCredentials(m_target.url);
        m_target.api = config.api;
        m_target.apiKey = config.apiKey;
        m_target.connectTimeoutMs = config.connectTimeoutMs;
        m_target.firstTokenTimeoutMs = config.firstTokenTimeoutMs;
        m_target.idleTimeoutMs = config.idleTimeoutMs;
        m_target.totalTimeoutMs = config.totalTimeoutMs;
    }

    EndpointRun run();

private:
    EndpointRun runMeasured();
    bool checkReachable();
    void preconnect(int count);
    bool runPhase(const Phase &phase);
    void dispatch();
    void onFinished(const RequestRecord &record);
    bool deadlinePassed() const { return m_deadlineNs > 0 && monotonicNs() > m_deadlineNs; }
    bool cancelRequested() const { return (m_cancel && m_cancel->load()) || deadlinePassed(); }

    EndpointConfig m_config;
    EndpointProgressCallback m_progress;
    const std::atomic<bool> *m_cancel;
    StreamTarget m_target;
    EndpointRun m_run;
    std::vector<std::unique_ptr<StreamConnection>> m_connections;
    QEventLoop *m_loop = nullptr;
    Phase m_phase;
    qint64 m_phaseStartNs = 0;
    int m_issued = 0;
    int m_finished = 0;
    int m_nextIndex = 0;
    qint64 m_deadlineNs = 0; ///< monotonic end of the run's deadline; 0 = none
    QList<RequestRecord> m_phaseRecords;
    QList<QByteArray> m_bodies; ///< the phase's request bodies, built before its clock starts
};

// A TCP connection test before any request, so an unreachable endpoint fails once, clearly.
bool EndpointRunner::checkReachable()
{
    const QUrl &url = m_run.endpointUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        m_run.fatalError = u"\"%1\" is not a URL with a host"_s.arg(m_run.config.url.toString());
        return false;
    }
    const bool tls = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelRequested())
            loop.quit();
    });
    cancelPoll.start(kWatchdogMs);
    timer.start(m_config.connectTimeoutMs);
    socket.connectToHost(url.host(), quint16(url.port(tls ? 443 : 80)));
    if (socket.state() != QAbstractSocket::ConnectedState && !cancelRequested())
        loop.exec();
    if (socket.state() == QAbstractSocket::ConnectedState) {
        socket.abort();
        return true;
    }
    if (cancelRequested()) {
        m_run.cancelled = true;
        return false;
    }
    const QString reason = socket.error() == QAbstractSocket::UnknownSocketError
                               ? u"no connection within %1 ms"_s.arg(m_config.connectTimeoutMs)
                               : socket.errorString();
    m_run.fatalError =
        u"cannot connect to %1:%2: %3"_s.arg(url.host()).arg(url.port(tls ? 443 : 80)).arg(reason);
    return false;
}

void EndpointRunner::dispatch()
{
    const qsizetype needed = std::min(m_phase.concurrency, m_phase.count);
    while (qsizetype(m_connections.size()) < needed) {
        m_connections.push_back(std::make_unique<StreamConnection>(
            m_target, [this](const RequestRecord &record) { onFinished(record); }));
    }
    for (qsizetype i = 0; i < needed && m_issued < m_phase.count; ++i) {
        StreamConnection &connection = *m_connections[size_t(i)];
        if (connection.busy())
            continue;
        RequestRecord record;
        record.index = m_nextIndex++;
        record.requestId = u"pertoken-%1"_s.arg(record.index);
        record.concurrency = m_phase.concurrency;
        record.warmup = m_phase.warmup;
        record.requestedPromptTokens = m_config.promptTokens;
        record.maxTokens = m_config.maxTokens;
        record.scheduledNs = m_phaseStartNs;
        const QByteArray body = m_bodies.value(m_issued);
        ++m_issued;
        connection.start(std::move(record), body);
    }
}

void EndpointRunner::onFinished(const RequestRecord &record)
{
    m_phaseRecords.append(record);
    ++m_finished;
    if (m_progress) {
        EndpointProgress progress;
        progress.level = m_phase.level;
        progress.levelCount = int(m_config.concurrencyLevels.size());
        progress.finishedInLevel = m_finished;
        progress.requestsInLevel = m_phase.count;
        progress.last = &m_phaseRecords.last();
        m_progress(progress);
    }
    if (m_finished >= m_phase.count) {
        if (m_loop)
            m_loop->quit();
        return;
    }
    if (!cancelRequested())
        dispatch();
}

// Opens `count` connections and waits (up to the connect timeout) until they are established.
void EndpointRunner::preconnect(int count)
{
    while (qsizetype(m_connections.size()) < count) {
        m_connections.push_back(std::make_unique<StreamConnection>(
            m_target, [this](const RequestRecord &record) { onFinished(record); }));
    }
    for (int i = 0; i < count; ++i)
        m_connections[size_t(i)]->preconnect();
    QEventLoop loop;
    QTimer poll;
    const qint64 deadlineNs = monotonicNs() + qint64(m_config.connectTimeoutMs) * 1'000'000;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        bool pending = false;
        for (int i = 0; i < count; ++i)
            pending = pending || m_connections[size_t(i)]->connecting();
        if (!pending || cancelRequested() || monotonicNs() > deadlineNs)
            loop.quit();
    });
    poll.start(2);
    loop.exec();
}

bool EndpointRunner::runPhase(const Phase &phase)
{
    m_phase = phase;
    m_issued = 0;
    m_finished = 0;
    m_phaseRecords.clear();
    m_bodies.clear();
    for (int i = 0; i < phase.count; ++i) {
        const QString prompt =
            buildPrompt(m_config.promptTokens, m_nextIndex + i, m_config.charsPerToken);
        m_bodies.append(streamRequestBody(m_config.api, m_config.model, prompt, m_config.maxTokens,
                                          m_config.ignoreEos));
    }
    preconnect(std::min(phase.concurrency, phase.count));
    if (cancelRequested()) {
        m_run.cancelled = true;
        return false;
    }
    QEventLoop loop;
    m_loop = &loop;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [this, &loop] {
        if (cancelRequested()) {
            m_run.cancelled = true;
            const QString reason =
                deadlinePassed()
                    ? u"the run reached its deadline of %1 ms"_s.arg(m_config.runTimeoutMs)
                    : u"the run was cancelled"_s;
            for (const auto &connection : m_connections)
                connection->cancel(reason);
            loop.quit();
            return;
        }
        const qint64 nowNs = monotonicNs();
        for (const auto &connection : m_connections)
            connection->checkTimeouts(nowNs);
    });
    watchdog.start(kWatchdogMs);
    m_phaseStartNs = monotonicNs();
    dispatch();
    if (m_finished < m_phase.count && !m_run.cancelled)
        loop.exec();
    m_loop = nullptr;
    m_run.records.append(m_phaseRecords);
    return !m_run.cancelled;
}

EndpointRun EndpointRunner::run()
{
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_run.originNs = monotonicNs();
    if (m_config.runTimeoutMs > 0)
        m_deadlineNs = m_run.originNs + qint64(m_config.runTimeoutMs) * 1'000'000;
    EndpointRun run = runMeasured();
    run.deadlineReached = run.cancelled && deadlinePassed();
    return run;
}

EndpointRun EndpointRunner::runMeasured()
{
    if (!checkReachable())
        return m_run;
    const int firstConcurrency = m_config.concurrencyLevels.value(0, 1);
    if (m_config.warmupRequests > 0) {
        if (!runPhase({-1, firstConcurrency, m_config.warmupRequests, true}))
            return m_run;
        bool anyCompleted = false;
        for (const RequestRecord &r : std::as_const(m_phaseRecords))
            anyCompleted = anyCompleted || r.completed();
        if (!anyCompleted) {
            const RequestRecord &first = m_phaseRecords.first();
            m_run.fatalError = u"every warm-up request failed (%1): %2"_s.arg(
                failureKindId(first.failure), first.error);
            return m_run;
        }
    }
    for (int i = 0; i < m_config.concurrencyLevels.size(); ++i) {
        const int concurrency = m_config.concurrencyLevels[i];
        const bool finished = runPhase({i, concurrency, m_config.requestsPerLevel, false});
        m_run.levels.append(summarizeLevel(m_phaseRecords, concurrency, m_config.targets));
        if (!finished)
            break;
    }
    m_connections.clear();
    return m_run;
}

} // namespace

EndpointRun runEndpointBenchmark(const EndpointConfig &config,
                                 const EndpointProgressCallback &progress,
                                 const std::atomic<bool> *cancel)
{
    EndpointRunner runner(config, progress, cancel);
    return runner.run();
}

} // namespace pertoken
