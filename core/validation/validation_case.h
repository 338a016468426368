#pragma once

#include "common/input_error.h"
#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "hardware/quantization.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pertoken {

/// What a published figure measures, and so which figure of the performance model it is
/// compared with (reference/benchmark-metrics.md):
/// - OutputTokensPerSecond: generated tokens per second of the whole replica, all sequences
///   together (TensorRT-LLM's "Total Output Throughput", AIPerf's output token throughput);
/// - TokensPerSecondPerUser: 1 / time per output token of one sequence;
/// - TtftMs, TpotMs: time to first token, and time per output token after the first (ITL);
/// - LlamaBenchPp: llama-bench `ppN`, prompt tokens per second over an N-token prompt;
/// - LlamaBenchTg: llama-bench `tgN`, generated tokens per second of one stream, prompt excluded;
/// - BatchLatencyMs: the time a static batch takes from its first prompt token to its last
///   generated token (vLLM's latency benchmark).
enum class ValidationMetric {
    OutputTokensPerSecond,
    TokensPerSecondPerUser,
    TtftMs,
    TpotMs,
    LlamaBenchPp,
    LlamaBenchTg,
    BatchLatencyMs,
};

/// "outputTokensPerSecond", "tokensPerSecondPerUser", "ttftMs", "tpotMs",
/// "llamaBenchPpTokensPerSecond", "llamaBenchTgTokensPerSecond", "batchLatencyMs".
QString validationMetricId(ValidationMetric metric);
bool validationMetricFromId(const QString &id, ValidationMetric *metric);
/// "tok/s" or "ms".
QString validationMetricUnit(ValidationMetric metric);

/// Where published measurements come from: one document (a README, a documentation page, a CI
/// build) with the engine that produced them and the date it was read.
struct ValidationSource {
    QString id;
    QString publisher;
    QString title;
    QString url;
    QString read; ///< ISO date the figures were copied
    QString engine;
    QString engineVersion;
    QString notes;
    /// The KV cache precision the engine ran with, in bits (16 unless the source or its
    /// checkpoint says otherwise); a case may set its own.
    double kvCacheBits = 16;
};

/// One published measurement and the set-up it was taken under, with the catalog records a user
/// would pick to model it. `batch` is the batch or concurrency; `maxThroughput` marks a
/// maximum-load run whose batch the engine's memory decided (then `batch` is 0).
struct ValidationCase {
    QString id;
    QString sourceId;
    QString url;   ///< the case's own address, else its source's
    QString table; ///< which table, row and column of the source
    Accelerator hardware;
    int devices = 1;
    ModelArchitecture model;
    Quantization quantization;
    int batch = 1;
    bool maxThroughput = false;
    double inputTokens = 0;
    double outputTokens = 0;
    ValidationMetric metric = ValidationMetric::OutputTokensPerSecond;
    double measured = 0;
    QString note;
    double kvCacheBits = 16; ///< the case's own, else its source's
};

struct ValidationSuite {
    QList<ValidationSource> sources;
    QList<ValidationCase> cases;

    const ValidationSource *findSource(const QString &id) const;
};

/// Parses a validation case file, {"format": "pertoken.validation-cases", "schemaVersion": 1,
/// "sources": [...], "cases": [...]} (schema in resources/validation/README.md). Hardware, model
/// and quantization ids are looked up in the built-in catalogs. The first problem is returned
/// with the file (`source`), the field's JSON path and, for a case, its id: an unknown
/// accelerator or model, a missing figure, a negative length, a metric the lengths cannot
/// produce (a prompt rate without a prompt).
Result<ValidationSuite> parseValidationSuite(const QByteArray &json, const QString &source);

/// The built-in suite, resources/validation/cases.json; empty (and logged) if it does not parse.
const ValidationSuite &builtinValidationSuite();

} // namespace pertoken
