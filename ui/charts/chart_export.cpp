#include "charts/chart_export.h"

#include "charts/chart_table_model.h"
#include "charts/cost_breakdown_chart.h"
#include "charts/frontier_chart.h"
#include "charts/planner_charts.h"
#include "charts/sensitivity_chart.h"
#include "charts/solved_task_chart.h"
#include "charts/throughput_chart.h"
#include "charts/uncertainty_chart.h"
#include "charts/volume_chart.h"
#include "export/export_font.h"
#include "panels/number_format.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtCharts/QChart>

#include <cmath>
#include <memory>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

InputError unknownChart(const QString &id)
{
    return {u"chart"_s, id,
            QCoreApplication::translate("pertoken::ui::ChartExport",
                                        "unknown chart \"%1\"; the charts are: %2")
                .arg(id, exportableChartIds().join(u", "_s))};
}

std::unique_ptr<QChart> buildChart(const QString &id, const Evaluation &evaluation)
{
    const ChartStyle style = exportChartStyle();
    std::unique_ptr<QChart> chart;
    if (id == u"cost-breakdown")
        chart = CostBreakdownChart::buildChart(evaluation, style);
    else if (id == u"volume")
        chart = VolumeChart::buildChart(evaluation, style);
    else if (id == u"throughput")
        chart = ThroughputChart::buildChart(evaluation, style);
    else if (id == u"frontier")
        chart = FrontierChart::buildChart(evaluation, style);
    else if (id == u"sensitivity")
        chart = SensitivityChart::buildChart(evaluation, style);
    else if (id == u"uncertainty")
        chart = UncertaintyChart::buildChart(evaluation, style);
    else if (id == u"solved-task")
        chart = SolvedTaskChart::buildChart(evaluation, style);
    else if (const std::optional<PlannerCharts::Kind> kind = PlannerCharts::kindForId(id))
        chart = PlannerCharts::buildChart(*kind, evaluation.plan, style);
    if (chart)
        chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

bool fillTable(ChartTableModel &table, const QString &id, const Evaluation &evaluation)
{
    if (id == u"cost-breakdown")
        CostBreakdownChart::fillTable(table, evaluation);
    else if (id == u"volume")
        VolumeChart::fillTable(table, evaluation);
    else if (id == u"throughput")
        ThroughputChart::fillTable(table, evaluation);
    else if (id == u"frontier")
        FrontierChart::fillTable(table, evaluation);
    else if (id == u"sensitivity")
        SensitivityChart::fillTable(table, evaluation);
    else if (id == u"uncertainty")
        UncertaintyChart::fillTable(table, evaluation);
    else if (id == u"solved-task")
        SolvedTaskChart::fillTable(table, evaluation);
    else if (const std::optional<PlannerCharts::Kind> kind = PlannerCharts::kindForId(id))
        PlannerCharts::fillTable(*kind, table, evaluation.plan);
    else
        return false;
    return true;
}

/// An offscreen scene holding one laid-out chart; the scene owns the chart.
class ChartScene {
public:
    ChartScene(std::unique_ptr<QChart> chart, const QSizeF &logicalSize)
        : m_chart(chart.release())
    {
        m_scene.addItem(m_chart);
        m_chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
        m_scene.setSceneRect(m_chart->geometry());
    }
    void render(QPainter &painter, const QRectF &target)
    {
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene.render(&painter, target, m_chart->geometry(), Qt::IgnoreAspectRatio);
    }
    QString title() const { return m_chart->title(); }
    QChart &chart() { return *m_chart; }

private:
    QGraphicsScene m_scene;
    QChart *m_chart;
};

// Charts that shorten their category names to the room they have (fittedCategoryNames,
// chart_axes.h) are drawn again once the scene has given them their export size: built with no
// size at all they kept whole names, which a small chart (the memo's) then cut at its edge.
void fitToSize(const QString &id, ChartScene &scene, const Evaluation &evaluation)
{
    const ChartStyle style = exportChartStyle();
    QChart &chart = scene.chart();
    if (id == u"cost-breakdown")
        CostBreakdownChart::fillChart(chart, evaluation, style);
    else if (id == u"sensitivity")
        SensitivityChart::fillChart(chart, evaluation, style);
    else if (id == u"uncertainty")
        UncertaintyChart::fillChart(chart, evaluation, style);
    else if (id == u"solved-task")
        SolvedTaskChart::fillChart(chart, evaluation, style);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        // Whole numbers as integers ("2000000", not "2e+06"); others in the shortest form that
        // reads back to the same double.
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return csvField(value.toString());
    }
}

