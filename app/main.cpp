// PerToken: AI deployment economics. main() sets up the application, picks the command-line
// command or the dashboard, and hands over; all behaviour lives in core/, ui/ and app/cli/.

#include "cli/bench_command.h"
#include "cli/chart_command.h"
#include "cli/cli_common.h"
#include "cli/command_options.h"
#include "cli/eval_command.h"
#include "cli/frontier_command.h"
#include "cli/inventory_command.h"
#include "cli/memo_command.h"
#include "cli/models_command.h"
#include "cli/plan_command.h"
#include "cli/prices_command.h"
#include "cli/validate_command.h"
#include "language.h"
#include "main_window.h"
#include "settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Command {
    QString name;
    std::function<int(const QStringList &)> run;
    QString usage;                     ///< after "pertoken ", before the options
    QList<QCommandLineOption> options; ///< listed after `usage`; none for plan (in `usage`)
    QString description;
    bool rendersGraphics = false; ///< needs a QGuiApplication (offscreen without a display)
};

QList<Command> commands()
{
    using namespace pertoken::cli;
    return {
        {u"eval"_s, runEvalCommand, u"eval"_s, evalOptions(),
         u"cost per million tokens for every option, break-even"_s},
        {u"plan"_s,
         runPlanCommand,
         u"plan [--scenario F] [--json] [--law epoch|hoffmann|kaplan|custom]\n"
         "        [--law-constants E=..,A=..,B=..,alpha=..,beta=..] [--compute FLOPS]\n"
         "        [--target-loss L] [--inference-tokens T] [--queries Q --tokens-per-sample T\n"
         "        --max-samples K] [--prompt-tokens T] [--budget FLOPS]"_s,
         {},
         u"model size: compute-optimal, inference-aware, T²"_s},
        {u"frontier"_s, runFrontierCommand, u"frontier"_s, frontierOptions(),
         u"cost per million tokens against output tokens/s per user; reverse queries"_s},
        {u"chart"_s, runChartCommand, u"chart NAME"_s, chartOptions(),
         u"export one chart as .png, .svg, .pdf or .csv; --list lists the charts"_s, true},
        {u"memo"_s, runMemoCommand, u"memo"_s, memoOptions(),
         u"decision-memo bundle (.zip): memo.md, memo.pdf, charts, data"_s, true},
        {u"bench"_s, runBenchCommand,
         u"bench hardware | endpoint | fleet | merge FILE... | import FILE | selftest | "
         u"llama-bench -- ARGS | history | power\n"
         "       "_s,
         benchOptions(), u"measure this machine or an inference server"_s},
        {u"prices"_s, runPricesCommand, u"prices import FILE"_s, pricesOptions(),
         u"LiteLLM model_prices JSON, PerToken price catalog, or CSV"_s},
        {u"models"_s, runModelsCommand, u"models inspect FILE|FOLDER"_s, modelsOptions(),
         u"a GGUF, safetensors or Hugging Face model: parameters, bits per weight, KV cache, "
         "where it fits"_s},
        {u"inventory"_s, runInventoryCommand, u"inventory | inventory merge REPORT..."_s,
         inventoryOptions(),
         u"local AI models and inference servers, their exposure, licence and cost on this "
         "machine"_s},
        {u"validate"_s, runValidateCommand, u"validate"_s, validateOptions(),
         u"the performance model against published measurements, its error by subset"_s},
    };
}

QString helpText()
{
    QString text = u"PerToken %1: AI deployment economics\n\n"
                   "Usage:\n"
                   "  pertoken [--lang CODE] [SCENARIO]\n"
                   "        the dashboard; the built-in default scenario when none is given;\n"
                   "        --lang en|de|zh_CN overrides the system language and the "
                   "preference\n"_s.arg(QStringLiteral(PERTOKEN_VERSION));
    for (const Command &command : commands()) {
        QString line = u"  pertoken "_s + command.usage;
        if (!command.options.isEmpty()) {
            const qsizetype lastLine = line.lastIndexOf(u'\n') + 1;
            const int indent = int(line.size() - lastLine) + 1;
            line += u' ' + pertoken::cli::optionSynopsis(command.options, indent);
        }
        text += line + u"\n        "_s + command.description + u'\n';
    }
    text += u"  pertoken -v | --version\n"
            "  pertoken -h | --help\n\n"
            "Exit status: 0 success, 1 the work failed, 2 bad usage or bad input.\n"
            "Every command runs without a display; `pertoken COMMAND --help` describes one.\n"_s;
    return text;
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"PerToken"_s);
    QCoreApplication::setOrganizationDomain(u"pertoken.org"_s);
    QCoreApplication::setApplicationName(u"PerToken"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PERTOKEN_VERSION));
}

