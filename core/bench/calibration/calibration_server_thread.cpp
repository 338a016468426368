#include "bench/calibration/calibration_server_thread.h"

namespace pertoken {

using namespace Qt::StringLiterals;

CalibrationServerThread::CalibrationServerThread(const CalibrationTiming &timing,
                                                 const QList<CalibrationFault> &faultCycle)
    : m_timing(timing)
    , m_faultCycle(faultCycle)
{
    m_thread.setObjectName(u"calibration-server"_s);
}

CalibrationServerThread::~CalibrationServerThread()
{
    if (m_server) {
        // The server and its timers belong to the thread: delete them there.
        CalibrationServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool CalibrationServerThread::start(QString *error)
{
    m_thread.start();
    m_server = new CalibrationServer(m_timing, m_faultCycle);
    m_server->moveToThread(&m_thread);
    bool ok = false;
    QString message;
    CalibrationServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &ok, &message] { ok = server->listen(&message); },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = message;
        return false;
    }
    m_port = server->port();
    return true;
}

QUrl CalibrationServerThread::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QList<CalibrationLogEntry> CalibrationServerThread::log() const
{
    return m_server ? m_server->log() : QList<CalibrationLogEntry>{};
}

} // namespace pertoken
