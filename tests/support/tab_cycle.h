#pragma once

// Keyboard walks for UI tests: what Tab reaches from where the focus is.

#include <QApplication>
#include <QList>
#include <QTest>
#include <QWidget>

namespace pertoken::testing {

/// Presses Tab from the focus widget until the focus comes back round (at most `limit` times);
/// every widget that had the focus, in order, the one it started on first.
inline QList<QWidget *> tabCycle(int limit = 600)
{
    QWidget *start = QApplication::focusWidget();
    QList<QWidget *> visited;
    if (start)
        visited << start;
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == start)
            break;
        visited << next;
    }
    return visited;
}

} // namespace pertoken::testing
