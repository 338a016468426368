#include "inventory/server_probe.h"

#include "bench/http/http_response_parser.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace pertoken {

using namespace Qt::StringLiterals;

HttpGetResult httpGetLoopback(const QHostAddress &address, quint16 port, const QByteArray &path,
                              int timeoutMs)
{
    HttpGetResult result;
    if (!address.isLoopback()) {
        result.error =
            u"%1 is not a loopback address; only this machine is probed"_s.arg(address.toString());
        return result;
    }
    QTcpSocket socket;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    HttpResponseParser parser;
    bool finished = false;
    const auto finish = [&](const QString &error) {
        if (finished)
            return;
        finished = true;
        result.error = error;
        loop.quit();
    };
    const QByteArray host = address.protocol() == QAbstractSocket::IPv6Protocol
                                ? '[' + address.toString().toLatin1() + ']'
                                : address.toString().toLatin1();
    QObject::connect(&timer, &QTimer::timeout, &loop,
                     [&] { finish(u"no answer within %1 ms"_s.arg(timeoutMs)); });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host + ':' + QByteArray::number(port) +
                     "\r\nAccept: application/json\r\nUser-Agent: pertoken-inventory\r\n"
                     "Connection: close\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        if (!parser.feed(socket.readAll(), &result.body))
            return finish(u"not an HTTP response: "_s + parser.error());
        if (result.body.size() > kProbeMaxBodyBytes)
            return finish(u"the answer is longer than %1 bytes"_s.arg(kProbeMaxBodyBytes));
        if (parser.done()) {
            result.answered = true;
            finish({});
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        if (parser.finishOnClose() || parser.done()) {
            result.answered = true;
            return finish({});
        }
        finish(u"the connection closed before a complete answer"_s);
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             return; // disconnected() decides
                         finish(socket.errorString());
                     });
    timer.start(timeoutMs);
    socket.connectToHost(address, port);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    socket.abort();
    result.status = parser.statusCode();
    return result;
}

