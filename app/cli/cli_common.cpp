#include "cli/cli_common.h"

#include "memo/memo_bundle.h"
#include "scenario/scenario_json.h"

#include <QCommandLineParser>

#include <cstdio>

namespace pertoken::cli {

using namespace Qt::StringLiterals;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << u"pertoken: "_s << message << Qt::endl;
    return kExitUsage;
}

int inputError(const InputError &error)
{
    return usageError(error.toString());
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments)
{
    if (!parser.parse(QStringList{command} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        out().flush();
        return kExitOk;
    }
    return std::nullopt;
}

Result<Scenario> scenarioFromOption(const QString &path)
{
    if (path.isEmpty())
        return defaultScenario();
    return loadScenarioOrBundle(path);
}

Result<DisplayCurrency> currencyFromOptions(const QCommandLineParser &parser)
{
    const bool any =
        parser.isSet(u"currency"_s) || parser.isSet(u"rate"_s) || parser.isSet(u"rate-date"_s);
    if (!any)
        return DisplayCurrency{};
    const QString code = parser.value(u"currency"_s);
    if (!parser.isSet(u"currency"_s))
        return InputError{u"--rate"_s, {}, u"needs --currency CODE"_s};
    double rate = 1;
    if (parser.isSet(u"rate"_s)) {
        bool ok = false;
        rate = parser.value(u"rate"_s).toDouble(&ok);
        if (!ok)
            return InputError{u"--rate"_s,
                              {},
                              u"must be a number of %1 per US dollar (got \"%2\")"_s.arg(
                                  code.left(40), parser.value(u"rate"_s).left(40))};
    } else if (code != u"USD"_s) {
        return InputError{
            u"--currency"_s,
            {},
            u"%1 needs --rate R (%1 per US dollar) and --rate-date"_s.arg(code.left(40))};
    }
    QDate date;
    if (parser.isSet(u"rate-date"_s)) {
        date = QDate::fromString(parser.value(u"rate-date"_s), Qt::ISODate);
        if (!date.isValid())
            return InputError{u"--rate-date"_s,
                              {},
                              u"must be a date as YYYY-MM-DD (got \"%1\")"_s.arg(
                                  parser.value(u"rate-date"_s).left(40))};
    }
    return makeDisplayCurrency(u"--currency"_s, code, rate, date);
}

Result<Scenario> withBreakEvenPeak(const QCommandLineParser &parser, Scenario scenario)
{
    if (!parser.isSet(u"break-even-peak"_s))
        return scenario;
    const QString rule = parser.value(u"break-even-peak"_s);
    if (rule == u"proportional")
        scenario.workload.breakEvenPeak = BreakEvenPeak::Proportional;
    else if (rule == u"fixed")
        scenario.workload.breakEvenPeak = BreakEvenPeak::Fixed;
    else
        return InputError{u"--break-even-peak"_s,
                          {},
                          u"must be proportional or fixed (got \"%1\")"_s.arg(rule.left(40))};
    return scenario;
}

} // namespace pertoken::cli
