// The chart export dialog: the file it writes has the chosen format, size and resolution; values
// outside the limits are refused with the message `pertoken chart` prints; the choices are
// remembered; it is usable from the keyboard.

#include "charts/chart_export.h"
#include "export/chart_export_dialog.h"
#include "language.h"
#include "scenario/evaluate.h"
#include "settings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

namespace {

QSpinBox *spin(ChartExportDialog &dialog, const QString &name)
{
    return dialog.findChild<QSpinBox *>(name);
}

QComboBox *combo(ChartExportDialog &dialog, const QString &name)
{
    return dialog.findChild<QComboBox *>(name);
}

QString resultText(ChartExportDialog &dialog)
{
    return dialog.findChild<QLabel *>(u"result"_s)->text();
}

QPushButton *exportButton(ChartExportDialog &dialog)
{
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isDefault())
            return button;
    }
    return nullptr;
}

/// Types `value` into a spin box as a user would: select all, type, confirm with Tab.
void typeInto(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    box->interpretText();
}

QString viewBoxOf(const QByteArray &svg)
{
    static const QRegularExpression viewBox(u"viewBox=\"([^\"]*)\""_s);
    return viewBox.match(QString::fromUtf8(svg)).captured(1);
}

} // namespace

class TestChartExportDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesPngOfChosenSizeAndDpi();
    void writesSvgAndCsv();
    void dpiOnlyForPng();
    void refusesOutOfRange_data();
    void refusesOutOfRange();
    void remembersChoices();
    void presetsAndShownSize();
    void keyboard();
    void fitsInEveryLanguage_data();
    void fitsInEveryLanguage();

private:
    QString settingsPath() const { return m_dir->filePath(u"settings.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Evaluation m_evaluation = evaluate(defaultScenario());
};

void TestChartExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestChartExportDialog::writesPngOfChosenSizeAndDpi()
{
    // 640×400 layout pixels at 144 dpi: 640 × 144/96 = 960 by 400 × 1.5 = 600 pixels;
    // 144 dpi = 144 / 0.0254 m = 5669.29, stored as 5669 dots per metre.
    Settings settings(settingsPath(), nullptr);
    ChartExportDialog dialog(m_evaluation, &settings);
    dialog.setChart(u"scaling-loss"_s);
    dialog.setFormat(ExportFormat::Png);
    typeInto(spin(dialog, u"width"_s), 640);
    typeInto(spin(dialog, u"height"_s), 400);
    typeInto(spin(dialog, u"dpi"_s), 144);
    QCOMPARE(dialog.resultPixelSize(), QSize(960, 600));
    QVERIFY2(resultText(dialog).contains(u"960"_s) && resultText(dialog).contains(u"600"_s),
             qPrintable(resultText(dialog)));
    const QString path = m_dir->filePath(u"loss.png"_s);
    dialog.setFilePath(path);
    QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), QSize(960, 600));
    QCOMPARE(image.dotsPerMeterX(), 5669);
    QCOMPARE(image.dotsPerMeterY(), 5669);
}

