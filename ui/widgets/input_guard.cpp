#include "widgets/input_guard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace pertoken::ui {

namespace {

// Widgets whose value the wheel changes (a scroll bar is what the wheel is meant to move).
bool isValueWidget(const QObject *object)
{
    return qobject_cast<const QAbstractSpinBox *>(object) ||
           (qobject_cast<const QAbstractSlider *>(object) &&
            !qobject_cast<const QScrollBar *>(object)) ||
           qobject_cast<const QComboBox *>(object);
}

// The spin box a line edit belongs to, or nullptr.
QAbstractSpinBox *spinBoxOf(QObject *object)
{
    if (auto *spinBox = qobject_cast<QAbstractSpinBox *>(object))
        return spinBox;
    if (qobject_cast<QLineEdit *>(object))
        return qobject_cast<QAbstractSpinBox *>(object->parent());
    return nullptr;
}

// True when an enabled action of `window` (its menus, tool bars, docks) has `key` as shortcut.
bool windowHasShortcut(const QWidget &window, const QKeyEvent &key)
{
    const QKeySequence pressed(key.keyCombination());
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    return false;
}

// Not for `widget`: its parents get the wheel, nearest first, until one takes it (the scroll area
// of the panel), as Qt passes on a wheel that a widget ignores.
void passToParents(QWidget *widget, QWheelEvent *wheel)
{
    QPointF position = wheel->position();
    for (QWidget *from = widget; !from->isWindow() && from->parentWidget();
         from = from->parentWidget()) {
        QWidget *parent = from->parentWidget();
        position = from->mapTo(parent, position);
        QWheelEvent copy(position, wheel->globalPosition(), wheel->pixelDelta(),
                         wheel->angleDelta(), wheel->buttons(), wheel->modifiers(), wheel->phase(),
                         wheel->inverted(), wheel->source());
        copy.ignore();
        QCoreApplication::sendEvent(parent, &copy);
        if (copy.isAccepted())
            break;
    }
    wheel->accept();
}

bool isFieldEditingKey(const QKeyEvent &key)
{
    return key.matches(QKeySequence::Copy) || key.matches(QKeySequence::Cut) ||
           key.matches(QKeySequence::Paste) || key.matches(QKeySequence::SelectAll);
}

} // namespace

InputGuard::InputGuard(QObject *parent)
    : QObject(parent)
{}

InputGuard::~InputGuard() = default;

void InputGuard::install()
{
    static QPointer<InputGuard> installed;
    if (installed || !qApp)
        return;
    installed = new InputGuard(qApp);
    qApp->installEventFilter(installed);
}

bool InputGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Qt gives these widgets focus on a wheel turn, which would then change them.
        if (isValueWidget(watched)) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel:
        if (isValueWidget(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
            passToParents(static_cast<QWidget *>(watched), static_cast<QWheelEvent *>(event));
            return true;
        }
        break;
    case QEvent::ShortcutOverride:
        if (QAbstractSpinBox *spinBox = spinBoxOf(watched)) {
            const auto *key = static_cast<QKeyEvent *>(event);
            // A floating dock is a window of its own; its shortcuts are the main window's.
            const QWidget *window = spinBox->window();
            if (qobject_cast<const QDockWidget *>(window) && window->parentWidget())
                window = window->parentWidget()->window();
            if (!isFieldEditingKey(*key) && windowHasShortcut(*window, *key))
                return true; // not overridden: the shortcut fires
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pertoken::ui
