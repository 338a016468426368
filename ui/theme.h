#pragma once

#include "settings.h"

#include <QObject>
#include <QPalette>

namespace pertoken::ui {

/// The application's look: the Fusion style with a light or a dark palette. In System mode the
/// palette follows the desktop's (Qt 6.4 has no colour-scheme hint, so darkness is read from the
/// platform palette's window colour) and is re-read when the desktop theme changes.
class Theme final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    /// Applies `mode` at once.
    explicit Theme(ThemeMode mode, QObject *parent = nullptr);
    ~Theme() override;

    ThemeMode mode() const { return m_mode; }
    void setMode(ThemeMode mode);
    bool isDark() const { return m_dark; }

    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    void darkChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    ThemeMode m_mode = ThemeMode::System;
    bool m_dark = false;
    bool m_applying = false;
    bool m_reapplyQueued = false;
};

} // namespace pertoken::ui
