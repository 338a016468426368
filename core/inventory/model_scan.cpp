#include "inventory/model_scan.h"

#include "models/ollama_store.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cstdlib>

#include <sys/stat.h>
#include <unistd.h>

namespace pertoken {

using namespace Qt::StringLiterals;

QList<ModelStoreRoot> defaultModelStores(const QString &home,
                                         const QProcessEnvironment &environment)
{
    QList<ModelStoreRoot> roots;
    const auto add = [&roots](const QString &store, const QString &path) {
        if (path.isEmpty())
            return;
        const QString clean = QDir::cleanPath(path);
        for (const ModelStoreRoot &root : std::as_const(roots))
            if (root.path == clean)
                return;
        roots.append({store, clean});
    };
    // Ollama (docs/faq.md, "Where are models stored?"): ~/.ollama/models, $OLLAMA_MODELS, and
    // /usr/share/ollama/.ollama/models for the service user its Linux installer creates.
    add(u"ollama"_s, environment.value(u"OLLAMA_MODELS"_s));
    add(u"ollama"_s, home + u"/.ollama/models"_s);
    add(u"ollama"_s, u"/usr/share/ollama/.ollama/models"_s);
    add(u"ollama"_s, u"/var/lib/ollama/.ollama/models"_s);
    // Hugging Face hub cache (huggingface_hub docs, "Manage cache"): $HF_HUB_CACHE,
    // $HF_HOME/hub, ~/.cache/huggingface/hub.
    add(u"huggingface"_s, environment.value(u"HF_HUB_CACHE"_s));
    if (environment.contains(u"HF_HOME"_s))
        add(u"huggingface"_s, environment.value(u"HF_HOME"_s) + u"/hub"_s);
    add(u"huggingface"_s, home + u"/.cache/huggingface/hub"_s);
    // LM Studio: ~/.lmstudio/models (0.3 and later), ~/.cache/lm-studio/models (earlier).
    add(u"lm-studio"_s, home + u"/.lmstudio/models"_s);
    add(u"lm-studio"_s, home + u"/.cache/lm-studio/models"_s);
    // llama.cpp's -hf download cache: $LLAMA_CACHE or ~/.cache/llama.cpp.
    add(u"llama.cpp"_s, environment.value(u"LLAMA_CACHE"_s));
    add(u"llama.cpp"_s, home + u"/.cache/llama.cpp"_s);
    // GPT4All: ~/.local/share/nomic.ai/GPT4All; Jan: ~/jan/models, ~/.local/share/Jan/data.
    add(u"gpt4all"_s, home + u"/.local/share/nomic.ai/GPT4All"_s);
    add(u"jan"_s, home + u"/jan/models"_s);
    add(u"jan"_s, home + u"/.local/share/Jan/data"_s);
    return roots;
}

namespace {

bool isModelFileName(const QString &name)
{
    return name.endsWith(u".gguf"_s, Qt::CaseInsensitive) ||
           name.endsWith(u".safetensors"_s, Qt::CaseInsensitive);
}

QString typeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return u"a FIFO"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    return u"not a regular file"_s;
}

// realpath(3): every link resolved; empty for a link loop (ELOOP) or a dangling link, where
// QFileInfo::canonicalFilePath gives the link's own path back.
QString realPath(const QString &path)
{
    char *resolved = ::realpath(QFile::encodeName(path).constData(), nullptr);
    if (!resolved)
        return {};
    const QString result = QFile::decodeName(resolved);
    ::free(resolved);
    return result;
}

bool insideRoot(const QString &canonicalPath, const QString &canonicalRoot)
{
    return canonicalPath == canonicalRoot || canonicalPath.startsWith(canonicalRoot + u'/');
}

// "models--Qwen--Qwen3-8B" anywhere in the path gives "Qwen/Qwen3-8B".
QString huggingFaceName(const QString &path)
{
    static const QRegularExpression repo(u"/models--([^/]+)"_s);
    const QRegularExpressionMatch match = repo.match(path);
    return match.hasMatch() ? match.captured(1).replace(u"--"_s, u"/"_s) : QString();
}

class Scanner {
public:
    Scanner(const ModelScanLimits &limits, const std::atomic<bool> *cancel,
            const std::function<void(qint64, qint64)> &progress)
        : m_limits(limits)
        , m_cancel(cancel)
        , m_progress(progress)
    {
        m_timer.start();
    }

