#include "cli/text_table.h"

#include <QRegularExpression>

#include <algorithm>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

bool looksNumeric(const QString &cell)
{
    return !cell.isEmpty() && (cell.front().isDigit() || cell.front() == u'$');
}

} // namespace

QString TextTable::render() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            const bool right = i > 0 && looksNumeric(cell);
            text += right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
            if (i + 1 < widths.size())
                text += u"  "_s;
        }
        return text.trimmed().isEmpty() ? text : text.remove(QRegularExpression(u"\\s+$"_s));
    };
    QString text = line(m_header) + u'\n';
    qsizetype total = 0;
    for (qsizetype w : widths)
        total += w + 2;
    text += QString(total - 2, u'-') + u'\n';
    for (const QStringList &row : m_rows)
        text += line(row) + u'\n';
    return text;
}

} // namespace pertoken::cli
