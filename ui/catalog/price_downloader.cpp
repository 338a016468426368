#include "catalog/price_downloader.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

QString seconds(int ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 3);
}

} // namespace

PriceDownloader::PriceDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { stop(Stop::Deadline); });
}

PriceDownloader::~PriceDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PriceDownloader::start(const QUrl &url)
{
    if (m_reply)
        cancel();
    m_body.clear();
    m_stop = Stop::None;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        //: %1 the address the user entered.
        Q_EMIT failed(tr("“%1” is not a web address: it must start with https:// or http://")
                          .arg(url.toString()));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.stallTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &PriceDownloader::readBody);
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { Q_EMIT progress(received, total); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            stop(Stop::TooLarge);
    });
    connect(m_reply, &QNetworkReply::finished, this, &PriceDownloader::finish);
    m_deadline.start(m_limits.totalTimeoutMs);
}

void PriceDownloader::cancel()
{
    if (m_reply)
        stop(Stop::Cancelled);
}

void PriceDownloader::stop(Stop why)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = why;
    m_reply->abort(); // finished() follows, synchronously
}

void PriceDownloader::readBody()
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBytes)
        stop(Stop::TooLarge);
}

void PriceDownloader::finish()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();
    if (m_stop == Stop::None && reply->isOpen())
        m_body += reply->readAll();
    const Stop why = m_stop;
    const QByteArray body = std::exchange(m_body, {});
    switch (why) {
    case Stop::Cancelled:
        Q_EMIT cancelled();
        return;
    case Stop::TooLarge:
        //: %1 the size limit in megabytes.
        Q_EMIT failed(tr("The file is larger than %1 MB, more than any price list needs; the "
                         "download was stopped.")
                          .arg(megabytes(m_limits.maxBytes)));
        return;
    case Stop::Deadline:
        Q_EMIT failed(tr("The download took longer than %1 s and was stopped.")
                          .arg(seconds(m_limits.totalTimeoutMs)));
        return;
    case Stop::None:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels a reply we did not abort ourselves.
        Q_EMIT failed(tr("The server sent nothing for %1 s; the download was stopped.")
                          .arg(seconds(m_limits.stallTimeoutMs)));
        return;
    }
    if (status >= 400) {
        //: %1 HTTP status code, %2 its reason ("Internal Server Error").
        Q_EMIT failed(
            tr("The server answered HTTP %1 %2.")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(tr("The download failed: %1").arg(reply->errorString()));
        return;
    }
    // Content-Length counts the bytes on the wire; a compressed body arrives larger.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool plain = encoding.isEmpty() || encoding == "identity";
    if (plain && length.isValid() && body.size() != length.toLongLong()) {
        //: %1 bytes received, %2 bytes the server announced.
        Q_EMIT failed(tr("The connection closed after %1 of %2 bytes; the file is incomplete.")
                          .arg(body.size())
                          .arg(length.toLongLong()));
        return;
    }
    Q_EMIT succeeded(body);
}

} // namespace pertoken::ui
