#include "catalog/price_update_dialog.h"

#include "catalog/catalog_format.h"
#include "pricing/price_catalog.h"
#include "pricing/price_file_import.h"
#include "pricing/price_update.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString kindName(PriceKind kind)
{
    switch (kind) {
    case PriceKind::Input:
        return PriceUpdateDialog::tr("input");
    case PriceKind::Output:
        return PriceUpdateDialog::tr("output");
    case PriceKind::CachedInput:
        return PriceUpdateDialog::tr("cached input");
    case PriceKind::LongContextInput:
        return PriceUpdateDialog::tr("long-context input");
    case PriceKind::LongContextOutput:
        return PriceUpdateDialog::tr("long-context output");
    case PriceKind::LongContextCachedInput:
        break;
    }
    return PriceUpdateDialog::tr("long-context cached input");
}

// "$2.50 per M tokens", or "not offered".
QString rateText(double usdPerMTok)
{
    if (usdPerMTok < 0)
        return PriceUpdateDialog::tr("not offered");
    //: %1 a price in US dollars per million tokens.
    return PriceUpdateDialog::tr("$%1 per M tokens").arg(catalogPrice(usdPerMTok));
}

QString entryName(const ApiPrice &price)
{
    return price.model == price.id || price.model.isEmpty()
               ? price.id
               : PriceUpdateDialog::tr("%1 (%2)").arg(price.model, price.id);
}

// The file name the import cites in each entry's source: the last part of the address.
QString fileNameOf(const QUrl &url)
{
    const QString name = url.fileName();
    return name.isEmpty() ? url.host() : name;
}

} // namespace

QString PriceUpdateDialog::defaultUrl()
{
    return u"https://raw.githubusercontent.com/BerriAI/litellm/main/"
           "model_prices_and_context_window.json"_s;
}

