#pragma once

// Stand-ins for inference servers' read-only APIs, each on a thread of its own, so a client in the
// test's thread or in a child process (the `pertoken` binary) gets answers while the test waits.
// The JSON bodies are the examples of Ollama's published API documentation
// (https://github.com/ollama/ollama/blob/main/docs/api.md: "Version", "List Local Models",
// "List Running Models"), unchanged but for the version number. Every request line is logged,
// so a test can check that nothing but GETs of those paths arrived.

#include <QHostAddress>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace pertoken::testing {

inline constexpr auto kOllamaStandInVersion = "0.12.3";

// docs/api.md, "List Local Models", example response.
inline constexpr auto kOllamaTagsJson =
    R"({"models":[{"name":"deepseek-r1:latest","model":"deepseek-r1:latest","modified_at":"2025-05-10T08:06:48.639712648-07:00","size":4683075271,"digest":"0a8c266910232fd3291e71e5ba1e058cc5af9d411192cf88b6d30e92b6e73163","details":{"parent_model":"","format":"gguf","family":"qwen2","families":["qwen2"],"parameter_size":"7.6B","quantization_level":"Q4_K_M"}},{"name":"llama3.2:latest","model":"llama3.2:latest","modified_at":"2025-05-04T17:37:44.706015396-07:00","size":2019393189,"digest":"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72","details":{"parent_model":"","format":"gguf","family":"llama","families":["llama"],"parameter_size":"3.2B","quantization_level":"Q4_K_M"}}]})";

// docs/api.md, "List Running Models", example response.
inline constexpr auto kOllamaPsJson =
    R"({"models":[{"name":"mistral:latest","model":"mistral:latest","size":5137025024,"digest":"2ae6f6dd7a3dd734790bbbf58b8909a606e0e7e97e94b7604e0aa7ae4490e6d8","details":{"parent_model":"","format":"gguf","family":"llama","families":["llama"],"parameter_size":"7.2B","quantization_level":"Q4_0"},"expires_at":"2024-06-04T14:38:31.83753-07:00","size_vram":5137025024}]})";

/// A server answering GET requests for the paths of `routes` with {status, JSON body}, and 404
/// for any other path, on a thread of its own.
struct StandInRoute {
    int status = 200;
    QByteArray body;
};
using StandInRoutes = QMap<QByteArray, StandInRoute>;

/// Ollama's read-only API with the documentation's example bodies.
inline StandInRoutes ollamaRoutes()
{
    return {{"/api/version", {200, QByteArray(R"({"version":")") + kOllamaStandInVersion + "\"}"}},
            {"/api/tags", {200, kOllamaTagsJson}},
            {"/api/ps", {200, kOllamaPsJson}}};
}

class ApiStandIn {
public:
    explicit ApiStandIn(const QHostAddress &bind, StandInRoutes routes)
        : m_bind(bind)
        , m_routes(std::move(routes))
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    ~ApiStandIn()
    {
        if (m_thread.isRunning()) {
            QMetaObject::invokeMethod(
                m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        }
        delete m_context;
    }
    bool start()
    {
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(
            m_context,
            [this, &ok] {
                m_server = new QTcpServer;
                ok = m_server->listen(m_bind, 0);
                m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection())
                        serve(socket);
                });
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }
    quint16 port() const { return m_port; }
    QStringList requests() const
    {
        QMutexLocker locker(&m_mutex);
        return m_requests;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
            {
                QMutexLocker locker(&m_mutex);
                m_requests.append(QString::fromLatin1(line));
            }
            const QList<QByteArray> parts = line.split(' ');
            const QByteArray path = parts.value(1);
            QByteArray status = "200 OK";
            QByteArray body;
            const auto route = m_routes.constFind(path);
            if (parts.value(0) != "GET") {
                status = "405 Method Not Allowed";
                body = R"({"error":"method not allowed"})";
            } else if (route != m_routes.cend()) {
                status =
                    QByteArray::number(route->status) + (route->status == 200 ? " OK" : " Error");
                body = route->body;
            } else {
                status = "404 Not Found";
                body = "404 page not found";
            }
            socket->write("HTTP/1.1 " + status +
                          "\r\nContent-Type: application/json; "
                          "charset=utf-8\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QHostAddress m_bind;
    StandInRoutes m_routes;
    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

/// The stand-in speaking Ollama's API.
class OllamaStandIn : public ApiStandIn {
public:
    explicit OllamaStandIn(const QHostAddress &bind)
        : ApiStandIn(bind, ollamaRoutes())
    {}
};

} // namespace pertoken::testing