QByteArray tableCsv(const ChartTableModel &table)
{
    QString text;
    const int columns = table.columnCount();
    for (int c = 0; c < columns; ++c)
        text += (c ? u","_s : QString()) +
                csvField(table.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    text += u"\r\n"_s;
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c)
            text +=
                (c ? u","_s : QString()) + csvValue(table.data(table.index(r, c), Qt::EditRole));
        text += u"\r\n"_s;
    }
    return text.toUtf8();
}

QByteArray svgBytes(ChartScene &scene, const QSizeF &logical, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logical.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setResolution(96);
    generator.setTitle(title);
    generator.setDescription(u"PerToken %1 chart"_s.arg(QStringLiteral(PERTOKEN_VERSION)));
    {
        QPainter painter(&generator);
        scene.render(painter, QRectF(QPointF(0, 0), logical));
    }
    return buffer.data();
}

QByteArray pdfBytes(ChartScene &scene, const QSizeF &logical, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        // One page the chart's size: 96 layout pixels are 72 points.
        pdf.setPageSize(QPageSize(logical * 72.0 / 96.0, QPageSize::Point, title));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(u"PerToken %1"_s.arg(QStringLiteral(PERTOKEN_VERSION)));
        QPainter painter(&pdf);
        scene.render(painter, QRectF(0, 0, pdf.width(), pdf.height()));
    }
    return buffer.data();
}

} // namespace

QList<ExportableChart> exportableCharts()
{
    return {{u"cost-breakdown"_s, CostBreakdownChart::chartTitle()},
            {u"volume"_s, VolumeChart::chartTitle()},
            {u"throughput"_s, ThroughputChart::chartTitle()},
            {u"sensitivity"_s, SensitivityChart::chartTitle()},
            {u"uncertainty"_s, UncertaintyChart::chartTitle()},
            {u"frontier"_s, FrontierChart::chartTitle()},
            {u"solved-task"_s, SolvedTaskChart::chartTitle()},
            {PlannerCharts::chartId(PlannerCharts::Kind::Loss),
             PlannerCharts::chartTitle(PlannerCharts::Kind::Loss)},
            {PlannerCharts::chartId(PlannerCharts::Kind::Queries),
             PlannerCharts::chartTitle(PlannerCharts::Kind::Queries)},
            {PlannerCharts::chartId(PlannerCharts::Kind::Budget),
             PlannerCharts::chartTitle(PlannerCharts::Kind::Budget)}};
}

QStringList memoChartIds()
{
    QStringList ids;
    for (const ExportableChart &chart : exportableCharts()) {
        if (!PlannerCharts::kindForId(chart.id))
            ids << chart.id;
    }
    return ids;
}

QStringList exportableChartIds()
{
    QStringList ids;
    for (const ExportableChart &chart : exportableCharts())
        ids << chart.id;
    return ids;
}

