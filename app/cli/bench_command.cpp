#include "cli/bench_command.h"

#include "bench/calibration/bench_selftest.h"
#include "bench/endpoint/endpoint_options.h"
#include "bench/endpoint/repeat_statistics.h"
#include "bench/endpoint/shard_merge.h"
#include "bench/results/apply_bench_result.h"
#include "bench/results/bench_energy.h"
#include "bench/results/bench_history.h"
#include "bench/results/calibrate_option.h"
#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/fleet_command.h"
#include "cli/power_command.h"
#include "cli/text_table.h"
#include "common/json_output.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"

#include <QCommandLineParser>
#include <QFile>

#include <csignal>
#include <cstdio>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> g_interrupted{false}; // Ctrl-C: stop, keep what was measured

void onInterrupt(int)
{
    g_interrupted = true;
}

QString ms(const Distribution &d)
{
    return d.count == 0 ? u"-"_s : QString::number(d.p50, 'f', 1);
}

QString percentiles(const Distribution &d)
{
    if (d.count == 0)
        return u"-"_s;
    return u"%1 / %2 / %3"_s.arg(d.p50, 0, 'f', 1).arg(d.p90, 0, 'f', 1).arg(d.p99, 0, 'f', 1);
}

// Writes --out, saves to the history unless --no-history, prints JSON (`json`, when given,
// in place of the result's own document) or the text.
int finish(const QCommandLineParser &parser, const BenchResult &result, const QString &text,
           const QByteArray &json = {})
{
    if (parser.isSet(u"json"_s)) {
        out() << (json.isEmpty() ? benchResultToJson(result) : json);
    } else {
        out() << text;
    }
    out().flush();
    const QString outPath = parser.value(u"out"_s);
    if (!outPath.isEmpty()) {
        const Result<QString> written = writeBenchResultFile(result, outPath);
        if (!written) {
            err() << u"pertoken: "_s << written.error().toString() << Qt::endl;
            return kExitFailed;
        }
    }
    if (!parser.isSet(u"no-history"_s)) {
        const Result<QString> saved = BenchHistory().save(result);
        if (!saved)
            err() << u"pertoken: warning: not kept in the history: "_s << saved.error().toString()
                  << Qt::endl;
        else if (!parser.isSet(u"json"_s))
            out() << u"saved to %1\n"_s.arg(*saved);
    }
    out().flush();
    return kExitOk;
}

QString hardwareText(const HardwareProbeResult &r)
{
    const SystemInfo &s = r.system;
    QString text = u"%1, %2 cores / %3 threads, %4 GB memory, %5\n"_s.arg(s.hostProcessorModelName)
                       .arg(s.hostProcessorCoreCount)
                       .arg(s.hostProcessorVcpuCount)
                       .arg(s.hostMemoryCapacityBytes / 1e9, 0, 'f', 1)
                       .arg(s.operatingSystem);
    for (const GpuInfo &gpu : s.accelerators)
        text += u"GPU: %1, %2 GB, driver %3 (%4)\n"_s.arg(gpu.name)
                    .arg(gpu.memoryBytes / 1e9, 0, 'f', 1)
                    .arg(gpu.driverVersion.isEmpty() ? u"-"_s : gpu.driverVersion, gpu.source);
    TextTable table({u"probe"_s, u"result"_s, u"detail"_s});
    table.addRow(
        {u"memory triad"_s, u"%1 GB/s"_s.arg(r.memory.triad.bestGBps, 0, 'f', 1),
         u"best of %1 after the first, %2 threads, 3 × %3 MB arrays"_s.arg(r.memory.repetitions - 1)
             .arg(r.memory.threads)
             .arg(double(r.memory.arrayElements) * 8 / 1e6, 0, 'f', 0)});
    table.addRow({u"memory copy"_s, u"%1 GB/s"_s.arg(r.memory.copy.bestGBps, 0, 'f', 1),
                  r.memory.validated ? u"results validated"_s : r.memory.error});
    for (const GemmResult *g : {&r.gemmSingleThread, &r.gemmAllThreads}) {
        table.addRow({u"FP32 GEMM, %1 thread(s)"_s.arg(g->threads),
                      g->measured() ? u"%1 GFLOPS"_s.arg(g->bestGflops, 0, 'f', 1) : u"-"_s,
                      g->error.isEmpty()
                          ? u"n = %1, best of %2"_s.arg(g->size).arg(g->gflops.size())
                          : g->error});
    }
    text += u"\n"_s + table.render() +
            u"\nBLAS: %1\nTook %2 s%3.\n"_s.arg(r.blasConfig)
                .arg(r.elapsedSeconds, 0, 'f', 1)
                .arg(r.cancelled ? u" (cancelled: partial results)"_s : QString());
    const Accelerator a = measuredAccelerator(r);
    text +=
        u"Hardware entry: \"%1\", %2 GB/s, %3 TFLOPS (FP32 standing in for BF16)\n"_s.arg(a.name)
            .arg(a.bandwidthGBps, 0, 'f', 1)
            .arg(a.bf16Tflops, 0, 'f', 3);
    return text;
}

