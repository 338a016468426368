// Chart export (PNG, SVG, PDF, CSV) and the decision-memo bundle, checked on the files written.

#include "charts/chart_export.h"
#include "charts/chart_table_model.h"
#include "charts/volume_chart.h"
#include "common/number_format.h"
#include "export/memo_export.h"
#include "memo/memo_bundle.h"
#include "scenario/evaluate.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

// Pages of a PDF: page objects are "/Type /Page", the page tree is "/Type /Pages".
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

struct SvgFacts {
    bool wellFormed = false;
    QString viewBox;
    QString text; ///< every <text> element's content, joined by spaces
};

SvgFacts readSvg(const QByteArray &svg)
{
    SvgFacts facts;
    QXmlStreamReader xml(svg);
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg")
            facts.viewBox = xml.attributes().value(u"viewBox"_s).toString();
        if (xml.isStartElement() && xml.name() == u"text")
            inText = true;
        if (xml.isEndElement() && xml.name() == u"text") {
            inText = false;
            facts.text += u' ';
        }
        if (inText && xml.isCharacters())
            facts.text += xml.text();
    }
    facts.wellFormed = !xml.hasError();
    return facts;
}

QByteArray bytesOf(const QString &id, ExportFormat format, const ChartExportOptions &options = {})
{
    Result<QByteArray> bytes = chartBytes(id, evaluate(defaultScenario()), format, options);
    return bytes ? *bytes : QByteArray();
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngHasSizeAndDpi();
    void smallChartsKeepNamesInside_data();
    void smallChartsKeepNamesInside();
    void svgIsWellFormedWithViewBoxAndTitle_data();
    void svgIsWellFormedWithViewBoxAndTitle();
    void pdfIsOnePage();
    void csvIsReproducible_data();
    void csvIsReproducible();
    void unknownChartIsAnError();
    void limits_data();
    void limits();
    void fileIsWrittenThroughSuffix();
    void unwritablePathNamesTheFile();
    void memoBundle();
    void copyToClipboard();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(exportableChartIds(),
             QStringList({u"cost-breakdown"_s, u"volume"_s, u"throughput"_s, u"sensitivity"_s,
                          u"uncertainty"_s, u"frontier"_s, u"solved-task"_s, u"scaling-loss"_s,
                          u"scaling-queries"_s, u"scaling-budget"_s}));
    QCOMPARE(memoChartIds(),
             QStringList({u"cost-breakdown"_s, u"volume"_s, u"throughput"_s, u"sensitivity"_s,
                          u"uncertainty"_s, u"frontier"_s, u"solved-task"_s}));
}

void TestExport::pngHasSizeAndDpi()
{
    // 640×400 layout pixels at 144 dpi: 640 × 144/96 = 960, 400 × 1.5 = 600 pixels;
    // 144 dpi = 144 / 0.0254 = 5669.29 → 5669 dots per metre in the pHYs chunk.
    ChartExportOptions options;
    options.logicalSize = QSizeF(640, 400);
    options.dpi = 144;
    const QByteArray png = bytesOf(u"volume"_s, ExportFormat::Png, options);
    QVERIFY(png.startsWith("\x89PNG"));
    QVERIFY(png.contains("pHYs"));
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(960, 600));
    QCOMPARE(image.dotsPerMeterX(), 5669);
    QCOMPARE(image.dotsPerMeterY(), 5669);
    // Something was drawn: more than 2% of the pixels are not the white background.
    qsizetype inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY2(inked > (image.width() / 2) * (image.height() / 2) / 50,
             qPrintable(QString::number(inked)));
}

void TestExport::smallChartsKeepNamesInside_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"cost-breakdown", "sensitivity", "uncertainty", "solved-task"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestExport::smallChartsKeepNamesInside()
{
    // At the memo's size (560 × 350 layout pixels) the default scenario's option names are wider
    // than the room beside or under the plot. They are shortened in the middle to fit, not cut
    // off at the image's edge ("quests per month"): the first and last pixel columns stay the
    // white background.
    QFETCH(QString, id);
    Scenario scenario = defaultScenario();
    scenario.task.benchmark = u"HumanEval"_s; // the solved-task chart needs a task
    ChartExportOptions options;
    options.logicalSize = QSizeF(560, 350);
    options.dpi = 96;
    const Result<QByteArray> png = chartBytes(id, evaluate(scenario), ExportFormat::Png, options);
    QVERIFY(png.ok());
    const QImage image = QImage::fromData(*png, "PNG");
    QCOMPARE(image.size(), QSize(560, 350));
    for (int x : {0, 1, image.width() - 2, image.width() - 1}) {
        for (int y = 0; y < image.height(); ++y)
            QVERIFY2(image.pixelColor(x, y) == QColor(Qt::white),
                     qPrintable(u"ink at column %1, row %2"_s.arg(x).arg(y)));
    }
}

