#include "local_inventory/inventory_window.h"

#include "commands/option_commands.h"
#include "hardware/hardware_catalog.h"
#include "scenario_document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(int(alignment | Qt::AlignVCenter));
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

InventoryWindow::InventoryWindow(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"inventoryWindow"_s);
    setWindowTitle(tr("Local AI Inventory"));
    m_roots = defaultModelStores(QDir::homePath(), QProcessEnvironment::systemEnvironment());
    m_measured = newestMeasuredMachine();

    auto *intro = new QLabel(
        tr("Models and inference servers on this machine, found read-only: model files are read "
           "header only, servers are asked on loopback and never sent a prompt."),
        this);
    intro->setWordWrap(true);

    m_hardware = new QComboBox(this);
    m_hardware->setObjectName(u"inventoryHardware"_s);
    if (m_measured)
        m_hardware->addItem(m_measured->name, m_measured->id);
    for (const Accelerator &a : builtinAccelerators()) {
        if (a.deviceClass == DeviceClass::Laptop || a.deviceClass == DeviceClass::Desktop)
            m_hardware->addItem(a.displayName(), a.id);
    }
    m_scan = new QPushButton(tr("&Scan"), this);
    m_scan->setObjectName(u"inventoryScan"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"inventoryCancel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Not scanned yet."), this);
    m_status->setObjectName(u"inventoryStatus"_s);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Price on:"), this));
    controls->addWidget(m_hardware, 1);
    controls->addWidget(m_scan);
    controls->addWidget(m_cancel);

    m_models = table({tr("Model"), tr("Store"), tr("Architecture"), tr("Parameters (B)"),
                      tr("Quantization"), tr("Size (GB)"), tr("Licence"), tr("Fits"),
                      tr("Tokens/s"), tr("$ per M tokens")},
                     this);
    m_models->setObjectName(u"inventoryModels"_s);
    m_servers = table({tr("Runtime"), tr("Version"), tr("Address"), tr("Port"), tr("Exposure"),
                       tr("Without authentication"), tr("Process"), tr("Models (loaded)")},
                      this);
    m_servers->setObjectName(u"inventoryServers"_s);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_models);
    splitter->addWidget(m_servers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_add = new QPushButton(tr("&Add as Option"), this);
    m_add->setObjectName(u"inventoryAdd"_s);
    m_add->setToolTip(tr("Add the selected model to the scenario as an option on the hardware "
                         "chosen above"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 560);

    connect(m_scan, &QPushButton::clicked, this, &InventoryWindow::startScan);
    connect(m_cancel, &QPushButton::clicked, this, &InventoryWindow::cancelScan);
    connect(m_add, &QPushButton::clicked, this, &InventoryWindow::addSelectedAsOption);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_hardware, &QComboBox::currentIndexChanged, this, &InventoryWindow::reprice);
    connect(m_models, &QTableWidget::itemSelectionChanged, this, &InventoryWindow::updateButtons);
    updateButtons();
}

InventoryWindow::~InventoryWindow()
{
    if (m_thread) {
        m_cancelFlag = true;
        m_thread->wait();
    }
}

void InventoryWindow::setScanOptions(const QList<ModelStoreRoot> &roots, bool probeServers,
                                     const QList<quint16> &ports)
{
    m_roots = roots;
    m_probeServers = probeServers;
    m_ports = ports;
}

std::optional<Accelerator> InventoryWindow::chosenHardware() const
{
    const QString id = m_hardware->currentData().toString();
    if (m_measured && id == m_measured->id)
        return m_measured;
    if (const Accelerator *a = findAccelerator(id))
        return *a;
    return std::nullopt;
}

void InventoryWindow::startScan()
{
    if (m_thread)
        return;
    InventoryOptions options;
    options.roots = m_roots;
    options.probeServers = m_probeServers;
    options.ports = m_ports;
    options.hardware = chosenHardware();
    options.scenario = m_document->scenario();
    m_cancelFlag = false;
    m_progress->setRange(0, 0); // busy: how much is left is not known in advance
    m_status->setText(tr("Scanning…"));
    // The worker fills `result`; the GUI thread takes it once the thread has finished, so the
    // worker never waits on the GUI thread (closing the window waits for the worker).
    auto result = std::make_shared<Inventory>();
    m_thread = QThread::create([this, options, result] {
        *result = runInventory(options, &m_cancelFlag, [this](const QString &stage, qint64 done) {
            QMetaObject::invokeMethod(
                this, [this, stage, done] { onProgress(stage, done); }, Qt::QueuedConnection);
        });
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_inventory = *result;
        onFinished();
    });
    m_thread->start();
    updateButtons();
}

void InventoryWindow::cancelScan()
{
    m_cancelFlag = true;
}

void InventoryWindow::onProgress(const QString &stage, qint64 done)
{
    if (!m_thread)
        return;
    if (stage == u"probes"_s)
        m_status->setText(tr("Asking listening port %1 what it serves…").arg(done));
    else if (stage == u"models"_s)
        m_status->setText(tr("Looking through model stores: %1 entries…").arg(done));
    else if (stage == u"machine"_s)
        m_status->setText(tr("Reading this machine's memory and GPUs…"));
    else
        m_status->setText(tr("Listing listening sockets…"));
}

