// Charts from the keyboard: Tab reaches every chart on every chart tab, the Scaling tab's
// included, and Ctrl+T swaps the focused chart for its data table (focus on the table) and back.

#include "autosave.h"
#include "charts/chart_page.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "charts/data_table_view.h"
#include "charts/planner_charts.h"
#include "main_window.h"
#include "panels/planner_panel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
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

} // namespace

class TestChartKeyboard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tabReachesEveryChart();
    void ctrlTShowsTheDataTable();
    void scalingChartsHaveDataTables();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestChartKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_chart_keyboard"_s);
    QDir(Autosave::directory()).removeRecursively();
    m_window = std::make_unique<MainWindow>(discardAll);
    m_window->resize(1600, 1000);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestChartKeyboard::tabReachesEveryChart()
{
    QTabWidget *tabs = m_window->chartsView()->tabWidget();
    QVERIFY(tabs->count() >= 2);
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QWidget *page = tabs->currentWidget();
        QTRY_VERIFY(page->isVisible());
        // A chart with nothing to draw shows a note instead (Solved tasks while the scenario
        // defines no task): no chart to reach.
        const auto dashboardCharts = page->findChildren<DashboardChart *>();
        if (dashboardCharts.size() == 1 && !dashboardCharts.first()->placeholderText().isEmpty())
            continue;
        tabs->tabBar()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tabs->tabBar()));
        const QList<QWidget *> visited = testing::tabCycle();
        const QSet<QWidget *> reached(visited.cbegin(), visited.cend());
        const auto views = page->findChildren<QChartView *>();
        int shown = 0;
        for (QChartView *view : views) {
            if (!view->isVisible())
                continue;
            ++shown;
            QVERIFY2(reached.contains(view),
                     qPrintable(u"tab \"%1\": chart \"%2\" not reached"_s.arg(
                         tabs->tabText(index), view->accessibleName())));
        }
        QVERIFY2(shown > 0, qPrintable(tabs->tabText(index)));
    }
}

void TestChartKeyboard::ctrlTShowsTheDataTable()
{
    QTabWidget *tabs = m_window->chartsView()->tabWidget();
    tabs->setCurrentIndex(0);
    const QList<ChartPage *> pages = m_window->chartsView()->pages();
    ChartPage *page = nullptr;
    for (ChartPage *candidate : pages) {
        if (candidate->isVisible())
            page = candidate;
    }
    QVERIFY(page);
    QChartView *view = page->chart()->chartView();
    QTRY_VERIFY(view->isVisible());
    view->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(page->isTableShown());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page->tableView()));
    QTest::keyClick(page->tableView(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(!page->isTableShown());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
}

void TestChartKeyboard::scalingChartsHaveDataTables()
{
    QTabWidget *tabs = m_window->chartsView()->tabWidget();
    tabs->setCurrentWidget(m_window->plannerPanel());
    PlannerCharts *charts = m_window->plannerPanel()->charts();
    for (PlannerCharts::Kind kind :
         {PlannerCharts::Kind::Loss, PlannerCharts::Kind::Queries, PlannerCharts::Kind::Budget}) {
        QWidget *chart = charts->chartWidget(kind);
        QTRY_VERIFY(chart->isVisible());
        chart->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), chart);
        QTest::keyClick(chart, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(charts->isTableShown(kind));
        DataTableView *table = charts->tableView(kind);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        // The table holds the numbers the chart draws (PlannerCharts::fillTable).
        QVERIFY(table->model()->rowCount() > 0);
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(!charts->isTableShown(kind));
        QCOMPARE(QApplication::focusWidget(), chart);
    }
}

QTEST_MAIN(TestChartKeyboard)
#include "tst_chart_keyboard.moc"
