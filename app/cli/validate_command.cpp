#include "cli/validate_command.h"

#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/text_table.h"
#include "common/catalog_file.h"
#include "common/json_output.h"
#include "validation/efficiency_fit.h"
#include "validation/validation_markdown.h"
#include "validation/validation_run.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QSaveFile>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

namespace {

const QString kBuiltinCasesFile = u"resources/validation/cases.json"_s;

QString signedPercent(double value)
{
    return (value > 0 ? u"+"_s : QString()) + QString::number(value, 'f', 1) + u'%';
}

QString figure(double value)
{
    return QString::number(value, 'f', value >= 100 ? 0 : 2);
}

void printReport(const ValidationReport &report)
{
    TextTable cases({u"case"_s, u"metric"_s, u"measured"_s, u"predicted"_s, u"error"_s});
    for (qsizetype i = 0; i < report.cases.size(); ++i) {
        const ValidationCase &c = report.cases.at(i);
        const CasePrediction &p = report.predictions.at(i);
        const QString unit = validationMetricUnit(c.metric);
        cases.addRow({c.id, validationMetricId(c.metric), figure(c.measured) + u' ' + unit,
                      p.predicted ? QString(figure(p.value) + u' ' + unit) : u"not predicted"_s,
                      p.predicted ? signedPercent(p.errorPercent) : p.whyNot});
    }
    out() << cases.render() << '\n';

    TextTable subsets({u"group"_s, u"subset"_s, u"cases"_s, u"not predicted"_s, u"median |error|"_s,
                       u"bias"_s, u"worst case"_s, u"worst"_s, u"beyond 2x"_s});
    for (const ValidationSubset &s : report.subsets) {
        const bool any = s.stats.count > 0;
        subsets.addRow(
            {s.group, s.key, QString::number(s.cases), QString::number(s.notPredicted),
             any ? QString::number(s.stats.medianAbsErrorPercent, 'f', 1) + u'%' : QString(),
             any ? signedPercent(s.stats.medianErrorPercent) : QString(), s.stats.worstCaseId,
             any ? signedPercent(s.stats.worstErrorPercent) : QString(),
             QString::number(s.stats.outsideTwofold)});
    }
    out() << subsets.render();
    out() << "\nerror = predicted / measured - 1; bias = median error (positive: the model "
             "predicts more tokens/s, or more ms);\n"
             "beyond 2x = cases predicted above 2x or below 0.5x the measurement\n";
}

} // namespace

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check the performance model against published measurements: each case (hardware,\n"
        "model, quantization, batch, input and output tokens, measured figure, source) is\n"
        "predicted the way a user would set it up, with default efficiencies."_s);
    parser.addHelpOption();
    parser.addOptions(validateOptions());
    if (const std::optional<int> done = parseCommandLine(parser, u"pertoken validate"_s, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"validate: unexpected argument \"%1\""_s.arg(
            parser.positionalArguments().constFirst()));

    ValidationSuite suite = builtinValidationSuite();
    QString casesFile = kBuiltinCasesFile;
    if (parser.isSet(u"cases"_s)) {
        casesFile = parser.value(u"cases"_s);
        QFile file(casesFile);
        if (!file.open(QIODevice::ReadOnly))
            return inputError({casesFile, {}, u"cannot be opened: %1"_s.arg(file.errorString())});
        Result<ValidationSuite> parsed = parseValidationSuite(file.readAll(), casesFile);
        if (!parsed)
            return inputError(parsed.error());
        suite = std::move(parsed).value();
    }

    const EfficiencyTable *table = nullptr;
    EfficiencyTable fitted;
    if (parser.isSet(u"fit"_s)) {
        const QString date = parser.isSet(u"fit-date"_s)
                                 ? parser.value(u"fit-date"_s)
                                 : QDate::currentDate().toString(Qt::ISODate);
        if (!isEmptyOrIsoDate(date) || date.isEmpty())
            return usageError(
                u"validate: --fit-date must be a date YYYY-MM-DD (got \"%1\")"_s.arg(date));
        fitted = fitEfficiencyTable(suite, date);
        const QString path = parser.value(u"fit"_s);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(efficiencyTableJson(fitted)) < 0 ||
            !file.commit()) {
            err() << u"pertoken: %1: cannot be written: %2"_s.arg(path, file.errorString()) << '\n';
            return kExitFailed;
        }
        table = &fitted;
    }

    const ValidationReport report = runValidation(suite, table);
    if (parser.isSet(u"report"_s)) {
        const QString path = parser.value(u"report"_s);
        QString command = u"pertoken validate --report "_s + path;
        if (parser.isSet(u"cases"_s))
            command += u" --cases "_s + casesFile;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(
                validationMarkdown(report, command, table ? *table : builtinEfficiencyTable())
                    .toUtf8()) < 0 ||
            !file.commit()) {
            err() << u"pertoken: %1: cannot be written: %2"_s.arg(path, file.errorString()) << '\n';
            return kExitFailed;
        }
    }
    if (parser.isSet(u"json"_s))
        out() << schemaFirstJson(u"pertoken.validation/1"_s, validationJson(report, casesFile));
    else
        printReport(report);
    out().flush();
    return kExitOk;
}

} // namespace pertoken::cli
