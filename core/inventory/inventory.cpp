#include "inventory/inventory.h"

#include "bench/probe/hardware_probe.h"
#include "bench/results/bench_history.h"
#include "cost/option_builder.h"
#include "hardware/hardware_catalog.h"
#include "inference/roofline.h"
#include "models/model_fit.h"
#include "scenario/evaluate.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QSet>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString exposureOf(const ListeningSocket &socket)
{
    if (socket.loopbackOnly())
        return u"loopback"_s;
    return socket.allInterfaces() ? u"all-interfaces"_s : u"interface"_s;
}

// Safetensors files carry dtypes, not a quantization record: the dtype holding most weights at
// the files' measured bits per weight.
Quantization quantizationOf(const ModelInspection &inspection)
{
    if (!inspection.quantization.id.isEmpty())
        return inspection.quantization;
    QString dtype = inspection.fileType.section(u',', 0, 0).trimmed();
    if (dtype.isEmpty())
        dtype = u"bf16"_s;
    if (const Quantization *known = findQuantization(dtype.toLower()))
        return *known;
    Quantization q;
    q.id = dtype.toLower();
    q.name = dtype;
    q.bitsPerWeight = inspection.bitsPerWeight > 0 ? inspection.bitsPerWeight : 16;
    q.compute = dtype.startsWith(u"F8"_s, Qt::CaseInsensitive) ? ComputePrecision::Fp8
                                                               : ComputePrecision::Bf16;
    q.source = u"read from the model's safetensors headers"_s;
    return q;
}

} // namespace

DeploymentOption optionForFoundModel(const FoundModel &found, const Accelerator &hardware)
{
    DeploymentOption option = hardwareOption(hardware);
    ModelArchitecture model = found.inspection.model;
    if (model.name.isEmpty())
        model.name = found.name;
    if (model.id.isEmpty()) {
        const QByteArray key =
            (found.inspection.model.sourceSha256.isEmpty() ? found.path
                                                           : found.inspection.model.sourceSha256)
                .toUtf8();
        model.id = u"local-"_s +
                   QString::fromLatin1(
                       QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12));
    }
    if (model.activeParams <= 0)
        model.activeParams = model.totalParams;
    applyModel(option, model);
    applyQuantization(option, quantizationOf(found.inspection));
    return option;
}

std::optional<Accelerator> newestMeasuredMachine()
{
    const BenchHistory history;
    for (const BenchHistory::Entry &entry : history.list()) {
        if (entry.kind != BenchKind::Hardware)
            continue;
        const Result<BenchResult> result = history.load(entry.path);
        if (result && result->hardware.memoryBandwidthGBps() > 0)
            return measuredAccelerator(result->hardware);
    }
    return std::nullopt;
}

QString addOptionToScenario(Scenario &scenario, DeploymentOption option)
{
    const QString stem = option.id.isEmpty() ? u"option"_s : option.id;
    QString id = stem;
    for (int n = 2; scenario.option(id); ++n)
        id = u"%1-%2"_s.arg(stem).arg(n);
    option.id = id;
    scenario.options.append(option);
    return id;
}

InventoryPrice priceFoundModel(const FoundModel &found, const SystemInfo &machine,
                               const std::optional<Accelerator> &hardware, const Scenario &scenario)
{
    InventoryPrice price;
    const ModelInspection &inspection = found.inspection;
    const Workload &workload = scenario.workload;
    const double context = workload.inputTokensPerRequest + workload.outputTokensPerRequest;
    const double kv = inspection.kvBytesPerSequence(16, context);
    price.neededBytes = double(inspection.weightBytes) + kv;
    // The machine's memories: RAM (CPU inference, unified memory) and each GPU's own.
    QList<Accelerator> memories;
    Accelerator ram;
    ram.name = u"system memory"_s;
    ram.memoryGB = machine.hostMemoryCapacityBytes / 1e9;
    memories.append(ram);
    for (const GpuInfo &gpu : machine.accelerators) {
        Accelerator a;
        a.name = gpu.name;
        a.memoryGB = gpu.memoryBytes / 1e9;
        memories.append(a);
    }
    for (const AcceleratorFit &fit :
         fitOnAccelerators(double(inspection.weightBytes), kv, 1, memories)) {
        price.availableBytes = std::max(price.availableBytes, fit.usableBytes);
        price.fits = price.fits || fit.fits;
    }
    if (!price.fits)
        price.reason = u"needs %1 GB (weights and one sequence's KV cache at %2 tokens); this "
                       "machine has %3 GB usable"_s.arg(price.neededBytes / 1e9, 0, 'f', 1)
                           .arg(context, 0, 'f', 0)
                           .arg(price.availableBytes / 1e9, 0, 'f', 1);
    if (!hardware) {
        if (price.reason.isEmpty())
            price.reason = u"no speed known for this machine: run `pertoken bench hardware` or "
                           "name catalog hardware"_s;
        return price;
    }
    if (inspection.model.totalParams <= 0) {
        price.reason = u"the model's parameter count is unknown"_s;
        return price;
    }
    if (!inspection.kvMissing.isEmpty()) {
        // Without layers and heads the KV cache would count as nothing and the speed as far too
        // high: no price rather than a wrong one.
        price.reason = u"not priced: the files lack %1 for the KV cache"_s.arg(
            inspection.kvMissing.join(u", "_s));
        return price;
    }
    price.option = optionForFoundModel(found, *hardware);
    const OptionResult result = evaluateOption(scenario, *price.option);
    if (result.roofline) {
        // The option's own memory rule decides the fit when the hardware is given.
        price.fits = result.roofline->fits;
        price.availableBytes = result.roofline->usableMemoryBytes;
        price.neededBytes = result.roofline->weightBytes + result.roofline->kvBytesPerSequence;
    }
    if (!result.feasible) {
        price.reason = result.infeasibleReason;
        return price;
    }
    price.priced = true;
    price.reason.clear();
    price.outputTokensPerSecond = result.outputTokensPerSecond;
    price.usdPerMillionTokens = result.usdPerMillionTokens;
    return price;
}