// Each level's metrics over its repeats: mean ± the 95 % confidence interval's half-width.
QString repeatText(const EndpointRun &run)
{
    const QList<RepeatedLevel> repeated = repeatStatistics(run.levels);
    if (repeated.isEmpty())
        return {};
    QStringList header{run.config.openLoop() ? u"rate/s"_s : u"conc."_s, u"runs"_s};
    for (const auto &metric : repeated.first().metrics)
        header.append(metric.first);
    TextTable table(header);
    for (const RepeatedLevel &level : repeated) {
        QStringList row{run.config.openLoop() ? QString::number(level.ratePerSecond, 'g', 6)
                                              : QString::number(level.concurrency),
                        QString::number(level.repeats)};
        for (const auto &[id, m] : level.metrics)
            row.append(m.count == 0
                           ? u"-"_s
                           : u"%1 ± %2"_s.arg(m.mean, 0, 'f', 2).arg(m.halfWidth95, 0, 'f', 2));
        table.addRow(row);
    }
    return u"\nMean ± 95%% confidence interval over the runs (Student t, t(0.975, n-1) * s / "
           "sqrt(n)):\n"_s.replace(u"%%"_s, u"%"_s) +
           table.render();
}

// The table; what went wrong at each level goes to `notes`, for standard error.
QString endpointText(const EndpointRun &run, QStringList *notes)
{
    QString text = u"%1 (%2, model %3)\n\n"_s.arg(run.endpointUrl.toString(),
                                                  streamApiId(run.config.api), run.config.model);
    const bool open = run.config.openLoop();
    QStringList header{open ? u"rate/s"_s : u"conc."_s,
                       u"done"_s,
                       u"failed"_s,
                       u"TTFT p50/p90/p99 ms"_s,
                       u"TPOT p50/p90/p99 ms"_s,
                       u"ITL p50 ms"_s,
                       u"E2E p50 ms"_s,
                       open ? u"lag p50/p99/max ms"_s : u"queue p50 ms"_s,
                       u"out tok/s"_s,
                       u"req/s"_s,
                       u"goodput req/s"_s,
                       u"tokens"_s};
    if (open)
        header.insert(1, u"sent/s"_s);
    if (run.config.repeats > 1)
        header.insert(1, u"run"_s);
    TextTable table(header);
    for (const LevelSummary &l : run.levels) {
        QStringList row{
            open ? QString::number(l.ratePerSecond, 'g', 6) : QString::number(l.concurrency),
            QString::number(l.completed),
            QString::number(l.failed),
            percentiles(l.ttftMs),
            percentiles(l.tpotMs),
            ms(l.itlMs),
            ms(l.e2eMs),
            open ? u"%1 / %2 / %3%4"_s.arg(l.queueMs.p50, 0, 'f', 1)
                       .arg(l.queueMs.p99, 0, 'f', 1)
                       .arg(l.queueMs.max, 0, 'f', 1)
                       .arg(l.clientBehindSchedule ? u" BEHIND"_s : QString())
                 : ms(l.queueMs),
            QString::number(l.outputTokensPerSecond, 'f', 1),
            QString::number(l.requestsPerSecond, 'f', 2),
            run.config.targets.any() ? QString::number(l.goodputRequestsPerSecond, 'f', 2) : u"-"_s,
            l.tokenCountSource};
        if (open)
            row.insert(1, QString::number(l.achievedRatePerSecond, 'f', 2));
        if (run.config.repeats > 1)
            row.insert(1, QString::number(l.repeat + 1));
        table.addRow(row);
        QStringList kinds;
        for (auto it = l.failuresByKind.cbegin(); it != l.failuresByKind.cend(); ++it)
            kinds.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
        if (!kinds.isEmpty())
            notes->append(
                u"concurrency %1 failures: %2"_s.arg(l.concurrency).arg(kinds.join(u", "_s)));
        for (const QString &warning : l.warnings)
            notes->append(u"concurrency %1: %2"_s.arg(l.concurrency).arg(warning));
        if (l.meanPromptTokens >= 0)
            notes->append(u"concurrency %1: the server counted %2 prompt tokens on average "
                          "(%3 requested)"_s.arg(l.concurrency)
                              .arg(l.meanPromptTokens, 0, 'f', 1)
                              .arg(run.config.promptTokens));
    }
    text += table.render();
    if (open)
        text += u"Open loop (%1 arrivals): TTFT and E2E count from each request's scheduled send "
                "time; lag = actual - scheduled send; BEHIND = p99 lag beyond max(10 ms, one "
                "arrival gap): the client could not keep the schedule.\n"_s.arg(
                    arrivalProcessId(run.config.arrivals));
    else
        text +=
            u"TTFT = first generated chunk - request start; TPOT = (E2E - TTFT) / (tokens - 1); "
            "ITL = gaps between chunks; queue = wait for a free slot, outside the latencies.\n"_s;
    if (run.config.repeats > 1)
        text += repeatText(run);
    if (run.cancelled)
        text += u"Cancelled: the figures cover the requests measured before it.\n"_s;
    return text;
}

