#include "cli/inventory_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/text_table.h"
#include "common/json_output.h"
#include "cost/option_builder.h"
#include "hardware/hardware_catalog.h"
#include "inventory/inventory.h"
#include "scenario/scenario_json.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

std::optional<int> positive(const QCommandLineParser &parser, const QString &name, int low,
                            int high, int *value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < low || v > high)
        return usageError(u"--%1: a whole number from %2 to %3 expected (got \"%4\")"_s.arg(name)
                              .arg(low)
                              .arg(high)
                              .arg(parser.value(name)));
    *value = v;
    return std::nullopt;
}

void printText(const Inventory &inventory)
{
    QTextStream &s = out();
    s << u"Inventory of %1, %2\n"_s.arg(inventory.host,
                                        inventory.generatedAt.toString(Qt::ISODate));
    s << u"memory %1 GB"_s.arg(number(inventory.machine.hostMemoryCapacityBytes / 1e9, 1));
    for (const GpuInfo &gpu : inventory.machine.accelerators)
        s << u"; GPU %1 %2 GB"_s.arg(gpu.name, number(gpu.memoryBytes / 1e9, 1));
    s << u"\n\nInference servers (%1 of %2 listening sockets):\n"_s.arg(inventory.servers.size())
             .arg(inventory.listeningSockets);
    TextTable servers({u"runtime"_s, u"version"_s, u"address"_s, u"port"_s, u"exposure"_s,
                       u"no auth"_s, u"process"_s, u"models (loaded)"_s});
    for (const InventoryServer &server : inventory.servers) {
        int loaded = 0;
        for (const ServedModel &m : server.identity.models)
            loaded += m.loaded ? 1 : 0;
        servers.addRow({server.identity.runtime,
                        server.identity.version.isEmpty() ? u"-"_s : server.identity.version,
                        server.socket.address.toString(), QString::number(server.socket.port),
                        server.exposure,
                        server.identity.answeredWithoutAuthentication ? u"yes"_s : u"no"_s,
                        server.socket.process.isEmpty() ? u"-"_s : server.socket.process,
                        u"%1 (%2)"_s.arg(server.identity.models.size()).arg(loaded)});
    }
    s << servers.render() << '\n';
    s << u"\nModels (%1; priced on %2):\n"_s.arg(inventory.scan.models.size())
             .arg(inventory.pricingHardware.isEmpty() ? u"no hardware with a known speed"_s
                                                      : inventory.pricingHardware);
    TextTable models({u"name"_s, u"store"_s, u"architecture"_s, u"parameters B"_s,
                      u"quantization"_s, u"size GB"_s, u"licence"_s, u"fits"_s, u"tokens/s"_s,
                      u"$/M tokens"_s});
    for (qsizetype i = 0; i < inventory.scan.models.size(); ++i) {
        const FoundModel &m = inventory.scan.models.at(i);
        const InventoryPrice &p = inventory.prices.at(i);
        models.addRow({m.name, m.store, m.inspection.architecture,
                       number(m.inspection.model.totalParams / 1e9, 3), m.inspection.fileType,
                       number(double(m.sizeBytes) / 1e9, 2),
                       m.inspection.license.isEmpty() ? u"-"_s : m.inspection.license,
                       p.fits ? u"yes"_s : u"no"_s,
                       p.priced ? number(p.outputTokensPerSecond, 1) : u"-"_s,
                       p.priced ? number(p.usdPerMillionTokens, 3) : u"-"_s});
    }
    s << models.render() << '\n';
    if (!inventory.scan.skipped.isEmpty()) {
        s << u"\nSkipped (%1):\n"_s.arg(inventory.scan.skipped.size());
        for (const SkippedPath &skipped : inventory.scan.skipped)
            s << u"  "_s << skipped.path << u": "_s << skipped.reason << '\n';
    }
    if (inventory.scan.stoppedEarly)
        s << u"\nThe scan stopped early: "_s << inventory.scan.stopReason << '\n';
    for (const QString &note : inventory.notes)
        s << u"note: "_s << note << '\n';
    s.flush();
}

int runMerge(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.isEmpty())
        return usageError(u"inventory merge: expected one or more REPORT files"_s);
    QList<QPair<QString, QJsonObject>> reports;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(u"%1: cannot be read: %2"_s.arg(file, f.errorString()));
        if (f.size() > 256 * 1024 * 1024)
            return usageError(u"%1: larger than 256 MB; not an inventory report"_s.arg(file));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return usageError(
                u"%1: not a JSON object (%2 at offset %3)"_s.arg(file, error.errorString())
                    .arg(error.offset));
        reports.append({file, document.object()});
    }
    const Result<InventoryMerge> merge = mergeInventories(reports);
    if (!merge)
        return inputError(merge.error());
    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(u"pertoken.inventory-merge/1"_s, inventoryMergeToJson(*merge));
        out().flush();
        return kExitOk;
    }
    QTextStream &s = out();
    s << u"%1 reports\n"_s.arg(merge->reports);
    const auto table = [&s](const QString &title, const QList<InventoryMerge::Count> &counts) {
        TextTable t({title, u"count"_s, u"machines"_s});
        for (const InventoryMerge::Count &c : counts)
            t.addRow({c.key, QString::number(c.count), QString::number(c.machines)});
        s << '\n' << t.render() << '\n';
    };
    table(u"model"_s, merge->models);
    table(u"licence"_s, merge->licences);
    table(u"runtime"_s, merge->runtimes);
    table(u"exposure"_s, merge->exposure);
    s << u"\nestimated local capacity: %1 output tokens/s (%2 M tokens per 30-day month) on %3 "
         "machines with a known speed\n"_s
             .arg(number(merge->localTokensPerSecond, 1),
                  number(merge->localTokensPerMonth / 1e6, 1))
             .arg(merge->machinesWithSpeed);
    s.flush();
    return kExitOk;
}

} // namespace

int runInventoryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the AI models and inference servers of this machine, read-only: listening sockets\n"
        "and their processes (/proc), known inference APIs asked on loopback with GET requests\n"
        "(never a prompt), GGUF and safetensors models in the usual stores and any --path\n"
        "(headers only; links out of a root are not followed), memory and GPUs, and each model's\n"
        "speed and cost per million tokens on this machine. `inventory merge REPORT...` combines\n"
        "--json reports of many machines."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"merge"_s, u"merge REPORT...: combine --json reports."_s,
                                 u"[merge REPORT...]"_s);
    parser.addOptions(inventoryOptions());
    if (const std::optional<int> done =
            parseCommandLine(parser, u"pertoken inventory"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() != u"merge"_s)
            return usageError(
                u"inventory: unknown subcommand \"%1\" (merge expected)"_s.arg(positional.first()));
        return runMerge(parser, positional.mid(1));
    }
    const int formats = int(parser.isSet(u"json"_s)) + int(parser.isSet(u"csv"_s)) +
                        int(parser.isSet(u"cyclonedx"_s));
    if (formats > 1)
        return usageError(u"inventory: choose one of --json, --csv and --cyclonedx"_s);

    InventoryOptions options;
    for (const QString &path : parser.values(u"path"_s)) {
        if (!QFileInfo(path).isDir())
            return usageError(u"--path %1: not a folder"_s.arg(path));
        options.roots.append({u"path"_s, path});
    }
    if (!parser.isSet(u"no-default-stores"_s))
        options.roots +=
            defaultModelStores(QDir::homePath(), QProcessEnvironment::systemEnvironment());
    options.probeServers = !parser.isSet(u"no-servers"_s);
    for (const QString &port : parser.values(u"port"_s)) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return usageError(u"--port: a port from 1 to 65535 expected (got \"%1\")"_s.arg(port));
        options.ports.append(quint16(value));
    }
    int timeoutMs = int(options.limits.totalMs);
    int probeMs = options.perRequestMs;
    if (auto e = positive(parser, u"timeout-ms"_s, 100, 3600000, &timeoutMs))
        return *e;
    if (auto e = positive(parser, u"probe-timeout-ms"_s, 10, 60000, &probeMs))
        return *e;
    options.limits.totalMs = timeoutMs;
    options.perRequestMs = probeMs;

    const QString scenarioPath =
        parser.isSet(u"add-to"_s) ? parser.value(u"add-to"_s) : parser.value(u"scenario"_s);
    Result<Scenario> scenario = scenarioFromOption(scenarioPath);
    if (!scenario)
        return inputError(scenario.error());
    options.scenario = *scenario;
    const QString hardware = parser.value(u"hardware"_s);
    if (hardware.isEmpty() || hardware == u"measured"_s) {
        options.hardware = newestMeasuredMachine();
        if (!options.hardware && hardware == u"measured"_s)
            return usageError(u"--hardware measured: the benchmark history holds no hardware "
                              "measurement; run `pertoken bench hardware` first"_s);
    } else if (hardware != u"none"_s) {
        const Accelerator *entry = findAccelerator(hardware);
        if (!entry)
            return usageError(u"--hardware %1: no such catalog hardware id"_s.arg(hardware));
        options.hardware = *entry;
    }

    const Inventory inventory = runInventory(options);

    if (parser.isSet(u"add-to"_s)) {
        Scenario changed = *scenario;
        const QString only = parser.value(u"model"_s);
        QStringList added;
        for (qsizetype i = 0; i < inventory.scan.models.size(); ++i) {
            const InventoryPrice &p = inventory.prices.at(i);
            if (!only.isEmpty() && inventory.scan.models.at(i).name != only)
                continue;
            if (!p.option || !p.fits)
                continue;
            added.append(addOptionToScenario(changed, *p.option));
        }
        if (added.isEmpty())
            return usageError(
                u"--add-to: no model found that fits and has a price on this "
                "machine%1"_s.arg(only.isEmpty() ? QString() : u" named \"%1\""_s.arg(only)));
        if (const auto error = saveScenarioFile(changed, scenarioPath))
            return inputError(*error);
        err() << u"added to %1: %2"_s.arg(scenarioPath, added.join(u", "_s)) << Qt::endl;
    }

    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(QLatin1StringView(kInventorySchema), inventoryToJson(inventory));
    } else if (parser.isSet(u"csv"_s)) {
        out().flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(inventoryToCsv(inventory));
        stdoutFile.flush();
        return kExitOk;
    } else if (parser.isSet(u"cyclonedx"_s)) {
        out() << QJsonDocument(inventoryToCycloneDx(inventory, QStringLiteral(PERTOKEN_VERSION)))
                     .toJson(QJsonDocument::Indented);
    } else {
        printText(inventory);
        return kExitOk;
    }
    out().flush();
    return kExitOk;
}

} // namespace pertoken::cli
