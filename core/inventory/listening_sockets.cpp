#include "inventory/listening_sockets.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <cstring>

#include <unistd.h>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// A file of /proc, read whole up to `limit` bytes (procfs files report size 0).
QByteArray readProcFile(const QString &path, qint64 limit = 16 * 1024 * 1024)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(limit);
}

bool parseHexAddress(QByteArrayView hex, bool ipv6, QHostAddress *address)
{
    const int words = ipv6 ? 4 : 1;
    if (hex.size() != words * 8)
        return false;
    quint8 bytes[16] = {};
    for (int w = 0; w < words; ++w) {
        bool ok = false;
        const quint32 value = hex.sliced(w * 8, 8).toByteArray().toUInt(&ok, 16);
        if (!ok)
            return false;
        // The kernel prints each 32-bit word of the address as the CPU holds it in memory.
        std::memcpy(bytes + w * 4, &value, 4);
    }
    if (ipv6) {
        *address = QHostAddress(bytes);
    } else {
        quint32 ip = 0;
        for (int i = 0; i < 4; ++i)
            ip = (ip << 8) | bytes[i];
        *address = QHostAddress(ip);
    }
    return true;
}

} // namespace

bool ListeningSocket::allInterfaces() const
{
    return address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6);
}

bool ListeningSocket::loopbackOnly() const
{
    return address.isLoopback();
}

QHostAddress ListeningSocket::probeAddress() const
{
    if (address == QHostAddress(QHostAddress::AnyIPv4))
        return QHostAddress(QHostAddress::LocalHost);
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        return QHostAddress(QHostAddress::LocalHostIPv6);
    if (address.isLoopback())
        return address;
    return {};
}

QList<ListeningSocket> parseProcNetTcp(const QByteArray &text, bool ipv6, int *badLines)
{
    QList<ListeningSocket> sockets;
    int bad = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the column header
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 10) {
            if (!lines.at(i).trimmed().isEmpty())
                ++bad;
            continue;
        }
        if (fields.at(3) != "0A") // TCP_LISTEN
            continue;
        const QByteArray &local = fields.at(1);
        const qsizetype colon = local.indexOf(':');
        ListeningSocket socket;
        bool portOk = false;
        bool uidOk = false;
        bool inodeOk = false;
        if (colon < 0 ||
            !parseHexAddress(QByteArrayView(local).first(colon), ipv6, &socket.address)) {
            ++bad;
            continue;
        }
        socket.port = quint16(local.mid(colon + 1).toUInt(&portOk, 16));
        socket.uid = fields.at(7).toUInt(&uidOk);
        socket.inode = fields.at(9).toULongLong(&inodeOk);
        if (!portOk || !uidOk || !inodeOk) {
            ++bad;
            continue;
        }
        sockets.append(socket);
    }
    if (badLines)
        *badLines = bad;
    return sockets;
}

QList<ListeningSocket> listeningSockets(QStringList *notes, const QString &procRoot,
                                        int maxProcesses)
{
    QList<ListeningSocket> sockets;
    for (const bool ipv6 : {false, true}) {
        const QString path = procRoot + (ipv6 ? u"/net/tcp6"_s : u"/net/tcp"_s);
        QFile file(path);
        if (!file.exists()) {
            notes->append(u"%1 does not exist: no %2 sockets listed"_s.arg(path, ipv6 ? u"IPv6"_s
                                                                                      : u"IPv4"_s));
            continue;
        }
        int bad = 0;
        const QByteArray text = readProcFile(path);
        if (text.isEmpty()) {
            notes->append(u"%1 cannot be read"_s.arg(path));
            continue;
        }
        sockets += parseProcNetTcp(text, ipv6, &bad);
        if (bad > 0)
            notes->append(u"%1: %2 lines did not parse"_s.arg(path).arg(bad));
    }
    QHash<quint64, qsizetype> byInode;
    for (qsizetype i = 0; i < sockets.size(); ++i)
        byInode.insert(sockets.at(i).inode, i);
    if (byInode.isEmpty())
        return sockets;

    const QStringList pids =
        QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    int processes = 0;
    int unreadable = 0;
    qsizetype found = 0;
    for (const QString &name : pids) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        if (++processes > maxProcesses) {
            notes->append(
                u"stopped after %1 processes; later ones were not looked at"_s.arg(maxProcesses));
            break;
        }
        const QString fdDir = procRoot + u'/' + name + u"/fd"_s;
        const QByteArray fdPath = QFile::encodeName(fdDir);
        if (::access(fdPath.constData(), R_OK | X_OK) != 0) {
            ++unreadable;
            continue;
        }
        const QStringList fds = QDir(fdDir).entryList(
            QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
        int seen = 0;
        for (const QString &fd : fds) {
            if (++seen > 65536)
                break;
            char target[64] = {};
            const QByteArray link = QFile::encodeName(fdDir + u'/' + fd);
            const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
            if (n <= 8 || std::strncmp(target, "socket:[", 8) != 0)
                continue;
            const quint64 inode = QByteArray(target + 8, n - 9).toULongLong(&ok);
            const auto it = byInode.constFind(inode);
            if (!ok || it == byInode.cend())
                continue;
            ListeningSocket &socket = sockets[*it];
            if (socket.pid != 0)
                continue;
            socket.pid = pid;
            socket.process =
                QString::fromUtf8(readProcFile(procRoot + u'/' + name + u"/comm"_s, 256)).trimmed();
            QByteArray cmdline = readProcFile(procRoot + u'/' + name + u"/cmdline"_s, 4096);
            cmdline.replace('\0', ' ');
            socket.commandLine = QString::fromUtf8(cmdline).trimmed();
            ++found;
        }
        if (found == sockets.size())
            break;
    }
    if (unreadable > 0)
        notes->append(u"the open files of %1 processes could not be read (they belong to another "
                      "user): sockets they hold show no process"_s.arg(unreadable));
    return sockets;
}

} // namespace pertoken