int runHardware(QCommandLineParser &parser)
{
    HardwareProbeOptions options;
    options.quick = parser.isSet(u"quick"_s);
    const HardwareProbeResult result = runHardwareProbe(
        options,
        [](double fraction, const QString &stage) {
            err() << u"\r[%1%] %2          "_s.arg(int(fraction * 100), 3).arg(stage);
            err().flush();
        },
        &g_interrupted);
    err() << Qt::endl;
    if (result.memoryBandwidthGBps() <= 0 && !result.cancelled) {
        err() << u"pertoken: the memory probe failed: %1"_s.arg(result.memory.error) << Qt::endl;
        return kExitFailed;
    }
    return finish(parser, benchResultFrom(result), hardwareText(result));
}

Result<EndpointConfig> endpointConfig(const QCommandLineParser &parser)
{
    Result<EndpointConfig> config =
        endpointConfigFromOptions(endpointOptionValues(parser), u"--"_s);
    if (!config)
        return config;
    config.value().ignoreEos = !parser.isSet(u"no-ignore-eos"_s);
    if (parser.isSet(u"api-key-stdin"_s)) {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            config.value().apiKey = input.readLine().trimmed();
    } else {
        const QByteArray variable = parser.value(u"api-key-env"_s).toLocal8Bit();
        config.value().apiKey = qgetenv(variable.constData()).trimmed();
    }
    return config;
}

