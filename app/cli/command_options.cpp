#include "cli/command_options.h"

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

// Money in another currency than US dollars, as the dashboard's Preferences set it.
QList<QCommandLineOption> currencyOptions()
{
    return {
        {u"currency"_s,
         u"Show money in this currency (ISO 4217 code such as EUR, CNY, GBP, JPY; default "
         "USD). Stored figures stay in US dollars."_s,
         u"code"_s},
        {u"rate"_s, u"Units of --currency for one US dollar, as the dashboard's Preferences."_s,
         u"R"_s},
        {u"rate-date"_s, u"The date the rate was read, YYYY-MM-DD; the memo states it."_s,
         u"date"_s},
    };
}

QCommandLineOption breakEvenPeakOption()
{
    return {u"break-even-peak"_s,
            u"What break-even volumes hold fixed as volume varies: proportional (peak "
            "concurrency grows with volume) or fixed (stays at the workload's); default: the "
            "scenario's own rule."_s,
            u"rule"_s};
}

} // namespace

QList<QCommandLineOption> evalOptions()
{
    return QList<QCommandLineOption>{
               {u"scenario"_s, u"Scenario file (.pertoken); the built-in default if omitted."_s,
                u"file"_s},
               {u"json"_s, u"Print the pertoken.eval/1 JSON document."_s},
               breakEvenPeakOption(),
           } +
           currencyOptions();
}

QList<QCommandLineOption> frontierOptions()
{
    return QList<QCommandLineOption>{
               {u"scenario"_s, u"Scenario file (.pertoken); the built-in default if omitted."_s,
                u"file"_s},
               {u"json"_s, u"Print the pertoken.frontier/1 JSON document."_s},
               {u"min-user-tokens-per-s"_s,
                u"Also answer: the cheapest option giving at least this many output tokens per "
                u"second "
                "per user."_s,
                u"X"_s},
               {u"max-usd-per-million"_s,
                u"Also answer: the fastest per-user speed at most this many US dollars per million "
                "tokens."_s,
                u"Y"_s},
           } +
           currencyOptions();
}

QList<QCommandLineOption> chartOptions()
{
    return QList<QCommandLineOption>{
               {u"list"_s, u"List the charts and exit."_s},
               {u"scenario"_s,
                u"Scenario file (.pertoken) or memo bundle (.zip); the built-in default if omitted."_s,
                u"file"_s},
               {u"out"_s, u"Output file: .png, .svg, .pdf or .csv."_s, u"file"_s},
               {u"size"_s,
                u"Layout size in pixels at 96 dpi, 100 to 10000 a side (default 800x500)."_s,
                u"WxH"_s},
               {u"dpi"_s,
                u"PNG resolution, 24 to 1200 (default 192); at most 100 million pixels in all."_s,
                u"N"_s},
           } +
           currencyOptions();
}

QList<QCommandLineOption> memoOptions()
{
    return QList<QCommandLineOption>{
               {u"scenario"_s,
                u"Scenario file (.pertoken) or memo bundle (.zip); the built-in default if omitted."_s,
                u"file"_s},
               {u"out"_s, u"The bundle to write (.zip)."_s, u"file"_s},
               {u"stale-after-months"_s,
                u"Mark API prices read more than N months before today in the memo (default 6, as "
                "the dashboard's Preferences; 1 to 120)."_s,
                u"N"_s},
               breakEvenPeakOption(),
           } +
           currencyOptions();
}

