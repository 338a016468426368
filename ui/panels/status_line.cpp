#include "panels/status_line.h"

#include "widgets/live_label.h"

#include <QHBoxLayout>
#include <QLocale>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new LiveLabel(this))
{
    setObjectName(u"statusLine"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
}

StatusLine::~StatusLine() = default;

void StatusLine::setEvaluationTime(double milliseconds)
{
    m_evaluationMs = milliseconds;
    refreshText();
}

void StatusLine::setAutosaved(const QDateTime &at)
{
    m_autosavedAt = at;
    m_autosaveError.clear();
    refreshText();
}

void StatusLine::setAutosaveFailed(const QString &message)
{
    m_autosaveError = message;
    setToolTip(message);
    refreshText();
}

void StatusLine::setDocument(const QString &name, bool modified)
{
    m_documentName = name;
    m_modified = modified;
    refreshText();
}

QString StatusLine::text() const
{
    return m_label->text();
}

void StatusLine::refreshText()
{
    QStringList parts;
    if (m_evaluationMs >= 0) {
        const int decimals = m_evaluationMs < 10 ? 2 : 0;
        parts << tr("evaluated in %1 ms").arg(QLocale().toString(m_evaluationMs, 'f', decimals));
    }
    if (!m_autosaveError.isEmpty())
        parts << tr("autosave failed");
    else if (m_autosavedAt.isValid())
        parts << tr("autosaved %1")
                     .arg(QLocale().toString(m_autosavedAt.time(), QLocale::ShortFormat));
    //: The scenario's file name; %2 is "*" while it has unsaved changes.
    parts << tr("scenario: %1%2").arg(m_documentName, m_modified ? u"*"_s : QString());
    m_label->setText(parts.join(u" · "_s));
}

} // namespace pertoken::ui
