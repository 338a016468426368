#pragma once

#include "bench/http/line_splitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pertoken {

/// One dispatched server-sent event. `data` joins the event's `data:` lines with LF, as the
/// standard says; OpenAI-compatible servers put one JSON object (or `[DONE]`) in it.
struct SseEvent {
    QByteArray event; ///< the `event:` field; empty means "message"
    QByteArray data;
    QByteArray id;

    bool isDone() const { return data == "[DONE]"; }
    bool operator==(const SseEvent &) const = default;
};

/// Incremental `text/event-stream` parser after the HTML Living Standard, "Server-sent events",
/// §9.2.6 "Interpreting an event stream": lines end at LF, CRLF or CR; a blank line dispatches
/// the event; lines starting with ':' are comments (keep-alive pings); `field: value` loses one
/// leading space of the value; unknown fields are ignored; an event without data is not
/// dispatched. The same parsing vLLM's benchmark client does (split on blank lines, keep `data:`,
/// skip comments, stop at `[DONE]`), but robust to a network that cuts the stream anywhere.
/// Limits: a line over `maxLineBytes` or an event over `maxEventBytes` makes the parser fail.
class SseParser {
public:
    explicit SseParser(qsizetype maxLineBytes = 1 << 20, qsizetype maxEventBytes = 4 << 20)
        : m_lines(maxLineBytes)
        , m_maxEventBytes(maxEventBytes)
    {}

    /// Appends the events `bytes` complete to `events`. Returns false on a limit; stays failed.
    bool feed(QByteArrayView bytes, QList<SseEvent> *events);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// True while bytes of an event not yet dispatched are buffered.
    bool hasPartialEvent() const;

private:
    void processLine(const QByteArray &line, QList<SseEvent> *events);

    LineSplitter m_lines;
    qsizetype m_maxEventBytes;
    SseEvent m_current;
    bool m_sawData = false;
    bool m_firstLine = true;
    QString m_error;
};

} // namespace pertoken
