#pragma once

#include "catalog/price_downloader.h"
#include "pricing/api_price.h"
#include "pricing/price_diff.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pertoken::ui {

/// Catalogs ▸ Update prices: downloads LiteLLM's published price file from an address the user
/// can change, only when asked, with progress and Cancel; refreshes the price catalog in effect
/// from it (updatedPriceCatalog(), pricing/price_update.h) and lists what would change (added,
/// removed, each rate up or down, old → new with units) before anything is written. Apply makes
/// the refreshed catalog the user's, keeping the one it replaces for "Restore previous prices".
/// A download that is cancelled, fails, times out or brings a malformed file changes nothing.
class PriceUpdateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceUpdateDialog)

public:
    /// The address LiteLLM publishes its price file at.
    static QString defaultUrl();

    /// `userCatalogPath` as userPriceCatalogPath() gives it; `url` the address to offer.
    PriceUpdateDialog(const QString &userCatalogPath, const QString &url,
                      QWidget *parent = nullptr);
    ~PriceUpdateDialog() override;

    void setDownloadLimits(const PriceDownloader::Limits &limits);

    void startDownload();
    void cancelDownload();
    /// Writes the refreshed catalog; false, with the reason in the status line, when there is
    /// nothing to apply or it cannot be written.
    bool apply();

    bool isDownloading() const;
    bool canApply() const;
    QString statusText() const;
    QString url() const;
    const PriceDiff &diff() const { return m_diff; }
    const QList<ApiPrice> &updatedPrices() const { return m_updated; }

Q_SIGNALS:
    /// A download was started from `url` (the caller keeps it for next time).
    void urlUsed(const QString &url);
    /// The refreshed catalog is now the user's.
    void applied();
    /// The download or check ended, successfully or not.
    void downloadEnded();

private:
    void downloaded(const QByteArray &bytes);
    void setStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void showDiff();

    QString m_path;
    QList<ApiPrice> m_current;
    QList<ApiPrice> m_updated;
    PriceDiff m_diff;
    PriceDownloader *m_downloader;
    QLineEdit *m_url;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QProgressBar *m_progress;
    QTreeWidget *m_changes;
    QLabel *m_status;
};

} // namespace pertoken::ui
