#include "bench/http/sse_parser.h"

namespace pertoken {

using namespace Qt::StringLiterals;

bool SseParser::feed(QByteArrayView bytes, QList<SseEvent> *events)
{
    if (failed())
        return false;
    QList<QByteArray> lines;
    const bool ok = m_lines.feed(bytes, &lines);
    for (const QByteArray &line : lines) {
        processLine(line, events);
        if (failed())
            return false;
    }
    if (!ok) {
        m_error = m_lines.error();
        return false;
    }
    return true;
}

bool SseParser::hasPartialEvent() const
{
    return m_sawData || !m_lines.pending().isEmpty();
}

void SseParser::processLine(const QByteArray &rawLine, QList<SseEvent> *events)
{
    QByteArray line = rawLine;
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark is skipped
            line.remove(0, 3);
    }
    if (line.isEmpty()) {
        if (m_sawData) {
            if (m_current.data.endsWith('\n'))
                m_current.data.chop(1);
            events->append(m_current);
        }
        m_current = SseEvent{};
        m_sawData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        m_current.data.append(value);
        m_current.data.append('\n');
        m_sawData = true;
        if (m_current.data.size() > m_maxEventBytes)
            m_error = u"an event of the stream is longer than %1 bytes"_s.arg(m_maxEventBytes);
    } else if (field == "event") {
        m_current.event = value;
    } else if (field == "id") {
        m_current.id = value;
    }
}

} // namespace pertoken
