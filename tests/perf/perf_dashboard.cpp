// Dashboard latency, measured on the real window: start to the first painted dashboard, and a
// slider change to every visible chart repainted (DESIGN.md budgets: 500 ms and 16 ms p99).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise; touches no user files (test mode).

#include "autosave.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "dashboard.h"
#include "main_window.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QGraphicsView>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QUndoStack>
#include <QtCharts/QChart>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pertoken::ui;

namespace {

constexpr int kDefaultChanges = 600;
constexpr double kFirstPaintBudgetMs = 500;
constexpr double kChangeBudgetP99Ms = 16;

// Counts paint events on the chart views' viewports.
class PaintWatcher final : public QObject {
public:
    explicit PaintWatcher(const QList<QGraphicsView *> &views)
        : m_views(views)
    {
        for (QGraphicsView *view : views)
            view->viewport()->installEventFilter(this);
    }
    QList<QGraphicsView *> visibleViews() const
    {
        QList<QGraphicsView *> visible;
        for (QGraphicsView *view : m_views) {
            if (view->isVisible())
                visible.append(view);
        }
        return visible;
    }
    void reset()
    {
        m_painted.clear();
        m_count = 0;
    }
    int paintCount() const { return m_count; }
    int paintedViews() const { return int(m_painted.size()); }
    bool painted(QGraphicsView *view) const { return m_painted.contains(view->viewport()); }
    bool allVisiblePainted() const
    {
        const QList<QGraphicsView *> visible = visibleViews();
        return !visible.isEmpty() && std::all_of(visible.cbegin(), visible.cend(),
                                                 [this](QGraphicsView *v) { return painted(v); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted.insert(watched);
            ++m_count;
        }
        return false;
    }

private:
    QList<QGraphicsView *> m_views;
    QSet<QObject *> m_painted;
    int m_count = 0;
};

// Counts layout requests of each chart: a chart that lays itself out again on a slider change
// (an axis label or legend entry that changed) costs several milliseconds more than one that only
// moves its series.
class LayoutWatcher final : public QObject {
public:
    explicit LayoutWatcher(const QList<DashboardChart *> &charts)
    {
        for (DashboardChart *chart : charts) {
            chart->chart()->installEventFilter(this);
            m_ids.insert(chart->chart(), chart->chartId());
        }
    }
    void reset() { m_counts.clear(); }
    const QHash<QString, int> &counts() const { return m_counts; }
    QStringList ids() const { return m_ids.values(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++m_counts[m_ids.value(watched)];
        return false;
    }

private:
    QHash<QObject *, QString> m_ids;
    QHash<QString, int> m_counts;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(index);
}

// Milliseconds since this process started, from /proc (10 ms resolution); -1 where unavailable.
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (start time in clock ticks since boot) counts from after the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startSeconds) * 1000;
}

// CPU time of the calling thread in milliseconds. Every change is handled on the GUI thread, so
// on a loaded machine this is the change's own cost, without the time other processes took.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

const char *verdict(bool ok)
{
    return ok ? "within budget" : "OVER BUDGET";
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // An optional count of slider changes (at least 500 for the budget's p99; fewer for profiling).
    const int changes = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : kDefaultChanges;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenPerf"_s);
    QCoreApplication::setApplicationName(u"perf_dashboard"_s);

    // Start to first paint: construct, show, and run the event loop until every visible chart
    // view has painted once.
    const double appReadyMs = double(sinceMain.nsecsElapsed()) / 1e6;
    MainWindow window([](const RecoveryCandidate &) { return RecoveryChoice::Discard; });
    const double constructedMs = double(sinceMain.nsecsElapsed()) / 1e6;
    // An optional second argument names a chart tab to show instead of the overview ("Frontier"),
    // so that chart's repaint is what the slider change waits for.
    if (argc > 2) {
        const QString wanted = QString::fromLocal8Bit(argv[2]);
        auto *tabs = window.chartsView()->findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(u'&') == wanted)
                tabs->setCurrentIndex(i);
        }
    }
    PaintWatcher watcher(window.chartsView()->findChildren<QGraphicsView *>());
    window.show();
    while (!watcher.allVisiblePainted() && sinceMain.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = double(sinceMain.nsecsElapsed()) / 1e6;
    const double processMs = msSinceProcessStart();
    const int visibleCharts = int(watcher.visibleViews().size());

    // Slider change to visible charts repainted: one long drag of the workload's requests per
    // month through the real slider, 600 positions by default. Each change is timed from the slider
    // move to the end of the event-loop pass in which the last chart view painted; the loop runs
    // until three passes in a row paint nothing, so layout passes and chained updates are included.
    // An optional third argument names another slider to drag (a parameter editor's object name,
    // "outputTokensPerRequest"), for a chart that the volume does not move.
    const QString editorName = argc > 3 ? QString::fromLocal8Bit(argv[3]) : u"requestsPerMonth"_s;
    auto *editor = window.findChild<ParameterEditor *>(editorName);
    if (!editor) {
        QStringList names;
        for (const ParameterEditor *candidate : window.findChildren<ParameterEditor *>())
            names << candidate->objectName();
        std::fprintf(stderr, "perf_dashboard: no editor \"%s\" found; there are: %s\n",
                     qPrintable(editorName), qPrintable(names.join(u", "_s)));
        return 1;
    }
    QSlider *slider = editor->slider();
    const int centre = std::clamp(slider->value(), 100, ParameterEditor::kSliderSteps - 100);
    QList<double> samples;
    QList<double> evaluationMs;
    QList<double> cpuSamples;
    qint64 viewsPainted = 0;
    LayoutWatcher layouts(window.chartsView()->overviewCharts());
    slider->setSliderDown(true);
    for (int i = 0; i < changes; ++i) {
        // A triangle wave of ±50 positions in steps of 5: every change moves the value.
        const int phase = i % 40;
        const int position = centre + (phase < 20 ? phase : 40 - phase) * 5 - 50;
        watcher.reset();
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        double cpuDone = cpuStart;
        slider->setSliderPosition(position);
        while (window.dashboard()->isPending())
            QCoreApplication::processEvents();
        double doneMs = double(clock.nsecsElapsed()) / 1e6;
        cpuDone = threadCpuMs();
        for (int quiet = 0, passes = 0; quiet < 3 && passes < 100; ++passes) {
            const int before = watcher.paintCount();
            QCoreApplication::processEvents();
            if (watcher.paintCount() > before) {
                doneMs = double(clock.nsecsElapsed()) / 1e6;
                cpuDone = threadCpuMs();
                quiet = 0;
            } else {
                ++quiet;
            }
        }
        samples.append(doneMs);
        cpuSamples.append(cpuDone - cpuStart);
        evaluationMs.append(window.dashboard()->lastEvaluationMilliseconds());
        viewsPainted += watcher.paintedViews();
    }
    slider->setSliderDown(false);
    QCoreApplication::processEvents();
    const QHash<QString, int> layoutCounts = layouts.counts();

    const double p50 = percentile(samples, 0.50);
    const double p99 = percentile(samples, 0.99);
    std::printf("PerToken dashboard benchmark: Qt %s, platform %s, %d CPU threads, window %dx%d, "
                "%d visible charts\n",
                qVersion(), qPrintable(QGuiApplication::platformName()),
                QThread::idealThreadCount(), window.width(), window.height(), visibleCharts);
    std::printf("start to first painted dashboard: %.1f ms from main() (budget %.0f ms: %s)\n",
                firstPaintMs, kFirstPaintBudgetMs, verdict(firstPaintMs <= kFirstPaintBudgetMs));
    std::printf("  QApplication %.1f ms, window constructed at %.1f ms, first paint at %.1f ms\n",
                appReadyMs, constructedMs, firstPaintMs);
    if (processMs >= 0)
        std::printf("  from process start (via /proc, 10 ms resolution): %.0f ms\n", processMs);
    std::printf("slider change to all visible charts repainted, %lld changes: p50 %.2f ms, "
                "p99 %.2f ms, max %.2f ms (budget p99 %.0f ms: %s)\n",
                static_cast<long long>(samples.size()), p50, p99,
                *std::max_element(samples.cbegin(), samples.cend()), kChangeBudgetP99Ms,
                verdict(p99 <= kChangeBudgetP99Ms));
    std::printf("  GUI-thread CPU time per change (the same changes, without time lost to other "
                "processes): p50 %.2f ms, p99 %.2f ms\n",
                percentile(cpuSamples, 0.50), percentile(cpuSamples, 0.99));
    std::printf("  of which evaluate(): p50 %.3f ms, p99 %.3f ms; chart views repainted per "
                "change: %.2f of %d visible; undo steps for the whole drag: %d\n",
                percentile(evaluationMs, 0.50), percentile(evaluationMs, 0.99),
                double(viewsPainted) / double(samples.size()), visibleCharts,
                int(window.document()->undoStack()->count()));
    QStringList relayouts;
    QStringList ids = layouts.ids();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        relayouts.append(
            u"%1 %2"_s.arg(id).arg(double(layoutCounts.value(id)) / changes, 0, 'f', 2));
    std::printf("  chart layouts per change: %s\n", qPrintable(relayouts.join(u", "_s)));
    return 0;
}
