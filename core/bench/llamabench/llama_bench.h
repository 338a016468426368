#pragma once

#include "common/input_error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace pertoken {

/// One llama-bench test (ggml-org/llama.cpp: tools/llama-bench/llama-bench.cpp): prefill "pp"
/// (n_prompt > 0, n_gen = 0), decode "tg" (n_prompt = 0, n_gen > 0) or both ("pp512+tg128"),
/// optionally at a KV depth ("@ d4096"). avg_ts = mean of the per-repetition rates
/// 1e9·(n_prompt + n_gen)/samples_ns[i]; stddev_ts their sample standard deviation.
struct LlamaBenchTest {
    QString label; ///< "pp512", "tg128", "pp512+tg128 @ d4096"
    int nPrompt = 0;
    int nGen = 0;
    int nDepth = 0;
    double avgTokensPerSecond = 0;
    double stddevTokensPerSecond = 0;
    QList<double> samplesTokensPerSecond;
    QString modelType; ///< "qwen2 7B Q4_K - Medium"
    double modelSizeBytes = 0;
    double modelParams = 0;
    QString backends;
    QString cpuInfo;
    QString gpuInfo;
    QString buildCommit;
    int buildNumber = 0;
    /// When llama-bench ran the test ("test_time", ISO 8601 in UTC); invalid where the build
    /// does not write it or wrote something that is not a date and time.
    QDateTime testTime;
    QJsonObject raw; ///< the object as llama-bench wrote it, unknown keys included

    bool isDecode() const { return nGen > 0 && nPrompt == 0; }
    bool isPrefill() const { return nPrompt > 0 && nGen == 0; }
};

struct LlamaBenchResult {
    QString format; ///< "json" or "jsonl"
    QList<LlamaBenchTest> tests;
    QStringList warnings;

    /// When the run was made: the latest test time, or invalid where no test has one.
    QDateTime runTime() const;
    /// The decode test at the smallest depth (batch-1 tg t/s), if any.
    const LlamaBenchTest *decodeTest() const;
    const LlamaBenchTest *prefillTest() const;
};

/// Reads `-o json` (an array; a truncated one, as left by an interrupted run, keeps its complete
/// tests with a warning) or `-o jsonl` (one object per line). Keys are read by name and unknown
/// keys kept, so older and newer builds' field sets both load: n_depth defaults to 0 where older
/// builds lack it, flash_attn may be a boolean or an integer, samples_ts is derived from
/// samples_ns where missing, and avg_ts from avg_ns. A test without n_prompt, n_gen or a rate is
/// an error naming its JSON path.
Result<LlamaBenchResult> parseLlamaBenchOutput(const QByteArray &bytes, const QString &source);

/// Runs `program arguments... -o json` and parses what it printed. Progress lines (stderr, e.g.
/// with `--progress`) go to `progress`; `cancel` kills the process within 100 ms and keeps the
/// tests it had completed. A program that cannot start, fails or times out is an error.
Result<LlamaBenchResult> runLlamaBench(const QString &program, const QStringList &arguments,
                                       const std::function<void(const QString &)> &progress = {},
                                       const std::atomic<bool> *cancel = nullptr,
                                       int timeoutMs = 3600 * 1000);

QJsonObject llamaBenchToJson(const LlamaBenchResult &result);
Result<LlamaBenchResult> llamaBenchFromJson(const QJsonObject &object, const QString &source);

} // namespace pertoken
