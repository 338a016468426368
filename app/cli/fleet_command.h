#pragma once

class QCommandLineParser;

namespace pertoken::cli {

/// `pertoken bench fleet --emit slurm|k8s --shards N [--output FILE] <bench endpoint options>`:
/// writes a Slurm job-array script or a Kubernetes Indexed Job manifest whose tasks each run one
/// shard of the open-loop run; the user hands it to sbatch or kubectl, then runs `bench merge`.
int runFleetCommand(const QCommandLineParser &parser);

} // namespace pertoken::cli