PriceUpdateDialog::PriceUpdateDialog(const QString &userCatalogPath, const QString &url,
                                     QWidget *parent)
    : QDialog(parent)
    , m_path(userCatalogPath)
    , m_downloader(new PriceDownloader(this))
    , m_url(new QLineEdit(url.isEmpty() ? defaultUrl() : url, this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_cancel(new QPushButton(tr("&Cancel download"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_progress(new QProgressBar(this))
    , m_changes(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Update prices"));
    m_url->setObjectName(u"url"_s);
    m_url->setToolTip(tr("Where LiteLLM's model_prices_and_context_window.json is downloaded "
                         "from. Nothing is downloaded until you press Download."));
    m_download->setObjectName(u"download"_s);
    m_cancel->setObjectName(u"cancelDownload"_s);
    m_apply->setObjectName(u"apply"_s);
    m_apply->setToolTip(tr("Replace the price catalog by the one listed here; the current one is "
                           "kept and can be restored"));
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setHeaderLabels({tr("Model"), tr("Rate"), tr("Before"), tr("After")});
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_apply->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(m_download);
    row->addWidget(m_cancel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 600);
    setStatus(tr("Press Download to fetch the current price list. Nothing changes until you "
                 "press Apply."),
              false);

    connect(m_download, &QPushButton::clicked, this, &PriceUpdateDialog::startDownload);
    connect(m_url, &QLineEdit::returnPressed, this, &PriceUpdateDialog::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, &PriceUpdateDialog::cancelDownload);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceUpdateDialog::reject);
    connect(m_downloader, &PriceDownloader::progress, this, [this](qint64 received, qint64 total) {
        // Progress bars count in int: show kilobytes.
        m_progress->setRange(0, total > 0 ? int(total / 1024) : 0);
        m_progress->setValue(int(received / 1024));
    });
    connect(m_downloader, &PriceDownloader::succeeded, this, &PriceUpdateDialog::downloaded);
    connect(m_downloader, &PriceDownloader::failed, this, [this](const QString &message) {
        setBusy(false);
        setStatus(tr("Nothing changed. %1").arg(message), true);
        Q_EMIT downloadEnded();
    });
    connect(m_downloader, &PriceDownloader::cancelled, this, [this] {
        setBusy(false);
        setStatus(tr("Download cancelled; nothing changed."), false);
        Q_EMIT downloadEnded();
    });
}

PriceUpdateDialog::~PriceUpdateDialog() = default;

void PriceUpdateDialog::setDownloadLimits(const PriceDownloader::Limits &limits)
{
    m_downloader->setLimits(limits);
}

bool PriceUpdateDialog::isDownloading() const
{
    return m_downloader->isRunning();
}

bool PriceUpdateDialog::canApply() const
{
    return m_apply->isEnabled();
}

QString PriceUpdateDialog::statusText() const
{
    return m_status->text();
}

QString PriceUpdateDialog::url() const
{
    return m_url->text().trimmed();
}

void PriceUpdateDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
}

void PriceUpdateDialog::setBusy(bool busy)
{
    m_download->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    if (busy) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
}

void PriceUpdateDialog::startDownload()
{
    if (isDownloading())
        return;
    m_updated.clear();
    m_diff = {};
    m_changes->clear();
    m_apply->setEnabled(false);
    Result<QList<ApiPrice>> current = loadPriceCatalog(m_path);
    if (!current) {
        setStatus(tr("The price catalog in use cannot be read: %1").arg(current.error().toString()),
                  true);
        return;
    }
    m_current = std::move(current).value();
    const QUrl address = QUrl::fromUserInput(url());
    setBusy(true);
    setStatus(tr("Downloading %1 …").arg(address.toDisplayString()), false);
    Q_EMIT urlUsed(url());
    m_downloader->start(address);
}

void PriceUpdateDialog::cancelDownload()
{
    m_downloader->cancel();
}

void PriceUpdateDialog::downloaded(const QByteArray &bytes)
{
    setBusy(false);
    const QUrl address = QUrl::fromUserInput(url());
    const QString fileName = fileNameOf(address);
    const QByteArray head = bytes.left(256).trimmed();
    if (!head.startsWith('{')) {
        //: %1 the start of what the server sent.
        setStatus(tr("Nothing changed: the file is not LiteLLM's price list, which is a JSON "
                     "object keyed by model name; it starts with “%1”.")
                      .arg(QString::fromUtf8(head.left(60)).simplified()),
                  true);
        Q_EMIT downloadEnded();
        return;
    }
    // The same import as `pertoken prices import` and Import price file…, dated today: the day
    // the file was obtained.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const PriceFileImport imported = importPriceFileBytes(bytes, fileName, today);
    if (imported.error) {
        setStatus(tr("Nothing changed: the downloaded file was refused: %1")
                      .arg(imported.error->toString()),
                  true);
        Q_EMIT downloadEnded();
        return;
    }
    if (imported.format != PriceFileFormat::LiteLlm) {
        setStatus(tr("Nothing changed: %1 is a PerToken price catalog, not LiteLLM's price list; "
                     "use Import price file… for it.")
                      .arg(fileName),
                  true);
        Q_EMIT downloadEnded();
        return;
    }
    m_updated = updatedPriceCatalog(m_current, imported.import.prices);
    m_diff = diffPriceCatalogs(m_current, m_updated);
    showDiff();
    m_apply->setEnabled(!m_diff.isEmpty());
    //: %1 … %5 counts of entries and rates; %6 entries the file left out as malformed.
    QString summary = tr("%1 added, %2 removed, %3 prices up, %4 prices down; %5 entries "
                         "unchanged. %6 entries of the file were malformed and left out.")
                          .arg(m_diff.added.size())
                          .arg(m_diff.removed.size())
                          .arg(m_diff.changesThat(PriceMove::Up).size())
                          .arg(m_diff.changesThat(PriceMove::Down).size())
                          .arg(m_diff.unchanged)
                          .arg(imported.import.malformed);
    summary += u' ' + (m_diff.isEmpty() ? tr("Nothing to apply.")
                                        : tr("Press Apply to use these prices."));
    setStatus(summary, false);
    Q_EMIT downloadEnded();
}

void PriceUpdateDialog::showDiff()
{
    m_changes->setUpdatesEnabled(false);
    m_changes->clear();
    const auto group = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_changes, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        return item;
    };
    const auto entries = [&group](const QString &title, const QList<ApiPrice> &prices) {
        QTreeWidgetItem *parent = group(title, int(prices.size()));
        for (const ApiPrice &price : prices) {
            //: %1 input price, %2 output price, both already with their unit.
            const QString rates =
                tr("input %1, output %2")
                    .arg(rateText(price.inputUsdPerMTok), rateText(price.outputUsdPerMTok));
            auto *item = new QTreeWidgetItem(parent, {entryName(price), rates});
            item->setToolTip(0, price.source);
            item->setFirstColumnSpanned(false);
        }
    };
    const auto changes = [this, &group](const QString &title, PriceMove move) {
        const QList<PriceChange> list = m_diff.changesThat(move);
        QTreeWidgetItem *parent = group(title, int(list.size()));
        for (const PriceChange &change : list) {
            const QString name =
                change.model == change.id || change.model.isEmpty()
                    ? change.id
                    : PriceUpdateDialog::tr("%1 (%2)").arg(change.model, change.id);
            new QTreeWidgetItem(parent,
                                {name, kindName(change.kind), rateText(change.beforeUsdPerMTok),
                                 rateText(change.afterUsdPerMTok)});
        }
        parent->setExpanded(true);
    };
    changes(tr("Prices up (%1)"), PriceMove::Up);
    changes(tr("Prices down (%1)"), PriceMove::Down);
    changes(tr("Newly offered rates (%1)"), PriceMove::Offered);
    changes(tr("Rates no longer offered (%1)"), PriceMove::Withdrawn);
    entries(tr("Removed (%1)"), m_diff.removed);
    entries(tr("Added (%1)"), m_diff.added);
    m_changes->setUpdatesEnabled(true);
}

bool PriceUpdateDialog::apply()
{
    if (m_updated.isEmpty() || m_diff.isEmpty()) {
        setStatus(tr("Nothing to apply: download the price list first."), true);
        return false;
    }
    if (const std::optional<InputError> error =
            replacePriceCatalog(m_path, apiPriceCatalogToJson(m_updated))) {
        setStatus(tr("Nothing changed: %1").arg(error->toString()), true);
        return false;
    }
    m_apply->setEnabled(false);
    setStatus(tr("Applied: %n entries in the price catalog. Restore previous prices brings the "
                 "old ones back.",
                 nullptr, int(m_updated.size())),
              false);
    Q_EMIT applied();
    return true;
}

} // namespace pertoken::ui
