#include "charts/chart_style.h"

#include <QGraphicsLayout>
#include <QHash>
#include <QPalette>
#include <QPen>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <array>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Okabe & Ito, "Color Universal Design" (2008): distinguishable with any colour vision.
constexpr std::array<QRgb, 8> kLightOptions = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                               0xD55E00, 0x56B4E9, 0x8C6D31, 0x7F7F7F};
// The same hues, lifted so they keep their contrast on a dark background.
constexpr std::array<QRgb, 8> kDarkOptions = {0x4BA3E3, 0xF2B33D, 0x2FC79B, 0xE29ACB,
                                              0xFF7B3A, 0x8FD0F5, 0xC9A063, 0xB4B4B4};

struct PartColor {
    const char16_t *key;
    QRgb light;
    QRgb dark;
};

// Related parts share a hue: tokens in blues and oranges, capital in greens, energy in reds.
constexpr std::array<PartColor, 10> kPartColors = {{
    {u"input", 0x4E79A7, 0x6A9AD0},
    {u"cachedInput", 0xA0CBE8, 0xA9D3F0},
    {u"output", 0xF28E2B, 0xF7A450},
    {u"rental", 0x59A14F, 0x74C069},
    {u"capital", 0x8CD17D, 0x9EDB90},
    {u"power", 0xE15759, 0xEF7476},
    {u"electricity", 0xFF9D9A, 0xFFB0AD},
    {u"hosting", 0xB07AA1, 0xC894B9},
    {u"operations", 0xD4A6C8, 0xDDB5D3},
    {u"device", 0x9C755F, 0xB8927B},
}};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

ChartStyle make(bool dark, const QColor &background, const QColor &text, const QFont &font)
{
    ChartStyle style;
    style.isDark = dark;
    style.background = background;
    style.text = text;
    style.mutedText = mix(text, background, 0.35);
    style.grid = mix(text, background, 0.85);
    style.minorGrid = mix(text, background, 0.93);
    style.axisLine = mix(text, background, 0.6);
    style.labelFont = font;
    style.titleFont = font;
    style.titleFont.setBold(true);
    return style;
}

} // namespace

ChartStyle ChartStyle::light(const QFont &font)
{
    return make(false, QColor(0xFFFFFF), QColor(0x202124), font);
}

ChartStyle ChartStyle::dark(const QFont &font)
{
    return make(true, QColor(0x1E1F22), QColor(0xE8EAED), font);
}

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return make(dark, palette.color(QPalette::Base), palette.color(QPalette::Text), font);
}

QColor ChartStyle::optionColor(qsizetype index) const
{
    const auto &colors = isDark ? kDarkOptions : kLightOptions;
    const auto slot = static_cast<std::size_t>(index < 0 ? 0 : index) % colors.size();
    return QColor(colors[slot]);
}

QColor ChartStyle::costPartColor(const QString &key) const
{
    for (const PartColor &part : kPartColors) {
        if (key == QStringView(part.key))
            return QColor(isDark ? part.dark : part.light);
    }
    // A part this palette does not know yet still gets a stable colour.
    return optionColor(static_cast<qsizetype>(qHash(key) % 8));
}

QColor ChartStyle::lowerColor() const
{
    return QColor(isDark ? 0x6A9AD0 : 0x4E79A7);
}

QColor ChartStyle::higherColor() const
{
    return QColor(isDark ? 0xF7A450 : 0xE07B1A);
}

QColor ChartStyle::markerColor() const
{
    return mutedText;
}

void applyChartStyle(QChart &chart, const ChartStyle &style)
{
    chart.setTheme(style.isDark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundBrush(style.background);
    chart.setBackgroundPen(Qt::NoPen);
    chart.setBackgroundRoundness(0);
    chart.setDropShadowEnabled(false);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(style.text);
    chart.setTitleFont(style.titleFont);
    // Room above and right for the half of the outermost tick labels that overhangs the plot.
    chart.setMargins(QMargins(6, 12, 24, 6));
    chart.layout()->setContentsMargins(0, 0, 0, 0);
    QLegend *legend = chart.legend();
    legend->setLabelColor(style.text);
    legend->setFont(style.labelFont);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
    // A legend entry Qt Charts shortens for want of room shows its whole name on hover.
    legend->setShowToolTips(true);
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(*axis, style);
}

void styleAxis(QAbstractAxis &axis, const ChartStyle &style)
{
    axis.setLabelsBrush(style.text);
    axis.setLabelsFont(style.labelFont);
    axis.setTitleBrush(style.text);
    QFont titleFont = style.labelFont;
    titleFont.setBold(true);
    axis.setTitleFont(titleFont);
    axis.setGridLineColor(style.grid);
    axis.setMinorGridLineColor(style.minorGrid);
    axis.setLinePenColor(style.axisLine);
    axis.setShadesVisible(false);
}

} // namespace pertoken::ui
