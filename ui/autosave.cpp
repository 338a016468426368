#include "autosave.h"

#include "scenario/scenario_json.h"
#include "scenario_document.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// Beside each autosave: "<base>.lock" held while its instance runs, "<base>.json" naming the file
// the scenario was edited from.
QString siblingPath(const QString &autosavePath, const QString &suffix)
{
    const QFileInfo info(autosavePath);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

QString readOriginalPath(const QString &autosavePath)
{
    QFile file(siblingPath(autosavePath, u".json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"originalPath"_s).toString();
}

bool writeOriginalPath(const QString &autosavePath, const QString &originalPath)
{
    QSaveFile file(siblingPath(autosavePath, u".json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject object{{u"originalPath"_s, originalPath}};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

Autosave::Autosave(ScenarioDocument *document, int intervalSeconds, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    const QString base = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_filePath = QDir(directory()).filePath(base + u".pertoken"_s);

    m_timer.setInterval(std::max(1, intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start();

    connect(document, &ScenarioDocument::changed, this, [this] { m_pending = true; });
    connect(document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        m_pending = modified;
        if (!modified)
            discard(); // saved, or undone back to the saved state
    });
}

Autosave::~Autosave()
{
    discard();
}

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
}

void Autosave::setIntervalSeconds(int seconds)
{
    m_timer.setInterval(std::max(1, seconds) * 1000);
}

bool Autosave::saveNow()
{
    if (!m_pending || !m_document->isModified())
        return false;
    if (!QDir().mkpath(directory())) {
        Q_EMIT failed(
            tr("Cannot create the autosave folder %1.").arg(QDir::toNativeSeparators(directory())));
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(siblingPath(m_filePath, u".lock"_s));
        m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            Q_EMIT failed(
                tr("Cannot lock the autosave file %1.").arg(QDir::toNativeSeparators(m_filePath)));
            return false;
        }
    }
    // The note naming the original file goes first: an autosave is only offered once its
    // scenario exists, and a crash between the two writes must not leave it without its note.
    writeOriginalPath(m_filePath, m_document->filePath());
    if (std::optional<InputError> error = saveScenarioFile(m_document->scenario(), m_filePath)) {
        Q_EMIT failed(error->toString());
        return false;
    }
    m_pending = false;
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT autosaved(m_lastSaved);
    return true;
}

void Autosave::discard()
{
    QFile::remove(m_filePath);
    QFile::remove(siblingPath(m_filePath, u".json"_s));
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<RecoveryCandidate> Autosave::findRecoverable()
{
    QList<RecoveryCandidate> candidates;
    const QDir dir(directory());
    const QFileInfoList files =
        dir.entryInfoList({u"*.pertoken"_s}, QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &info : files) {
        QLockFile lock(siblingPath(info.absoluteFilePath(), u".lock"_s));
        lock.setStaleLockTime(0);
        // The lock is free (or stale, its process gone): nobody is editing this scenario.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        candidates.append({info.absoluteFilePath(), readOriginalPath(info.absoluteFilePath()),
                           info.lastModified()});
    }
    return candidates; // QDir::Time sorts newest first
}

bool Autosave::recover(const RecoveryPrompt &prompt)
{
    const QList<RecoveryCandidate> candidates = findRecoverable();
    for (const RecoveryCandidate &candidate : candidates) {
        if (prompt(candidate) == RecoveryChoice::Discard) {
            removeFiles(candidate.autosavePath);
            continue;
        }
        Result<Scenario> loaded = loadScenarioFile(candidate.autosavePath);
        if (!loaded) {
            // Kept for the user to inspect, but under a name that is not offered again.
            QFile::rename(candidate.autosavePath, candidate.autosavePath + u".unreadable"_s);
            removeFiles(candidate.autosavePath);
            Q_EMIT failed(loaded.error().toString());
            continue;
        }
        const QString original =
            QFileInfo::exists(candidate.originalPath) ? candidate.originalPath : QString();
        m_document->replaceScenarioAndClearHistory(std::move(loaded).value(), original,
                                                   /*modified=*/true);
        removeFiles(candidate.autosavePath);
        m_pending = true;
        return true;
    }
    return false;
}

RecoveryChoice Autosave::askUser(QWidget *parent, const RecoveryCandidate &candidate)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Recover unsaved scenario"));
    box.setText(tr("PerToken did not exit cleanly. A scenario with unsaved changes was "
                   "autosaved at %1.")
                    .arg(QLocale().toString(candidate.savedAt, QLocale::ShortFormat)));
    box.setInformativeText(candidate.originalPath.isEmpty()
                               ? tr("It had not been saved to a file yet. Restore it?")
                               : tr("It was edited from %1. Restore it?")
                                     .arg(QDir::toNativeSeparators(candidate.originalPath)));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore ? RecoveryChoice::Restore : RecoveryChoice::Discard;
}

void Autosave::removeFiles(const QString &autosavePath)
{
    QFile::remove(autosavePath);
    QFile::remove(siblingPath(autosavePath, u".json"_s));
    QFile::remove(siblingPath(autosavePath, u".lock"_s));
}

} // namespace pertoken::ui
