#include "export/memo_export.h"

#include "charts/chart_export.h"
#include "export/export_font.h"
#include "language.h"
#include "memo/memo_text.h"
#include "panels/number_format.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Layout units of the memo: CSS pixels, 96 per inch, on an A4 page with 18 mm margins.
constexpr double kLayoutDpi = 96;
constexpr double kMarginMm = 15;
constexpr double kPdfDpi = 300;
// Charts in the memo: laid out at this size, drawn at twice the pixels for print.
constexpr QSizeF kMemoChartSize{560, 350};
constexpr double kMemoChartDpi = 240;

double mmToLayout(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}

// Sets every image's displayed width to `width` layout pixels, keeping its aspect ratio.
void sizeImages(QTextDocument &document, const QMap<QString, QImage> &images, double width)
{
    struct Placed {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Placed> placed;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                placed.append({fragment.position(), fragment.length(),
                               fragment.charFormat().toImageFormat()});
        }
    }
    for (Placed &image : placed) {
        const QImage source = images.value(image.format.name());
        if (source.isNull())
            continue;
        image.format.setWidth(width);
        image.format.setHeight(width * source.height() / source.width());
        QTextCursor cursor(&document);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

bool isImageBlock(const QTextBlock &block)
{
    return block.length() == 2 && block.begin() != block.end() &&
           block.begin().fragment().charFormat().isImageFormat();
}

// Puts consecutive charts side by side: two image paragraphs become one.
void pairImages(QTextDocument &document)
{
    QList<int> joins;
    for (QTextBlock block = document.begin(); block.isValid();) {
        const QTextBlock next = block.next();
        if (isImageBlock(block) && next.isValid() && isImageBlock(next)) {
            joins.append(block.position() + block.length() - 1);
            block = next.next();
        } else {
            block = next;
        }
    }
    for (auto it = joins.crbegin(); it != joins.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(*it);
        cursor.deleteChar();
        cursor.insertText(u" "_s, QTextCharFormat());
    }
}

// Room above each section heading so sections read apart.
void spaceHeadings(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() < 2)
            continue;
        QTextBlockFormat format;
        format.setTopMargin(9);
        format.setBottomMargin(3);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
}

// Full-width tables in a smaller font; the assumptions table gives its sources the most room.
void styleTables(QTextDocument &document, double pointSize)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setCellPadding(2);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xB0B0B0));
        format.setBorderCollapse(true);
        const int columns = table->columns();
        const QString lastHeader =
            table->cellAt(0, columns - 1).firstCursorPosition().block().text();
        if (columns == 4 && lastHeader == u"Source") {
            format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 20),
                                              QTextLength(QTextLength::PercentageLength, 22),
                                              QTextLength(QTextLength::PercentageLength, 11),
                                              QTextLength(QTextLength::PercentageLength, 47)});
        }
        table->setFormat(format);
        QTextCursor cursor(&document);
        cursor.setPosition(table->firstPosition());
        cursor.setPosition(table->lastPosition(), QTextCursor::KeepAnchor);
        QTextCharFormat small;
        small.setFontPointSize(pointSize);
        cursor.mergeCharFormat(small);
    }
}

} // namespace

Result<QByteArray> memoPdf(const QString &markdown, const QMap<QString, QImage> &images,
                           const QString &title, int maxPages, int *pageCount)
{
    const QPageSize a4(QPageSize::A4);
    const QSizeF pageMm = a4.size(QPageSize::Millimeter);
    const QSizeF pageLayout(mmToLayout(pageMm.width()), mmToLayout(pageMm.height()));
    const double margin = mmToLayout(kMarginMm);
    const double textWidth = pageLayout.width() - 2 * margin;

    QTextDocument document;
    document.setDefaultFont(exportFont(8));
    document.setDocumentMargin(0);
    document.setMarkdown(markdown);
    // After setMarkdown, which clears the document's resources.
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    styleTables(document, 7);
    spaceHeadings(document);
    pairImages(document);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(margin);
    document.rootFrame()->setFrameFormat(frame);
    document.setPageSize(pageLayout);

    // Shrink the charts, never the text, until the memo fits.
    double imageWidth = textWidth * 0.49;
    sizeImages(document, images, imageWidth);
    while (document.pageCount() > maxPages && imageWidth > textWidth * 0.3) {
        imageWidth *= 0.9;
        sizeImages(document, images, imageWidth);
    }
    const int pages = document.pageCount();
    if (pageCount)
        *pageCount = pages;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(a4);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(int(kPdfDpi));
        pdf.setTitle(title);
        pdf.setCreator(u"PerToken %1"_s.arg(QStringLiteral(PERTOKEN_VERSION)));
        // A paginated document prints page by page, scaled from layout pixels to the page.
        document.print(&pdf);
    }
    if (buffer.data().isEmpty())
        return InputError{u"memo.pdf"_s,
                          {},
                          QCoreApplication::translate("pertoken::ui::MemoExport",
                                                      "the PDF writer produced no output")};
    return buffer.data();
}

