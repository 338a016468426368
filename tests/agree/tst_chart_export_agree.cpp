// `pertoken chart ID --scenario F` and the dashboard's Export Chart dialog write the same Scaling
// chart for the same scenario file: the CSV byte for byte, the PNG at the pixel size asked for.

#include "autosave.h"
#include "charts/chart_export.h"
#include "dashboard.h"
#include "export/chart_export_dialog.h"
#include "export/export_controller.h"
#include "main_window.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../support/cli_run.h"

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestChartExportAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listNamesTheScalingCharts();
    void csvAlike_data();
    void csvAlike();
    void pngOfTheAskedSize();

private:
    /// Exports chart `id` from `window` as a user does: Export Chart…, then the dialog with
    /// `format`, `size` and `dpi` chosen and `path` typed, then Export.
    void exportFromDashboard(MainWindow &window, const QString &id, ExportFormat format, QSize size,
                             int dpi, const QString &path);

    QTemporaryDir m_dir;
    QString m_scenarioPath;
};

void TestChartExportAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_chart_export_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
    // The planner priced on the scenario's hardware, so the budget chart is in dollars: the
    // plan both front ends draw comes from plannerInputsFor(), not from the stored inputs alone.
    Scenario scenario = defaultScenario();
    scenario.plannerPricesFromScenario = true;
    scenario.planner.budgetUsd = 0;
    m_scenarioPath = m_dir.filePath(u"scaling.pertoken"_s);
    QVERIFY(!saveScenarioFile(scenario, m_scenarioPath));
    QVERIFY(evaluate(scenario).plan.budgetInUsd);
}

void TestChartExportAgree::exportFromDashboard(MainWindow &window, const QString &id,
                                               ExportFormat format, QSize size, int dpi,
                                               const QString &path)
{
    auto *controller = window.findChild<ExportController *>();
    QVERIFY(controller);
    bool handled = false;
    // The dialog is modal: fill it in once it is open.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        handled = true;
        QCOMPARE(dialog->chartId(), id);
        dialog->setFormat(format);
        dialog->findChild<QSpinBox *>(u"width"_s)->setValue(size.width());
        dialog->findChild<QSpinBox *>(u"height"_s)->setValue(size.height());
        dialog->findChild<QSpinBox *>(u"dpi"_s)->setValue(dpi);
        dialog->findChild<QLineEdit *>(u"path"_s)->setText(path);
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    controller->exportChartInteractively(id);
    QVERIFY(handled);
}

void TestChartExportAgree::listNamesTheScalingCharts()
{
    const testing::CliRun run = testing::runPertoken({u"chart"_s, u"--list"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &id : {u"scaling-loss"_s, u"scaling-queries"_s, u"scaling-budget"_s})
        QVERIFY2(run.out.contains(id.toUtf8()), run.out.constData());
}

void TestChartExportAgree::csvAlike_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("loss") << u"scaling-loss"_s;
    QTest::newRow("queries") << u"scaling-queries"_s;
    QTest::newRow("budget") << u"scaling-budget"_s;
}

void TestChartExportAgree::csvAlike()
{
    QFETCH(QString, id);
    const QString cliPath = m_dir.filePath(id + u"-cli.csv"_s);
    const testing::CliRun run = testing::runPertoken(
        {u"chart"_s, id, u"--scenario"_s, m_scenarioPath, u"--out"_s, cliPath});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    MainWindow window(discardAll);
    const std::optional<InputError> problem = window.document()->load(m_scenarioPath);
    QVERIFY2(!problem, problem ? qPrintable(problem->toString()) : "");
    QTRY_VERIFY(window.dashboard()->evaluation().plan.budgetInUsd);
    const QString dashboardPath = m_dir.filePath(id + u"-dashboard.csv"_s);
    exportFromDashboard(window, id, ExportFormat::Csv, QSize(800, 500), 192, dashboardPath);

    const QByteArray cli = readAll(cliPath);
    const QByteArray dashboard = readAll(dashboardPath);
    // A header and at least one row of numbers.
    QVERIFY2(cli.count("\r\n") >= 2, cli.constData());
    QCOMPARE(dashboard, cli);
}

void TestChartExportAgree::pngOfTheAskedSize()
{
    // 1200×750 layout pixels at 96 dpi are 1200×750 image pixels (1200 × 96/96); at 144 dpi
    // they are 1800×1125 (1200 × 1.5, 750 × 1.5), and 144 / 0.0254 = 5669 dots per metre.
    const QString cliPath = m_dir.filePath(u"budget-cli.png"_s);
    const testing::CliRun run = testing::runPertoken(
        {u"chart"_s, u"scaling-budget"_s, u"--scenario"_s, m_scenarioPath, u"--out"_s, cliPath,
         u"--size"_s, u"1200x750"_s, u"--dpi"_s, u"96"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImage cli;
    QVERIFY(cli.load(cliPath, "PNG"));
    QCOMPARE(cli.size(), QSize(1200, 750));

    MainWindow window(discardAll);
    const std::optional<InputError> problem = window.document()->load(m_scenarioPath);
    QVERIFY2(!problem, problem ? qPrintable(problem->toString()) : "");
    QTRY_VERIFY(window.dashboard()->evaluation().plan.budgetInUsd);
    const QString dashboardPath = m_dir.filePath(u"budget-dashboard.png"_s);
    exportFromDashboard(window, u"scaling-budget"_s, ExportFormat::Png, QSize(1200, 750), 144,
                        dashboardPath);
    QImage dashboard;
    QVERIFY(dashboard.load(dashboardPath, "PNG"));
    QCOMPARE(dashboard.size(), QSize(1800, 1125));
    QCOMPARE(dashboard.dotsPerMeterX(), 5669);
}

QTEST_MAIN(TestChartExportAgree)
#include "tst_chart_export_agree.moc"