Inventory runInventory(const InventoryOptions &options, const std::atomic<bool> *cancel,
                       const InventoryProgress &progress)
{
    Inventory inventory;
    inventory.host = QHostInfo::localHostName();
    inventory.generatedAt = QDateTime::currentDateTimeUtc();
    const auto report = [&](const QString &stage, qint64 done) {
        if (progress)
            progress(stage, done);
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    report(u"sockets"_s, 0);
    const QList<ListeningSocket> sockets = listeningSockets(&inventory.notes, options.procRoot);
    inventory.listeningSockets = sockets.size();
    if (options.probeServers) {
        QElapsedTimer timer;
        timer.start();
        QSet<QPair<QString, quint16>> probed;
        int ports = 0;
        for (const ListeningSocket &socket : sockets) {
            if (cancelled())
                break;
            if (!options.ports.isEmpty() && !options.ports.contains(socket.port))
                continue;
            const QHostAddress address = socket.probeAddress();
            if (address.isNull()) {
                inventory.notes.append(
                    u"port %1 is bound to %2 only, not loopback: not probed"_s.arg(socket.port)
                        .arg(socket.address.toString()));
                continue;
            }
            if (probed.contains({address.toString(), socket.port}))
                continue;
            probed.insert({address.toString(), socket.port});
            if (++ports > options.maxPorts || timer.elapsed() > options.probeTotalMs) {
                inventory.notes.append(u"the probes' bound (%1 ports, %2 ms) was reached: later "
                                       "ports were not probed"_s.arg(options.maxPorts)
                                           .arg(options.probeTotalMs));
                break;
            }
            report(u"probes"_s, ports);
            InventoryServer server;
            server.socket = socket;
            server.exposure = exposureOf(socket);
            server.identity = identifyServer(address, socket.port, options.perRequestMs);
            if (!server.identity.runtime.isEmpty())
                inventory.servers.append(server);
        }
    }
    if (cancelled()) {
        inventory.scan.stoppedEarly = true;
        inventory.scan.stopReason = u"cancelled"_s;
    } else {
        report(u"models"_s, 0);
        inventory.scan =
            scanModelStores(options.roots, options.limits, cancel,
                            [&](qint64 entries, qint64) { report(u"models"_s, entries); });
    }
    report(u"machine"_s, 0);
    inventory.machine = probeSystemInfo();
    inventory.pricingHardware = options.hardware ? options.hardware->name : QString();
    for (const FoundModel &model : std::as_const(inventory.scan.models))
        inventory.prices.append(
            priceFoundModel(model, inventory.machine, options.hardware, options.scenario));
    return inventory;
}

namespace {

QJsonValue orNull(double value, bool known)
{
    return known ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

// The report, pertoken.inventory/1:
//   host, generatedAt, machine {memoryBytes, cpu, os, gpus [{name, memoryBytes, source}]},
//   listeningSockets, servers [{runtime, version, port, address, exposure,
//   reachableFromNetwork, answeredWithoutAuthentication, requiresAuthentication, pid, process,
//   commandLine, endpoints, models [{name, loaded, sizeBytes, vramBytes, quantization,
//   parameterSize, family}], notes}], models [{store, root, name, path, format, architecture,
//   parametersTotal, parametersActive, quantization, bitsPerWeight, sizeBytes, diskBytes,
//   weightBytes, license, contextLengthTokens, chatTemplateSha256, headerSha256,
//   headerSha256Scope, fits, neededMemoryBytes, availableMemoryBytes, outputTokensPerSecond,
//   usdPerMillionTokens, pricingNote}], pricing {hardware, workload}, scan {roots present and
//   absent, entriesSeen, elapsedMs, stoppedEarly, stopReason, skipped [{path, reason}]},
//   notes.
QJsonObject inventoryToJson(const Inventory &inventory)
{
    QJsonArray gpus;
    for (const GpuInfo &gpu : inventory.machine.accelerators)
        gpus.append(QJsonObject{{u"name"_s, gpu.name},
                                {u"memoryBytes"_s, orNull(gpu.memoryBytes, gpu.memoryBytes > 0)},
                                {u"source"_s, gpu.source}});
    QJsonArray servers;
    for (const InventoryServer &server : inventory.servers) {
        QJsonArray models;
        for (const ServedModel &m : server.identity.models)
            models.append(QJsonObject{{u"name"_s, m.name},
                                      {u"loaded"_s, m.loaded},
                                      {u"sizeBytes"_s, m.sizeBytes},
                                      {u"vramBytes"_s, m.vramBytes},
                                      {u"quantization"_s, m.quantization},
                                      {u"parameterSize"_s, m.parameterSize},
                                      {u"family"_s, m.family}});
        servers.append(QJsonObject{
            {u"runtime"_s, server.identity.runtime},
            {u"version"_s, server.identity.version},
            {u"port"_s, server.socket.port},
            {u"address"_s, server.socket.address.toString()},
            {u"exposure"_s, server.exposure},
            {u"reachableFromNetwork"_s, server.reachableFromNetwork()},
            {u"answeredWithoutAuthentication"_s, server.identity.answeredWithoutAuthentication},
            {u"requiresAuthentication"_s, server.identity.requiresAuthentication},
            {u"pid"_s, orNull(double(server.socket.pid), server.socket.pid > 0)},
            {u"process"_s, server.socket.process},
            {u"commandLine"_s, server.socket.commandLine},
            {u"endpoints"_s, QJsonArray::fromStringList(server.identity.endpoints)},
            {u"models"_s, models},
            {u"notes"_s, QJsonArray::fromStringList(server.identity.notes)},
        });
    }
    QJsonArray models;
    for (qsizetype i = 0; i < inventory.scan.models.size(); ++i) {
        const FoundModel &m = inventory.scan.models.at(i);
        const InventoryPrice &p = inventory.prices.value(i);
        const ModelInspection &in = m.inspection;
        models.append(QJsonObject{
            {u"store"_s, m.store},
            {u"root"_s, m.root},
            {u"name"_s, m.name},
            {u"path"_s, m.path},
            {u"format"_s, modelFileFormatId(in.format)},
            {u"architecture"_s, in.architecture},
            {u"parametersTotal"_s, in.model.totalParams},
            {u"parametersActive"_s, in.model.activeParams},
            {u"quantization"_s, in.fileType},
            {u"bitsPerWeight"_s, in.bitsPerWeight},
            {u"sizeBytes"_s, double(m.sizeBytes)},
            {u"diskBytes"_s, double(m.diskBytes)},
            {u"weightBytes"_s, double(in.weightBytes)},
            {u"license"_s, in.license},
            {u"contextLengthTokens"_s, in.model.contextLength},
            {u"chatTemplateSha256"_s, in.chatTemplateSha256},
            {u"headerSha256"_s, in.model.sourceSha256},
            {u"headerSha256Scope"_s, in.model.sourceSha256Scope},
            {u"fits"_s, p.fits},
            {u"neededMemoryBytes"_s, p.neededBytes},
            {u"availableMemoryBytes"_s, p.availableBytes},
            {u"outputTokensPerSecond"_s, orNull(p.outputTokensPerSecond, p.priced)},
            {u"usdPerMillionTokens"_s, orNull(p.usdPerMillionTokens, p.priced)},
            {u"pricingNote"_s, p.reason},
        });
    }
    QJsonArray skipped;
    for (const SkippedPath &s : inventory.scan.skipped)
        skipped.append(QJsonObject{{u"path"_s, s.path}, {u"reason"_s, s.reason}});
    return QJsonObject{
        {u"host"_s, inventory.host},
        {u"generatedAt"_s, inventory.generatedAt.toString(Qt::ISODate)},
        {u"machine"_s, QJsonObject{{u"memoryBytes"_s, inventory.machine.hostMemoryCapacityBytes},
                                   {u"cpu"_s, inventory.machine.hostProcessorModelName},
                                   {u"operatingSystem"_s, inventory.machine.operatingSystem},
                                   {u"gpus"_s, gpus}}},
        {u"listeningSockets"_s, double(inventory.listeningSockets)},
        {u"servers"_s, servers},
        {u"models"_s, models},
        {u"pricing"_s, QJsonObject{{u"hardware"_s, inventory.pricingHardware}}},
        {u"scan"_s,
         QJsonObject{{u"rootsPresent"_s, QJsonArray::fromStringList(inventory.scan.rootsPresent)},
                     {u"rootsAbsent"_s, QJsonArray::fromStringList(inventory.scan.rootsAbsent)},
                     {u"entriesSeen"_s, double(inventory.scan.entriesSeen)},
                     {u"elapsedMs"_s, double(inventory.scan.elapsedMs)},
                     {u"stoppedEarly"_s, inventory.scan.stoppedEarly},
                     {u"stopReason"_s, inventory.scan.stopReason},
                     {u"skipped"_s, skipped}}},
        {u"notes"_s, QJsonArray::fromStringList(inventory.notes)},
    };
}

} // namespace pertoken
