#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;
class QWidget;

namespace pertoken::ui {

class ScenarioDocument;

/// An autosaved scenario left behind by an instance that did not exit cleanly.
struct RecoveryCandidate {
    QString autosavePath; ///< the autosaved scenario
    QString originalPath; ///< the file it was edited from; empty when it was untitled
    QDateTime savedAt;
};

enum class RecoveryChoice { Restore, Discard };

/// Decides what to do with a candidate; the default asks the user.
using RecoveryPrompt = std::function<RecoveryChoice(const RecoveryCandidate &)>;

/// Keeps unsaved changes safe. While the document has changes that are not in any file, they
/// are written every few seconds to the application data folder ("autosave/<instance>.pertoken",
/// through QSaveFile, with a lock file naming this process). A clean save, a return to the saved
/// state, or a clean exit removes the autosave; a crash leaves it for recovery at the next start.
class Autosave final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    Autosave(ScenarioDocument *document, int intervalSeconds, QObject *parent = nullptr);
    /// A clean exit: the autosave is removed.
    ~Autosave() override;

    /// QStandardPaths::AppDataLocation + "/autosave".
    static QString directory();
    QString filePath() const { return m_filePath; }
    QDateTime lastSaved() const { return m_lastSaved; }

    void setIntervalSeconds(int seconds);
    /// Writes the scenario now if it has changes not yet autosaved; returns true when written.
    bool saveNow();
    /// Removes this instance's autosave.
    void discard();

    /// Autosaves of instances that are no longer running, newest first.
    static QList<RecoveryCandidate> findRecoverable();
    /// Offers each candidate, newest first, until one is restored into the document (which then
    /// counts as unsaved). Restored and discarded autosaves are removed. Returns true on restore.
    bool recover(const RecoveryPrompt &prompt);
    /// The default prompt: a message box with Restore and Discard.
    static RecoveryChoice askUser(QWidget *parent, const RecoveryCandidate &candidate);

Q_SIGNALS:
    void autosaved(const QDateTime &at);
    void failed(const QString &message);

private:
    static void removeFiles(const QString &autosavePath);

    ScenarioDocument *m_document;
    QTimer m_timer;
    QString m_filePath;
    std::unique_ptr<QLockFile> m_lock;
    QDateTime m_lastSaved;
    bool m_pending = false;
};

} // namespace pertoken::ui