    ModelScan scan;

    bool stop()
    {
        if (scan.stoppedEarly)
            return true;
        if (m_cancel && m_cancel->load()) {
            scan.stoppedEarly = true;
            scan.stopReason = u"cancelled"_s;
        } else if (m_timer.elapsed() > m_limits.totalMs) {
            scan.stoppedEarly = true;
            scan.stopReason = u"the scan's time bound of %1 ms was reached"_s.arg(m_limits.totalMs);
        } else if (scan.entriesSeen >= m_limits.maxEntries) {
            scan.stoppedEarly = true;
            scan.stopReason =
                u"the bound of %1 folder entries was reached"_s.arg(m_limits.maxEntries);
        } else if (scan.models.size() >= m_limits.maxModels) {
            scan.stoppedEarly = true;
            scan.stopReason = u"the bound of %1 models was reached"_s.arg(m_limits.maxModels);
        }
        return scan.stoppedEarly;
    }

    void scanRoot(const ModelStoreRoot &root)
    {
        const QString canonical = realPath(root.path);
        if (canonical.isEmpty() || !QFileInfo(canonical).isDir()) {
            scan.rootsAbsent.append(root.path);
            return;
        }
        scan.rootsPresent.append(root.path);
        for (const QString &candidate : QStringList{root.path, root.path + u"/models"_s}) {
            if (QFileInfo(candidate).isDir() && isOllamaStore(candidate))
                return scanOllama(root, candidate);
        }
        walk(root, canonical);
    }

    void finish() { scan.elapsedMs = m_timer.elapsed(); }

private:
    void scanOllama(const ModelStoreRoot &root, const QString &store)
    {
        const Result<QList<StoredModelInspection>> models = inspectOllamaStore(store);
        if (!models) {
            scan.skipped.append({store, models.error().toString()});
            return;
        }
        for (const StoredModelInspection &entry : *models) {
            if (stop())
                return;
            ++scan.entriesSeen;
            if (!entry.inspection) {
                scan.skipped.append({entry.manifestPath, entry.error->toString()});
                continue;
            }
            addModel(root, entry.name, entry.manifestPath, *entry.inspection);
        }
    }

