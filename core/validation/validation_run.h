#pragma once

#include "cost/deployment_option.h"
#include "cost/workload.h"
#include "inference/efficiency.h"
#include "validation/error_statistics.h"
#include "validation/validation_case.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pertoken {

/// The deployment option a user would build for a case, through the same functions the
/// dashboard's "add option" uses (cost/option_builder.h): the catalog hardware, model and
/// quantization with every other input at its default (MFU, MBU, KV cache bits, memory reserve).
/// Self-hosted options get `devices` GPUs per replica and a maximum batch of the case's batch,
/// or no limit but memory for a maximum-throughput run, and the engine profile of the source's
/// `engine` (inference/engine_profile.h: llama.cpp splits layers, the others batch continuously).
/// The KV cache runs at the case's `kvCacheBits`.
DeploymentOption validationOption(const ValidationCase &validationCase, const QString &engine = {});

/// The engine profile a case's option runs under: layer split on a device (one stream) or for
/// llama.cpp, continuous batching for the other engines.
EngineProfile validationEngineProfile(const ValidationCase &validationCase, const QString &engine);

/// Whether a case is held out of the efficiency fit: a fixed quarter of the cases, chosen by the
/// SHA-256 of the case id (first byte divisible by 4), so adding a case moves no other case.
bool isHeldOut(const ValidationCase &validationCase);

/// One request shape: the case's input and output tokens, its batch as peak concurrency, no
/// latency targets.
Workload validationWorkload(const ValidationCase &validationCase);

/// The model's figure for a case, read from the operating point prepareOption() chooses (the
/// one every table, chart and `eval` shows): output tokens/s of the replica; 1000 / TPOT for a
/// per-user rate or llama-bench tg; prompt tokens ÷ TTFT for llama-bench pp; TTFT; TPOT; and for
/// a static batch, batch ÷ requests per second (batch · prefill + output tokens · step).
/// Not predicted where the option is infeasible (the model does not fit) or cannot describe the
/// case (several devices or a batch on an on-device option); `whyNot` says which.
struct CasePrediction {
    bool predicted = false;
    double value = 0;
    double errorPercent = 0; ///< errorPercent(value, measured) when predicted
    int batch = 0;           ///< the batch the model ran the case at
    QString whyNot;
};

/// With `table`, efficiencies come from it rather than the built-in table.
CasePrediction predictCase(const ValidationCase &validationCase, const QString &engine = {},
                           const EfficiencyTable *table = nullptr);

/// A subset of the cases and the errors over it. Groups and their keys:
/// "overall" ("all"); "source" (source id); "deviceClass" ("apple", "nvidia", "amd", "other",
/// from the accelerator's vendor); "load" ("batch-1", "batch-n" for a fixed batch above 1,
/// "max"); "devices" ("single", "multi"); "weights" ("16-bit", "8-bit", "4-bit" from the
/// quantization's bits per weight: 12 and up, 6 and up, below); "metric" (metric id); "fit"
/// ("training" or "held-out": whether the efficiency fit saw the case).
/// `notPredicted` cases are outside `stats`.
struct ValidationSubset {
    QString group;
    QString key;
    int cases = 0;
    int notPredicted = 0;
    ErrorStatistics stats;
};

struct ValidationReport {
    QList<ValidationSource> sources;
    QList<ValidationCase> cases;
    QList<CasePrediction> predictions; ///< one per case, same order
    QList<ValidationSubset> subsets;   ///< "overall" first, then each group's keys sorted

    const ValidationSubset *findSubset(const QString &group, const QString &key) const;
};

/// Predicts every case with the built-in efficiency table, as a user's option gets it, or with
/// `table` where one is given (a table just fitted by `pertoken validate --fit`).
ValidationReport runValidation(const ValidationSuite &suite,
                               const EfficiencyTable *table = nullptr);

/// The keys of the subsets a case belongs to, by group.
QString deviceClassKey(const Accelerator &accelerator);
QString loadKey(const ValidationCase &validationCase);
QString weightsKey(const Quantization &quantization);

/// The body of the "pertoken.validation/1" document (the schema key is added by the writer):
/// {"casesFile", "subsets": [...], "cases": [...], "sources": [...]}; field names in
/// resources/validation/README.md.
QJsonObject validationJson(const ValidationReport &report, const QString &casesFile);

} // namespace pertoken
