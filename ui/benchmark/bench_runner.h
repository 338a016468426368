#pragma once

#include "bench/power/power_sampler.h"
#include "bench/results/bench_result.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace pertoken::ui {

/// One finished request as the benchmark panel sees it: where the sweep stands and the request's
/// raw record (a copy, made on the worker thread).
struct EndpointProgressEvent {
    int level = 0; ///< -1 during warm-up
    int levelCount = 0;
    int finishedInLevel = 0;
    int requestsInLevel = 0;
    bool hasRecord = false;
    RequestRecord record;
    int repeat = 0; ///< which run of the level, from 0
};

/// Runs a hardware probe or a serving benchmark on a worker thread and reports back through
/// queued calls, so the GUI thread never blocks. One run at a time; cancel() asks the engine to
/// stop (it returns within a second with what it measured). Destroying the runner cancels and
/// waits for the worker.
class BenchRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchRunner)

public:
    explicit BenchRunner(QObject *parent = nullptr);
    ~BenchRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Runs the serving benchmark and samples this machine's power (`power`) while it goes.
    bool startEndpoint(const EndpointConfig &config, PowerRequest power = PowerRequest::Auto);
    bool startHardware(const HardwareProbeOptions &options);
    void cancel();
    bool cancelRequested() const { return m_cancel.load(); }

Q_SIGNALS:
    void endpointProgress(const pertoken::ui::EndpointProgressEvent &event);
    void hardwareProgress(double fraction, const QString &stage);
    /// The run ended: `result` holds what was measured (partial when cancelled); `fatalError`
    /// says why nothing could be measured (an unreachable endpoint), else it is empty.
    void finished(const pertoken::BenchResult &result, const QString &fatalError);

private:
    void launch(QThread *thread);
    void complete(const BenchResult &result, const QString &fatalError);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace pertoken::ui