void TestChartExportDialog::writesSvgAndCsv()
{
    Settings settings(settingsPath(), nullptr);
    {
        ChartExportDialog dialog(m_evaluation, &settings);
        dialog.setChart(u"volume"_s);
        dialog.setFormat(ExportFormat::Svg);
        typeInto(spin(dialog, u"width"_s), 1200);
        typeInto(spin(dialog, u"height"_s), 750);
        // A name typed without a suffix gets the format's.
        dialog.setFilePath(m_dir->filePath(u"costs"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QFile svg(m_dir->filePath(u"costs.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QCOMPARE(viewBoxOf(svg.readAll()), u"0 0 1200 750"_s);
    }
    {
        ChartExportDialog dialog(m_evaluation, &settings);
        dialog.setChart(u"scaling-budget"_s);
        dialog.setFormat(ExportFormat::Csv);
        const QString path = m_dir->filePath(u"budget.csv"_s);
        dialog.setFilePath(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        // The same bytes as chart export writes for the same evaluation.
        const Result<QByteArray> expected =
            chartBytes(u"scaling-budget"_s, m_evaluation, ExportFormat::Csv);
        QVERIFY(expected);
        QCOMPARE(csv.readAll(), *expected);
    }
}

void TestChartExportDialog::dpiOnlyForPng()
{
    ChartExportDialog dialog(m_evaluation, nullptr);
    dialog.setFormat(ExportFormat::Png);
    QVERIFY(spin(dialog, u"dpi"_s)->isEnabled());
    for (ExportFormat format : {ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv}) {
        dialog.setFormat(format);
        QVERIFY(!spin(dialog, u"dpi"_s)->isEnabled());
    }
    // Vector formats are drawn at the layout size: 800×500 whatever the dpi.
    dialog.setFormat(ExportFormat::Pdf);
    typeInto(spin(dialog, u"width"_s), 800);
    typeInto(spin(dialog, u"height"_s), 500);
    QCOMPARE(dialog.resultPixelSize(), QSize(800, 500));
    // The suffix follows the format.
    QVERIFY2(dialog.filePath().endsWith(u".pdf"_s), qPrintable(dialog.filePath()));
}

void TestChartExportDialog::refusesOutOfRange_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("field");
    // ChartExportLimits: 100 to 10000 pixels a side, 24 to 1200 dpi, 100 million pixels.
    QTest::newRow("narrow") << 99 << 500 << 96 << int(ChartExportProblem::Field::Size);
    QTest::newRow("tall") << 800 << 10001 << 96 << int(ChartExportProblem::Field::Size);
    QTest::newRow("low dpi") << 800 << 500 << 23 << int(ChartExportProblem::Field::Dpi);
    QTest::newRow("high dpi") << 800 << 500 << 1201 << int(ChartExportProblem::Field::Dpi);
    // 8000 × 8000 at 192 dpi: 16000 × 16000 = 256 million pixels.
    QTest::newRow("too many pixels")
        << 8000 << 8000 << 192 << int(ChartExportProblem::Field::Pixels);
}

void TestChartExportDialog::refusesOutOfRange()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, dpi);
    QFETCH(int, field);
    ChartExportOptions options;
    options.logicalSize = QSizeF(width, height);
    options.dpi = dpi;
    const std::optional<ChartExportProblem> expected =
        checkChartExportOptions(options, ExportFormat::Png);
    QVERIFY(expected);
    QCOMPARE(int(expected->field), field);

    ChartExportDialog dialog(m_evaluation, nullptr);
    dialog.setFormat(ExportFormat::Png);
    typeInto(spin(dialog, u"width"_s), width);
    typeInto(spin(dialog, u"height"_s), height);
    typeInto(spin(dialog, u"dpi"_s), dpi);
    const QString path = m_dir->filePath(u"refused.png"_s);
    dialog.setFilePath(path);
    QCOMPARE(dialog.problem(), expected->message);
    QCOMPARE(resultText(dialog), expected->message);
    QVERIFY(!exportButton(dialog)->isEnabled());
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!QFile::exists(path));
}

void TestChartExportDialog::remembersChoices()
{
    const QString path = m_dir->filePath(u"out/queries.png"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"out"_s)));
    {
        Settings settings(settingsPath(), nullptr);
        ChartExportDialog dialog(m_evaluation, &settings);
        dialog.setChart(u"scaling-queries"_s);
        dialog.setFormat(ExportFormat::Png);
        typeInto(spin(dialog, u"width"_s), 1000);
        typeInto(spin(dialog, u"height"_s), 600);
        typeInto(spin(dialog, u"dpi"_s), 300);
        dialog.setFilePath(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    Settings settings(settingsPath(), nullptr);
    ChartExportDialog dialog(m_evaluation, &settings);
    QCOMPARE(dialog.chartId(), u"scaling-queries"_s);
    QCOMPARE(dialog.format(), ExportFormat::Png);
    QCOMPARE(dialog.options().logicalSize, QSizeF(1000, 600));
    QCOMPARE(dialog.options().dpi, 300.0);
    // The folder is remembered; the file is named after the chart.
    QCOMPARE(dialog.filePath(), m_dir->filePath(u"out/scaling-queries.png"_s));

    // A cancelled dialog remembers nothing.
    dialog.setFormat(ExportFormat::Svg);
    dialog.reject();
    QCOMPARE(Settings(settingsPath(), nullptr).chartExportChoices().format, u"png"_s);
}

void TestChartExportDialog::presetsAndShownSize()
{
    ChartExportDialog dialog(m_evaluation, nullptr);
    dialog.setChart(u"volume"_s);
    dialog.setShownSizes({{u"volume"_s, QSize(731, 402)}});
    QComboBox *presets = combo(dialog, u"sizePreset"_s);
    QStringList items;
    for (int i = 0; i < presets->count(); ++i)
        items << presets->itemText(i);
    QVERIFY2(items.join(u'|').contains(u"1920 × 1080"_s), qPrintable(items.join(u'|')));
    const int shown = presets->findData(QSize(731, 402));
    QVERIFY2(shown >= 0, qPrintable(items.join(u'|')));
    presets->setCurrentIndex(shown);
    Q_EMIT presets->activated(shown);
    QCOMPARE(dialog.options().logicalSize, QSizeF(731, 402));
    // Another size is "Custom"; choosing a preset sets both fields.
    typeInto(spin(dialog, u"width"_s), 1000);
    QCOMPARE(presets->currentData().toSize(), QSize());
    const int large = presets->findData(QSize(1920, 1080));
    presets->setCurrentIndex(large);
    Q_EMIT presets->activated(large);
    QCOMPARE(dialog.options().logicalSize, QSizeF(1920, 1080));
    // The shown size is the chart's own: another chart has none.
    dialog.setChart(u"throughput"_s);
    QCOMPARE(presets->findData(QSize(731, 402)), -1);
}

void TestChartExportDialog::keyboard()
{
    // Every field has a label whose mnemonic reaches it.
    ChartExportDialog dialog(m_evaluation, nullptr);
    auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    for (QWidget *field : {static_cast<QWidget *>(combo(dialog, u"chart"_s)),
                           static_cast<QWidget *>(combo(dialog, u"format"_s)),
                           static_cast<QWidget *>(combo(dialog, u"sizePreset"_s)),
                           static_cast<QWidget *>(spin(dialog, u"width"_s)),
                           static_cast<QWidget *>(spin(dialog, u"dpi"_s)),
                           static_cast<QWidget *>(dialog.findChild<QLineEdit *>(u"path"_s))}) {
        bool labelled = false;
        const auto labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels)
            labelled = labelled || (label->buddy() == field && label->text().contains(u'&'));
        QVERIFY2(labelled, qPrintable(field->objectName()));
    }

    // Enter in a field exports; Escape cancels.
    dialog.setFormat(ExportFormat::Csv);
    const QString path = m_dir->filePath(u"keys.csv"_s);
    dialog.setFilePath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pathEdit = dialog.findChild<QLineEdit *>(u"path"_s);
    pathEdit->setFocus();
    QTest::keyClick(pathEdit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(path));

    ChartExportDialog other(m_evaluation, nullptr);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QSpinBox *width = spin(other, u"width"_s);
    width->setFocus();
    QTest::keyClick(width, Qt::Key_Escape);
    QCOMPARE(other.result(), int(QDialog::Rejected));
    QVERIFY(!other.isVisible());
}

