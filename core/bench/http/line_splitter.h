#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pertoken {

/// Splits a byte stream into lines however the stream was cut into pieces by the network. A line
/// ends at LF, CRLF or a lone CR (the three terminators the HTML Living Standard allows in
/// `text/event-stream`; NDJSON only uses LF, and JSON text cannot hold a raw CR or LF, so the same
/// splitter serves Ollama's stream). A CR at the end of one piece and an LF at the start of the
/// next are one terminator. A line longer than `maxLineBytes` is an error, not unbounded memory.
class LineSplitter {
public:
    explicit LineSplitter(qsizetype maxLineBytes)
        : m_maxLineBytes(maxLineBytes)
    {}

    /// Appends `bytes` and the lines they complete (without terminators) to `lines`. Returns false
    /// once a line grew past the limit; the splitter then stays failed.
    bool feed(QByteArrayView bytes, QList<QByteArray> *lines);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// Bytes of a line not yet terminated.
    const QByteArray &pending() const { return m_line; }

private:
    QByteArray m_line;
    qsizetype m_maxLineBytes;
    bool m_lastWasCr = false;
    QString m_error;
};

} // namespace pertoken
