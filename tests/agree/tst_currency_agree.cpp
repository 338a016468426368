// Money in a display currency agrees: with Preferences set to EUR at 0.92 per US dollar read on
// 2026-11-30, the dashboard's cheapest card shows the figure `pertoken eval --currency EUR --rate
// 0.92 --rate-date 2026-11-30` prints, and the memo the dashboard exports is the memo `pertoken
// memo` writes with the same flags: both state the rate and its date. The rate is a test input,
// not a claim about the world.

#include "autosave.h"
#include "dashboard.h"
#include "export/export_controller.h"
#include "main_window.h"
#include "memo/memo_bundle.h"
#include "panels/number_format.h"
#include "panels/summary_panel.h"
#include "settings.h"
#include "widgets/live_label.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "../support/cli_run.h"

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

const QStringList kCurrencyFlags{u"--currency"_s, u"EUR"_s,         u"--rate"_s,
                                 u"0.92"_s,       u"--rate-date"_s, u"2026-11-30"_s};

// memo.md of a bundle without its "Prepared <date>" line (the two memos may straddle midnight).
QString memoText(const QString &bundlePath)
{
    const Result<MemoBundle> bundle = readMemoBundleFile(bundlePath);
    if (!bundle)
        return u"<%1>"_s.arg(bundle.error().toString());
    QString md = QString::fromUtf8(bundle->entries.value(u"memo.md"_s));
    static const QRegularExpression prepared(u"^Prepared [^\n]*\n"_s,
                                             QRegularExpression::MultilineOption);
    return md.remove(prepared);
}

} // namespace

class TestCurrencyAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cheapestCardAndEvalAgree();
    void memoAgrees();
    void chartCommandDrawsInTheCurrency();
    void badCurrencyIsAUsageError_data();
    void badCurrencyIsAUsageError();

private:
    QTemporaryDir m_dir;
};

void TestCurrencyAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_currency_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
    Settings settings;
    const Result<DisplayCurrency> euro =
        makeDisplayCurrency(u"test"_s, u"EUR"_s, 0.92, QDate(2026, 11, 30));
    QVERIFY(euro.ok());
    settings.setDisplayCurrency(*euro);
    settings.sync();
}