int runEndpoint(QCommandLineParser &parser)
{
    const Result<EndpointConfig> config = endpointConfig(parser);
    if (!config)
        return inputError(config.error());
    if (!config->apiKey.isEmpty())
        err() << u"Sending an API key from %1 (it is not written to any file).\n"_s.arg(
            parser.isSet(u"api-key-stdin"_s) ? u"standard input"_s
                                             : u"$"_s + parser.value(u"api-key-env"_s));
    const QString recordsPath = parser.value(u"records"_s);
    if (recordsPath.isEmpty() && config->shardCount > 1)
        return usageError(u"--shard: needs --records FILE.jsonl, the shard's raw records for "
                          "`pertoken bench merge`"_s);
    const Result<std::shared_ptr<PowerSampler>> power = powerSamplerFromOptions(parser);
    if (!power)
        return inputError(power.error());
    const Result<std::optional<ElectricityPrice>> price = electricityPriceFromOptions(parser);
    if (!price)
        return inputError(price.error());
    (*power)->start();
    int total = config->warmupRequests +
                config->requestsPerLevelHere() * config->levelCount() * config->repeats;
    int done = 0;
    const EndpointRun run = runEndpointBenchmark(
        *config,
        [&](const EndpointProgress &) {
            err() << u"\r%1 / %2 requests"_s.arg(++done).arg(total);
            err().flush();
        },
        &g_interrupted);
    PowerMeasurement measured = (*power)->stop();
    if (*price)
        setElectricityPrice(measured, **price);
    err() << Qt::endl;
    if (!run.fatalError.isEmpty()) {
        err() << u"pertoken: %1: %2"_s.arg(run.endpointUrl.toString(), run.fatalError) << Qt::endl;
        return kExitFailed;
    }
    if (!recordsPath.isEmpty()) {
        if (const std::optional<InputError> problem = writeRecordsFile(run, recordsPath)) {
            err() << u"pertoken: "_s << problem->toString() << Qt::endl;
            return kExitFailed;
        }
    }
    QStringList notes;
    const QString text = endpointText(run, &notes);
    for (const QString &note : notes)
        err() << u"pertoken: note: "_s << note << '\n';
    err().flush();
    const BenchResult result = benchResultFrom(run, probeSystemInfo(), measured);
    const int status = finish(parser, result, text + benchPowerSummary(result) + u'\n');
    bool anyCompleted = false;
    for (const LevelSummary &level : run.levels)
        anyCompleted = anyCompleted || level.completed > 0;
    if (!anyCompleted && !run.cancelled) {
        err() << u"pertoken: no request completed"_s << Qt::endl;
        return kExitFailed;
    }
    return status;
}

// `bench merge FILE...`: the shards' raw records pooled into one run.
int runMerge(QCommandLineParser &parser, const QStringList &paths)
{
    QList<RecordsShard> shards;
    for (const QString &path : paths) {
        Result<RecordsShard> shard = readRecordsFile(path);
        if (!shard)
            return inputError(shard.error());
        shards.append(std::move(shard).value());
    }
    const Result<MergedRun> merged = mergeShards(shards, QDateTime::currentDateTimeUtc());
    if (!merged)
        return inputError(merged.error());
    for (const QString &warning : merged->warnings)
        err() << u"pertoken: warning: "_s << warning << '\n';
    QStringList notes;
    QString text = endpointText(merged->run, &notes);
    for (const QString &note : notes)
        err() << u"pertoken: note: "_s << note << '\n';
    err().flush();
    TextTable table(
        {u"shard"_s, u"file"_s, u"requests"_s, u"start skew ms"_s, u"lag p99 ms"_s, u"client"_s});
    for (const ShardReport &s : merged->shards)
        table.addRow({QString::number(s.shardIndex), s.source, QString::number(s.requests),
                      QString::number(s.startSkewMs, 'f', 0), QString::number(s.lagP99Ms, 'f', 1),
                      s.saturated ? u"SATURATED"_s : u"kept schedule"_s});
    text += u"\nShards (percentiles from the pooled raw records; clock skew between shards %1 "
            "ms):\n"_s.arg(merged->clockSkewMs, 0, 'f', 0) +
            table.render();
    const BenchResult result = benchResultFrom(merged->run, probeSystemInfo());
    QJsonObject body = benchResultBody(result);
    body.insert(u"merge"_s, mergeReportToJson(*merged));
    return finish(parser, result, text, schemaFirstJson(QString::fromUtf16(kBenchSchema), body));
}

