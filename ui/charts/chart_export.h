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

/// The dashboard charts, in dashboard order. The planner's charts are drawn from a plan rather
/// than an evaluation and are not part of chart export.
QList<ExportableChart> exportableCharts();
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