void TestExport::svgIsWellFormedWithViewBoxAndTitle_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : exportableChartIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestExport::svgIsWellFormedWithViewBoxAndTitle()
{
    QFETCH(QString, id);
    const QByteArray svg = bytesOf(id, ExportFormat::Svg);
    const SvgFacts facts = readSvg(svg);
    QVERIFY(facts.wellFormed);
    // The default layout size, 800×500 pixels.
    QCOMPARE(facts.viewBox, u"0 0 800 500"_s);
    // 800 px at 96 dpi = 800 / 96 × 25.4 = 211.667 mm.
    QVERIFY2(svg.contains("width=\"211.667mm\""), svg.left(600).constData());
    QVERIFY2(facts.text.contains(exportableChartTitle(id)), qPrintable(facts.text.left(400)));
    const QByteArray titleElement =
        QByteArray("<title>") + exportableChartTitle(id).toHtmlEscaped().toUtf8();
    QVERIFY(svg.contains(titleElement));
    QCOMPARE(bytesOf(id, ExportFormat::Svg), svg);
}

void TestExport::pdfIsOnePage()
{
    const QByteArray pdf = bytesOf(u"throughput"_s, ExportFormat::Pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(pdf), 1);
    QVERIFY(pdf.contains("/Count 1"));
}

void TestExport::csvIsReproducible_data()
{
    svgIsWellFormedWithViewBoxAndTitle_data();
}

void TestExport::csvIsReproducible()
{
    QFETCH(QString, id);
    const QByteArray csv = bytesOf(id, ExportFormat::Csv);
    QVERIFY(!csv.isEmpty());
    QCOMPARE(bytesOf(id, ExportFormat::Csv), csv);
    QVERIFY(csv.endsWith("\r\n"));
    // Numbers use '.' whatever the locale: a German default locale gives the same bytes.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray german = bytesOf(id, ExportFormat::Csv);
    QLocale::setDefault(previous);
    QCOMPARE(german, csv);
}

void TestExport::unknownChartIsAnError()
{
    const Result<QByteArray> bytes =
        chartBytes(u"pie"_s, evaluate(defaultScenario()), ExportFormat::Svg);
    QVERIFY(!bytes);
    QVERIFY(bytes.error().message.contains(u"volume"_s));
}

void TestExport::limits_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("problem"); // -1: none, else ChartExportProblem::Field
    const int none = -1;
    const int size = int(ChartExportProblem::Field::Size);
    const int dpi = int(ChartExportProblem::Field::Dpi);
    const int pixels = int(ChartExportProblem::Field::Pixels);
    const int png = int(ExportFormat::Png);
    const int svg = int(ExportFormat::Svg);
    // ChartExportLimits: 100 to 10000 layout pixels a side, 24 to 1200 dpi, 100e6 pixels.
    QTest::newRow("smallest") << QSizeF(100, 100) << 24.0 << png << none;
    QTest::newRow("side 99") << QSizeF(99, 500) << 96.0 << png << size;
    QTest::newRow("side 10001") << QSizeF(800, 10001) << 96.0 << svg << size;
    QTest::newRow("dpi 23") << QSizeF(800, 500) << 23.0 << png << dpi;
    QTest::newRow("dpi 1201") << QSizeF(800, 500) << 1201.0 << png << dpi;
    // 5000 × 5000 at 192 dpi: 10000 × 10000 = exactly 100 million pixels, allowed.
    QTest::newRow("100 million") << QSizeF(5000, 5000) << 192.0 << png << none;
    // 5001 × 5000 at 192 dpi: 10002 × 10000 = 100.02 million pixels.
    QTest::newRow("over 100 million") << QSizeF(5001, 5000) << 192.0 << png << pixels;
    // An SVG is drawn at the layout size whatever the dpi: 10000 × 10000 = 100 million.
    QTest::newRow("largest svg") << QSizeF(10000, 10000) << 192.0 << svg << none;
    // A CSV has no size to check.
    QTest::newRow("csv") << QSizeF(1, 1) << 1.0 << int(ExportFormat::Csv) << none;
}