// `bench import FILE --apply-to ID`: the dashboard's "Use in scenario", through the same core
// function, on the scenario of --scenario (or the default one), written to --scenario-out.
int applyToScenario(const QCommandLineParser &parser, const BenchResult &result)
{
    const QString optionId = parser.value(u"apply-to"_s);
    const QString target = parser.value(u"scenario-out"_s);
    if (target.isEmpty())
        return usageError(u"bench import --apply-to needs --scenario-out FILE.pertoken to write "
                          "the scenario with the measurement to"_s);
    const Result<Scenario> loaded = scenarioFromOption(parser.value(u"scenario"_s));
    if (!loaded)
        return inputError(loaded.error());
    Scenario scenario = *loaded;
    DeploymentOption *option = scenario.option(optionId);
    if (!option) {
        QStringList ids;
        for (const DeploymentOption &candidate : std::as_const(scenario.options))
            ids.append(candidate.id);
        return usageError(u"--apply-to: the scenario has no option \"%1\" (it has %2)"_s.arg(
            optionId, ids.join(u", "_s)));
    }
    ApplyChoice choice;
    if (parser.isSet(u"level"_s)) {
        bool ok = false;
        choice.levelIndex = parser.value(u"level"_s).toInt(&ok);
        if (!ok || choice.levelIndex < 0)
            return usageError(u"--level: expected a level index, 0 or more (got \"%1\")"_s.arg(
                parser.value(u"level"_s)));
    }
    choice.evaluatedGpusPerReplica = evaluateOption(scenario, *option).gpusPerReplica;
    const Result<DeploymentOption> applied = parser.isSet(u"calibrate"_s)
                                                 ? calibrateOption(result, *option)
                                                 : applyBenchResult(result, *option, choice);
    if (!applied)
        return inputError(applied.error());
    *option = *applied;
    if (const std::optional<InputError> problem = saveScenarioFile(scenario, target))
        return inputError(*problem);
    const OptionResult evaluated = evaluateOption(scenario, *option);
    out() << u"%1 now reads %2 (%3); scenario written to %4"_s.arg(
                 option->name, basisId(evaluated.basis), evaluated.basisNote, target)
          << Qt::endl;
    return kExitOk;
}

int runImport(QCommandLineParser &parser, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(u"%1: cannot be read: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (looksLikeBenchResult(bytes)) {
        const Result<BenchResult> result = parseBenchResult(bytes, path);
        if (!result)
            return inputError(result.error());
        if (parser.isSet(u"apply-to"_s))
            return applyToScenario(parser, *result);
        return finish(parser, *result, benchResultSummary(*result) + u'\n');
    }
    const Result<LlamaBenchResult> llama = parseLlamaBenchOutput(bytes, path);
    if (!llama)
        return inputError(llama.error());
    QString text;
    TextTable table({u"test"_s, u"t/s"_s, u"± stddev"_s, u"reps"_s, u"model"_s, u"backend"_s});
    for (const LlamaBenchTest &t : llama->tests)
        table.addRow({t.label, QString::number(t.avgTokensPerSecond, 'f', 2),
                      QString::number(t.stddevTokensPerSecond, 'f', 2),
                      QString::number(t.samplesTokensPerSecond.size()), t.modelType, t.backends});
    text = table.render();
    for (const QString &warning : llama->warnings)
        err() << u"pertoken: warning: "_s << warning << '\n';
    err().flush();
    const BenchResult imported = benchResultFrom(*llama, probeSystemInfo());
    if (parser.isSet(u"apply-to"_s))
        return applyToScenario(parser, imported);
    return finish(parser, imported, text);
}

int runSelftestCommand(const QCommandLineParser &parser)
{
    const SelftestResult result = runSelftest(
        {}, [](const QString &stage) { err() << stage << Qt::endl; }, &g_interrupted);
    if (parser.isSet(u"json"_s)) {
        out() << schemaFirstJson(QString::fromUtf16(kBenchSchema), selftestToJson(result));
    } else {
        TextTable table({u"streams"_s, u"done"_s, u"TTFT p50 ms"_s, u"TTFT error"_s,
                         u"TPOT p50 ms"_s, u"TPOT error"_s, u"client delay p50/p99"_s,
                         u"server late p50"_s, u"out tok/s"_s, u"ideal"_s, u"budget"_s});
        for (const SelftestLevel &l : result.levels)
            table.addRow({QString::number(l.concurrency), QString::number(l.completed),
                          ms(l.ttftMs), QString::number(l.ttftErrorMs.p50, 'f', 3), ms(l.tpotMs),
                          QString::number(l.tpotErrorMs.p50, 'f', 3),
                          u"%1 / %2"_s.arg(l.clientDelayMs.p50, 0, 'f', 2)
                              .arg(l.clientDelayMs.p99, 0, 'f', 2),
                          QString::number(l.serverTtftMs.p50 - result.timing.ttftMs, 'f', 2),
                          QString::number(l.outputTokensPerSecond, 'f', 0),
                          QString::number(l.idealOutputTokensPerSecond, 'f', 0),
                          l.withinBudget ? u"ok"_s : u"OVER"_s});
        out() << u"Calibration server: TTFT %1 ms, %2 ms per token, %3 tokens. Errors (ms) are "
                 "measured - true, the true timing being the server's writes on the same clock; "
                 "budget: |error| <= 2 % or 1 ms, client delay p99 < one token interval\n\n"_s
                     .arg(result.timing.ttftMs)
                     .arg(result.timing.tokenIntervalMs)
                     .arg(result.timing.tokensPerResponse)
              << table.render();
    }
    out().flush();
    if (!result.error.isEmpty())
        err() << u"pertoken: "_s << result.error << Qt::endl;
    return result.withinBudget() ? kExitOk : kExitFailed;
}

