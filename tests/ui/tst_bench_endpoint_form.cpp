#include "../support/cli_run.h"
#include "../support/form_input.h"
#include "../support/tab_cycle.h"
#include "bench/calibration/calibration_server_thread.h"
#include "bench/results/bench_result.h"
#include "benchmark/bench_endpoint_form.h"
#include "benchmark/bench_results_model.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using pertoken::ArrivalProcess;
using pertoken::BenchKind;
using pertoken::BenchResult;
using pertoken::CalibrationServerThread;
using pertoken::CalibrationTiming;
using pertoken::EndpointConfig;
using pertoken::LevelSummary;
using pertoken::Result;
using pertoken::ui::BenchEndpointForm;
using pertoken::ui::BenchResultsModel;

using pertoken::testing::child;
using pertoken::testing::typeInto;

namespace {

/// Picks the combo box entry whose data is `data`, as a user choosing it from the list.
void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

/// The form filled for an open-loop run, through its widgets.
void fillOpenLoop(BenchEndpointForm &form, const QString &url, const QString &rates,
                  const QString &arrivals)
{
    typeInto(child<QLineEdit>(form, u"urlEdit"_s), url);
    typeInto(child<QLineEdit>(form, u"modelEdit"_s), u"calibration"_s);
    choose(child<QComboBox>(form, u"loadModeCombo"_s), u"open"_s);
    typeInto(child<QLineEdit>(form, u"ratesEdit"_s), rates);
    choose(child<QComboBox>(form, u"arrivalsCombo"_s), arrivals);
    typeInto(child<QSpinBox>(form, u"requestsSpin"_s), u"5"_s);
    typeInto(child<QSpinBox>(form, u"warmupSpin"_s), u"1"_s);
    typeInto(child<QSpinBox>(form, u"promptTokensSpin"_s), u"16"_s);
    typeInto(child<QSpinBox>(form, u"maxTokensSpin"_s), u"8"_s);
}

LevelSummary openLevel(int repeat, double achieved, bool behind)
{
    LevelSummary level;
    level.repeat = repeat;
    level.ratePerSecond = 50;
    level.achievedRatePerSecond = achieved;
    level.clientBehindSchedule = behind;
    level.requests = 5;
    level.completed = 5;
    return level;
}

} // namespace

class TestBenchEndpointForm final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldsFollowLoadMode();
    void openLoopAgreesWithCommandLine();
    void badRateIsRefusedAndNamed_data();
    void badRateIsRefusedAndNamed();
    void everyFieldReachableWithTab();
    void resultsShowRateAndSchedule();
};

