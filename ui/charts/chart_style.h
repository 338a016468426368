#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QAbstractAxis;
class QChart;
class QPalette;

namespace pertoken::ui {

/// Colours and fonts shared by every dashboard chart, in a light and a dark variant. Options keep
/// one colour across all charts (by their position in the evaluation) and cost parts keep one
/// colour by key, so a reader can follow "8B on H100" from the volume chart to the throughput
/// chart.
struct ChartStyle {
    bool isDark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor minorGrid;
    QColor axisLine;
    QFont labelFont;
    QFont titleFont;

    static ChartStyle light(const QFont &font = QFont());
    static ChartStyle dark(const QFont &font = QFont());
    /// Dark when the palette's window colour is dark; background and text follow the palette.
    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);

    /// Colour of the option at `index` in `Evaluation::options` (colour-blind safe, Okabe–Ito).
    QColor optionColor(qsizetype index) const;
    /// Colour of a cost part by its key ("rental", "input", ...).
    QColor costPartColor(const QString &key) const;
    /// Tornado bars: the input lowered by 20% and raised by 20%.
    QColor lowerColor() const;
    QColor higherColor() const;
    /// Vertical markers (the scenario's volume, memory limits).
    QColor markerColor() const;
};

/// Applies the theme first (it resets every customisation), then backgrounds, fonts and legend.
/// Turns animations off. Call again after a palette change, then restyle the series.
void applyChartStyle(QChart &chart, const ChartStyle &style);

/// Label, title, grid and line colours and fonts of one axis.
void styleAxis(QAbstractAxis &axis, const ChartStyle &style);

} // namespace pertoken::ui
