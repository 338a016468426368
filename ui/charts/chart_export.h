#pragma once

#include "charts/chart_style.h"
#include "common/input_error.h"
#include "scenario/evaluation.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace pertoken::ui {

/// A chart that can be exported: its stable id ("volume") and its title.
struct ExportableChart {
    QString id;
    QString title;
};

/// Every chart: the dashboard's, in dashboard order, then the Scaling tab's three ("scaling-loss",
/// "scaling-queries", "scaling-budget"), drawn from the evaluation's plan.
QList<ExportableChart> exportableCharts();
/// The dashboard's charts only: the ones the decision memo carries.
QStringList memoChartIds();
QStringList exportableChartIds();
/// The title of chart `id`; empty when no chart has that id.
QString exportableChartTitle(const QString &id);

enum class ExportFormat { Png, Svg, Pdf, Csv };

/// The format named by a file's suffix (.png, .svg, .pdf, .csv, any case), if any.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

struct ChartExportOptions {
    QSizeF logicalSize{800, 500}; ///< layout size in CSS pixels (1/96 inch)
    double dpi = 192;             ///< PNG only: pixels = logicalSize × dpi / 96, written in pHYs
};

/// The limits of a chart export, the same for `pertoken chart` and the export dialog: large
/// enough for a poster, small enough that the image fits in memory.
struct ChartExportLimits {
    static constexpr int kMinSide = 100;        ///< layout pixels per side
    static constexpr int kMaxSide = 10000;      ///< layout pixels per side
    static constexpr double kMinDpi = 24;       ///< PNG resolution
    static constexpr double kMaxDpi = 1200;     ///< PNG resolution
    static constexpr double kMaxPixels = 100e6; ///< pixels of the written image
};

/// What is out of range in a chart export's options, and the message that says so.
struct ChartExportProblem {
    enum class Field { Size, Dpi, Pixels };
    Field field = Field::Size;
    QString message;
};

/// The pixel size of the file written: logicalSize × dpi / 96 for PNG, logicalSize otherwise
/// (SVG and PDF are vector drawings of the layout size; CSV has none but is reported alike).
QSize exportPixelSize(const ChartExportOptions &options, ExportFormat format);

/// Checks `options` against ChartExportLimits; the first problem found, if any. The dpi is
/// checked for every drawn format, the pixel count on the size the file will have; CSV, which
/// has no size, always passes.
std::optional<ChartExportProblem> checkChartExportOptions(const ChartExportOptions &options,
                                                          ExportFormat format);

/// The export theme: ChartStyle::light() with the bundled font, whatever the UI's palette.
ChartStyle exportChartStyle();

/// Renders chart `id` of `evaluation` offscreen (never a grab of a widget), animations off.
/// The PNG carries the DPI; the SVG has a viewBox, 96 dpi, a title and a description, and its
/// text stays text; the PDF is one vector page. CSV is the chart's data table with a header row
/// (units in the headers), '.' decimals and RFC 4180 quoting. Equal inputs give equal SVG and
/// CSV bytes. An unknown id is an InputError naming it and listing the valid ids.
Result<QImage> renderChartImage(const QString &id, const Evaluation &evaluation,
                                const ChartExportOptions &options = {});
Result<QByteArray> chartBytes(const QString &id, const Evaluation &evaluation, ExportFormat format,
                              const ChartExportOptions &options = {});

/// Writes chart `id` to `path` in the format its suffix names, through QSaveFile: the file is
/// replaced only when complete. Errors name the file.
std::optional<InputError> exportChartFile(const QString &id, const Evaluation &evaluation,
                                          const QString &path,
                                          const ChartExportOptions &options = {});

/// Writes `bytes` to `path` through QSaveFile; errors name the file.
std::optional<InputError> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Puts chart `id` on the clipboard as an image (needs a QGuiApplication).
std::optional<InputError> copyChartToClipboard(const QString &id, const Evaluation &evaluation,
                                               const ChartExportOptions &options = {});

} // namespace pertoken::ui
