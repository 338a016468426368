#include "bench/http/line_splitter.h"

namespace pertoken {

using namespace Qt::StringLiterals;

bool LineSplitter::feed(QByteArrayView bytes, QList<QByteArray> *lines)
{
    if (failed())
        return false;
    qsizetype start = 0;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\n' && m_lastWasCr && i == start && m_line.isEmpty() && i == 0) {
            // The LF of a CRLF whose CR ended the previous piece.
            m_lastWasCr = false;
            start = i + 1;
            continue;
        }
        m_line.append(bytes.sliced(start, i - start));
        if (m_line.size() > m_maxLineBytes) {
            m_error = u"a line of the stream is longer than %1 bytes"_s.arg(m_maxLineBytes);
            m_line.clear();
            return false;
        }
        lines->append(m_line);
        m_line.clear();
        const bool crlf = c == '\r' && i + 1 < size && bytes[i + 1] == '\n';
        if (crlf)
            ++i;
        // Only a lone CR ending the piece may have its LF in the next one; after a whole CRLF
        // an LF opening the next piece ends an empty line.
        m_lastWasCr = c == '\r' && !crlf && i + 1 == size;
        start = i + 1;
    }
    if (start < size) {
        m_lastWasCr = false;
        if (m_line.size() + (size - start) > m_maxLineBytes) {
            m_error = u"a line of the stream is longer than %1 bytes"_s.arg(m_maxLineBytes);
            m_line.clear();
            return false;
        }
        m_line.append(bytes.sliced(start));
    }
    return true;
}

} // namespace pertoken
