#include "bench/llamabench/llama_bench.h"

#include "bench/endpoint/bench_statistics.h"
#include "common/json_reader.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString labelFor(int nPrompt, int nGen, int nDepth)
{
    QString label;
    if (nPrompt > 0 && nGen > 0)
        label = u"pp%1+tg%2"_s.arg(nPrompt).arg(nGen);
    else if (nPrompt > 0)
        label = u"pp%1"_s.arg(nPrompt);
    else
        label = u"tg%1"_s.arg(nGen);
    if (nDepth > 0)
        label += u" @ d%1"_s.arg(nDepth);
    return label;
}

QList<double> numbers(const QJsonValue &value)
{
    QList<double> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toDouble());
    return list;
}

Result<LlamaBenchTest> readTest(const QJsonObject &o, const QString &source, const QString &path)
{
    JsonReader reader(source);
    LlamaBenchTest t;
    t.raw = o;
    t.nPrompt = reader.integer(o, path, u"n_prompt"_s, 0, 1 << 30);
    t.nGen = reader.integer(o, path, u"n_gen"_s, 0, 1 << 30);
    t.nDepth = int(reader.optionalNumber(o, path, u"n_depth"_s, 0, 1 << 30).value_or(0));
    if (!reader.failed() && t.nPrompt + t.nGen == 0)
        reader.fail(path, u"has neither prompt nor generated tokens (n_prompt = n_gen = 0)"_s);
    const double tokens = t.nPrompt + t.nGen;
    const QList<double> samplesNs = numbers(o.value(u"samples_ns"_s));
    t.samplesTokensPerSecond = numbers(o.value(u"samples_ts"_s));
    if (t.samplesTokensPerSecond.isEmpty()) {
        for (double ns : samplesNs)
            if (ns > 0)
                t.samplesTokensPerSecond.append(1e9 * tokens / ns);
    }
    if (const auto avg = reader.optionalNumber(o, path, u"avg_ts"_s, 0)) {
        t.avgTokensPerSecond = *avg;
        t.stddevTokensPerSecond = reader.optionalNumber(o, path, u"stddev_ts"_s, 0)
                                      .value_or(sampleStdDev(t.samplesTokensPerSecond));
    } else if (!t.samplesTokensPerSecond.isEmpty()) {
        t.avgTokensPerSecond = summarize(t.samplesTokensPerSecond).mean;
        t.stddevTokensPerSecond = sampleStdDev(t.samplesTokensPerSecond);
    } else if (const auto avgNs = reader.optionalNumber(o, path, u"avg_ns"_s, 1)) {
        t.avgTokensPerSecond = 1e9 * tokens / *avgNs;
    } else if (!reader.failed()) {
        reader.fail(JsonReader::join(path, u"avg_ts"_s),
                    u"is missing, and so are samples_ts, samples_ns and avg_ns"_s);
    }
    t.label = labelFor(t.nPrompt, t.nGen, t.nDepth);
    t.modelType = o.value(u"model_type"_s).toString();
    t.modelSizeBytes = o.value(u"model_size"_s).toDouble();
    t.modelParams = o.value(u"model_n_params"_s).toDouble();
    t.backends = o.value(u"backends"_s).toString();
    t.cpuInfo = o.value(u"cpu_info"_s).toString();
    t.gpuInfo = o.value(u"gpu_info"_s).toString();
    t.buildCommit = o.value(u"build_commit"_s).toString();
    t.buildNumber = o.value(u"build_number"_s).toInt();
    t.testTime = QDateTime::fromString(o.value(u"test_time"_s).toString(), Qt::ISODate);
    if (t.testTime.isValid())
        t.testTime = t.testTime.toUTC();
    if (reader.failed())
        return reader.error();
    return t;
}

// An interrupted `-o json` run leaves "[ {...}, {...}, {..." : keep the complete objects.
QByteArray salvageTruncatedArray(const QByteArray &text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype lastComplete = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            --depth;
            if (depth == 1 && c == '}')
                lastComplete = i;
        }
    }
    return lastComplete < 0 ? QByteArray("[]") : text.left(lastComplete + 1) + "]";
}

} // namespace

QDateTime LlamaBenchResult::runTime() const
{
    QDateTime latest;
    for (const LlamaBenchTest &test : tests) {
        if (test.testTime.isValid() && (!latest.isValid() || test.testTime > latest))
            latest = test.testTime;
    }
    return latest;
}

const LlamaBenchTest *LlamaBenchResult::decodeTest() const
{
    const LlamaBenchTest *best = nullptr;
    for (const LlamaBenchTest &t : tests)
        if (t.isDecode() && (!best || t.nDepth < best->nDepth))
            best = &t;
    return best;
}

const LlamaBenchTest *LlamaBenchResult::prefillTest() const
{
    const LlamaBenchTest *best = nullptr;
    for (const LlamaBenchTest &t : tests)
        if (t.isPrefill() && (!best || t.nDepth < best->nDepth))
            best = &t;
    return best;
}