int runLlamaBenchCommand(QCommandLineParser &parser, const QStringList &passThrough)
{
    const QString binary = parser.value(u"binary"_s);
    if (binary.isEmpty())
        return usageError(u"bench llama-bench: --binary PATH to llama-bench is required"_s);
    const Result<LlamaBenchResult> llama = runLlamaBench(
        binary, passThrough, [](const QString &line) { err() << line << Qt::endl; },
        &g_interrupted);
    if (!llama) {
        err() << u"pertoken: "_s << llama.error().toString() << Qt::endl;
        return kExitFailed;
    }
    return finish(parser, benchResultFrom(*llama, probeSystemInfo()),
                  benchResultSummary(benchResultFrom(*llama, {})) + u'\n');
}

int runHistory()
{
    QStringList unreadable;
    const BenchHistory history;
    const QList<BenchHistory::Entry> entries = history.list(&unreadable);
    out() << history.directory() << '\n';
    for (const BenchHistory::Entry &entry : entries)
        out() << entry.createdAt.toString(Qt::ISODate) << "  " << entry.summary << '\n';
    out().flush();
    for (const QString &problem : unreadable)
        err() << u"pertoken: warning: unreadable: "_s << problem << '\n';
    err().flush();
    return kExitOk;
}

} // namespace

QHash<QString, QString> endpointOptionValues(const QCommandLineParser &parser)
{
    QHash<QString, QString> options;
    const QStringList names = endpointOptionNames();
    for (const QString &name : names)
        if (parser.isSet(name))
            options.insert(name, parser.value(name));
    return options;
}

int runBenchCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks: bench hardware [--quick] | bench endpoint --url URL --model M ... |\n"
        "bench fleet --emit slurm|k8s --shards N --url URL --model M --rate R ... |\n"
        "bench merge FILE.jsonl... [--json] | bench import FILE [--apply-to ID --scenario-out F] | "
        "bench selftest | bench llama-bench "
        "--binary PATH -- ARGS | "
        "bench history | bench power"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"subcommand"_s, u"hardware, endpoint, fleet, merge, import, selftest, llama-bench, "
                         "history, power"_s);
    parser.addOptions(benchOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken bench"_s, arguments))
        return *done;
    if (sub.isEmpty()) {
        err() << parser.helpText();
        err().flush();
        return kExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    std::signal(SIGINT, onInterrupt);
    if (sub == u"hardware" && positional.size() == 1)
        return runHardware(parser);
    if (sub == u"endpoint" && positional.size() == 1)
        return runEndpoint(parser);
    if (sub == u"fleet" && positional.size() == 1)
        return runFleetCommand(parser);
    if (sub == u"merge" && positional.size() >= 2)
        return runMerge(parser, positional.mid(1));
    if (sub == u"import" && positional.size() == 2)
        return runImport(parser, positional.at(1));
    if (sub == u"selftest" && positional.size() == 1)
        return runSelftestCommand(parser);
    if (sub == u"llama-bench")
        return runLlamaBenchCommand(parser, positional.mid(1));
    if (sub == u"history" && positional.size() == 1)
        return runHistory();
    if (sub == u"power" && positional.size() == 1)
        return runPowerSourcesCommand(parser);
    return usageError(
        u"bench: expected hardware, endpoint, fleet, merge FILE..., import FILE, selftest, "
        "llama-bench, history or power (got \"%1\"); `pertoken bench --help` lists the "
        "options"_s.arg(positional.join(u' ')));
}

} // namespace pertoken::cli
