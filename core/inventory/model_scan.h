#pragma once

#include "models/model_inspection.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace pertoken {

/// A folder where a runtime keeps model files.
struct ModelStoreRoot {
    QString store; ///< "ollama", "huggingface", "lm-studio", "llama.cpp", "gpt4all", "jan", "path"
    QString path;
};

/// The usual stores for the user whose home is `home` and for the service users the runtimes'
/// Linux installers create (Ollama's install.sh: user "ollama", home /usr/share/ollama), with
/// the environment variables that move them (OLLAMA_MODELS, HF_HUB_CACHE, HF_HOME,
/// LLAMA_CACHE). Stores that do not exist are listed too: the report says they were looked at.
QList<ModelStoreRoot> defaultModelStores(const QString &home,
                                         const QProcessEnvironment &environment);

/// Bounds of a scan: it stops at whichever comes first and says so.
struct ModelScanLimits {
    qint64 totalMs = 60000;     ///< the whole scan
    qint64 maxEntries = 500000; ///< folder entries looked at, all roots together
    int maxModels = 10000;      ///< model files or folders read
    int maxDepth = 32;          ///< folders below a root
};

/// One model found on disk.
struct FoundModel {
    QString store;
    QString root;
    QString name; ///< as the store names it ("llama3.1:8b", "Qwen/Qwen3-8B"), else the file's
    QString path; ///< the file or folder read
    qint64 sizeBytes = 0; ///< Σ file sizes of what was read (apparent size)
    qint64 diskBytes = 0; ///< Σ blocks actually allocated (a sparse file takes less)
    ModelInspection inspection;
};

/// A path the scan did not read, and why.
struct SkippedPath {
    QString path;
    QString reason;
    bool operator==(const SkippedPath &) const = default;
};

struct ModelScan {
    QList<FoundModel> models;
    QList<SkippedPath> skipped; ///< links out of the root, FIFOs, unreadable folders, errors
    QStringList rootsPresent;   ///< roots that exist
    QStringList rootsAbsent;    ///< roots looked for and not there
    qint64 entriesSeen = 0;
    qint64 elapsedMs = 0;
    bool stoppedEarly = false; ///< a limit or a cancel ended the scan
    QString stopReason;
};

/// Scans `roots` for GGUF and safetensors models, read-only and header only (models/
/// model_inspection.h). An Ollama store is read through its manifests; elsewhere every *.gguf
/// file is a model (the first part of a split one), every folder holding *.safetensors one
/// model. The walk never follows a symbolic link to a folder; a link to a file is read only when
/// its target lies inside the same root (a Hugging Face snapshot's links into its blobs);
/// FIFOs, sockets and devices are never opened (lstat decides before any open). `progress`, when
/// set, is called with the entries seen so far; `cancel` is checked between entries.
ModelScan scanModelStores(const QList<ModelStoreRoot> &roots, const ModelScanLimits &limits = {},
                          const std::atomic<bool> *cancel = nullptr,
                          const std::function<void(qint64 entries, qint64 models)> &progress = {});

} // namespace pertoken
