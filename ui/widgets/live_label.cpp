#include "widgets/live_label.h"

#include <QPainter>

#include <algorithm>

namespace pertoken::ui {

LiveLabel::LiveLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

LiveLabel::~LiveLabel() = default;

void LiveLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    updateToolTip();
    update();
}

void LiveLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateToolTip();
}

void LiveLabel::setShrinkToFit(bool shrink)
{
    m_shrinkToFit = shrink;
    updateToolTip();
    update();
}

QFont LiveLabel::drawnFont() const
{
    QFont drawn = font();
    if (!m_shrinkToFit || fontMetrics().horizontalAdvance(m_text) <= width())
        return drawn;
    // In steps of a twentieth: font sizes round to whole pixels, so no one scale is exact.
    const bool points = drawn.pointSizeF() > 0;
    const double size = points ? drawn.pointSizeF() : drawn.pixelSize();
    for (double scale = 0.95; scale >= kSmallestScale - 1e-9; scale -= 0.05) {
        if (points)
            drawn.setPointSizeF(size * scale);
        else
            drawn.setPixelSize(std::max(1, int(size * scale)));
        if (QFontMetrics(drawn).horizontalAdvance(m_text) <= width())
            break;
    }
    return drawn;
}

bool LiveLabel::isElided() const
{
    return QFontMetrics(drawnFont()).horizontalAdvance(m_text) > width();
}

void LiveLabel::updateToolTip()
{
    setToolTip(isElided() ? m_text : QString());
}

// A fixed height from the font and a modest width: the text's length never changes the layout.
QSize LiveLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 24, metrics.height()};
}

QSize LiveLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()};
}

void LiveLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QFont drawn = drawnFont();
    painter.setFont(drawn);
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(drawn).elidedText(m_text, Qt::ElideRight, width()));
}

} // namespace pertoken::ui