QString exportableChartTitle(const QString &id)
{
    for (const ExportableChart &chart : exportableCharts()) {
        if (chart.id == id)
            return chart.title;
    }
    return {};
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (suffix == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

QSize exportPixelSize(const ChartExportOptions &options, ExportFormat format)
{
    const double scale = format == ExportFormat::Png ? options.dpi / 96.0 : 1.0;
    return (options.logicalSize * scale).toSize();
}

std::optional<ChartExportProblem> checkChartExportOptions(const ChartExportOptions &options,
                                                          ExportFormat format)
{
    using Limits = ChartExportLimits;
    // A data table has no size: the dialog disables the fields, so nothing there can be wrong.
    if (format == ExportFormat::Csv)
        return std::nullopt;
    const QSizeF size = options.logicalSize;
    if (!(size.width() >= Limits::kMinSide && size.width() <= Limits::kMaxSide &&
          size.height() >= Limits::kMinSide && size.height() <= Limits::kMaxSide))
        return ChartExportProblem{
            ChartExportProblem::Field::Size,
            QCoreApplication::translate("pertoken::ui::ChartExport",
                                        "width and height must each be from %1 to %2 pixels")
                .arg(Limits::kMinSide)
                .arg(Limits::kMaxSide)};
    if (!(options.dpi >= Limits::kMinDpi && options.dpi <= Limits::kMaxDpi))
        return ChartExportProblem{
            ChartExportProblem::Field::Dpi,
            QCoreApplication::translate("pertoken::ui::ChartExport",
                                        "the resolution must be from %1 to %2 dpi")
                .arg(Limits::kMinDpi)
                .arg(Limits::kMaxDpi)};
    const QSize pixels = exportPixelSize(options, format);
    if (double(pixels.width()) * pixels.height() > Limits::kMaxPixels)
        return ChartExportProblem{
            ChartExportProblem::Field::Pixels,
            QCoreApplication::translate("pertoken::ui::ChartExport",
                                        "%1 × %2 pixels is more than 100 million pixels; choose "
                                        "a smaller size or resolution")
                .arg(pixels.width())
                .arg(pixels.height())};
    return std::nullopt;
}

ChartStyle exportChartStyle()
{
    return ChartStyle::light(exportFont());
}

Result<QImage> renderChartImage(const QString &id, const Evaluation &evaluation,
                                const ChartExportOptions &options)
{
    std::unique_ptr<QChart> chart = buildChart(id, evaluation);
    if (!chart)
        return unknownChart(id);
    ChartScene scene(std::move(chart), options.logicalSize);
    fitToSize(id, scene, evaluation);
    const double scale = options.dpi / 96.0;
    QImage image((options.logicalSize * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(painter, QRectF(image.rect()));
    painter.end();
    return image;
}

Result<QByteArray> chartBytes(const QString &id, const Evaluation &evaluation, ExportFormat format,
                              const ChartExportOptions &options)
{
    if (format == ExportFormat::Csv) {
        // A CSV file is read by programs: its numbers and the magnitude words in series names
        // ("1 B parameters") are the same whatever the dashboard's locale, and money stays in
        // the stored US dollars, as its column titles say.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const DisplayCurrencyScope inUsd(DisplayCurrency{});
        ChartTableModel table;
        const bool known = fillTable(table, id, evaluation);
        QLocale::setDefault(previous);
        if (!known)
            return unknownChart(id);
        return tableCsv(table);
    }
    if (format == ExportFormat::Png) {
        Result<QImage> image = renderChartImage(id, evaluation, options);
        if (!image)
            return image.error();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!image->save(&buffer, "PNG"))
            return InputError{
                id,
                {},
                QCoreApplication::translate("pertoken::ui::ChartExport", "the PNG encoder failed")};
        return buffer.data();
    }
    std::unique_ptr<QChart> chart = buildChart(id, evaluation);
    if (!chart)
        return unknownChart(id);
    const QString title = exportableChartTitle(id);
    ChartScene scene(std::move(chart), options.logicalSize);
    fitToSize(id, scene, evaluation);
    if (format == ExportFormat::Svg)
        return svgBytes(scene, options.logicalSize, title);
    return pdfBytes(scene, options.logicalSize, title);
}

std::optional<InputError> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return InputError{
            path,
            {},
            QCoreApplication::translate("pertoken::ui::ChartExport", "cannot write: %1")
                .arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return InputError{
            path,
            {},
            QCoreApplication::translate("pertoken::ui::ChartExport", "cannot write: %1")
                .arg(reason)};
    }
    if (!file.commit())
        return InputError{
            path,
            {},
            QCoreApplication::translate("pertoken::ui::ChartExport", "cannot write: %1")
                .arg(file.errorString())};
    return std::nullopt;
}

std::optional<InputError> exportChartFile(const QString &id, const Evaluation &evaluation,
                                          const QString &path, const ChartExportOptions &options)
{
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format)
        return InputError{
            path,
            {},
            QCoreApplication::translate("pertoken::ui::ChartExport",
                                        "unknown file type; use .png, .svg, .pdf or .csv")};
    Result<QByteArray> bytes = chartBytes(id, evaluation, *format, options);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

std::optional<InputError> copyChartToClipboard(const QString &id, const Evaluation &evaluation,
                                               const ChartExportOptions &options)
{
    if (!qGuiApp)
        return InputError{u"clipboard"_s,
                          {},
                          QCoreApplication::translate("pertoken::ui::ChartExport",
                                                      "no GUI application to own the clipboard")};
    Result<QImage> image = renderChartImage(id, evaluation, options);
    if (!image)
        return image.error();
    QGuiApplication::clipboard()->setImage(*image);
    return std::nullopt;
}

} // namespace pertoken::ui
