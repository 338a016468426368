#include "widgets/live_label.h"

#include <QPainter>

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

void LiveLabel::updateToolTip()
{
    const bool elided = fontMetrics().horizontalAdvance(m_text) > width();
    setToolTip(elided ? m_text : QString());
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
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, width()));
}

} // namespace pertoken::ui
