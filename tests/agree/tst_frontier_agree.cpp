// The cost–speed frontier agrees: the dashboard's frontier chart (its data table) and
// `pertoken frontier --json` list the same front points, option by option, with the same per-user
// speed and cost per million tokens, for the same scenario file.

#include "autosave.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "dashboard.h"
#include "main_window.h"
#include "scenario/scenario.h"
#include "scenario/scenario_json.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

} // namespace

class TestFrontierAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartTableAndJsonAgree();

private:
    QTemporaryDir m_dir;
};

void TestFrontierAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_frontier_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
    QVERIFY(!saveScenarioFile(defaultScenario(), m_dir.filePath(u"default.pertoken"_s)));
}

void TestFrontierAgree::chartTableAndJsonAgree()
{
    const QString path = m_dir.filePath(u"default.pertoken"_s);
    const testing::CliRun run =
        testing::runPertoken({u"frontier"_s, u"--scenario"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"schema"_s).toString(), u"pertoken.frontier/1"_s);

    // (option name, speed, cost) of every front point the command line lists.
    struct Row {
        QString name;
        double speed = 0;
        double cost = 0;
    };
    QList<Row> expected;
    for (const QJsonValue &option : json.value(u"options"_s).toArray()) {
        for (const QJsonValue &point : option[u"front"_s].toArray())
            expected.append({option[u"name"_s].toString(),
                             point[u"userTokensPerSecond"_s].toDouble(),
                             point[u"usdPerMillionTokens"_s].toDouble()});
    }
    QVERIFY2(!expected.isEmpty(), "the default scenario's self-hosted options have a frontier");

    MainWindow window(discardAll);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(!window.dashboard()->isPending());
    DashboardChart *chart = nullptr;
    for (DashboardChart *candidate : window.chartsView()->charts()) {
        if (candidate->chartId() == u"frontier"_s)
            chart = candidate;
    }
    QVERIFY(chart);
    const QAbstractItemModel *table = chart->dataModel();
    QCOMPARE(table->rowCount(), expected.size());
    // Columns: option, devices, batch, tokens/s per user, $/M, replica tokens/s, note. Numeric
    // cells hold the exact double in the edit role; JSON prints doubles to full precision.
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->index(row, 0).data().toString(), expected[row].name);
        QCOMPARE(table->index(row, 3).data(Qt::EditRole).toDouble(), expected[row].speed);
        QCOMPARE(table->index(row, 4).data(Qt::EditRole).toDouble(), expected[row].cost);
    }
}

QTEST_MAIN(TestFrontierAgree)
#include "tst_frontier_agree.moc"
