#include "user_guide_window.h"

#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pertoken::ui {

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"userGuideWindow"_s);
    setWindowTitle(tr("PerToken User Guide"));

    // Shown only when a translation answers: the note's English text is its own source text.
    static const char *const englishOnly =
        QT_TR_NOOP("This guide is in English; the program speaks your language.");
    const QString note = tr(englishOnly);
    m_languageNote = new QLabel(note, this);
    m_languageNote->setObjectName(u"guideLanguageNote"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(note != QString::fromUtf8(englishOnly));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"guideBrowser"_s);
    // Section links scroll within the guide (qrc: URLs); web links go to the desktop's
    // browser through QDesktopServices, and only on a click.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::HtmlResource);

    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_languageNote);
    layout->addWidget(m_browser, 1);
    resize(820, 640);
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(u"qrc:/docs/guide/guide.html"_s);
}

} // namespace pertoken::ui
