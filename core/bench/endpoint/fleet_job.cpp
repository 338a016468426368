#include "bench/endpoint/fleet_job.h"

#include <QRegularExpression>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxShards = 100000; // endpoint_options.cpp's bound on --shard I/N

QString startAtText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

// A YAML double-quoted scalar: JSON's escapes, which YAML 1.1 and 1.2 both read.
QString yamlString(const QString &text)
{
    QString quoted = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            quoted += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            quoted += c;
    }
    return quoted + u'"';
}

// A word in a container's args: Kubernetes expands $(VAR) there and reads $$ as $, so each $
// the user wrote is doubled to reach the program unchanged.
QString argWord(const QString &text)
{
    return yamlString(QString(text).replace(u"$"_s, u"$$"_s));
}

std::optional<InputError> checkCommon(const FleetJob &job)
{
    if (job.shards < 1 || job.shards > kMaxShards)
        return InputError{
            u"--shards"_s,
            {},
            u"must be a whole number from 1 to %1 (got %2)"_s.arg(kMaxShards).arg(job.shards)};
    if (job.program.trimmed().isEmpty())
        return InputError{u"--program"_s, {}, u"must name the pertoken command on the nodes"_s};
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"_s);
    if (!label.match(job.jobName).hasMatch())
        return InputError{u"--job-name"_s,
                          {},
                          u"must be 1 to 63 characters of a-z, 0-9 and '-', starting and ending "
                          "with a letter or digit (got \"%1\")"_s.arg(job.jobName)};
    if (!job.startAt.isValid())
        return InputError{u"--start-at"_s, {}, u"is required: the shards' shared start time"_s};
    return std::nullopt;
}

} // namespace

QString defaultFleetRecordsDir(bool kubernetes)
{
    return kubernetes ? u"/records"_s : u"pertoken-shards"_s;
}

QString shellQuote(const QString &text)
{
    return u"'"_s + QString(text).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
}

