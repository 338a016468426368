#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace pertoken {

/// One TCP socket in the LISTEN state (st 0A) as /proc/net/tcp or /proc/net/tcp6 lists it
/// (Linux Documentation/networking/proc_net_tcp.rst), with the process holding it where
/// /proc/PID/fd shows it.
struct ListeningSocket {
    QHostAddress address; ///< the bound address: 127.0.0.1, 0.0.0.0, ::, ::1, ...
    quint16 port = 0;
    quint64 inode = 0;
    uint uid = 0;
    qint64 pid = 0;      ///< 0 when no readable /proc/PID/fd holds the socket
    QString process;     ///< /proc/PID/comm
    QString commandLine; ///< /proc/PID/cmdline, arguments joined by spaces
    /// Bound to every interface (0.0.0.0 or ::): reachable from the network unless a firewall
    /// stops it.
    bool allInterfaces() const;
    /// Bound to a loopback address only (127.0.0.0/8, ::1, ::ffff:127.x.x.x).
    bool loopbackOnly() const;
    /// The loopback address a probe connects to: the bound loopback address, 127.0.0.1 for
    /// 0.0.0.0, ::1 for ::; a null address for a socket bound to one non-loopback interface,
    /// which is never probed (it is another host's view of this machine).
    QHostAddress probeAddress() const;
};

/// Parses the text of /proc/net/tcp (`ipv6` false) or /proc/net/tcp6: the sockets in state 0A.
/// Addresses are the kernel's hex of the address bytes read as host-order 32-bit words, the port
/// a hex number. Lines that do not parse are skipped and counted in `badLines`.
QList<ListeningSocket> parseProcNetTcp(const QByteArray &text, bool ipv6, int *badLines = nullptr);

/// The listening sockets of this machine with their owners: /proc/net/tcp and tcp6 under
/// `procRoot`, then every /proc/PID/fd/* link "socket:[inode]". At most `maxProcesses`
/// processes and 65,536 descriptors per process are read. `notes` says what could not be read
/// (a process whose descriptors belong to another user, a missing tcp6 table).
QList<ListeningSocket> listeningSockets(QStringList *notes,
                                        const QString &procRoot = QStringLiteral("/proc"),
                                        int maxProcesses = 100000);

} // namespace pertoken
