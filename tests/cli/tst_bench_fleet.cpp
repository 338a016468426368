// `pertoken bench fleet`: the Slurm job-array script runs each shard with exactly the words given
// (run here through bash with a stand-in program that prints its arguments), the Kubernetes
// manifest is a valid batch/v1 Indexed Job by Debian's Kubernetes client library and a broken one
// is not, and bad input is refused with a message naming the option.

#include "../support/cli_run.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pertoken::testing::CliRun;
using pertoken::testing::runPertoken;

namespace {

constexpr char kChecker[] = PERTOKEN_SOURCE_DIR "/tests/support/k8s_job_check.py";
constexpr char kPython[] = "/usr/bin/python3"; // Debian's, with python3-kubernetes

// A model name with everything a shell or Kubernetes could read: quotes, $(...), $VAR, a
// backslash, a space and a semicolon.
const QString kHostileModel = u"it's \"$(touch pwned)\" $HOME\\; x"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Check {
    int exitCode = -1;
    QByteArray output;
};

struct Ran {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The script as Slurm starts an array task: bash, SLURM_ARRAY_TASK_ID = `task` (unset when
// empty), in `directory`.
Ran runArrayTask(const QString &script, const QString &directory, const QString &task)
{
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SLURM_ARRAY_TASK_ID"_s);
    if (!task.isEmpty())
        env.insert(u"SLURM_ARRAY_TASK_ID"_s, task);
    bash.setProcessEnvironment(env);
    bash.setWorkingDirectory(directory);
    bash.start(u"bash"_s, {script});
    if (!bash.waitForFinished(30000))
        return {};
    return {bash.exitCode(), bash.readAllStandardOutput(), bash.readAllStandardError()};
}

Check runChecker(const QString &manifest)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromLatin1(kPython), {QString::fromLatin1(kChecker), manifest});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAll()};
}

} // namespace

class TestBenchFleet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void slurmScriptRunsEachShardWithTheGivenWords();
    void kubernetesManifestIsAValidIndexedJob();
    void badInputIsRefused_data();
    void badInputIsRefused();
};

void TestBenchFleet::slurmScriptRunsEachShardWithTheGivenWords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The stand-in for pertoken on a node: prints each argument on a line of its own.
    const QString program = dir.filePath(u"print args"_s);
    QFile stub(program);
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    stub.close();
    QVERIFY(stub.setPermissions(stub.permissions() | QFileDevice::ExeOwner));
    const QString records = dir.filePath(u"records dir"_s);
    const QString script = dir.filePath(u"job.sh"_s);
    // The endpoint options, in endpointOptionNames() order: the order the script passes them on.
    const QStringList given{u"--url"_s,        u"http://127.0.0.1:8000/v1"_s,
                            u"--model"_s,      kHostileModel,
                            u"--rate"_s,       u"20,40"_s,
                            u"--requests"_s,   u"60"_s,
                            u"--max-tokens"_s, u"16"_s};
    const CliRun emitted = runPertoken(
        QStringList{u"bench"_s, u"fleet"_s, u"--emit"_s, u"slurm"_s, u"--shards"_s, u"3"_s} +
        given +
        QStringList{u"--start-at"_s, u"2026-12-05T01:00:00Z"_s, u"--program"_s, program,
                    u"--records-dir"_s, records, u"--no-ignore-eos"_s, u"--output"_s, script});
    QVERIFY2(emitted.exitCode == 0, emitted.err.constData());
    QVERIFY2(emitted.err.contains("sbatch --wait"), emitted.err.constData());
    const QByteArray text = readAll(script);
    QVERIFY2(text.contains("#SBATCH --array=0-2\n"), text.constData());
    QVERIFY(text.startsWith("#!/bin/bash\n"));

    // Array task 1 of 3, as Slurm would start it.
    const Ran task = runArrayTask(script, dir.path(), u"1"_s);
    QVERIFY2(task.exitCode == 0, task.err.constData());
    const QStringList words = QString::fromUtf8(task.out).split(u'\n', Qt::SkipEmptyParts);
    const QStringList expected = QStringList{u"bench"_s, u"endpoint"_s} + given +
                                 QStringList{u"--no-ignore-eos"_s,
                                             u"--shard"_s,
                                             u"1/3"_s,
                                             u"--start-at"_s,
                                             u"2026-12-05T01:00:00Z"_s,
                                             u"--records"_s,
                                             records + u"/shard-1.jsonl"_s,
                                             u"--no-history"_s};
    QCOMPARE(words, expected);
    QVERIFY(QDir(records).exists()); // made by the task before it ran
    QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));

    // Outside Slurm the script stops at once with a message.
    const Ran outside = runArrayTask(script, dir.path(), {});
    QVERIFY(outside.exitCode != 0);
    QVERIFY2(outside.err.contains("submit it with sbatch"), outside.err.constData());
}

