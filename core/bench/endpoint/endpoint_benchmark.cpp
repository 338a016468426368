#include "bench/endpoint/endpoint_benchmark.h"

#include "bench/http/stream_connection.h"
#include "common/monotonic_clock.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kWatchdogMs = 20;
constexpr int kMaxOpenLoopInFlight = 4096;
constexpr qint64 kEarlyToleranceNs = 200'000; // an arrival due within 0.2 ms goes now

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
    int repeat = 0;
    double ratePerSecond = 0; ///< open loop when > 0
    QList<qint64> offsetsNs;  ///< open loop: each request's send time after the phase's start
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
    void dispatchOpenLoop();
    void issue(StreamConnection &connection, qint64 scheduledNs);
    StreamConnection &idleConnection();
    bool waitForStartAt();
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
    QTimer *m_arrivalTimer = nullptr;
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

void EndpointRunner::issue(StreamConnection &connection, qint64 scheduledNs)
{
    RequestRecord record;
    record.index = m_nextIndex++;
    record.requestId = m_config.shardCount > 1
                           ? u"pertoken-s%1-%2"_s.arg(m_config.shardIndex).arg(record.index)
                           : u"pertoken-%1"_s.arg(record.index);
    record.concurrency = m_phase.concurrency;
    record.warmup = m_phase.warmup;
    record.level = m_phase.level;
    record.repeat = m_phase.repeat;
    record.ratePerSecond = m_phase.ratePerSecond;
    record.requestedPromptTokens = m_config.promptTokens;
    record.maxTokens = m_config.maxTokens;
    record.scheduledNs = scheduledNs;
    const QByteArray body = m_bodies.value(m_issued);
    ++m_issued;
    connection.start(std::move(record), body);
}

StreamConnection &EndpointRunner::idleConnection()
{
    for (const auto &connection : m_connections) {
        if (!connection->busy())
            return *connection;
    }
    m_connections.push_back(std::make_unique<StreamConnection>(
        m_target, [this](const RequestRecord &record) { onFinished(record); }));
    return *m_connections.back();
}

// Sends every request whose time has come, as long as the in-flight cap allows, and sets the
// timer for the next one. A request held back by the cap leaves late: its lag is measured.
void EndpointRunner::dispatchOpenLoop()
{
    const int cap = m_phase.concurrency > 0 ? m_phase.concurrency : kMaxOpenLoopInFlight;
    while (m_issued < m_phase.count && m_issued - m_finished < cap) {
        const qint64 dueNs = m_phaseStartNs + m_phase.offsetsNs[m_issued];
        if (dueNs > monotonicNs() + kEarlyToleranceNs)
            break;
        issue(idleConnection(), dueNs);
    }
    if (m_arrivalTimer && m_issued < m_phase.count && m_issued - m_finished < cap) {
        const qint64 waitNs = m_phaseStartNs + m_phase.offsetsNs[m_issued] - monotonicNs();
        m_arrivalTimer->start(int(std::max<qint64>(0, waitNs / 1'000'000)));
    }
}

void EndpointRunner::dispatch()
{
    if (m_phase.ratePerSecond > 0)
        return dispatchOpenLoop();
    const qsizetype needed = std::min(m_phase.concurrency, m_phase.count);
    while (qsizetype(m_connections.size()) < needed) {
        m_connections.push_back(std::make_unique<StreamConnection>(
            m_target, [this](const RequestRecord &record) { onFinished(record); }));
    }
    for (qsizetype i = 0; i < needed && m_issued < m_phase.count; ++i) {
        StreamConnection &connection = *m_connections[size_t(i)];
        if (!connection.busy())
            issue(connection, m_phaseStartNs);
    }
}

void EndpointRunner::onFinished(const RequestRecord &record)
{
    m_phaseRecords.append(record);
    ++m_finished;
    if (m_progress) {
        EndpointProgress progress;
        progress.level = m_phase.level;
        progress.levelCount = m_config.levelCount();
        progress.repeat = m_phase.repeat;
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
    int connections = std::min(phase.concurrency, phase.count);
    if (phase.ratePerSecond > 0) // about a second's worth of arrivals, within the cap
        connections =
            std::min({phase.count, phase.concurrency > 0 ? phase.concurrency : phase.count,
                      std::max(1, int(std::ceil(phase.ratePerSecond / m_config.shardCount)))});
    preconnect(connections);
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
    QTimer arrivals;
    arrivals.setSingleShot(true);
    arrivals.setTimerType(Qt::PreciseTimer);
    QObject::connect(&arrivals, &QTimer::timeout, &loop, [this] {
        if (!cancelRequested())
            dispatch();
    });
    m_arrivalTimer = &arrivals;
    m_phaseStartNs = monotonicNs();
    if (!phase.warmup && m_run.scheduleOriginNs == 0) {
        m_run.scheduleOriginNs = m_phaseStartNs;
        m_run.scheduleStartedAt = QDateTime::currentDateTimeUtc();
    }
    dispatch();
    if (m_finished < m_phase.count && !m_run.cancelled)
        loop.exec();
    m_arrivalTimer = nullptr;
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
    if (!waitForStartAt())
        return m_run;
    for (int i = 0; i < m_config.levelCount(); ++i) {
        for (int repeat = 0; repeat < std::max(1, m_config.repeats); ++repeat) {
            Phase phase{i, m_config.concurrencyLevels.value(i, 1), m_config.requestsPerLevel, false,
                        repeat};
            if (m_config.openLoop()) {
                phase.concurrency = m_config.maxConcurrency;
                phase.ratePerSecond = m_config.ratePerSecondLevels[i];
                // Every shard draws the same schedule: the seed depends on the level and the
                // repeat only.
                phase.offsetsNs =
                    arrivalOffsetsNs({.ratePerSecond = phase.ratePerSecond,
                                      .process = m_config.arrivals,
                                      .seed = m_config.seed ^ (quint64(i) << 32) ^ quint64(repeat),
                                      .count = m_config.requestsPerLevel,
                                      .shardIndex = m_config.shardIndex,
                                      .shardCount = m_config.shardCount});
                phase.count = int(phase.offsetsNs.size());
            }
            const bool finished = runPhase(phase);
            m_run.levels.append(
                summarizeLevel(m_phaseRecords, phase.concurrency, m_config.targets));
            if (!finished) {
                m_connections.clear();
                return m_run;
            }
        }
    }
    m_connections.clear();
    return m_run;
}

// Waits, cancellable, until the wall clock reaches --start-at; at once when it has passed.
bool EndpointRunner::waitForStartAt()
{
    if (!m_config.startAt.isValid())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setSingleShot(true);
    const auto step = [&] {
        const qint64 leftMs = QDateTime::currentDateTimeUtc().msecsTo(m_config.startAt);
        if (leftMs <= 0 || cancelRequested())
            return loop.quit();
        poll.start(int(std::min<qint64>(leftMs, kWatchdogMs)));
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, step);
    poll.start(0);
    loop.exec();
    if (cancelRequested()) {
        m_run.cancelled = true;
        return false;
    }
    return true;
}

} // namespace

int EndpointConfig::requestsPerLevelHere() const
{
    if (!openLoop() || shardCount <= 1)
        return requestsPerLevel;
    return requestsPerLevel / shardCount + (shardIndex < requestsPerLevel % shardCount ? 1 : 0);
}

EndpointRun runEndpointBenchmark(const EndpointConfig &config,
                                 const EndpointProgressCallback &progress,
                                 const std::atomic<bool> *cancel)
{
    EndpointRunner runner(config, progress, cancel);
    return runner.run();
}

} // namespace pertoken