void TestCurrencyAgree::cheapestCardAndEvalAgree()
{
    // The stored figure, in US dollars.
    const testing::CliRun json = testing::runPertoken({u"eval"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const double usd = QJsonDocument::fromJson(json.out)
                           .object()[u"headline"_s][u"cheapestUsdPerMillionTokens"_s]
                           .toDouble();
    QVERIFY(usd > 0.2 && usd < 1000);
    // By hand: usd × 0.92 EUR per USD, "€" in front; two decimals from 1 to 1,000, three
    // significant digits below 1 (formatMoney in core/common/number_format.cpp).
    const double eur = usd * 0.92;
    const QString euros =
        u"\u20ac"_s + (eur >= 1 ? QString::number(std::round(eur * 100) / 100, 'f', 2)
                                : QString::number(eur, 'g', 3));

    const testing::CliRun text = testing::runPertoken(QStringList{u"eval"_s} + kCurrencyFlags);
    QCOMPARE(text.exitCode, 0);
    const QString printed = QString::fromUtf8(text.out);
    QVERIFY2(printed.startsWith(u"Money in EUR at 0.92 EUR per US dollar (rate of 2026-11-30)"_s),
             qPrintable(printed.left(200)));
    QVERIFY2(printed.contains(u" at %1 per million tokens"_s.arg(euros)),
             qPrintable(euros + u" not in\n"_s + printed));

    MainWindow window(discardAll);
    window.show();
    QTRY_VERIFY(!window.dashboard()->isPending());
    QCOMPARE(NumberFormat::displayCurrency().code, u"EUR"_s);
    auto *card = window.summaryPanel()->findChild<LiveLabel *>(u"cheapestValue"_s);
    QVERIFY(card);
    QVERIFY2(card->text().startsWith(euros), qPrintable(card->text() + u" vs "_s + euros));
}

void TestCurrencyAgree::memoAgrees()
{
    const QString cliPath = m_dir.filePath(u"cli.zip"_s);
    const QString uiPath = m_dir.filePath(u"ui.zip"_s);
    const testing::CliRun run =
        testing::runPertoken(QStringList{u"memo"_s, u"--out"_s, cliPath} + kCurrencyFlags);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    MainWindow window(discardAll);
    QVERIFY(window.exportController()->exportMemo(uiPath));

    const QString cli = memoText(cliPath);
    QCOMPARE(memoText(uiPath), cli);
    QVERIFY2(cli.contains(u"Money in EUR at 0.92 EUR per US dollar (rate of 2026-11-30); stored "
                          "figures are in US dollars."_s),
             qPrintable(cli.left(400)));
    QVERIFY2(cli.contains(u"| EUR per M tokens |"_s), qPrintable(cli));

    // The assumptions give each price as its source states it, in US dollars, with the euro
    // figure beside it: euros = dollars × 0.92, to the cent the memo prints.
    static const QRegularExpression price(
        u"\\| \\$([0-9.]+) \\(\u20ac([0-9.]+)\\) in / \\$([0-9.]+) \\(\u20ac([0-9.]+)\\) out per M tokens \\|"_s);
    const QRegularExpressionMatch match = price.match(cli);
    QVERIFY2(match.hasMatch(), qPrintable(cli));
    for (int group : {1, 3}) {
        const double usd = match.captured(group).toDouble();
        const double eur = match.captured(group + 1).toDouble();
        QVERIFY(usd > 0);
        QVERIFY2(std::abs(eur - usd * 0.92) <= 0.0051 + usd * 0.92 * 0.005,
                 qPrintable(match.captured(0)));
    }
}

void TestCurrencyAgree::chartCommandDrawsInTheCurrency()
{
    // `pertoken chart` with the currency flags draws money as the dashboard's export does: the
    // axis in euros, its title saying so. Its CSV keeps the stored US dollars, byte for byte.
    const QString svg = m_dir.filePath(u"cost.svg"_s);
    const testing::CliRun drawn = testing::runPertoken(
        QStringList{u"chart"_s, u"cost-breakdown"_s, u"--out"_s, svg} + kCurrencyFlags);
    QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"\u20ac"_s), "no euro sign in the SVG");
    QVERIFY2(!text.contains(u">$"_s), "a dollar label in the SVG");

    const QString usd = m_dir.filePath(u"usd.csv"_s);
    const QString eur = m_dir.filePath(u"eur.csv"_s);
    QCOMPARE(testing::runPertoken({u"chart"_s, u"cost-breakdown"_s, u"--out"_s, usd}).exitCode, 0);
    QCOMPARE(testing::runPertoken(QStringList{u"chart"_s, u"cost-breakdown"_s, u"--out"_s, eur} +
                                  kCurrencyFlags)
                 .exitCode,
             0);
    QFile usdFile(usd);
    QFile eurFile(eur);
    QVERIFY(usdFile.open(QIODevice::ReadOnly) && eurFile.open(QIODevice::ReadOnly));
    QCOMPARE(eurFile.readAll(), usdFile.readAll());
}

void TestCurrencyAgree::badCurrencyIsAUsageError_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("named");
    QTest::newRow("lower case") << QStringList{u"--currency"_s, u"eur"_s,         u"--rate"_s,
                                               u"0.9"_s,        u"--rate-date"_s, u"2026-11-30"_s}
                                << u"three-letter"_s;
    QTest::newRow("no rate") << QStringList{u"--currency"_s, u"EUR"_s} << u"--rate"_s;
    QTest::newRow("no date") << QStringList{u"--currency"_s, u"EUR"_s, u"--rate"_s, u"0.9"_s}
                             << u"YYYY-MM-DD"_s;
    QTest::newRow("bad date") << QStringList{u"--currency"_s, u"EUR"_s,         u"--rate"_s,
                                             u"0.9"_s,        u"--rate-date"_s, u"30.11.2026"_s}
                              << u"--rate-date"_s;
    QTest::newRow("zero rate") << QStringList{u"--currency"_s, u"EUR"_s,         u"--rate"_s,
                                              u"0"_s,          u"--rate-date"_s, u"2026-11-30"_s}
                               << u"above 0"_s;
}

void TestCurrencyAgree::badCurrencyIsAUsageError()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, named);
    for (const QString &command : {u"eval"_s, u"memo"_s, u"frontier"_s, u"chart"_s}) {
        const QString out = m_dir.filePath(command == u"chart"_s ? u"bad.svg"_s : u"bad.zip"_s);
        QStringList arguments{command};
        if (command == u"memo"_s)
            arguments << u"--out"_s << out;
        if (command == u"chart"_s)
            arguments << u"volume"_s << u"--out"_s << out;
        const testing::CliRun run = testing::runPertoken(arguments + flags);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }
}

QTEST_MAIN(TestCurrencyAgree)
#include "tst_currency_agree.moc"
