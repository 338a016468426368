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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};

} // namespace pertoken::ui
