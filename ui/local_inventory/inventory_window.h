#pragma once

#include "inventory/inventory.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace pertoken::ui {

class ScenarioDocument;

/// Benchmark ▸ Local AI Inventory: the models and inference servers of this machine (core/
/// inventory), found off the GUI thread with progress and Cancel, each model priced on the
/// hardware chosen (this machine as measured, or a device of the catalog) against the scenario's
/// workload; "Add as Option" puts the selected model into the scenario in one undo step.
class InventoryWindow final : public QDialog {
    Q_OBJECT

public:
    explicit InventoryWindow(ScenarioDocument *document, QWidget *parent = nullptr);
    ~InventoryWindow() override;

    /// Where the next scan looks and whether it probes servers (the usual stores and every
    /// listening port by default); tests point it at folders of their own.
    void setScanOptions(const QList<ModelStoreRoot> &roots, bool probeServers,
                        const QList<quint16> &ports = {});
    void startScan();
    void cancelScan();
    bool isScanning() const { return m_thread != nullptr; }
    const Inventory &inventory() const { return m_inventory; }

Q_SIGNALS:
    void scanFinished();

private:
    void onProgress(const QString &stage, qint64 done);
    void onFinished();
    void reprice();
    void fillTables();
    void addSelectedAsOption();
    void updateButtons();
    std::optional<Accelerator> chosenHardware() const;

    ScenarioDocument *m_document;
    QList<ModelStoreRoot> m_roots;
    bool m_probeServers = true;
    QList<quint16> m_ports;
    QComboBox *m_hardware;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QPushButton *m_add;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_models;
    QTableWidget *m_servers;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelFlag{false};
    Inventory m_inventory;
    std::optional<Accelerator> m_measured;
};

} // namespace pertoken::ui