QList<QCommandLineOption> benchOptions()
{
    return {
        {u"json"_s, u"Print the pertoken.bench/1 JSON document."_s},
        {u"out"_s, u"Also write the result document to this file."_s, u"file"_s},
        {u"no-history"_s, u"Do not keep the result in the benchmark history."_s},
        {u"quick"_s, u"hardware: finish in 15 s or less."_s},
        {u"url"_s, u"endpoint: the server's base URL or full endpoint URL."_s, u"url"_s},
        {u"model"_s, u"endpoint: the model name to request."_s, u"name"_s},
        {u"api"_s, u"endpoint: openai or ollama (native /api/generate)."_s, u"api"_s, u"openai"_s},
        {u"endpoint"_s, u"endpoint: chat or completions (OpenAI API)."_s, u"kind"_s, u"chat"_s},
        {u"concurrency"_s, u"endpoint: concurrency levels, e.g. 1,4,16."_s, u"list"_s, u"1,4,16"_s},
        {u"requests"_s, u"endpoint: requests per level (default 16)."_s, u"n"_s},
        {u"prompt-tokens"_s, u"endpoint: prompt length to aim at (default 128)."_s, u"n"_s},
        {u"max-tokens"_s, u"endpoint: output tokens per request (default 128)."_s, u"n"_s},
        {u"warmup"_s, u"endpoint: warm-up requests, not measured (default 2)."_s, u"n"_s},
        {u"ttft-target-ms"_s, u"endpoint: TTFT target for goodput."_s, u"ms"_s},
        {u"tpot-target-ms"_s, u"endpoint: TPOT target for goodput."_s, u"ms"_s},
        {u"connect-timeout-ms"_s, u"endpoint: connect timeout (default 10000)."_s, u"ms"_s},
        {u"first-token-timeout-ms"_s, u"endpoint: first-token timeout (default 120000)."_s,
         u"ms"_s},
        {u"idle-timeout-ms"_s, u"endpoint: longest gap between chunks (default 30000)."_s, u"ms"_s},
        {u"total-timeout-ms"_s, u"endpoint: longest request (default 600000)."_s, u"ms"_s},
        {u"run-timeout-ms"_s,
         u"endpoint: deadline of the whole run, keeping what was measured (default 0: none)."_s,
         u"ms"_s},
        {u"api-key-env"_s, u"endpoint: environment variable holding the API key."_s, u"name"_s,
         u"OPENAI_API_KEY"_s},
        {u"api-key-stdin"_s, u"endpoint: read the API key from the first line of stdin."_s},
        {u"no-ignore-eos"_s, u"endpoint: do not ask the server to ignore end-of-sequence."_s},
        {u"rate"_s,
         u"endpoint: open loop: request rates per second, e.g. 10,20,50 (latency counts from "
         "each request's scheduled send time)."_s,
         u"list"_s},
        {u"arrivals"_s, u"endpoint --rate: poisson (default) or constant."_s, u"kind"_s},
        {u"seed"_s, u"endpoint --rate: seed of the Poisson schedule (default 0)."_s, u"n"_s},
        {u"max-concurrency"_s, u"endpoint --rate: most requests in flight (default 0: no cap)."_s,
         u"n"_s},
        {u"repeat"_s, u"endpoint: run each level N times; means with 95% confidence intervals."_s,
         u"n"_s},
        {u"shard"_s, u"endpoint --rate: this client's part I/N of the schedule (I from 0)."_s,
         u"I/N"_s},
        {u"start-at"_s,
         u"endpoint: start the measured schedule at this time (ISO 8601 or "
         "seconds since 1970)."_s,
         u"time"_s},
        {u"records"_s, u"endpoint: write every request's raw record to this JSON-lines file."_s,
         u"file.jsonl"_s},
        {u"power"_s,
         u"endpoint: measure this machine's power while the run goes: auto (every source "
         "found), none, rapl, hwmon (AMD GPU), battery or nvml (NVIDIA GPU); default auto."_s,
         u"source"_s, u"auto"_s},
        {u"electricity-option"_s,
         u"endpoint: the scenario option whose electricity price and PUE cost the measured "
         "energy (default: the first self-hosted or on-device option)."_s,
         u"option-id"_s},
        {u"emit"_s,
         u"fleet: write a Slurm job-array script (slurm) or a Kubernetes Indexed Job manifest "
         "(k8s) that runs the endpoint options in --shards clients."_s,
         u"kind"_s},
        {u"shards"_s, u"fleet: the number of clients (array tasks, completion indexes)."_s, u"n"_s},
        {u"output"_s, u"fleet: write the script or manifest to this file (default: stdout)."_s,
         u"file"_s},
        {u"program"_s, u"fleet: the pertoken command on the nodes (default pertoken)."_s,
         u"path"_s},
        {u"job-name"_s, u"fleet: the job's name (default pertoken-bench)."_s, u"name"_s},
        {u"records-dir"_s,
         u"fleet: where the shards write shard-I.jsonl (slurm default pertoken-shards, on a file "
         "system every node sees; k8s default /records, the volume's mount path)."_s,
         u"dir"_s},
        {u"image"_s, u"fleet --emit k8s: the container image holding pertoken (required)."_s,
         u"image"_s},
        {u"claim"_s,
         u"fleet --emit k8s: the PersistentVolumeClaim the records go to (default "
         "pertoken-records)."_s,
         u"name"_s},
        {u"binary"_s, u"llama-bench: path to the llama-bench program."_s, u"path"_s},
        {u"apply-to"_s,
         u"import: use the measurement in this option of the scenario, as the dashboard's "
         "\"Use in scenario\" does (needs --scenario-out)."_s,
         u"option-id"_s},
        {u"scenario"_s,
         u"import --apply-to, endpoint: the scenario file (default: the built-in one)."_s,
         u"file"_s},
        {u"scenario-out"_s, u"import --apply-to: write the changed scenario to this file."_s,
         u"file"_s},
        {u"level"_s,
         u"import --apply-to: the endpoint level to use (0 = first; default: the fastest level "
         "meeting the run's latency targets)."_s,
         u"index"_s},
        {u"calibrate"_s,
         u"import --apply-to: fit the option's MBU, MFU and overhead per step to every level "
         "(endpoint) or test (llama-bench) instead of copying one level's figures."_s},
    };
}

QList<QCommandLineOption> pricesOptions()
{
    return {
        {u"out"_s,
         u"Write the prices as a PerToken catalog (api-prices.json schema) to this file."_s,
         u"file"_s},
        {u"json"_s, u"Print the pertoken.prices-import/1 JSON document."_s},
        {u"as-of"_s,
         u"The date the file was downloaded, YYYY-MM-DD, recorded as the asOf of every entry "
         "without a date of its own (default: the file's modification date)."_s,
         u"date"_s},
    };
}