void InventoryWindow::onFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const ModelScan &scan = m_inventory.scan;
    QString text =
        tr("%n model(s), %1 server(s), %2 path(s) skipped.", nullptr, int(scan.models.size()))
            .arg(m_inventory.servers.size())
            .arg(scan.skipped.size());
    if (scan.stoppedEarly)
        text +=
            u' ' + (m_cancelFlag ? tr("Cancelled: what was found so far is shown.")
                                 : tr("The scan stopped at its bound: %1.").arg(scan.stopReason));
    m_status->setText(text);
    fillTables();
    updateButtons();
    Q_EMIT scanFinished();
}

void InventoryWindow::reprice()
{
    if (m_thread || m_inventory.scan.models.isEmpty())
        return;
    const std::optional<Accelerator> hardware = chosenHardware();
    for (qsizetype i = 0; i < m_inventory.scan.models.size(); ++i)
        m_inventory.prices[i] = priceFoundModel(m_inventory.scan.models.at(i), m_inventory.machine,
                                                hardware, m_document->scenario());
    fillTables();
}

void InventoryWindow::fillTables()
{
    const QLocale locale;
    const auto number = [&locale](double value, int decimals) {
        return locale.toString(value, 'f', decimals);
    };
    const Qt::Alignment right = Qt::AlignRight;
    m_models->setRowCount(int(m_inventory.scan.models.size()));
    for (int row = 0; row < m_models->rowCount(); ++row) {
        const FoundModel &m = m_inventory.scan.models.at(row);
        const InventoryPrice &p = m_inventory.prices.at(row);
        const QString dash = tr("–");
        m_models->setItem(row, 0, item(m.name));
        m_models->setItem(row, 1, item(m.store));
        m_models->setItem(
            row, 2, item(m.inspection.architecture.isEmpty() ? dash : m.inspection.architecture));
        m_models->setItem(row, 3, item(number(m.inspection.model.totalParams / 1e9, 3), right));
        m_models->setItem(row, 4, item(m.inspection.fileType));
        m_models->setItem(row, 5, item(number(double(m.sizeBytes) / 1e9, 2), right));
        m_models->setItem(row, 6,
                          item(m.inspection.license.isEmpty() ? dash : m.inspection.license));
        m_models->setItem(row, 7, item(p.fits ? tr("yes") : tr("no")));
        m_models->setItem(row, 8,
                          item(p.priced ? number(p.outputTokensPerSecond, 1) : dash, right));
        m_models->setItem(row, 9, item(p.priced ? number(p.usdPerMillionTokens, 3) : dash, right));
        for (int column = 0; column < m_models->columnCount(); ++column)
            m_models->item(row, column)
                ->setToolTip(p.reason.isEmpty() ? m.path : m.path + u"\n"_s + p.reason);
    }
    m_servers->setRowCount(int(m_inventory.servers.size()));
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        const InventoryServer &s = m_inventory.servers.at(row);
        int loaded = 0;
        for (const ServedModel &model : s.identity.models)
            loaded += model.loaded ? 1 : 0;
        m_servers->setItem(row, 0, item(s.identity.runtime));
        m_servers->setItem(row, 1, item(s.identity.version));
        m_servers->setItem(row, 2, item(s.socket.address.toString()));
        m_servers->setItem(row, 3, item(QString::number(s.socket.port), right));
        m_servers->setItem(row, 4,
                           item(s.reachableFromNetwork() ? tr("reachable from the network")
                                                         : tr("this machine only")));
        m_servers->setItem(row, 5,
                           item(s.identity.answeredWithoutAuthentication ? tr("yes") : tr("no")));
        m_servers->setItem(row, 6, item(s.socket.process));
        m_servers->setItem(row, 7,
                           item(tr("%1 (%2 loaded)").arg(s.identity.models.size()).arg(loaded)));
    }
    m_models->resizeColumnsToContents();
    m_servers->resizeColumnsToContents();
}

void InventoryWindow::updateButtons()
{
    const bool scanning = m_thread != nullptr;
    m_scan->setEnabled(!scanning);
    m_cancel->setEnabled(scanning);
    m_hardware->setEnabled(!scanning);
    const int row = m_models->currentRow();
    const bool priced = !scanning && row >= 0 && row < m_inventory.prices.size() &&
                        m_models->selectionModel()->hasSelection() &&
                        m_inventory.prices.at(row).option.has_value();
    m_add->setEnabled(priced);
}

void InventoryWindow::addSelectedAsOption()
{
    const int row = m_models->currentRow();
    if (row < 0 || row >= m_inventory.prices.size() || !m_inventory.prices.at(row).option)
        return;
    m_document->push(OptionEdits::add(m_document, *m_inventory.prices.at(row).option));
    m_status->setText(
        tr("Added “%1” to the scenario.").arg(m_inventory.prices.at(row).option->name));
}

} // namespace pertoken::ui
