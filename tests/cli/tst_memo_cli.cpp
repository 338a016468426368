// `pertoken chart` and `pertoken memo` through the real executable, without a display.

#include "memo/memo_bundle.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"
#include <QXmlStreamReader>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

using Run = pertoken::testing::CliRun;

Run run(const QStringList &arguments)
{
    return pertoken::testing::runPertoken(arguments);
}

// The dashboard's charts, which the memo bundle carries too.
const QStringList kCharts = {u"cost-breakdown"_s, u"volume"_s, u"throughput"_s, u"sensitivity"_s,
                             u"uncertainty"_s};
// The Scaling tab's charts, exported on their own.
const QStringList kScalingCharts = {u"scaling-loss"_s, u"scaling-queries"_s, u"scaling-budget"_s};

} // namespace

class TestMemoCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void listNamesEveryChart();
    void chartSvg();
    void chartPngSizeAndDpi();
    void badUsage_data();
    void badUsage();
    void unwritableOutputFails();
    void memoBundleEvaluatesLikeTheDefault();

private:
    QTemporaryDir m_dir;
};

void TestMemoCli::listNamesEveryChart()
{
    const Run r = run({u"chart"_s, u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &id : kCharts + kScalingCharts)
        QVERIFY2(r.out.contains(id.toUtf8()), r.out.constData());
}

void TestMemoCli::chartSvg()
{
    const QString path = m_dir.filePath(u"x.svg"_s);
    const Run r = run({u"chart"_s, u"volume"_s, u"--out"_s, path});
    QCOMPARE(r.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString viewBox;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg")
            viewBox = xml.attributes().value(u"viewBox"_s).toString();
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(viewBox, u"0 0 800 500"_s); // the default layout size
}

void TestMemoCli::chartPngSizeAndDpi()
{
    // --size 400x300 at --dpi 192: 400 × 192/96 = 800 by 600 pixels, 192 / 0.0254 = 7559
    // dots per metre. The PNG's IHDR holds width and height as big-endian 32-bit numbers at
    // bytes 16 and 20.
    const QString path = m_dir.filePath(u"x.png"_s);
    const Run r = run({u"chart"_s, u"throughput"_s, u"--out"_s, path, u"--size"_s, u"400x300"_s,
                       u"--dpi"_s, u"192"_s});
    QCOMPARE(r.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    QVERIFY(png.startsWith("\x89PNG"));
    auto be32 = [&png](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
               (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    QCOMPARE(be32(16), 800u);
    QCOMPARE(be32(20), 600u);
    const qsizetype phys = png.indexOf("pHYs");
    QVERIFY(phys > 0);
    QCOMPARE(be32(int(phys) + 4), 7559u);
}

void TestMemoCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString out = m_dir.filePath(u"bad.svg"_s);
    QTest::newRow("unknown chart")
        << QStringList{u"chart"_s, u"pie"_s, u"--out"_s, out} << QByteArray("cost-breakdown");
    QTest::newRow("bad size") << QStringList{u"chart"_s, u"volume"_s, u"--out"_s,
                                             out,        u"--size"_s, u"800by500"_s}
                              << QByteArray("--size");
    // The limits are ChartExportLimits': 100 to 10000 pixels a side, 24 to 1200 dpi, at most
    // 100 million pixels; the export dialog shows the same messages.
    QTest::newRow("side too small")
        << QStringList{u"chart"_s, u"volume"_s, u"--out"_s, out, u"--size"_s, u"99x500"_s}
        << QByteArray("--size 99x500: width and height must each be from 100 to 10000 pixels");
    QTest::newRow("dpi too high") << QStringList{u"chart"_s, u"volume"_s, u"--out"_s,
                                                 out,        u"--dpi"_s,  u"1201"_s}
                                  << QByteArray(
                                         "--dpi 1201: the resolution must be from 24 to 1200 dpi");
    // 8000×8000 at 192 dpi: 16000 × 16000 = 256 million pixels.
    QTest::newRow("too many pixels")
        << QStringList{u"chart"_s,  u"volume"_s,    u"--out"_s, m_dir.filePath(u"bad.png"_s),
                       u"--size"_s, u"8000x8000"_s, u"--dpi"_s, u"192"_s}
        << QByteArray("16000 × 16000 pixels is more than 100 million pixels");
    QTest::newRow("bad suffix") << QStringList{u"chart"_s, u"volume"_s, u"--out"_s,
                                               m_dir.filePath(u"x.gif"_s)}
                                << QByteArray(".png");
    QTest::newRow("memo without zip")
        << QStringList{u"memo"_s, u"--out"_s, m_dir.filePath(u"m.txt"_s)} << QByteArray(".zip");
}

void TestMemoCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.svg"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_s)));
}

void TestMemoCli::unwritableOutputFails()
{
    const QString path = m_dir.filePath(u"no/such/dir/x.pdf"_s);
    const Run r = run({u"chart"_s, u"volume"_s, u"--out"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
}

void TestMemoCli::memoBundleEvaluatesLikeTheDefault()
{
    const QString path = m_dir.filePath(u"m.zip"_s);
    const Run memo = run({u"memo"_s, u"--out"_s, path});
    QCOMPARE(memo.exitCode, 0);
    const Result<MemoBundle> bundle = readMemoBundleFile(path);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().toString()));
    for (const QString &id : kCharts)
        QVERIFY(bundle->entries.contains(u"charts/%1.svg"_s.arg(id)));

    const Run fromBundle = run({u"eval"_s, u"--json"_s, u"--scenario"_s, path});
    const Run fromDefault = run({u"eval"_s, u"--json"_s});
    QCOMPARE(fromBundle.exitCode, 0);
    QCOMPARE(fromDefault.exitCode, 0);
    QCOMPARE(fromBundle.out, fromDefault.out);
}

QTEST_GUILESS_MAIN(TestMemoCli)
#include "tst_memo_cli.moc"