void TestExport::limits()
{
    QFETCH(QSizeF, size);
    QFETCH(double, dpi);
    QFETCH(int, format);
    QFETCH(int, problem);
    ChartExportOptions options;
    options.logicalSize = size;
    options.dpi = dpi;
    const std::optional<ChartExportProblem> found =
        checkChartExportOptions(options, ExportFormat(format));
    QCOMPARE(found ? int(found->field) : -1, problem);
    if (found)
        QVERIFY(!found->message.isEmpty());
}

void TestExport::fileIsWrittenThroughSuffix()
{
    // The volume chart's data: the header row lists the table's columns, with units.
    const QString path = m_dir.filePath(u"volume.csv"_s);
    QVERIFY(!exportChartFile(u"volume"_s, evaluate(defaultScenario()), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine().trimmed();
    ChartTableModel table;
    VolumeChart::fillTable(table, evaluate(defaultScenario()));
    QVERIFY(table.columnCount() > 1);
    QVERIFY2(header.startsWith(table.headerData(0, Qt::Horizontal).toString().toUtf8()),
             header.constData());
    QCOMPARE(header.count(',') + 1 >= table.columnCount(), true);
}

void TestExport::unwritablePathNamesTheFile()
{
    const QString path = m_dir.filePath(u"missing/dir/volume.svg"_s);
    const std::optional<InputError> error =
        exportChartFile(u"volume"_s, evaluate(defaultScenario()), path);
    QVERIFY(error);
    QCOMPARE(error->source, path);
    QVERIFY(!QFile::exists(path));
}

void TestExport::memoBundle()
{
    const Scenario scenario = defaultScenario();
    const QDateTime createdAt(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const QString first = m_dir.filePath(u"first.zip"_s);
    QVERIFY(!exportMemoBundle(scenario, first, createdAt));

    Result<MemoBundle> bundle = readMemoBundleFile(first);
    QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().toString()));
    const QMap<QString, QByteArray> &entries = bundle->entries;
    for (const QString &name : {u"memo.md"_s, u"memo.pdf"_s, u"scenario.pertoken"_s})
        QVERIFY2(entries.contains(name), qPrintable(name));
    // Cost per solved task is drawn only for a scenario that says what a task is.
    const bool hasTask = !evaluate(scenario).solvedTasks.isEmpty();
    for (const QString &id : memoChartIds()) {
        if (id == u"solved-task" && !hasTask) {
            QVERIFY(!entries.contains(u"charts/solved-task.svg"_s));
            continue;
        }
        QVERIFY(readSvg(entries.value(u"charts/%1.svg"_s.arg(id))).wellFormed);
        QVERIFY(!QImage::fromData(entries.value(u"charts/%1.png"_s.arg(id)), "PNG").isNull());
        QVERIFY(!entries.value(u"data/%1.csv"_s.arg(id)).isEmpty());
    }

    // The memo's figures are evaluate()'s, printed as `pertoken eval` prints them.
    const QString memo = QString::fromUtf8(entries.value(u"memo.md"_s));
    const Evaluation evaluation = evaluate(scenario);
    for (const OptionResult &option : evaluation.options) {
        if (option.enabled && option.feasible)
            QVERIFY2(memo.contains(pertoken::formatUsd(option.usdPerMillionTokens)),
                     qPrintable(option.name));
    }
    const QByteArray pdf = entries.value(u"memo.pdf"_s);
    QVERIFY(pdf.startsWith("%PDF-"));
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));

    // Round trip: bundle → open → bundle keeps the scenario and the reproducible files.
    Result<Scenario> reopened = loadScenarioOrBundle(first);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
    QVERIFY(*reopened == scenario);
    const QString second = m_dir.filePath(u"second.zip"_s);
    QVERIFY(!exportMemoBundle(*reopened, second, createdAt));
    Result<Scenario> again = loadScenarioOrBundle(second);
    QVERIFY(again);
    QVERIFY(*again == scenario);
    Result<MemoBundle> secondBundle = readMemoBundleFile(second);
    QVERIFY(secondBundle);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.key().endsWith(u".svg") || it.key().endsWith(u".csv") || it.key() == u"memo.md")
            QVERIFY2(secondBundle->entries.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

void TestExport::copyToClipboard()
{
    // 300×200 layout pixels at 96 dpi: the image is 300×200 pixels.
    ChartExportOptions options;
    options.logicalSize = QSizeF(300, 200);
    options.dpi = 96;
    QGuiApplication::clipboard()->clear();
    QVERIFY(!copyChartToClipboard(u"cost-breakdown"_s, evaluate(defaultScenario()), options));
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(300, 200));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
