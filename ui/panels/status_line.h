#pragma once

#include <QDateTime>
#include <QWidget>

namespace pertoken::ui {

class LiveLabel;

/// The status bar's standing line: "evaluated in 0.2 ms · autosaved 12:04 · default.pertoken*".
class StatusLine final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    explicit StatusLine(QWidget *parent = nullptr);
    ~StatusLine() override;

    void setEvaluationTime(double milliseconds);
    void setAutosaved(const QDateTime &at);
    void setAutosaveFailed(const QString &message);
    void setDocument(const QString &name, bool modified);

    QString text() const;

private:
    void refreshText();

    LiveLabel *m_label;
    double m_evaluationMs = -1;
    QDateTime m_autosavedAt;
    QString m_autosaveError;
    QString m_documentName;
    bool m_modified = false;
};

} // namespace pertoken::ui