QList<QCommandLineOption> modelsOptions()
{
    return {
        {u"json"_s, u"Print the pertoken.model/1 JSON document."_s},
        {u"context"_s, u"Context length per sequence for the fit check, tokens (default 4096)."_s,
         u"N"_s, u"4096"_s},
        {u"batch"_s, u"Concurrent sequences for the fit check (default 1)."_s, u"N"_s, u"1"_s},
    };
}

QList<QCommandLineOption> validateOptions()
{
    return {
        {u"json"_s, u"Print the pertoken.validation/1 JSON document."_s},
        {u"report"_s,
         u"Also write the Markdown report (cases, subsets, sources) to this file, as "
         "docs/validation.md is."_s,
         u"file"_s},
        {u"cases"_s,
         u"Validate the cases of this file (the format of resources/validation/cases.json) "
         "instead of the built-in ones."_s,
         u"file"_s},
        {u"fit"_s,
         u"Fit the efficiency table (MBU, MFU and overhead per class) to the training cases and "
         "write it to this file, as resources/validation/efficiency.json is; the cases are then "
         "predicted with the new table."_s,
         u"file"_s},
        {u"fit-date"_s, u"The date the fitted table records (default: today), YYYY-MM-DD."_s,
         u"date"_s},
    };
}

QList<QCommandLineOption> inventoryOptions()
{
    return {
        {u"json"_s, u"Print the pertoken.inventory/1 JSON document (merge: "
                    "pertoken.inventory-merge/1)."_s},
        {u"csv"_s, u"Print one CSV table: a row per model, then a row per server."_s},
        {u"cyclonedx"_s,
         u"Print a CycloneDX 1.6 JSON bill of materials (machine-learning-model components)."_s},
        {u"path"_s, u"Also scan this folder for models (repeatable)."_s, u"DIR"_s},
        {u"no-default-stores"_s,
         u"Scan only the --path folders, not the usual model stores (Ollama, Hugging Face, "
         "LM Studio, llama.cpp, GPT4All, Jan)."_s},
        {u"no-servers"_s, u"Do not probe listening sockets for inference servers."_s},
        {u"port"_s, u"Probe only this port (repeatable; default: every listening port)."_s, u"N"_s},
        {u"hardware"_s,
         u"Price the models on this catalog hardware id, \"measured\" (the newest `pertoken "
         "bench hardware` result; the default when there is one) or \"none\"."_s,
         u"id"_s},
        {u"scenario"_s,
         u"The scenario whose workload prices the models (default: the built-in "
         "one)."_s,
         u"file"_s},
        {u"add-to"_s,
         u"Add every model found that fits (or the one --model names) to this scenario file "
         "as an option, and use its workload."_s,
         u"SCENARIO"_s},
        {u"model"_s, u"--add-to: only the model of this name."_s, u"name"_s},
        {u"timeout-ms"_s, u"Bound of the model scan (default 60000)."_s, u"ms"_s},
        {u"probe-timeout-ms"_s, u"Bound of each read-only request to a server (default 1500)."_s,
         u"ms"_s},
    };
}

QList<CommandUsage> commandUsages()
{
    return {
        {{u"eval"_s}, evalOptions()},
        {{u"frontier"_s}, frontierOptions()},
        {{u"chart"_s}, chartOptions()},
        {{u"memo"_s}, memoOptions()},
        {{u"bench"_s, u"hardware"_s}, benchOptions()},
        {{u"bench"_s, u"endpoint"_s}, benchOptions()},
        {{u"bench"_s, u"fleet"_s}, benchOptions()},
        {{u"bench"_s, u"import"_s}, benchOptions()},
        {{u"bench"_s, u"merge"_s}, benchOptions()},
        {{u"bench"_s, u"power"_s}, benchOptions()},
        {{u"prices"_s, u"import"_s}, pricesOptions()},
        {{u"models"_s, u"inspect"_s}, modelsOptions()},
        {{u"validate"_s}, validateOptions()},
        {{u"inventory"_s}, inventoryOptions()},
        {{u"inventory"_s, u"merge"_s}, inventoryOptions()},
    };
}

QStringList topLevelOptionNames()
{
    return {u"lang"_s, u"version"_s, u"help"_s};
}

QString optionSynopsis(const QList<QCommandLineOption> &options, int indent, int width)
{
    QString text;
    int column = indent;
    for (const QCommandLineOption &option : options) {
        QString item = u"--"_s + option.names().constFirst();
        if (!option.valueName().isEmpty())
            item += u' ' + option.valueName();
        item = u'[' + item + u']';
        if (!text.isEmpty() && column + 1 + item.size() > width) {
            text += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (!text.isEmpty()) {
            text += u' ';
            ++column;
        }
        text += item;
        column += int(item.size());
    }
    return text;
}

} // namespace pertoken::cli