void TestChartExportDialog::fitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : Language::supported())
        QTest::newRow(qPrintable(code)) << code;
}

// Every label, choice and button shows its whole text, and the dialog fits the smallest screen
// the dashboard supports (1280×720). With PERTOKEN_SCREENSHOT_DIR set, the dialog is saved there
// as chart-export-dialog-LANG.png (run under Xvfb with QT_QPA_PLATFORM=xcb for the real look).
void TestChartExportDialog::fitsInEveryLanguage()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(Language::choose(language, QString(), QLocale())));
    const auto restore =
        qScopeGuard([] { Language::install(Language::choose(u"en"_s, QString(), QLocale())); });

    ChartExportDialog dialog(m_evaluation, nullptr);
    dialog.setChart(u"scaling-queries"_s);
    dialog.setShownSizes({{u"scaling-queries"_s, QSize(812, 377)}});
    dialog.setFilePath(QDir::home().filePath(u"Charts/scaling-queries.png"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= 1280 && dialog.height() <= 720,
             qPrintable(u"%1×%2"_s.arg(dialog.width()).arg(dialog.height())));
    const auto findClipped = [&dialog] {
        QStringList clipped;
        const auto labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            const bool fits = label->wordWrap()
                                  ? label->height() >= label->heightForWidth(label->width())
                                  : label->width() >= label->sizeHint().width();
            if (!fits)
                clipped << u"label \"%1\""_s.arg(label->text());
        }
        const auto combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *box : combos) {
            if (box->width() < box->sizeHint().width())
                clipped << u"choice \"%1\""_s.arg(box->currentText());
        }
        const auto buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->width() < button->sizeHint().width())
                clipped << u"button \"%1\""_s.arg(button->text());
        }
        const auto spins = dialog.findChildren<QSpinBox *>();
        for (QSpinBox *box : spins) {
            if (box->width() < box->minimumSizeHint().width())
                clipped << u"field \"%1\""_s.arg(box->text());
        }
        return clipped;
    };
    QStringList clipped = findClipped();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));
    // The longest message: too many pixels, in place of the result.
    spin(dialog, u"width"_s)->setValue(8000);
    spin(dialog, u"height"_s)->setValue(8000);
    QVERIFY(!dialog.problem().isEmpty());
    clipped = findClipped();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));
    spin(dialog, u"width"_s)->setValue(800);
    spin(dialog, u"height"_s)->setValue(500);

    const QString directory = qEnvironmentVariable("PERTOKEN_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        const QString name = language == u"en" ? u"chart-export-dialog.png"_s
                                               : u"chart-export-dialog-%1.png"_s.arg(language);
        QVERIFY(dialog.grab().save(QDir(directory).filePath(name), "PNG"));
    }
}

QTEST_MAIN(TestChartExportDialog)
#include "tst_chart_export_dialog.moc"
