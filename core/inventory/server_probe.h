#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace pertoken {

/// The answer to one read-only GET on loopback.
struct HttpGetResult {
    bool answered = false; ///< a complete HTTP response arrived
    int status = 0;
    QByteArray body;
    QString error; ///< why there is no answer: refused, timed out, not HTTP, too large
};

/// The largest response body a probe keeps; a longer one is cut off and the probe fails.
inline constexpr qint64 kProbeMaxBodyBytes = 4 * 1024 * 1024;

/// GET `path` from `address`:`port` with HTTP/1.1, "Connection: close", no credentials, in at
/// most `timeoutMs` from connect to the last byte. Refuses any address that is not loopback
/// (the inventory never probes another host). Runs a local event loop, so servers of the
/// calling thread keep answering.
HttpGetResult httpGetLoopback(const QHostAddress &address, quint16 port, const QByteArray &path,
                              int timeoutMs);

/// One model an inference server lists.
struct ServedModel {
    QString name;
    bool loaded = false;   ///< in memory now (Ollama /api/ps, LM Studio state "loaded")
    double sizeBytes = 0;  ///< on disk, or in memory when loaded; 0 where not said
    double vramBytes = 0;  ///< Ollama size_vram
    QString quantization;  ///< where the server says
    QString parameterSize; ///< Ollama details.parameter_size, "8.0B"
    QString family;        ///< Ollama details.family, LM Studio arch
    bool operator==(const ServedModel &) const = default;
};

/// What a listening port turned out to be.
struct ServerIdentity {
    /// "ollama", "lm-studio", "llama.cpp", "vllm", "sglang", "docker-model-runner",
    /// "openai-compatible", or "" when no known API answered.
    QString runtime;
    QString version;
    bool answeredWithoutAuthentication = false; ///< a model list came back without credentials
    bool requiresAuthentication = false;        ///< 401 or 403 on the model list
    QList<ServedModel> models;
    QStringList endpoints; ///< the paths that answered with what the runtime's API documents
    QStringList notes;
};

/// Identifies the server at `address`:`port` (a loopback address) with read-only GETs, in
/// order: Ollama GET /api/version, /api/tags, /api/ps; LM Studio GET /api/v0/models; llama.cpp
/// server GET /props; vLLM or SGLang GET /version; Docker Model Runner GET /models;
/// any OpenAI-compatible GET /v1/models. Never sends a prompt or a POST. Each request gets at
/// most `perRequestMs`; a port that does not speak HTTP, or does not answer in time, is left
/// after its first request.
ServerIdentity identifyServer(const QHostAddress &address, quint16 port, int perRequestMs);

} // namespace pertoken
