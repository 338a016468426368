#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

Theme::Theme(ThemeMode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    apply();
    qApp->installEventFilter(this);
}

Theme::~Theme()
{
    qApp->removeEventFilter(this);
}

void Theme::setMode(ThemeMode mode)
{
    m_mode = mode;
    apply();
}

void Theme::apply()
{
    m_applying = true;
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    bool dark = m_mode == ThemeMode::Dark;
    if (m_mode == ThemeMode::System) {
        // An empty palette resolves to the platform's own, which says whether the desktop is dark.
        QApplication::setPalette(QPalette());
        dark = isDarkPalette(QApplication::palette());
    }
    if (dark)
        QApplication::setPalette(darkPalette());
    else if (m_mode == ThemeMode::Light)
        QApplication::setPalette(QApplication::style()->standardPalette());
    m_applying = false;
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT darkChanged(dark);
    }
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched themes: every window hears of it, so re-read once per event-loop turn.
    if (event->type() == QEvent::ThemeChange && m_mode == ThemeMode::System && !m_applying &&
        !m_reapplyQueued) {
        m_reapplyQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reapplyQueued = false;
            apply();
        });
    }
    return QObject::eventFilter(watched, event);
}

bool Theme::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(225, 225, 228);
    const QColor disabledText(128, 128, 132);
    const QColor highlight(64, 128, 210);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    palette.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(55, 55, 58));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 100, 100));
    palette.setColor(QPalette::Light, QColor(75, 75, 78));
    palette.setColor(QPalette::Midlight, QColor(62, 62, 65));
    palette.setColor(QPalette::Mid, QColor(40, 40, 42));
    palette.setColor(QPalette::Dark, QColor(25, 25, 27));
    palette.setColor(QPalette::Shadow, QColor(10, 10, 10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(110, 170, 255));
    palette.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 84));
    return palette;
}

} // namespace pertoken::ui