Result<QList<BundleEntry>> memoBundleEntries(const Scenario &scenario, const Evaluation &evaluation,
                                             const QDateTime &createdAt, int staleAfterMonths,
                                             const DisplayCurrency &currency)
{
    const EnglishScope english;
    const DisplayCurrencyScope inCurrency(currency);
    QList<BundleEntry> entries;
    QList<MemoChart> memoCharts;
    QMap<QString, QImage> memoImages;
    ChartExportOptions fileOptions;
    ChartExportOptions memoOptions;
    memoOptions.logicalSize = kMemoChartSize;
    memoOptions.dpi = kMemoChartDpi;

    // The memo carries the dashboard's charts; the Scaling tab's are exported on their own.
    const QStringList memoIds = memoChartIds();
    for (const ExportableChart &chart : exportableCharts()) {
        if (!memoIds.contains(chart.id))
            continue;
        // Cost per solved task is drawn only where the scenario says what a task is.
        if (chart.id == u"solved-task" && evaluation.solvedTasks.isEmpty())
            continue;
        const QString png = u"charts/%1.png"_s.arg(chart.id);
        for (const auto &[name, format] :
             {std::pair{u"charts/%1.svg"_s.arg(chart.id), ExportFormat::Svg},
              std::pair{png, ExportFormat::Png},
              std::pair{u"data/%1.csv"_s.arg(chart.id), ExportFormat::Csv}}) {
            Result<QByteArray> bytes = chartBytes(chart.id, evaluation, format, fileOptions);
            if (!bytes)
                return bytes.error();
            entries.append({name, std::move(bytes).value()});
        }
        Result<QImage> image = renderChartImage(chart.id, evaluation, memoOptions);
        if (!image)
            return image.error();
        memoImages.insert(png, std::move(image).value());
        memoCharts.append({png, chart.title});
    }

    const QString version = QStringLiteral(PERTOKEN_VERSION);
    const QString markdown = memoMarkdown(scenario, evaluation, memoCharts, createdAt, version,
                                          staleAfterMonths, currency);
    Result<QByteArray> pdf =
        memoPdf(markdown, memoImages, u"Decision memo: %1"_s.arg(scenario.name));
    if (!pdf)
        return pdf.error();
    entries.prepend({u"scenario.pertoken"_s, scenarioToBytes(scenario)});
    entries.prepend({u"memo.pdf"_s, std::move(pdf).value()});
    entries.prepend({u"memo.md"_s, markdown.toUtf8()});
    return entries;
}

std::optional<InputError> exportMemoBundle(const Scenario &scenario, const QString &path,
                                           const QDateTime &createdAt, int staleAfterMonths,
                                           const DisplayCurrency &currency)
{
    const Evaluation evaluation = evaluate(scenario);
    Result<QList<BundleEntry>> entries =
        memoBundleEntries(scenario, evaluation, createdAt, staleAfterMonths, currency);
    if (!entries) {
        InputError error = entries.error();
        error.message =
            QCoreApplication::translate("pertoken::ui::MemoExport", "%1 (while writing %2)")
                .arg(error.message, path);
        return error;
    }
    return writeMemoBundle(path, *entries,
                           {scenario.name, QStringLiteral(PERTOKEN_VERSION), createdAt});
}

} // namespace pertoken::ui