Result<LlamaBenchResult> parseLlamaBenchOutput(const QByteArray &bytes, const QString &source)
{
    LlamaBenchResult result;
    const QByteArray text = bytes.trimmed();
    QList<QPair<QJsonObject, QString>> objects;
    if (text.startsWith('[')) {
        result.format = u"json"_s;
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            document = QJsonDocument::fromJson(salvageTruncatedArray(text), &error);
            if (error.error != QJsonParseError::NoError || !document.isArray())
                return InputError{
                    source, {}, u"is not llama-bench JSON output: %1"_s.arg(error.errorString())};
            result.warnings.append(u"the JSON array is truncated (an interrupted run); the %1 "
                                   "complete tests were kept"_s.arg(document.array().size()));
        }
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isObject())
                return InputError{source, u"[%1]"_s.arg(i), u"must be an object"_s};
            objects.append({array[i].toObject(), u"[%1]"_s.arg(i)});
        }
    } else if (text.startsWith('{')) {
        result.format = u"jsonl"_s;
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return InputError{source, u"line %1"_s.arg(i + 1),
                                  u"is not a JSON object: %1"_s.arg(error.errorString())};
            objects.append({document.object(), u"line %1"_s.arg(i + 1)});
        }
    } else {
        return InputError{source, {}, u"is neither llama-bench -o json nor -o jsonl output"_s};
    }
    for (const auto &[object, path] : objects) {
        Result<LlamaBenchTest> test = readTest(object, source, path);
        if (!test)
            return test.error();
        result.tests.append(std::move(test).value());
    }
    if (result.tests.isEmpty())
        return InputError{source, {}, u"holds no llama-bench test"_s};
    return result;
}

Result<LlamaBenchResult> runLlamaBench(const QString &program, const QStringList &arguments,
                                       const std::function<void(const QString &)> &progress,
                                       const std::atomic<bool> *cancel, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments + QStringList{u"-o"_s, u"json"_s});
    if (!process.waitForStarted(10000))
        return InputError{program, {}, u"cannot be started: %1"_s.arg(process.errorString())};
    QByteArray out;
    QByteArray errorText;
    const QDeadlineTimer deadline(timeoutMs);
    bool stopped = false;
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(100);
        out += process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        errorText += err;
        if (progress && !err.isEmpty()) {
            const QList<QByteArray> lines = err.split('\n');
            for (const QByteArray &line : lines)
                if (!line.trimmed().isEmpty())
                    progress(QString::fromUtf8(line.trimmed()));
        }
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            stopped = true;
            process.kill();
            process.waitForFinished(2000);
        }
    }
    out += process.readAllStandardOutput();
    errorText += process.readAllStandardError();
    if (!stopped && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0))
        return InputError{program,
                          {},
                          u"failed (exit status %1): %2"_s.arg(process.exitCode())
                              .arg(QString::fromUtf8(errorText.right(400)).trimmed())};
    if (stopped && deadline.hasExpired())
        return InputError{program, {}, u"ran past %1 s and was stopped"_s.arg(timeoutMs / 1000)};
    Result<LlamaBenchResult> result = parseLlamaBenchOutput(out, program);
    if (result && stopped)
        result.value().warnings.append(u"the run was cancelled; the tests completed before it "
                                       "are kept"_s);
    return result;
}

QJsonObject llamaBenchToJson(const LlamaBenchResult &r)
{
    QJsonArray tests;
    for (const LlamaBenchTest &t : r.tests) {
        QJsonArray samples;
        for (double s : t.samplesTokensPerSecond)
            samples.append(s);
        tests.append(QJsonObject{{u"label"_s, t.label},
                                 {u"nPrompt"_s, t.nPrompt},
                                 {u"nGen"_s, t.nGen},
                                 {u"nDepth"_s, t.nDepth},
                                 {u"tokensPerSecond"_s, t.avgTokensPerSecond},
                                 {u"stddevTokensPerSecond"_s, t.stddevTokensPerSecond},
                                 {u"samplesTokensPerSecond"_s, samples},
                                 {u"modelType"_s, t.modelType},
                                 {u"backends"_s, t.backends},
                                 {u"gpuInfo"_s, t.gpuInfo},
                                 {u"buildNumber"_s, t.buildNumber},
                                 {u"raw"_s, t.raw}});
    }
    return QJsonObject{{u"format"_s, r.format},
                       {u"tests"_s, tests},
                       {u"warnings"_s, QJsonArray::fromStringList(r.warnings)}};
}

Result<LlamaBenchResult> llamaBenchFromJson(const QJsonObject &o, const QString &source)
{
    JsonReader reader(source);
    const QJsonArray tests = reader.array(o, {}, u"tests"_s);
    if (reader.failed())
        return reader.error();
    LlamaBenchResult r;
    r.format = o.value(u"format"_s).toString();
    for (qsizetype i = 0; i < tests.size(); ++i) {
        const QString path = JsonReader::join(u"tests"_s, i);
        Result<LlamaBenchTest> t = readTest(reader.object(tests[i].toObject(), path, u"raw"_s),
                                            source, JsonReader::join(path, u"raw"_s));
        if (reader.failed())
            return reader.error();
        if (!t)
            return t.error();
        r.tests.append(std::move(t).value());
    }
    const QJsonArray warnings = o.value(u"warnings"_s).toArray();
    for (const QJsonValue &w : warnings)
        r.warnings.append(w.toString());
    return r;
}

} // namespace pertoken
