#pragma once

#include <QWidget>

namespace pertoken::ui {

/// One line of text that changes every frame (a cost, a volume, the status line). Unlike
/// QLabel, a new text only repaints the widget: it never asks the window to lay itself out
/// again, which during a slider drag would cost more than the numbers themselves. Text that
/// does not fit is elided, with the whole of it in the tooltip.
class LiveLabel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveLabel)

public:
    explicit LiveLabel(QWidget *parent = nullptr);
    ~LiveLabel() override;

    QString text() const { return m_text; }
    void setText(const QString &text);

    /// A figure (a card's "3,20 Mrd. Tokens/Monat") is drawn in a smaller font, down to
    /// kSmallestScale of its own, before it is elided.
    void setShrinkToFit(bool shrink);
    bool shrinksToFit() const { return m_shrinkToFit; }
    static constexpr double kSmallestScale = 0.65;
    /// The text does not fit, even in the smallest font allowed: it is drawn elided.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();
    /// The font the text is drawn in: the widget's, or a smaller one that fits.
    QFont drawnFont() const;

    QString m_text;
    bool m_shrinkToFit = false;
};

} // namespace pertoken::ui
