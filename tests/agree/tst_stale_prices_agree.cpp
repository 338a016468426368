// Old prices are marked alike: the memo `pertoken memo --stale-after-months N` writes and the
// memo the dashboard exports with Preferences ▸ "Mark prices older than N months" list the same
// prices with the same dates under "Price age", for the default limit (six months, neither side
// told otherwise) and for others.

#include "autosave.h"
#include "export/export_controller.h"
#include "main_window.h"
#include "memo/memo_bundle.h"
#include "pricing/price_age.h"
#include "settings.h"

#include <QDir>
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

// The "## Price age" section of a bundle's memo.md, up to the next section.
QString priceAgeSection(const QString &bundlePath)
{
    const Result<MemoBundle> bundle = readMemoBundleFile(bundlePath);
    if (!bundle)
        return u"<%1>"_s.arg(bundle.error().toString());
    const QString md = QString::fromUtf8(bundle->entries.value(u"memo.md"_s));
    const qsizetype start = md.indexOf(u"## Price age"_s);
    if (start < 0)
        return u"<no Price age section>"_s;
    const qsizetype end = md.indexOf(u"\n## "_s, start);
    return md.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

class TestStalePricesAgree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoAgrees_data();
    void memoAgrees();
    void badLimitIsAUsageError_data();
    void badLimitIsAUsageError();

private:
    QTemporaryDir m_dir;
};

void TestStalePricesAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_stale_prices_agree"_s);
    QDir(Autosave::directory()).removeRecursively();
    QVERIFY(m_dir.isValid());
}

void TestStalePricesAgree::memoAgrees_data()
{
    QTest::addColumn<int>("months"); // 0: neither side is told, both use the default
    // The default scenario's GPT-4o and Claude Sonnet 4 prices are dated 2025-09-05 and
    // MAI-Image-2-Efficient's 2026-11-01: one month marks all three, 120 months none, and six
    // months the first two from 2026-03-06 on.
    QTest::newRow("default") << 0;
    QTest::newRow("1 month") << 1;
    QTest::newRow("14 months") << 14;
    QTest::newRow("120 months") << 120;
}

void TestStalePricesAgree::memoAgrees()
{
    QFETCH(int, months);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString cliPath = m_dir.filePath(u"cli-%1.zip"_s.arg(tag));
    const QString uiPath = m_dir.filePath(u"ui-%1.zip"_s.arg(tag));

    QStringList arguments{u"memo"_s, u"--out"_s, cliPath};
    if (months > 0)
        arguments << u"--stale-after-months"_s << QString::number(months);
    const testing::CliRun run = testing::runPertoken(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    {
        Settings settings;
        settings.setStaleAfterMonths(months > 0 ? months : kDefaultStaleAfterMonths);
        settings.sync();
    }
    MainWindow window(discardAll);
    QVERIFY(window.exportController()->exportMemo(uiPath));

    const QString cli = priceAgeSection(cliPath);
    const QString dashboard = priceAgeSection(uiPath);
    QCOMPARE(dashboard, cli);
    const int limit = months > 0 ? months : kDefaultStaleAfterMonths;
    QVERIFY2(cli.contains(u" %1 months"_s.arg(limit)), qPrintable(cli));
    // One month before any date after 2026-12-01 marks all three prices.
    if (months == 1 && QDate::currentDate() > QDate(2026, 12, 1)) {
        QVERIFY2(cli.contains(u"- OpenAI GPT-4o: as of 2025-09-05"_s), qPrintable(cli));
        QVERIFY2(cli.contains(u"- Microsoft MAI-Image-2-Efficient: as of 2026-11-01"_s),
                 qPrintable(cli));
    }
    if (months == 120)
        QVERIFY2(cli.contains(u"Every API price"_s), qPrintable(cli));
}

void TestStalePricesAgree::badLimitIsAUsageError_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("too many") << u"121"_s;
    QTest::newRow("not a number") << u"six"_s;
}

void TestStalePricesAgree::badLimitIsAUsageError()
{
    QFETCH(QString, value);
    const testing::CliRun run = testing::runPertoken(
        {u"memo"_s, u"--out"_s, m_dir.filePath(u"bad.zip"_s), u"--stale-after-months"_s, value});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--stale-after-months") && run.err.contains(value.toUtf8()),
             run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.zip"_s)));
}

QTEST_MAIN(TestStalePricesAgree)
#include "tst_stale_prices_agree.moc"
