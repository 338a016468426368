// `pertoken validate` through the real executable: the JSON contract, the Markdown report, and
// case files refused with the file, the field and the case id.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/cli_run.h"
#include "validation/validation_case.h"
#include "validation/validation_run.h"

#include <cmath>

using namespace pertoken::testing;
using namespace Qt::StringLiterals;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// One source and one case: llama-bench tg512 of Llama 3.1 8B Q4_K_M on an M3 Max 64 GB, 48.97
// tok/s (XiongjieDai/GPU-Benchmarks-on-LLM-Inference, as in resources/validation/cases.json),
// with `hardware` as given.
QByteArray caseFile(const QString &hardware)
{
    const QJsonObject source{
        {u"id"_s, u"xd"_s},
        {u"publisher"_s, u"Xiongjie Dai"_s},
        {u"title"_s, u"GPU-Benchmarks-on-LLM-Inference README"_s},
        {u"url"_s, u"https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference"_s},
        {u"read"_s, u"2026-12-04"_s},
        {u"engine"_s, u"llama.cpp"_s},
        {u"engineVersion"_s, u"May 2024"_s},
    };
    const QJsonObject validationCase{
        {u"id"_s, u"m3max-tg512"_s},
        {u"source"_s, u"xd"_s},
        {u"table"_s, u"Apple Silicon, M3 Max 40-Core GPU 64GB, 8B Q4_K_M, tg 512"_s},
        {u"hardware"_s, hardware},
        {u"devices"_s, 1},
        {u"model"_s, u"llama-3.1-8b"_s},
        {u"quantization"_s, u"q4_k_m"_s},
        {u"batch"_s, 1},
        {u"inputTokens"_s, 0},
        {u"outputTokens"_s, 512},
        {u"metric"_s, u"llamaBenchTgTokensPerSecond"_s},
        {u"measured"_s, 48.97},
    };
    return QJsonDocument(QJsonObject{{u"format"_s, u"pertoken.validation-cases"_s},
                                     {u"schemaVersion"_s, 1},
                                     {u"sources"_s, QJsonArray{source}},
                                     {u"cases"_s, QJsonArray{validationCase}}})
        .toJson();
}

} // namespace

class TestValidateCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinSuiteAsJson();
    void caseFileAndReport();
    void refusesAnUnknownAccelerator();
    void refusesAStrayArgument();
};

void TestValidateCli::builtinSuiteAsJson()
{
    const CliRun run = runPertoken({u"validate"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.trimmed().startsWith("{\n    \"schema\": \"pertoken.validation/1\""));
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    QVERIFY(document.value(u"cases"_s).toArray().size() >= 40);
    const QJsonObject overall = document.value(u"subsets"_s).toArray().first().toObject();
    QCOMPARE(overall.value(u"group"_s).toString(), u"overall"_s);
    QVERIFY(overall.value(u"medianAbsErrorPercent"_s).isDouble());
}

void TestValidateCli::caseFileAndReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cases = write(dir, u"cases.json"_s, caseFile(u"m3-max-64gb"_s));
    const QString report = dir.filePath(u"validation.md"_s);
    const CliRun run = runPertoken({u"validate"_s, u"--cases"_s, cases, u"--report"_s, report});
    QCOMPARE(run.exitCode, 0);
    // The table: the case, its figure as published, and the prediction and error the core gives
    // for it with the built-in efficiency table (the prediction itself is checked by hand in
    // tests/core/tst_validation.cpp).
    const pertoken::Result<pertoken::ValidationSuite> suite =
        pertoken::parseValidationSuite(caseFile(u"m3-max-64gb"_s), u"cases.json"_s);
    QVERIFY(suite.ok());
    const pertoken::CasePrediction p = pertoken::predictCase(suite->cases.constFirst());
    QVERIFY(p.predicted);
    const QByteArray predicted = QString::number(p.value, 'f', 2).toUtf8() + " tok/s";
    const QByteArray error =
        (p.errorPercent > 0 ? "+" : "") + QString::number(p.errorPercent, 'f', 1).toUtf8() + '%';
    QVERIFY2(run.out.contains("m3max-tg512"), run.out.constData());
    QVERIFY2(run.out.contains("48.97 tok/s"), run.out.constData());
    QVERIFY2(run.out.contains(predicted), run.out.constData());
    QVERIFY2(run.out.contains(error), run.out.constData());
    QFile markdown(report);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QByteArray text = markdown.readAll();
    QVERIFY(text.startsWith("# The performance model against published measurements"));
    const QByteArray abs = QString::number(std::abs(p.errorPercent), 'f', 1).toUtf8() + '%';
    const QByteArray row = QByteArray("| overall | all | 1 | 0 | ") + abs + " | " + error +
                           " | m3max-tg512 | " + error;
    QVERIFY2(text.contains(row), text.constData());
}

void TestValidateCli::refusesAnUnknownAccelerator()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cases = write(dir, u"bad.json"_s, caseFile(u"not-in-catalog"_s));
    const CliRun run = runPertoken({u"validate"_s, u"--cases"_s, cases});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(cases), qPrintable(message));
    QVERIFY2(message.contains(u"cases[0].hardware"_s), qPrintable(message));
    QVERIFY2(message.contains(u"case \"m3max-tg512\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"not-in-catalog"_s), qPrintable(message));
}

void TestValidateCli::refusesAStrayArgument()
{
    const CliRun run = runPertoken({u"validate"_s, u"extra"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("extra"));
}

QTEST_APPLESS_MAIN(TestValidateCli)
#include "tst_validate_cli.moc"
