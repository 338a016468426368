// The headline figures agree: the dashboard's summary cards (cheapest option, headline
// break-even) and `pertoken eval --json`'s "headline" object name the same option and the same
// crossing for the same scenario file, including one where the cheapest option changes.

#include "autosave.h"
#include "dashboard.h"
#include "main_window.h"
#include "panels/number_format.h"
#include "panels/summary_panel.h"
#include "scenario/scenario.h"
#include "scenario/scenario_json.h"
#include "widgets/live_label.h"

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

QString card(MainWindow &window, const QString &objectName)
{
    auto *label = window.summaryPanel()->findChild<LiveLabel *>(objectName);
    return label ? label->text() : u"<no %1>"_s.arg(objectName);
}

// The default scenario at ten times its requests. `pertoken eval` of the default scenario:
// 3.6 B tokens/month, the laptop cheapest, crossing the rented H100 at 4.7 B tokens/month; at
// 36 B tokens/month another option is the cheapest (theCasesDifferInTheirCheapestOption).
Scenario highVolume()
{
    Scenario s = defaultScenario();
    s.workload.requestsPerMonth *= 10;
    return s;
}

} // namespace

class TestHeadlineAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryAndEvalJsonAgree_data();
    void summaryAndEvalJsonAgree();
    void theCasesDifferInTheirCheapestOption();

private:
    QString evalCheapest(const QString &path);
    QTemporaryDir m_dir;
};

void TestHeadlineAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_headline_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
    QVERIFY(!saveScenarioFile(defaultScenario(), m_dir.filePath(u"default.pertoken"_s)));
    QVERIFY(!saveScenarioFile(highVolume(), m_dir.filePath(u"high-volume.pertoken"_s)));
}

void TestHeadlineAgree::summaryAndEvalJsonAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("default") << u"default.pertoken"_s;
    QTest::newRow("high volume") << u"high-volume.pertoken"_s;
}

void TestHeadlineAgree::summaryAndEvalJsonAgree()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);

    const testing::CliRun run =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(json.value(u"headline"_s).isObject(), "pertoken eval --json states no headline");
    const QJsonObject head = json.value(u"headline"_s).toObject();
    QHash<QString, QString> names;
    for (const QJsonValue &option : json.value(u"options"_s).toArray())
        names.insert(option[u"id"_s].toString(), option[u"name"_s].toString());

    MainWindow window(discardAll);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(!window.dashboard()->isPending());

    // Cheapest: the card's value is the option's cost per million tokens, its caption starts
    // with the option's name.
    const QString cheapest = head.value(u"cheapest"_s).toString();
    QVERIFY(names.contains(cheapest));
    QCOMPARE(
        card(window, u"cheapestValue"_s),
        NumberFormat::usdPerMillionTokens(head.value(u"cheapestUsdPerMillionTokens"_s).toDouble()));
    QVERIFY2(card(window, u"cheapestCaption"_s).startsWith(names.value(cheapest)),
             qPrintable(card(window, u"cheapestCaption"_s) + u" should name "_s +
                        names.value(cheapest)));

    // Break-even: the same crossing, at the same volume.
    const QJsonValue breakEven = head.value(u"breakEven"_s);
    QVERIFY2(breakEven.isObject(), "both cases have a crossing with the cheapest option");
    const QJsonObject crossing = breakEven.toObject();
    QCOMPARE(card(window, u"breakEvenValue"_s),
             NumberFormat::tokensPerMonth(crossing.value(u"tokensPerMonth"_s).toDouble()));
    QCOMPARE(card(window, u"breakEvenCaption"_s),
             SummaryPanel::tr("%1 vs %2")
                 .arg(names.value(crossing.value(u"a"_s).toString()),
                      names.value(crossing.value(u"b"_s).toString())));
}

QString TestHeadlineAgree::evalCheapest(const QString &path)
{
    const testing::CliRun run =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, path, u"--json"_s});
    return QJsonDocument::fromJson(run.out)
        .object()
        .value(u"headline"_s)
        .toObject()
        .value(u"cheapest"_s)
        .toString();
}

void TestHeadlineAgree::theCasesDifferInTheirCheapestOption()
{
    const QString atDefault = evalCheapest(m_dir.filePath(u"default.pertoken"_s));
    const QString atHighVolume = evalCheapest(m_dir.filePath(u"high-volume.pertoken"_s));
    QVERIFY(!atDefault.isEmpty());
    QVERIFY(!atHighVolume.isEmpty());
    QVERIFY2(atDefault != atHighVolume, qPrintable(atDefault));
}

QTEST_MAIN(TestHeadlineAgree)
#include "tst_headline_agree.moc"
