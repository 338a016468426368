#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace pertoken::ui {

/// The user guide (docs/guide/guide.html, compiled into the program as a Qt resource with the
/// screenshots it shows), in a window of its own: it works offline and from the installed
/// package. Links between its sections scroll within it; a link to the web opens in the
/// desktop's browser only when clicked. The guide is in English; a translated note at the top
/// says so when the interface speaks another language.
class UserGuideWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    /// Where the guide is compiled into the program.
    static QUrl guideUrl();

    QTextBrowser *browser() const { return m_browser; }

private:
    QLabel *m_languageNote;
    QTextBrowser *m_browser;
};

} // namespace pertoken::ui
