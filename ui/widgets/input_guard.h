#pragma once

#include <QObject>

namespace pertoken::ui {

/// Input that does what the hand means, installed once on the application:
/// - the mouse wheel changes a spin box, slider or combo box only while it has keyboard focus;
///   otherwise the wheel scrolls whatever holds it (a dock's scroll area), so scrolling a panel
///   past a field never edits it. Such widgets no longer take focus from the wheel.
/// - a shortcut of the window's actions (Ctrl+E, export) works while a number field has focus:
///   the field's line edit keeps only its editing keys (copy, cut, paste, select all), not the
///   emacs-style bindings (Ctrl+E, end of line) that would swallow the window's shortcuts.
class InputGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputGuard)

public:
    explicit InputGuard(QObject *parent = nullptr);
    ~InputGuard() override;

    /// Installs one guard on the application (again: nothing more happens).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace pertoken::ui