// The command line is a scripting contract: its text is English, its numbers are written as C
// writes them (the commands format with QString::number, never the locale), and the charts and
// memos it renders use English conventions whatever the system's language, so one command gives
// the same output on every machine. No translator is installed for it.
void useCommandLineLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

int runCommandLine(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QList<Command> all = commands();
    const auto command = std::find_if(all.cbegin(), all.cend(),
                                      [&first](const Command &c) { return c.name == first; });
    // Commands that draw charts need a GUI application; without a display they render
    // offscreen by themselves, with no environment variable for the user to set.
    std::unique_ptr<QCoreApplication> app;
    if (command != all.cend() && command->rendersGraphics) {
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    useCommandLineLocale();
    const QStringList arguments = app->arguments();
    if (first == u"--version" || first == u"-v") {
        pertoken::cli::out() << u"pertoken "_s << QStringLiteral(PERTOKEN_VERSION) << Qt::endl;
        return pertoken::cli::kExitOk;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        pertoken::cli::out() << helpText();
        pertoken::cli::out().flush();
        return pertoken::cli::kExitOk;
    }
    if (command != all.cend())
        return command->run(arguments.mid(2));
    return pertoken::cli::usageError(
        u"unknown command \"%1\"; `pertoken --help` lists the commands"_s.arg(first));
}

bool isCommandLine(const QString &first)
{
    if (first.startsWith(u'-'))
        return true;
    for (const Command &command : commands()) {
        if (command.name == first)
            return true;
    }
    // A word that is not a file is a mistyped command, not a scenario to open.
    return !first.isEmpty() && !QFileInfo::exists(first) && !first.contains(u'.');
}

// `pertoken --lang CODE [SCENARIO]` (or --lang=CODE): takes the option out of argv so the rest
// parses as before. Returns the code, or nullopt when no --lang was given; `missing` is set when
// --lang has no value.
std::optional<QString> takeLanguageOption(int &argc, char **argv, bool &missing)
{
    missing = false;
    if (argc < 2)
        return std::nullopt;
    const QString option = QString::fromLocal8Bit(argv[1]);
    int taken = 0;
    QString code;
    if (option == u"--lang") {
        if (argc < 3) {
            missing = true;
            return std::nullopt;
        }
        code = QString::fromLocal8Bit(argv[2]);
        taken = 2;
    } else if (option.startsWith(u"--lang=")) {
        code = option.mid(7);
        taken = 1;
    } else {
        return std::nullopt;
    }
    for (int i = 1; i + taken <= argc; ++i)
        argv[i] = argv[i + taken]; // argv[argc] is the terminating null, moved along
    argc -= taken;
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    bool languageMissing = false;
    const std::optional<QString> language = takeLanguageOption(argc, argv, languageMissing);
    if (languageMissing) {
        pertoken::cli::err() << "pertoken: --lang needs a language code: en, de or zh_CN"
                             << Qt::endl;
        return pertoken::cli::kExitUsage;
    }
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (isCommandLine(first))
        return runCommandLine(argc, argv);

    if (!hasDisplay()) {
        // No display (SSH, CI): show the same answer the dashboard would, as a table.
        QCoreApplication app(argc, argv);
        setIdentity();
        useCommandLineLocale();
        pertoken::cli::err() << "pertoken: no display found; printing the evaluation instead "
                                "of opening the dashboard"
                             << Qt::endl;
        QStringList arguments;
        if (!first.isEmpty())
            arguments << u"--scenario"_s << first;
        return pertoken::cli::runEvalCommand(arguments);
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(u"org.pertoken.PerToken"_s); // the installed .desktop entry
    // Only the dashboard is translated (see useCommandLineLocale() for the command line): it
    // speaks the system's language unless the preference or --lang says otherwise, and shows
    // numbers and dates in that language's conventions.
    const pertoken::ui::Language::Choice choice = pertoken::ui::Language::choose(
        language.value_or(QString()), pertoken::ui::Settings().language(), QLocale::system());
    if (!choice.warning.isEmpty())
        pertoken::cli::err() << choice.warning << Qt::endl;
    if (!pertoken::ui::Language::install(choice))
        pertoken::cli::err() << "pertoken: the translations for " << choice.code
                             << " could not all be loaded; some text stays English" << Qt::endl;
    pertoken::ui::MainWindow window;
    if (!first.isEmpty())
        window.openFile(first);
    window.show();
    return app.exec();
}