void TestBenchEndpointForm::fieldsFollowLoadMode()
{
    BenchEndpointForm form;
    auto *mode = child<QComboBox>(form, u"loadModeCombo"_s);
    auto *arrivals = child<QComboBox>(form, u"arrivalsCombo"_s);
    // Closed loop, as before, is the default: only the concurrency levels apply.
    QCOMPARE(mode->currentData().toString(), u"closed"_s);
    QVERIFY(child<QLineEdit>(form, u"concurrencyEdit"_s)->isEnabled());
    for (const QString &name : {u"ratesEdit"_s, u"seedEdit"_s})
        QVERIFY2(!child<QLineEdit>(form, name)->isEnabled(), qPrintable(name));
    QVERIFY(!arrivals->isEnabled());
    QVERIFY(!child<QSpinBox>(form, u"maxConcurrencySpin"_s)->isEnabled());
    QVERIFY(!form.options().contains(u"rate"_s));

    choose(mode, u"open"_s);
    QVERIFY(!child<QLineEdit>(form, u"concurrencyEdit"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(form, u"ratesEdit"_s)->isEnabled());
    QVERIFY(arrivals->isEnabled());
    QVERIFY(child<QSpinBox>(form, u"maxConcurrencySpin"_s)->isEnabled());
    // Poisson arrivals draw from the seed; constant ones do not.
    QCOMPARE(arrivals->currentData().toString(), u"poisson"_s);
    QVERIFY(child<QLineEdit>(form, u"seedEdit"_s)->isEnabled());
    choose(arrivals, u"constant"_s);
    QVERIFY(!child<QLineEdit>(form, u"seedEdit"_s)->isEnabled());
    QVERIFY(!form.options().contains(u"concurrency"_s));
    QVERIFY(!form.options().contains(u"seed"_s));
}

void TestBenchEndpointForm::openLoopAgreesWithCommandLine()
{
    // 20 ms to the first token, 5 ms per token, 8 tokens: 55 ms a request, so 5 requests at
    // 50/s (one every 20 ms) finish within a second.
    CalibrationServerThread server(CalibrationTiming{20, 5, 8, 1});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString url = server.baseUrl().toString();

    BenchEndpointForm form;
    fillOpenLoop(form, url, u"50"_s, u"constant"_s);
    const Result<EndpointConfig> fromForm = form.config();
    QVERIFY2(fromForm.ok(), qPrintable(fromForm ? QString() : fromForm.error().toString()));

    // The same settings on the command line, run for real; the result document echoes the
    // configuration the command line parsed.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const pertoken::testing::CliRun run = pertoken::testing::runPertoken(
        {u"bench"_s,        u"endpoint"_s,    u"--url"_s,           url,
         u"--model"_s,      u"calibration"_s, u"--rate"_s,          u"50"_s,
         u"--arrivals"_s,   u"constant"_s,    u"--requests"_s,      u"5"_s,
         u"--warmup"_s,     u"1"_s,           u"--prompt-tokens"_s, u"16"_s,
         u"--max-tokens"_s, u"8"_s,           u"--json"_s,          u"--no-history"_s},
        60000, {{u"XDG_DATA_HOME"_s, home.path()}, {u"OPENAI_API_KEY"_s, {}}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Result<BenchResult> parsed = pertoken::parseBenchResult(run.out, u"stdout"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    const EndpointConfig &cli = parsed->endpoint.config;
    const EndpointConfig &gui = fromForm.value();

    QVERIFY(gui.openLoop());
    QCOMPARE(gui.ratePerSecondLevels, cli.ratePerSecondLevels);
    QCOMPARE(gui.ratePerSecondLevels, QList<double>{50});
    QCOMPARE(gui.arrivals, cli.arrivals);
    QCOMPARE(gui.arrivals, ArrivalProcess::Constant);
    QCOMPARE(gui.seed, cli.seed);
    QCOMPARE(gui.maxConcurrency, cli.maxConcurrency);
    QCOMPARE(gui.maxConcurrency, 0); // "no limit", the command line's default
    QCOMPARE(gui.requestsPerLevel, cli.requestsPerLevel);
    QCOMPARE(gui.warmupRequests, cli.warmupRequests);
    QCOMPARE(gui.promptTokens, cli.promptTokens);
    QCOMPARE(gui.maxTokens, cli.maxTokens);
    QCOMPARE(gui.repeats, cli.repeats);
    QCOMPARE(gui.model, cli.model);
    QCOMPARE(gui.api, cli.api);
    QCOMPARE(gui.targets.ttftMs, cli.targets.ttftMs);
    QCOMPARE(gui.targets.tpotMs, cli.targets.tpotMs);

    // The form's options are exactly the command line's words for them.
    const QHash<QString, QString> options = form.options();
    QCOMPARE(options.value(u"rate"_s), u"50"_s);
    QCOMPARE(options.value(u"arrivals"_s), u"constant"_s);
    QCOMPARE(options.value(u"max-concurrency"_s), u"0"_s);

    // The results table shows the run's open-loop level with its rate and schedule keeping.
    BenchResultsModel model;
    model.setResult(parsed.value());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(BenchResultsModel::ColumnCount));
    QCOMPARE(model.index(0, BenchResultsModel::LevelColumn).data().toString(), u"50.00"_s);
    const LevelSummary &level = parsed->endpoint.levels.first();
    QCOMPARE(model.index(0, BenchResultsModel::AchievedRateColumn)
                 .data(BenchResultsModel::SortRole)
                 .toDouble(),
             level.achievedRatePerSecond);
    QVERIFY(level.achievedRatePerSecond > 0);
    QCOMPARE(model.index(0, BenchResultsModel::BehindScheduleColumn).data().toString(),
             level.clientBehindSchedule ? u"yes"_s : u"no"_s);
}

void TestBenchEndpointForm::badRateIsRefusedAndNamed_data()
{
    QTest::addColumn<QString>("rates");
    QTest::addColumn<QString>("named");
    QTest::newRow("not a number") << u"5, x, 20"_s << u"\"x\" is not one"_s;
    QTest::newRow("zero") << u"5, 0"_s << u"\"0\" is not one"_s;
    QTest::newRow("negative") << u"-3"_s << u"\"-3\" is not one"_s;
    QTest::newRow("empty") << u" , "_s << u"\"\" is not one"_s;
    QTest::newRow("nothing") << QString() << u"at least one rate"_s;
}

void TestBenchEndpointForm::badRateIsRefusedAndNamed()
{
    QFETCH(QString, rates);
    QFETCH(QString, named);
    BenchEndpointForm form;
    fillOpenLoop(form, u"http://127.0.0.1:9"_s, rates, u"poisson"_s);
    const Result<EndpointConfig> config = form.config();
    QVERIFY(!config.ok());
    // The field by its label, and the entry that is wrong.
    QCOMPARE(config.error().source, u"Request rates (per second)"_s);
    QVERIFY2(config.error().message.contains(named), qPrintable(config.error().message));
}

void TestBenchEndpointForm::everyFieldReachableWithTab()
{
    BenchEndpointForm form;
    choose(child<QComboBox>(form, u"loadModeCombo"_s), u"open"_s);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    child<QLineEdit>(form, u"urlEdit"_s)->setFocus();
    const QList<QWidget *> reached = pertoken::testing::tabCycle();
    const QStringList names{u"loadModeCombo"_s, u"ratesEdit"_s,          u"arrivalsCombo"_s,
                            u"seedEdit"_s,      u"maxConcurrencySpin"_s, u"requestsSpin"_s,
                            u"repeatSpin"_s};
    const QList<QLabel *> labels = form.findChildren<QLabel *>();
    for (const QString &name : names) {
        QWidget *field = child<QWidget>(form, name);
        // A spin box takes the focus in its line edit.
        const bool tabbed = std::any_of(reached.begin(), reached.end(), [&](QWidget *w) {
            return w == field || field->isAncestorOf(w);
        });
        QVERIFY2(tabbed, qPrintable(name));
        const bool labelled = std::any_of(labels.begin(), labels.end(),
                                          [&](QLabel *label) { return label->buddy() == field; });
        QVERIFY2(labelled, qPrintable(name));
    }
}

void TestBenchEndpointForm::resultsShowRateAndSchedule()
{
    BenchResult result;
    result.kind = BenchKind::Endpoint;
    result.endpoint.config.ratePerSecondLevels = {50};
    result.endpoint.config.repeats = 2;
    // Two runs of the 50/s level: 49 and 51 requests/s achieved, the second behind schedule.
    result.endpoint.levels = {openLevel(0, 49, false), openLevel(1, 51, true)};
    BenchResultsModel model;
    model.setResult(result);
    QCOMPARE(model.columnCount(), int(BenchResultsModel::ColumnCount));
    QCOMPARE(model.headerData(BenchResultsModel::LevelColumn, Qt::Horizontal).toString(),
             u"Rate (requests/s)"_s);
    QCOMPARE(model.headerData(BenchResultsModel::BehindScheduleColumn, Qt::Horizontal).toString(),
             u"Behind schedule"_s);
    // Mean (49 + 51) / 2 = 50; sample standard deviation sqrt(((49-50)² + (51-50)²) / 1) = √2;
    // 95 % half-width t(0.975, 1 d.f.) × √2 / √2 = 12.706 (Student's t table) → "50.00 ± 12.71".
    QCOMPARE(model.index(0, BenchResultsModel::AchievedRateColumn).data().toString(),
             u"50.00 ± 12.71"_s);
    // Behind in any run of the level: behind.
    QCOMPARE(model.index(0, BenchResultsModel::BehindScheduleColumn).data().toString(), u"yes"_s);
    QCOMPARE(model.index(0, BenchResultsModel::RequestsColumn).data().toString(), u"10"_s);

    // A closed-loop run keeps its table as before: no open-loop columns.
    BenchResult closed;
    closed.kind = BenchKind::Endpoint;
    LevelSummary level;
    level.concurrency = 4;
    level.requests = 5;
    closed.endpoint.levels = {level};
    model.setResult(closed);
    QCOMPARE(model.columnCount(), int(BenchResultsModel::ClosedLoopColumnCount));
    QCOMPARE(model.headerData(BenchResultsModel::LevelColumn, Qt::Horizontal).toString(),
             u"Concurrency"_s);
}

QTEST_MAIN(TestBenchEndpointForm)
#include "tst_bench_endpoint_form.moc"
