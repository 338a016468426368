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
#include <QLabel>
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

// The default scenario at a hundredth of its requests. `pertoken eval` of the default scenario:
// 3.6 B tokens/month, the 8B model on a rented H100 cheapest of the options that meet the
// latency targets (the laptop is cheaper but misses both), crossing GPT-4o at 1.22 B
// tokens/month; at 36 M tokens/month an API is the cheapest
// (theCasesDifferInTheirCheapestOption). Its break-evens hold peak concurrency fixed: in
// proportion to a hundredth of the volume, 40 requests in flight would grow a hundredfold faster
// with volume and the rented H100 would never cross GPT-4o.
Scenario lowVolume()
{
    Scenario s = defaultScenario();
    s.workload.requestsPerMonth /= 100;
    s.workload.breakEvenPeak = BreakEvenPeak::Fixed;
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
    void noOptionMeetsTheTargets();

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
    QVERIFY(!saveScenarioFile(lowVolume(), m_dir.filePath(u"low-volume.pertoken"_s)));
    // Only the laptop, which misses both of the default scenario's latency targets.
    Scenario laptopOnly = defaultScenario();
    for (DeploymentOption &option : laptopOnly.options)
        option.enabled = option.id == u"llama-70b-q4-laptop"_s;
    QVERIFY(!saveScenarioFile(laptopOnly, m_dir.filePath(u"laptop-only.pertoken"_s)));
}

void TestHeadlineAgree::summaryAndEvalJsonAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("default") << u"default.pertoken"_s;
    QTest::newRow("low volume") << u"low-volume.pertoken"_s;
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
    QVERIFY(!head.value(u"cheapestMissesTargets"_s).toBool());

    // The count of options that meet the latency targets, on the workload card.
    const int enabled = head.value(u"enabledOptions"_s).toInt();
    const int meeting = head.value(u"optionsMeetingTargets"_s).toInt();
    QVERIFY(meeting > 0 && meeting < enabled); // the laptop misses both targets
    QCOMPARE(card(window, u"volumeCaption"_s),
             SummaryPanel::tr("%1 of %n options meet the latency targets", nullptr, enabled)
                 .arg(meeting));

    // Break-even: the same rule, and the same crossing at the same volume.
    auto *rule = window.summaryPanel()->findChild<QLabel *>(u"breakEvenRule"_s);
    QVERIFY(rule);
    QVERIFY2(rule->text().contains(json.value(u"breakEvenPeak"_s).toString() == u"fixed"
                                       ? u"fixed at"_s
                                       : u"in proportion to volume"_s),
             qPrintable(rule->text()));
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
    const QString atLowVolume = evalCheapest(m_dir.filePath(u"low-volume.pertoken"_s));
    QVERIFY(!atDefault.isEmpty());
    QVERIFY(!atLowVolume.isEmpty());
    QVERIFY2(atDefault != atLowVolume, qPrintable(atDefault));
}

void TestHeadlineAgree::noOptionMeetsTheTargets()
{
    // `pertoken eval` names the laptop as "cheapest, misses targets"; so does the dashboard.
    const QString path = m_dir.filePath(u"laptop-only.pertoken"_s);
    const testing::CliRun run =
        testing::runPertoken({u"eval"_s, u"--scenario"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject head =
        QJsonDocument::fromJson(run.out).object().value(u"headline"_s).toObject();
    QCOMPARE(head.value(u"cheapest"_s).toString(), u"llama-70b-q4-laptop"_s);
    QVERIFY(head.value(u"cheapestMissesTargets"_s).toBool());
    QCOMPARE(head.value(u"optionsMeetingTargets"_s).toInt(), 0);
    const testing::CliRun text = testing::runPertoken({u"eval"_s, u"--scenario"_s, path});
    QVERIFY2(text.out.contains("0 of 1 options meet the latency targets"), text.out.constData());
    QVERIFY(text.out.contains("* cheapest, misses targets:"));

    MainWindow window(discardAll);
    window.show();
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(!window.dashboard()->isPending());
    QCOMPARE(
        card(window, u"cheapestValue"_s),
        NumberFormat::usdPerMillionTokens(head.value(u"cheapestUsdPerMillionTokens"_s).toDouble()));
    QVERIFY2(card(window, u"cheapestCaption"_s).endsWith(u"cheapest, misses targets"_s),
             qPrintable(card(window, u"cheapestCaption"_s)));
    QCOMPARE(card(window, u"volumeCaption"_s),
             SummaryPanel::tr("%1 of %n options meet the latency targets", nullptr, 1).arg(0));
}

QTEST_MAIN(TestHeadlineAgree)
#include "tst_headline_agree.moc"