void TestBenchFleet::kubernetesManifestIsAValidIndexedJob()
{
    if (!QFile::exists(QString::fromLatin1(kPython)))
        QSKIP("/usr/bin/python3 is missing: the manifest check needs Debian's python3-kubernetes");
    QTemporaryDir dir;
    const QString manifest = dir.filePath(u"job.yaml"_s);
    const CliRun emitted = runPertoken(
        {u"bench"_s,         u"fleet"_s,    u"--emit"_s,   u"k8s"_s,
         u"--shards"_s,      u"4"_s,        u"--url"_s,    u"https://llm.example.org"_s,
         u"--model"_s,       kHostileModel, u"--rate"_s,   u"50"_s,
         u"--requests"_s,    u"400"_s,      u"--image"_s,  u"registry.example.org/pertoken:0.9"_s,
         u"--api-key-env"_s, u"LLM_KEY"_s,  u"--output"_s, manifest});
    QVERIFY2(emitted.exitCode == 0, emitted.err.constData());
    const QByteArray yaml = readAll(manifest);
    QVERIFY(yaml.contains("  completionMode: Indexed\n"));
    QVERIFY(yaml.contains("  completions: 4\n  parallelism: 4\n"));
    QVERIFY(yaml.contains("- \"$(JOB_COMPLETION_INDEX)/4\""));
    QVERIFY(yaml.contains("- \"/records/shard-$(JOB_COMPLETION_INDEX).jsonl\""));
    // Kubernetes expands $(VAR) in args and reads $$ as $: the user's $ are doubled, the quotes
    // and backslash escaped as in JSON.
    const QByteArray escaped = "- \"it's \\\"$$(touch pwned)\\\" $$HOME\\\\; x\"";
    QVERIFY2(yaml.contains(escaped), yaml.constData());
    QVERIFY(yaml.contains("secretKeyRef:"));

    const Check valid = runChecker(manifest);
    if (valid.exitCode == 77)
        QSKIP(qPrintable(u"cannot check the manifest here: "_s + QString::fromUtf8(valid.output)));
    QVERIFY2(valid.exitCode == 0, valid.output.constData());

    // Broken on purpose, the check must fail: the required containers list gone, a field the
    // API does not have, a count that is not a number.
    const QList<std::pair<QByteArray, QByteArray>> breakages{
        {"      containers:\n", "      kontainers:\n"},
        {"  completionMode: Indexed\n", "  completionMode: Indexed\n  shards: 4\n"},
        {"  completions: 4\n", "  completions: four\n"},
    };
    for (const auto &[from, to] : breakages) {
        QByteArray broken = yaml;
        QVERIFY(broken.contains(from));
        broken.replace(from, to);
        const QString path = dir.filePath(u"broken.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(broken);
        file.close();
        const Check check = runChecker(path);
        QVERIFY2(check.exitCode == 1, QByteArray(to + check.output).constData());
    }
}

void TestBenchFleet::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QStringList ok{u"--url"_s, u"http://10.0.0.5:8000"_s, u"--model"_s, u"m"_s, u"--rate"_s,
                         u"10"_s};
    QTest::newRow("no shards") << QStringList{u"--emit"_s, u"slurm"_s} + ok
                               << QByteArray("--shards: must be a whole number");
    QTest::newRow("zero shards") << QStringList{u"--emit"_s, u"slurm"_s, u"--shards"_s, u"0"_s} + ok
                                 << QByteArray("(got \"0\")");
    QTest::newRow("no url") << QStringList{u"--emit"_s,  u"slurm"_s, u"--shards"_s, u"2"_s,
                                           u"--model"_s, u"m"_s,     u"--rate"_s,   u"1"_s}
                            << QByteArray("--url: is required");
    QTest::newRow("not http") << QStringList{u"--emit"_s, u"k8s"_s,     u"--shards"_s, u"2"_s,
                                             u"--url"_s,  u"ftp://h"_s, u"--model"_s,  u"m"_s,
                                             u"--rate"_s, u"1"_s,       u"--image"_s,  u"i"_s}
                              << QByteArray("--url: must be an http:// or https:// URL");
    QTest::newRow("no rate") << QStringList{u"--emit"_s, u"slurm"_s,    u"--shards"_s, u"2"_s,
                                            u"--url"_s,  u"http://h"_s, u"--model"_s,  u"m"_s}
                             << QByteArray("--rate: is required");
    QTest::newRow("bad emit") << QStringList{u"--emit"_s, u"pbs"_s, u"--shards"_s, u"2"_s} + ok
                              << QByteArray("--emit: must be slurm");
    QTest::newRow("k8s without image")
        << QStringList{u"--emit"_s, u"k8s"_s, u"--shards"_s, u"2"_s} + ok
        << QByteArray("--image: is required");
    QTest::newRow("shard given") << QStringList{u"--emit"_s, u"slurm"_s,   u"--shards"_s,
                                                u"2"_s,      u"--shard"_s, u"0/2"_s} +
                                        ok
                                 << QByteArray("--shard: is set for each shard");
    QTest::newRow("bad job name") << QStringList{u"--emit"_s, u"slurm"_s,      u"--shards"_s,
                                                 u"2"_s,      u"--job-name"_s, u"A b"_s} +
                                         ok
                                  << QByteArray("--job-name: must be 1 to 63 characters");
    QTest::newRow("key from stdin")
        << QStringList{u"--emit"_s, u"slurm"_s, u"--shards"_s, u"2"_s, u"--api-key-stdin"_s} + ok
        << QByteArray("--api-key-stdin: a batch job has no terminal");
}

void TestBenchFleet::badInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun r = runPertoken(QStringList{u"bench"_s, u"fleet"_s} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty()); // nothing half-written
}

QTEST_GUILESS_MAIN(TestBenchFleet)
#include "tst_bench_fleet.moc"
