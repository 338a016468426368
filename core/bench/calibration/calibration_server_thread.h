#pragma once

#include "bench/calibration/calibration_server.h"

#include <QThread>
#include <QUrl>

namespace pertoken {

/// Runs a CalibrationServer on a thread of its own, so the timing it streams with does not
/// depend on how busy the client's event loop is (and the client's timestamps do not depend on
/// the server). `pertoken bench selftest`, the tests and tests/perf use it.
class CalibrationServerThread {
public:
    CalibrationServerThread(const CalibrationTiming &timing,
                            const QList<CalibrationFault> &faultCycle = {});
    ~CalibrationServerThread();
    CalibrationServerThread(const CalibrationServerThread &) = delete;
    CalibrationServerThread &operator=(const CalibrationServerThread &) = delete;

    /// Starts the thread and listens; false with `error` set when no port could be opened.
    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; ///< "http://127.0.0.1:<port>"
    QList<CalibrationLogEntry> log() const;

private:
    CalibrationTiming m_timing;
    QList<CalibrationFault> m_faultCycle;
    QThread m_thread;
    CalibrationServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace pertoken
