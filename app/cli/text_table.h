#pragma once

#include <QList>
#include <QStringList>

namespace pertoken::cli {

/// A plain-text table for terminal output: left-aligned first column, the rest right-aligned
/// when they look numeric, columns padded to their widest cell.
class TextTable {
public:
    explicit TextTable(QStringList header)
        : m_header(std::move(header))
    {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QString render() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace pertoken::cli