namespace {

std::optional<QJsonObject> jsonObject(const HttpGetResult &answer)
{
    if (!answer.answered || answer.status != 200)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Ollama GET /api/tags and /api/ps (docs/api.md, "List Local Models", "List Running Models"):
// {"models": [{"name", "size", "details": {"family", "parameter_size", "quantization_level"},
// "size_vram" (ps only)}]}.
QList<ServedModel> ollamaModels(const QJsonObject &object, bool loaded)
{
    QList<ServedModel> models;
    const QJsonArray array = object.value(u"models"_s).toArray();
    for (qsizetype i = 0; i < array.size() && i < 10000; ++i) {
        const QJsonObject m = array.at(i).toObject();
        const QJsonObject details = m.value(u"details"_s).toObject();
        ServedModel model;
        model.name = m.value(u"name"_s).toString(m.value(u"model"_s).toString());
        model.loaded = loaded;
        model.sizeBytes = m.value(u"size"_s).toDouble();
        model.vramBytes = m.value(u"size_vram"_s).toDouble();
        model.quantization = details.value(u"quantization_level"_s).toString();
        model.parameterSize = details.value(u"parameter_size"_s).toString();
        model.family = details.value(u"family"_s).toString();
        if (!model.name.isEmpty())
            models.append(model);
    }
    return models;
}

// An OpenAI list, {"object": "list", "data": [{"id", "object": "model", "owned_by"}]}, or
// nothing. `ownedBy` gets the first model's owned_by.
std::optional<QList<ServedModel>> openAiModels(const QJsonObject &object, QString *ownedBy)
{
    if (!object.value(u"data"_s).isArray())
        return std::nullopt;
    QList<ServedModel> models;
    const QJsonArray data = object.value(u"data"_s).toArray();
    for (qsizetype i = 0; i < data.size() && i < 10000; ++i) {
        const QJsonObject m = data.at(i).toObject();
        ServedModel model;
        model.name = m.value(u"id"_s).toString();
        // LM Studio /api/v0/models: "state": "loaded" | "not-loaded", "quantization", "arch".
        model.loaded = m.value(u"state"_s).toString() == u"loaded"_s;
        model.quantization = m.value(u"quantization"_s).toString();
        model.family = m.value(u"arch"_s).toString();
        // llama.cpp's server: "meta": {"size": bytes, "n_params"}.
        model.sizeBytes = m.value(u"meta"_s).toObject().value(u"size"_s).toDouble();
        if (ownedBy && ownedBy->isEmpty())
            *ownedBy = m.value(u"owned_by"_s).toString();
        if (!model.name.isEmpty())
            models.append(model);
    }
    return models;
}

} // namespace

ServerIdentity identifyServer(const QHostAddress &address, quint16 port, int perRequestMs)
{
    ServerIdentity identity;
    const auto get = [&](const QByteArray &path) {
        return httpGetLoopback(address, port, path, perRequestMs);
    };

    // Ollama: GET /api/version {"version": "0.5.1"} (docs/api.md, "Version").
    const HttpGetResult version = get("/api/version");
    if (!version.answered) {
        identity.notes.append(u"GET /api/version: "_s + version.error);
        return identity; // not HTTP, or not answering: the other paths would fare no better
    }
    if (const auto object = jsonObject(version); object && object->value(u"version"_s).isString()) {
        identity.runtime = u"ollama"_s;
        identity.version = object->value(u"version"_s).toString();
        identity.endpoints.append(u"/api/version"_s);
        const HttpGetResult tags = get("/api/tags");
        if (const auto list = jsonObject(tags); list && list->value(u"models"_s).isArray()) {
            identity.endpoints.append(u"/api/tags"_s);
            identity.answeredWithoutAuthentication = true;
            identity.models = ollamaModels(*list, false);
        } else if (tags.status == 401 || tags.status == 403) {
            identity.requiresAuthentication = true;
        }
        const HttpGetResult ps = get("/api/ps");
        if (const auto running = jsonObject(ps); running && running->value(u"models"_s).isArray()) {
            identity.endpoints.append(u"/api/ps"_s);
            for (const ServedModel &loaded : ollamaModels(*running, true)) {
                auto it = std::find_if(identity.models.begin(), identity.models.end(),
                                       [&](const ServedModel &m) { return m.name == loaded.name; });
                if (it == identity.models.end()) {
                    identity.models.append(loaded);
                } else {
                    it->loaded = true;
                    it->vramBytes = loaded.vramBytes;
                    if (loaded.sizeBytes > 0)
                        it->sizeBytes = loaded.sizeBytes; // in memory: weights and KV cache
                }
            }
        }
        return identity;
    }

    // LM Studio: GET /api/v0/models (LM Studio docs, "LM Studio REST API (beta)").
    const HttpGetResult lmStudio = get("/api/v0/models");
    if (const auto object = jsonObject(lmStudio)) {
        const QJsonArray data = object->value(u"data"_s).toArray();
        const bool looksLikeLmStudio = !data.isEmpty() &&
                                       data.first().toObject().contains(u"state"_s) &&
                                       data.first().toObject().contains(u"type"_s);
        if (looksLikeLmStudio) {
            identity.runtime = u"lm-studio"_s;
            identity.endpoints.append(u"/api/v0/models"_s);
            identity.answeredWithoutAuthentication = true;
            identity.models = openAiModels(*object, nullptr).value_or(QList<ServedModel>{});
            return identity;
        }
    }

    // llama.cpp's server: GET /props {"default_generation_settings", "total_slots",
    // "model_path", "build_info"} (tools/server/README.md).
    const HttpGetResult props = get("/props");
    if (const auto object = jsonObject(props);
        object && (object->contains(u"default_generation_settings"_s) ||
                   object->contains(u"total_slots"_s))) {
        identity.runtime = u"llama.cpp"_s;
        identity.version = object->value(u"build_info"_s).toString();
        identity.endpoints.append(u"/props"_s);
    }

    // vLLM and SGLang: GET /version {"version": "0.6.3"}.
    if (identity.runtime.isEmpty()) {
        const HttpGetResult v = get("/version");
        if (const auto object = jsonObject(v); object && object->value(u"version"_s).isString()) {
            identity.version = object->value(u"version"_s).toString();
            identity.endpoints.append(u"/version"_s);
        }
    }

    // Docker Model Runner: GET /models, a JSON array of {"id", "tags": [...], "created",
    // "config"} (docs.docker.com, "Docker Model Runner" REST API, "List models"); an OpenAI
    // list at a prefixed path would not tell it from servers that answer any path ending in
    // /v1/models.
    if (identity.runtime.isEmpty()) {
        const HttpGetResult models = get("/models");
        const QJsonDocument document = models.answered && models.status == 200
                                           ? QJsonDocument::fromJson(models.body)
                                           : QJsonDocument();
        const QJsonArray array = document.array();
        if (document.isArray() && !array.isEmpty() &&
            array.first().toObject().value(u"tags"_s).isArray()) {
            identity.runtime = u"docker-model-runner"_s;
            identity.endpoints.append(u"/models"_s);
            identity.answeredWithoutAuthentication = true;
            for (qsizetype i = 0; i < array.size() && i < 10000; ++i) {
                const QJsonArray tags = array.at(i).toObject().value(u"tags"_s).toArray();
                ServedModel model;
                model.name = tags.isEmpty() ? array.at(i).toObject().value(u"id"_s).toString()
                                            : tags.first().toString();
                if (!model.name.isEmpty())
                    identity.models.append(model);
            }
            return identity;
        }
    }

    // Any OpenAI-compatible server: GET /v1/models.
    const HttpGetResult list = get("/v1/models");
    QString ownedBy;
    if (const auto object = jsonObject(list)) {
        if (auto models = openAiModels(*object, &ownedBy)) {
            identity.endpoints.append(u"/v1/models"_s);
            identity.answeredWithoutAuthentication = true;
            identity.models = *models;
            if (identity.runtime.isEmpty()) {
                if (ownedBy == u"vllm"_s)
                    identity.runtime = u"vllm"_s;
                else if (ownedBy == u"sglang"_s)
                    identity.runtime = u"sglang"_s;
                else
                    identity.runtime = u"openai-compatible"_s;
            }
        }
    } else if (list.answered && (list.status == 401 || list.status == 403)) {
        identity.requiresAuthentication = true;
        identity.endpoints.append(u"/v1/models"_s);
        if (identity.runtime.isEmpty())
            identity.runtime = u"openai-compatible"_s;
        identity.notes.append(
            u"GET /v1/models answered %1: credentials required"_s.arg(list.status));
    }
    if (identity.runtime.isEmpty())
        identity.version.clear(); // a /version of something that is not an inference server
    return identity;
}

} // namespace pertoken
