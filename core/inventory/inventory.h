#pragma once

#include "bench/probe/system_info.h"
#include "cost/deployment_option.h"
#include "inventory/listening_sockets.h"
#include "inventory/model_scan.h"
#include "inventory/server_probe.h"
#include "scenario/scenario.h"

#include <QDateTime>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <optional>

namespace pertoken {

/// An inference server found listening on this machine.
struct InventoryServer {
    ListeningSocket socket;
    ServerIdentity identity;
    /// "loopback" (this machine only), "all-interfaces" (0.0.0.0 or ::: reachable from the
    /// network), or "interface" (one non-loopback address: reachable from that network).
    QString exposure;
    bool reachableFromNetwork() const { return exposure != u"loopback"; }
};

/// A found model priced as an on-device option of this machine.
struct InventoryPrice {
    bool fits = false;
    double neededBytes = 0;    ///< weights + one sequence's KV cache at the workload's context
    double availableBytes = 0; ///< the largest usable memory of the machine (RAM or one GPU)
    bool priced = false;       ///< a speed and a cost are known (hardware with a speed)
    double outputTokensPerSecond = 0;
    double usdPerMillionTokens = 0;
    QString reason;                         ///< why it is not priced or does not fit
    std::optional<DeploymentOption> option; ///< the on-device option the price is for
};

struct InventoryOptions {
    QList<ModelStoreRoot> roots;
    ModelScanLimits limits;
    bool probeServers = true;
    int perRequestMs = 1500;     ///< one GET
    qint64 probeTotalMs = 20000; ///< every probe together
    int maxPorts = 256;
    /// Probe only these ports (all listening ports when empty).
    QList<quint16> ports;
    QString procRoot = QStringLiteral("/proc");
    /// The hardware that prices the models: a measured machine (pertoken bench hardware) or a
    /// catalog entry; without one, models get a fit but no speed or cost.
    std::optional<Accelerator> hardware;
    /// Its workload prices the models (the default scenario's when not given).
    Scenario scenario;
};

struct Inventory {
    QString host;
    QDateTime generatedAt;
    SystemInfo machine;
    qint64 listeningSockets = 0;
    QList<InventoryServer> servers;
    QStringList notes; ///< what could not be read or probed
    ModelScan scan;
    QList<InventoryPrice> prices; ///< one per scan.models entry
    QString pricingHardware;      ///< the hardware's name, or "" when none
};

using InventoryProgress = std::function<void(const QString &stage, qint64 done)>;

/// Runs the whole inventory: sockets and their owners, read-only probes of every socket reachable
/// on loopback (bounded per request and in total), the model scan, the machine (probeSystemInfo:
/// /proc/meminfo, nvidia-smi within 5 s, /sys/class/drm), and the prices.
Inventory runInventory(const InventoryOptions &options, const std::atomic<bool> *cancel = nullptr,
                       const InventoryProgress &progress = {});

/// Prices one model for `machine` on `hardware` (or fit only, without it) with `scenario`'s
/// workload, through the option builder and the scenario's evaluation, as the dashboard does.
InventoryPrice priceFoundModel(const FoundModel &model, const SystemInfo &machine,
                               const std::optional<Accelerator> &hardware,
                               const Scenario &scenario);

/// The newest `pertoken bench hardware` result of the benchmark history (bench/results/
/// bench_history.h) as a measured machine: the hardware the inventory prices models on by
/// default. Nothing when the history holds no hardware measurement.
std::optional<Accelerator> newestMeasuredMachine();

/// The on-device (or self-hosted) option a found model becomes on `hardware`.
DeploymentOption optionForFoundModel(const FoundModel &model, const Accelerator &hardware);

/// Appends `option` to the scenario under an id no other option has (its id, else "id-2",
/// "id-3", ... as the dashboard numbers them); returns the id given.
QString addOptionToScenario(Scenario &scenario, DeploymentOption option);

inline constexpr auto kInventorySchema = "pertoken.inventory/1";

/// The report body (without "schema"): see docs in inventory.cpp.
QJsonObject inventoryToJson(const Inventory &inventory);
/// One CSV table: a row per model, then a row per server.
QByteArray inventoryToCsv(const Inventory &inventory);
/// A CycloneDX 1.6 JSON BOM: one "machine-learning-model" component per model (SHA-256 of the
/// header read, licence, properties) and one "application" component per server.
QJsonObject inventoryToCycloneDx(const Inventory &inventory, const QString &toolVersion);

/// Many reports in one table.
struct InventoryMerge {
    int reports = 0;
    QStringList hosts;
    struct Count {
        QString key;
        int machines = 0; ///< reports where it appears
        int count = 0;    ///< occurrences in all
    };
    QList<Count> models;   ///< by name
    QList<Count> licences; ///< "" counts as "unknown"
    QList<Count> runtimes;
    QList<Count> exposure; ///< servers by exposure
    /// Σ over machines of the fastest priced model's output tokens per second, and that over a
    /// 30-day month.
    double localTokensPerSecond = 0;
    double localTokensPerMonth = 0;
    int machinesWithSpeed = 0;
};

/// Merges report documents (each a parsed pertoken.inventory/1 object); errors name the report.
Result<InventoryMerge> mergeInventories(const QList<QPair<QString, QJsonObject>> &reports);
QJsonObject inventoryMergeToJson(const InventoryMerge &merge);

} // namespace pertoken
