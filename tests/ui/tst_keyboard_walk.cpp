// The dashboard with the keyboard alone: from the first field, Tab reaches a field of every
// visible dock, the results table, the break-even table and every chart of the tab shown, and
// the tables' rows are walked with the arrow keys; every menu action names its shortcut.

#include "autosave.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QChartView>

#include "../support/tab_cycle.h"

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

bool isInside(const QWidget *widget, const QWidget *container)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == container)
            return true;
    }
    return false;
}

// The actions a user picks from the menus: no separators, submenus, checkable choices of a
// group (the theme), or entries that list files (recent files).
void collectActions(const QMenu *menu, QList<QAction *> &actions)
{
    const QList<QAction *> all = menu->actions();
    for (QAction *action : all) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collectActions(action->menu(), actions);
            continue;
        }
        if (action->actionGroup() || action->data().isValid())
            continue;
        actions << action;
    }
}

} // namespace

class TestKeyboardWalk final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tabReachesDocksTablesAndCharts();
    void everyMenuActionHasAShortcut();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_keyboard_walk"_s);
    QDir(Autosave::directory()).removeRecursively();
    m_window = std::make_unique<MainWindow>(discardAll);
    m_window->resize(1600, 1000);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboardWalk::tabReachesDocksTablesAndCharts()
{
    QWidget *first = m_window->nextInFocusChain();
    while (first && !(first->focusPolicy() & Qt::TabFocus && first->isVisible()))
        first = first->nextInFocusChain();
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(QApplication::focusWidget());
    const QList<QWidget *> visited = testing::tabCycle();

    const auto reached = [&visited](const QWidget *container) {
        return std::any_of(visited.cbegin(), visited.cend(),
                           [container](const QWidget *w) { return isInside(w, container); });
    };
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    int shownDocks = 0;
    for (const QDockWidget *dock : docks) {
        if (!dock->isVisible() || dock->isFloating())
            continue;
        ++shownDocks;
        QVERIFY2(reached(dock), qPrintable(u"Tab never reaches the dock "_s + dock->objectName()));
    }
    QVERIFY(shownDocks >= 2);

    for (const QString &name : {u"summaryOptions"_s, u"summaryBreakEven"_s}) {
        auto *table = m_window->findChild<QTreeWidget *>(name);
        QVERIFY(table);
        QVERIFY2(visited.contains(table), qPrintable(u"Tab never reaches "_s + name));
        // Down moves along the rows.
        table->setFocus(Qt::TabFocusReason);
        if (table->topLevelItemCount() > 1) {
            table->setCurrentItem(table->topLevelItem(0));
            QTest::keyClick(table, Qt::Key_Down);
            QCOMPARE(table->currentItem(), table->topLevelItem(1));
        }
    }

    int charts = 0;
    const QList<QChartView *> views = m_window->findChildren<QChartView *>();
    for (QChartView *view : views) {
        if (!view->isVisible())
            continue;
        ++charts;
        QVERIFY2(visited.contains(view),
                 qPrintable(u"Tab never reaches the chart "_s + view->accessibleName()));
    }
    QVERIFY(charts > 0);
}

void TestKeyboardWalk::everyMenuActionHasAShortcut()
{
    QList<QAction *> actions;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (const QAction *menu : menus) {
        if (menu->menu())
            collectActions(menu->menu(), actions);
    }
    QVERIFY(actions.size() > 10);
    QStringList missing;
    for (const QAction *action : std::as_const(actions)) {
        if (action->shortcut().isEmpty())
            missing << action->text();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"no shortcut: "_s + missing.join(u", "_s)));
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboard_walk.moc"
