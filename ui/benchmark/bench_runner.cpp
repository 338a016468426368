#include "benchmark/bench_runner.h"

#include <QThread>

namespace pertoken::ui {

BenchRunner::BenchRunner(QObject *parent)
    : QObject(parent)
{}

BenchRunner::~BenchRunner()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BenchRunner::startEndpoint(const EndpointConfig &config, PowerRequest power)
{
    if (m_thread)
        return false;
    m_cancel = false;
    launch(QThread::create([this, config, power] {
        const auto progress = [this](const EndpointProgress &p) {
            EndpointProgressEvent event{p.level,           p.levelCount,      p.finishedInLevel,
                                        p.requestsInLevel, p.last != nullptr, {},
                                        p.repeat};
            if (p.last)
                event.record = *p.last;
            QMetaObject::invokeMethod(
                this, [this, event] { Q_EMIT endpointProgress(event); }, Qt::QueuedConnection);
        };
        PowerSampler sampler(power);
        sampler.start();
        const EndpointRun run = runEndpointBenchmark(config, progress, &m_cancel);
        const PowerMeasurement measured = sampler.stop();
        const BenchResult result = benchResultFrom(run, probeSystemInfo(), measured);
        const QString fatalError = run.fatalError;
        QMetaObject::invokeMethod(
            this, [this, result, fatalError] { complete(result, fatalError); },
            Qt::QueuedConnection);
    }));
    return true;
}

bool BenchRunner::startHardware(const HardwareProbeOptions &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    launch(QThread::create([this, options] {
        const auto progress = [this](double fraction, const QString &stage) {
            QMetaObject::invokeMethod(
                this, [this, fraction, stage] { Q_EMIT hardwareProgress(fraction, stage); },
                Qt::QueuedConnection);
        };
        const BenchResult result = benchResultFrom(runHardwareProbe(options, progress, &m_cancel));
        QMetaObject::invokeMethod(
            this, [this, result] { complete(result, QString()); }, Qt::QueuedConnection);
    }));
    return true;
}

void BenchRunner::cancel()
{
    m_cancel = true;
}

void BenchRunner::launch(QThread *thread)
{
    m_thread = thread;
    m_thread->start();
}

void BenchRunner::complete(const BenchResult &result, const QString &fatalError)
{
    // The worker posted this as its last act; it is returning now.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(result, fatalError);
}

} // namespace pertoken::ui
