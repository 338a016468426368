#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace pertoken::ui {

/// Downloads one file over HTTP(S) without blocking the event loop, within limits: a size cap
/// (a server that sends endless data), a stall timeout (no byte for that long) and an overall
/// deadline (a server that drips). Exactly one of succeeded(), failed() or cancelled() follows
/// each start(); a body shorter than its Content-Length, an HTTP error status or a broken
/// connection is a failure, never a success with part of the file.
class PriceDownloader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceDownloader)

public:
    struct Limits {
        qint64 maxBytes = 64LL * 1024 * 1024; ///< LiteLLM's file was 0.8 MB in 2025
        int stallTimeoutMs = 30'000;
        int totalTimeoutMs = 300'000;
    };

    explicit PriceDownloader(QObject *parent = nullptr);
    ~PriceDownloader() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    /// Starts downloading `url` (http or https only); a download under way is cancelled first.
    void start(const QUrl &url);
    /// Stops the download under way; cancelled() follows.
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    /// `total` is -1 while the server has not said how large the file is.
    void progress(qint64 received, qint64 total);
    void succeeded(const QByteArray &bytes);
    void failed(const QString &message);
    void cancelled();

private:
    enum class Stop { None, Cancelled, TooLarge, Deadline };

    void readBody();
    void finish();
    void stop(Stop why);

    Limits m_limits;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_deadline;
    Stop m_stop = Stop::None;
};

} // namespace pertoken::ui