Result<QByteArray> slurmArrayScript(const FleetJob &job)
{
    if (const std::optional<InputError> problem = checkCommon(job))
        return *problem;
    const QString dir = job.recordsDir.isEmpty() ? defaultFleetRecordsDir(false) : job.recordsDir;
    const QString start = startAtText(job.startAt);
    QStringList command{shellQuote(job.program), u"bench"_s, u"endpoint"_s};
    // Option names stay bare (nothing in them a shell reads); every other word is quoted.
    static const QRegularExpression optionName(u"^--[a-z0-9][-a-z0-9]*$"_s);
    for (const QString &word : job.endpointArguments)
        command.append(optionName.match(word).hasMatch() ? word : shellQuote(word));
    command << u"--shard"_s << u"\"$shard/%1\""_s.arg(job.shards) << u"--start-at"_s
            << shellQuote(start) << u"--records"_s << u"\"$records/shard-$shard.jsonl\""_s
            << u"--no-history"_s;
    QString script =
        u"#!/bin/bash\n"
        "# PerToken: one open-loop endpoint benchmark in %1 shards, one Slurm array task each.\n"
        "# Submit with `sbatch FILE` (`sbatch --wait FILE` returns when every shard has ended).\n"
        "# Every shard starts its measured schedule at %2 (--start-at):\n"
        "# submit before then; a shard that starts later begins at once and the merge reports\n"
        "# its clock skew.\n"
        "# The records folder must be one that every node sees (a shared file system).\n"
        "# When all shards are done: pertoken bench merge %3/shard-*.jsonl\n"
        "#SBATCH --job-name=%4\n"
        "#SBATCH --array=0-%5\n"
        "#SBATCH --ntasks=1\n"
        "#SBATCH --cpus-per-task=1\n"
        "#SBATCH --no-requeue\n"
        "set -euo pipefail\n"
        "shard=${SLURM_ARRAY_TASK_ID:?this script is a Slurm job array: submit it with sbatch}\n"
        "records=%6\n"
        "mkdir -p -- \"$records\"\n"
        "exec "_s.arg(job.shards)
            .arg(start, shellQuote(dir), job.jobName)
            .arg(job.shards - 1)
            .arg(shellQuote(dir));
    // One option and its value per line, so the script reads like the command it runs.
    QString line;
    for (int i = 0; i < command.size(); ++i) {
        const QString &word = command[i];
        const bool option = word.startsWith(u"--"_s) && i > 2;
        if (option && !line.isEmpty()) {
            script += line + u" \\\n    "_s;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    script += line + u'\n';
    return script.toUtf8();
}

Result<QByteArray> kubernetesIndexedJob(const FleetJob &job)
{
    if (const std::optional<InputError> problem = checkCommon(job))
        return *problem;
    if (job.image.trimmed().isEmpty() || job.image.contains(QRegularExpression(u"\\s"_s)))
        return InputError{u"--image"_s,
                          {},
                          u"is required for --emit k8s: the container image holding pertoken, "
                          "without spaces (got \"%1\")"_s.arg(job.image)};
    static const QRegularExpression subdomain(
        u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"_s);
    if (job.claim.size() > 253 || !subdomain.match(job.claim).hasMatch())
        return InputError{u"--claim"_s,
                          {},
                          u"must be a PersistentVolumeClaim name: a-z, 0-9, '-' and '.' "
                          "(got \"%1\")"_s.arg(job.claim)};
    static const QRegularExpression envName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!job.apiKeyEnv.isEmpty() && !envName.match(job.apiKeyEnv).hasMatch())
        return InputError{
            u"--api-key-env"_s,
            {},
            u"must be an environment variable name (got \"%1\")"_s.arg(job.apiKeyEnv)};
    const QString dir = job.recordsDir.isEmpty() ? defaultFleetRecordsDir(true) : job.recordsDir;
    if (!dir.startsWith(u'/'))
        return InputError{u"--records-dir"_s,
                          {},
                          u"must be an absolute path in the container, where the volume is "
                          "mounted (got \"%1\")"_s.arg(dir)};
    const QString start = startAtText(job.startAt);
    QStringList args{u"bench"_s, u"endpoint"_s};
    args += job.endpointArguments;
    QStringList words;
    for (const QString &word : std::as_const(args))
        words.append(argWord(word));
    const QString recordsPath =
        (dir.endsWith(u'/') ? dir : dir + u'/') + u"shard-$(JOB_COMPLETION_INDEX).jsonl"_s;
    words << yamlString(u"--shard"_s) << yamlString(u"$(JOB_COMPLETION_INDEX)/%1"_s.arg(job.shards))
          << yamlString(u"--start-at"_s) << argWord(start) << yamlString(u"--records"_s)
          << yamlString(QString(recordsPath)
                            .replace(u"$"_s, u"$$"_s)
                            .replace(u"$$(JOB_COMPLETION_INDEX)"_s, u"$(JOB_COMPLETION_INDEX)"_s))
          << yamlString(u"--no-history"_s);
    QString yaml =
        u"# PerToken: one open-loop endpoint benchmark in %1 shards, one completion index each.\n"
        "# Apply with `kubectl apply -f FILE`; every shard starts its measured schedule at\n"
        "# %2 (--start-at).\n"
        "# Records go to the PersistentVolumeClaim %3 (ReadWriteMany when pods may land on\n"
        "# several nodes); when all shards are done: pertoken bench merge shard-*.jsonl\n"
        "apiVersion: batch/v1\n"
        "kind: Job\n"
        "metadata:\n"
        "  name: %4\n"
        "spec:\n"
        "  completionMode: Indexed\n"
        "  completions: %1\n"
        "  parallelism: %1\n"
        "  backoffLimit: 0\n"
        "  template:\n"
        "    spec:\n"
        "      restartPolicy: Never\n"
        "      containers:\n"
        "        - name: pertoken\n"
        "          image: %5\n"
        "          command:\n"
        "            - %6\n"
        "          args:\n"_s.arg(job.shards)
            .arg(start, job.claim, yamlString(job.jobName), yamlString(job.image),
                 argWord(job.program));
    for (const QString &word : std::as_const(words))
        yaml += u"            - "_s + word + u'\n';
    yaml += u"          env:\n"
            "            - name: JOB_COMPLETION_INDEX\n"
            "              valueFrom:\n"
            "                fieldRef:\n"
            "                  fieldPath: "
            "\"metadata.annotations['batch.kubernetes.io/job-completion-index']\"\n"_s;
    if (!job.apiKeyEnv.isEmpty())
        yaml +=
            u"            - name: %1\n"
            "              valueFrom:\n"
            "                secretKeyRef:\n"
            "                  name: %2\n"
            "                  key: api-key\n"_s.arg(job.apiKeyEnv, yamlString(job.apiKeySecret));
    yaml += u"          volumeMounts:\n"
            "            - name: records\n"
            "              mountPath: %1\n"
            "      volumes:\n"
            "        - name: records\n"
            "          persistentVolumeClaim:\n"
            "            claimName: %2\n"_s.arg(yamlString(dir), yamlString(job.claim));
    return yaml.toUtf8();
}

} // namespace pertoken