    void walk(const ModelStoreRoot &root, const QString &canonicalRoot)
    {
        // Folders holding *.safetensors: every file accepted, and whether one was refused.
        QMap<QString, QStringList> safetensorsFolders;
        QSet<QString> foldersWithRefusals;
        QList<QPair<QString, int>> stack{{canonicalRoot, 0}};
        QStringList ggufFiles;
        while (!stack.isEmpty() && !stop()) {
            const auto [folder, depth] = stack.takeLast();
            if (::access(QFile::encodeName(folder).constData(), R_OK | X_OK) != 0) {
                scan.skipped.append({folder, u"the folder cannot be read (permission denied)"_s});
                continue;
            }
            QDirIterator it(folder,
                            QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
            while (it.hasNext()) {
                if (stop())
                    break;
                const QString path = it.next();
                ++scan.entriesSeen;
                if (m_progress && scan.entriesSeen % 4096 == 0)
                    m_progress(scan.entriesSeen, scan.models.size());
                struct stat info {};
                if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
                    continue;
                const QString name = it.fileName();
                if (S_ISLNK(info.st_mode)) {
                    const QString target = realPath(path);
                    if (target.isEmpty()) {
                        scan.skipped.append(
                            {path, u"a symbolic link that leads nowhere or into a loop"_s});
                        foldersWithRefusals.insert(folder);
                        continue;
                    }
                    if (!insideRoot(target, canonicalRoot)) {
                        scan.skipped.append(
                            {path,
                             u"a symbolic link out of the root %1, not followed"_s.arg(root.path)});
                        foldersWithRefusals.insert(folder);
                        continue;
                    }
                    struct stat targetInfo {};
                    if (::stat(QFile::encodeName(target).constData(), &targetInfo) != 0)
                        continue;
                    if (S_ISDIR(targetInfo.st_mode)) {
                        scan.skipped.append({path, u"a symbolic link to a folder, not followed"_s});
                        continue;
                    }
                    if (!isModelFileName(name))
                        continue;
                    if (!S_ISREG(targetInfo.st_mode)) {
                        scan.skipped.append(
                            {path, u"%1, not opened"_s.arg(typeName(targetInfo.st_mode))});
                        foldersWithRefusals.insert(folder);
                        continue;
                    }
                } else if (S_ISDIR(info.st_mode)) {
                    if (depth + 1 > m_limits.maxDepth)
                        scan.skipped.append({path, u"deeper than %1 folders below the root"_s.arg(
                                                       m_limits.maxDepth)});
                    else
                        stack.append({path, depth + 1});
                    continue;
                } else if (!S_ISREG(info.st_mode)) {
                    if (isModelFileName(name)) {
                        scan.skipped.append(
                            {path, u"%1, not opened"_s.arg(typeName(info.st_mode))});
                        foldersWithRefusals.insert(folder);
                    }
                    continue;
                }
                if (name.endsWith(u".gguf"_s, Qt::CaseInsensitive))
                    ggufFiles.append(path);
                else if (name.endsWith(u".safetensors"_s, Qt::CaseInsensitive))
                    safetensorsFolders[folder].append(path);
            }
        }
        static const QRegularExpression laterSplitPart(u"-(\\d{5})-of-\\d{5}\\.gguf$"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
        ggufFiles.sort();
        for (const QString &file : std::as_const(ggufFiles)) {
            const QRegularExpressionMatch match = laterSplitPart.match(file);
            if (match.hasMatch() && match.captured(1).toInt() > 1)
                continue; // read with its first part
            inspect(root, file);
        }
        for (auto it = safetensorsFolders.cbegin(); it != safetensorsFolders.cend(); ++it) {
            if (!foldersWithRefusals.contains(it.key())) {
                inspect(root, it.key());
                continue;
            }
            for (const QString &file : it.value())
                inspect(root, file);
        }
    }

    void inspect(const ModelStoreRoot &root, const QString &path)
    {
        if (stop())
            return;
        const QString real = realPath(path);
        if (m_read.contains(real))
            return;
        m_read.insert(real);
        const Result<ModelInspection> inspection = inspectModelPath(path);
        if (!inspection) {
            scan.skipped.append({path, inspection.error().toString()});
            return;
        }
        QString name;
        if (root.store == u"huggingface"_s)
            name = huggingFaceName(path);
        if (name.isEmpty() && root.store == u"lm-studio"_s)
            name = QDir(root.path).relativeFilePath(path);
        if (name.isEmpty())
            name = inspection->model.name;
        if (name.isEmpty())
            name = QFileInfo(path).fileName();
        addModel(root, name, path, *inspection);
    }

    void addModel(const ModelStoreRoot &root, const QString &name, const QString &path,
                  const ModelInspection &inspection)
    {
        FoundModel model;
        model.store = root.store;
        model.root = root.path;
        model.name = name;
        model.path = path;
        model.inspection = inspection;
        QSet<QString> counted;
        for (const QString &file : inspection.files) {
            const QString real = realPath(file);
            if (real.isEmpty() || counted.contains(real))
                continue;
            counted.insert(real);
            struct stat info {};
            if (::stat(QFile::encodeName(real).constData(), &info) == 0 && S_ISREG(info.st_mode)) {
                model.sizeBytes += qint64(info.st_size);
                model.diskBytes += qint64(info.st_blocks) * 512;
            }
        }
        scan.models.append(model);
        if (m_progress)
            m_progress(scan.entriesSeen, scan.models.size());
    }

    ModelScanLimits m_limits;
    const std::atomic<bool> *m_cancel;
    std::function<void(qint64, qint64)> m_progress;
    QElapsedTimer m_timer;
    QSet<QString> m_read;
};

} // namespace

ModelScan scanModelStores(const QList<ModelStoreRoot> &roots, const ModelScanLimits &limits,
                          const std::atomic<bool> *cancel,
                          const std::function<void(qint64, qint64)> &progress)
{
    Scanner scanner(limits, cancel, progress);
    for (const ModelStoreRoot &root : roots) {
        if (scanner.stop())
            break;
        scanner.scanRoot(root);
    }
    scanner.finish();
    return std::move(scanner.scan);
}

} // namespace pertoken
