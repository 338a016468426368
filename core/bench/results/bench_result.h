#pragma once

#include "bench/endpoint/endpoint_benchmark.h"
#include "bench/llamabench/llama_bench.h"
#include "bench/power/power_measurement.h"
#include "bench/probe/hardware_probe.h"
#include "bench/probe/system_info.h"
#include "common/input_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pertoken {

inline constexpr char16_t kBenchSchema[] = u"pertoken.bench/1";

enum class BenchKind { Hardware, Endpoint, LlamaBench };

QString benchKindId(BenchKind kind); // "hardware", "endpoint", "llama-bench"
bool benchKindFromId(const QString &id, BenchKind *out);

/// One benchmark result file: `{"schema": "pertoken.bench/1", "kind": ..., "createdAt": ...,
/// "producer": ..., "system": {...}, ...}` with the kind's own fields at the top level
/// (hardware: memoryBandwidthGBps, gemmGflops, ...; endpoint: levels[], requests[], ...;
/// llama-bench: tests[]). Only the member matching `kind` is meaningful.
struct BenchResult {
    BenchKind kind = BenchKind::Hardware;
    QDateTime createdAt;
    SystemInfo system; ///< the machine that ran (or, for llama-bench, imported) the benchmark
    HardwareProbeResult hardware;
    EndpointRun endpoint;
    /// Endpoint runs: this machine's power while the run went (bench/power), "not measured"
    /// with the reason when no source was read; written as "power" beside the levels.
    PowerMeasurement power;
    LlamaBenchResult llamaBench;
};

BenchResult benchResultFrom(const HardwareProbeResult &hardware);
BenchResult benchResultFrom(const EndpointRun &endpoint, const SystemInfo &client,
                            const PowerMeasurement &power = {});
BenchResult benchResultFrom(const LlamaBenchResult &llamaBench, const SystemInfo &importer);

QJsonObject benchResultBody(const BenchResult &result);  ///< everything but "schema"
QByteArray benchResultToJson(const BenchResult &result); ///< "schema" first (schemaFirstJson)
/// Reads a result file; another schema (a newer "pertoken.bench/2") is refused by name.
Result<BenchResult> parseBenchResult(const QByteArray &json, const QString &source);
bool looksLikeBenchResult(const QByteArray &json);

/// One line for a history list: "endpoint llama3 @ http://host/v1/chat/completions: 412 tok/s
/// at concurrency 16".
QString benchResultSummary(const BenchResult &result);

} // namespace pertoken
