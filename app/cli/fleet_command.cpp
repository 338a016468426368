#include "cli/fleet_command.h"

#include "bench/endpoint/endpoint_options.h"
#include "bench/endpoint/fleet_job.h"
#include "cli/bench_command.h"
#include "cli/cli_common.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

// Without --start-at the shards start this long after the file is written: time to submit it.
constexpr qint64 kDefaultStartDelaySeconds = 120;

Result<FleetJob> fleetJob(const QCommandLineParser &parser, bool kubernetes)
{
    FleetJob job;
    bool ok = false;
    job.shards = parser.value(u"shards"_s).trimmed().toInt(&ok);
    if (!parser.isSet(u"shards"_s) || !ok || job.shards < 1 || job.shards > 100000)
        return InputError{u"--shards"_s,
                          {},
                          u"must be a whole number of clients from 1 to 100000 (got \"%1\")"_s.arg(
                              parser.value(u"shards"_s))};
    QHash<QString, QString> options = endpointOptionValues(parser);
    for (const QString &perShard : {u"shard"_s, u"records"_s})
        if (options.contains(perShard))
            return InputError{
                u"--"_s + perShard, {}, u"is set for each shard by bench fleet: leave it out"_s};
    if (parser.isSet(u"api-key-stdin"_s))
        return InputError{u"--api-key-stdin"_s,
                          {},
                          u"a batch job has no terminal to type into: use --api-key-env NAME"_s};
    if (!options.contains(u"url"_s))
        return InputError{
            u"--url"_s, {}, u"is required: the http:// or https:// endpoint every shard loads"_s};
    if (!options.contains(u"rate"_s))
        return InputError{u"--rate"_s,
                          {},
                          u"is required: the shards divide one open-loop schedule of this many "
                          "requests per second"_s};
    // The same checks as bench endpoint, on what every shard will run.
    QHash<QString, QString> asShard = options;
    asShard.insert(u"shard"_s, u"0/%1"_s.arg(job.shards));
    const Result<EndpointConfig> config = endpointConfigFromOptions(asShard, u"--"_s);
    if (!config)
        return config.error();
    job.startAt =
        config->startAt.isValid()
            ? config->startAt
            : QDateTime::fromSecsSinceEpoch(
                  QDateTime::currentSecsSinceEpoch() + kDefaultStartDelaySeconds, Qt::UTC);
    const QStringList names = endpointOptionNames();
    for (const QString &name : names)
        if (options.contains(name) && name != u"start-at")
            job.endpointArguments << u"--"_s + name << options.value(name);
    if (parser.isSet(u"no-ignore-eos"_s))
        job.endpointArguments << u"--no-ignore-eos"_s;
    if (parser.isSet(u"power"_s))
        job.endpointArguments << u"--power"_s << parser.value(u"power"_s);
    if (parser.isSet(u"api-key-env"_s)) {
        job.endpointArguments << u"--api-key-env"_s << parser.value(u"api-key-env"_s);
        job.apiKeyEnv = parser.value(u"api-key-env"_s);
    }
    if (parser.isSet(u"program"_s))
        job.program = parser.value(u"program"_s);
    if (parser.isSet(u"job-name"_s))
        job.jobName = parser.value(u"job-name"_s);
    job.recordsDir = parser.value(u"records-dir"_s);
    job.image = parser.value(u"image"_s);
    if (parser.isSet(u"claim"_s))
        job.claim = parser.value(u"claim"_s);
    if (!kubernetes) {
        for (const QString &k8sOnly : {u"image"_s, u"claim"_s})
            if (parser.isSet(k8sOnly))
                return InputError{u"--"_s + k8sOnly, {}, u"applies to --emit k8s only"_s};
        job.apiKeyEnv.clear(); // Slurm passes the submitting shell's environment on
    }
    return job;
}

} // namespace

int runFleetCommand(const QCommandLineParser &parser)
{
    const QString emit = parser.value(u"emit"_s);
    if (emit != u"slurm" && emit != u"k8s")
        return usageError(u"--emit: must be slurm (a job-array script for sbatch) or k8s (an "
                          "Indexed Job manifest for kubectl) (got \"%1\")"_s.arg(emit));
    const bool kubernetes = emit == u"k8s";
    const Result<FleetJob> job = fleetJob(parser, kubernetes);
    if (!job)
        return inputError(job.error());
    const Result<QByteArray> text =
        kubernetes ? kubernetesIndexedJob(*job) : slurmArrayScript(*job);
    if (!text)
        return inputError(text.error());
    const QString path = parser.value(u"output"_s);
    if (path.isEmpty()) {
        out() << QString::fromUtf8(*text);
        out().flush();
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
            return usageError(
                u"--output: %1 cannot be written: %2"_s.arg(path, file.errorString()));
        if (!kubernetes) // a script, as sbatch and the reader expect
            QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner |
                                            QFileDevice::ExeGroup | QFileDevice::ExeOther);
    }
    const QString dir =
        job->recordsDir.isEmpty() ? defaultFleetRecordsDir(kubernetes) : job->recordsDir;
    const QString file = path.isEmpty() ? u"FILE"_s : shellQuote(path);
    err() << u"%1 shards, each starting its schedule at %2.\n"_s.arg(job->shards)
                 .arg(job->startAt.toUTC().toString(Qt::ISODate));
    if (kubernetes)
        err() << u"Next: kubectl apply -f %1; when the job completes, copy %2/shard-*.jsonl off "
                 "the volume %3 and run pertoken bench merge shard-*.jsonl\n"_s.arg(file, dir,
                                                                                    job->claim);
    else
        err() << u"Next: sbatch --wait %1, then pertoken bench merge %2/shard-*.jsonl\n"_s.arg(
            file, shellQuote(dir));
    err().flush();
    return kExitOk;
}

} // namespace pertoken::cli
