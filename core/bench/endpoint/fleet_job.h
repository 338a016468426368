#pragma once

#include "common/input_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pertoken {

/// One open-loop endpoint run split into `shards` clients that an existing batch system starts:
/// a Slurm job array (one array task per shard) or a Kubernetes Indexed Job (one completion
/// index per shard). Every shard runs the same `pertoken bench endpoint` command with
/// `--shard INDEX/shards`, the shared `--start-at` time and `--records DIR/shard-INDEX.jsonl`;
/// `pertoken bench merge` then pools the records. Nothing here starts or watches a job.
struct FleetJob {
    int shards = 1;
    /// The endpoint options every shard gets alike, as words: "--url", "http://...", "--rate",
    /// "20", ... (already checked; without --shard, --start-at and --records).
    QStringList endpointArguments;
    QDateTime startAt; ///< when every shard starts its measured schedule (UTC)
    QString program = QStringLiteral("pertoken"); ///< the command on the cluster's nodes
    QString jobName = QStringLiteral("pertoken-bench");
    /// Slurm: the folder the shards write to, on a file system every node sees (relative to the
    /// submission folder when not absolute). Kubernetes: where the volume is mounted.
    QString recordsDir;
    QString image;                                      ///< Kubernetes: the container image
    QString claim = QStringLiteral("pertoken-records"); ///< Kubernetes: the volume's claim
    /// Kubernetes: the environment variable the API key is read from, filled from the key
    /// "api-key" of the Secret `apiKeySecret`; empty: no key.
    QString apiKeyEnv;
    QString apiKeySecret = QStringLiteral("pertoken-api-key");
};

/// The folder each emitter writes records to when FleetJob::recordsDir is empty.
QString defaultFleetRecordsDir(bool kubernetes);

/// `text` as one word for a POSIX shell: in single quotes, each ' written as '\''.
QString shellQuote(const QString &text);

/// A bash script for `sbatch`: `#SBATCH --array=0-(shards-1)`, each task running its shard.
/// Refuses (naming the option) a shard count below 1 or above 100000, an empty program, and a
/// job name that is not 1-63 characters of a-z, 0-9 and '-'.
Result<QByteArray> slurmArrayScript(const FleetJob &job);

/// A batch/v1 Job manifest (YAML) for `kubectl apply -f`: completionMode Indexed, completions
/// = parallelism = shards, the shard index from JOB_COMPLETION_INDEX, records on the volume of
/// the PersistentVolumeClaim `claim` mounted at `recordsDir` (default /records). Refuses what
/// slurmArrayScript refuses, and a missing image or a claim or secret name that is not a DNS
/// subdomain.
Result<QByteArray> kubernetesIndexedJob(const FleetJob &job);

} // namespace pertoken
