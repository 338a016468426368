#include "benchmark/bench_panel.h"

#include "bench/endpoint/repeat_statistics.h"
#include "bench/results/bench_energy.h"
#include "benchmark/bench_endpoint_form.h"
#include "benchmark/bench_results_model.h"
#include "benchmark/bench_runner.h"
#include "charts/bench_live_chart.h"
#include "common/monotonic_clock.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kHardwareProgressSteps = 1000;
constexpr int kPathRole = Qt::UserRole;

/// Whether a finished run measured anything worth keeping.
bool measuredSomething(const BenchResult &result)
{
    switch (result.kind) {
    case BenchKind::Endpoint:
        return !result.endpoint.levels.isEmpty();
    case BenchKind::Hardware:
        return !result.hardware.cancelled || result.hardware.memory.measured() ||
               result.hardware.gemmSingleThread.measured();
    case BenchKind::LlamaBench:
        return true;
    }
    return false;
}

} // namespace

QString BenchPanel::powerText(const BenchResult &result)
{
    if (result.kind != BenchKind::Endpoint)
        return {};
    const PowerMeasurement &power = result.power;
    if (!power.measured())
        //: The reason comes from the benchmark engine, in English.
        return tr("Power: not measured (%1)").arg(power.notMeasuredReason);
    const QLocale locale;
    QString text = tr("Power: %1 W average over %2 s, measured by %3")
                       .arg(locale.toString(power.averageWatts(), 'f', 1),
                            locale.toString(power.durationSeconds, 'f', 1), power.totalBasis);
    const EnergyPerToken energy = benchEnergyPerToken(result);
    if (!energy.measured)
        return text;
    text += u'\n' + tr("%1 J per output token, %2 tokens per kWh")
                        .arg(locale.toString(energy.joulesPerOutputToken, 'g', 3),
                             locale.toString(energy.tokensPerKWh, 'f', 0));
    if (energy.usdPerMillionTokens >= 0)
        text +=
            u'\n' + tr("Electricity: %1 USD per million output tokens (%2)")
                        .arg(locale.toString(energy.usdPerMillionTokens, 'g', 3), power.priceBasis);
    return text;
}

QString BenchPanel::summaryText(const BenchResult &result)
{
    QString text = benchResultSummary(result);
    if (const QString repeats = repeatsText(result); !repeats.isEmpty())
        text += u'\n' + repeats;
    if (const QString power = powerText(result); !power.isEmpty())
        text += u'\n' + power;
    return text;
}

BenchPanel::BenchPanel(const QString &historyFolder, QWidget *parent)
    : QWidget(parent)
    , m_history(historyFolder)
    , m_runner(new BenchRunner(this))
{
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(u"modeTabs"_s);
    auto *machinePage = new QWidget(m_modes);
    m_quick = new QCheckBox(tr("Quick (15 s or less)"), machinePage);
    m_quick->setObjectName(u"quickCheck"_s);
    m_quick->setChecked(true);
    auto *machineNote = new QLabel(
        tr("Measures memory bandwidth (STREAM triad) and FP32 matrix multiplication on this "
           "computer."),
        machinePage);
    machineNote->setWordWrap(true);
    auto *machineLayout = new QVBoxLayout(machinePage);
    machineLayout->addWidget(machineNote);
    machineLayout->addWidget(m_quick);
    machineLayout->addStretch();
    m_endpointForm = new BenchEndpointForm(m_modes);
    m_modes->addTab(machinePage, tr("This machine"));
    m_modes->addTab(m_endpointForm, tr("Inference server"));

    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(u"startButton"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Stops the run within a second and keeps what it measured (Esc)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new BenchLiveChart(this);
    m_chart->setObjectName(u"liveChart"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_historyList = new QListWidget(this);
    m_historyList->setObjectName(u"historyList"_s);
    m_use = new QPushButton(tr("Use in scenario"), this);
    m_use->setObjectName(u"useInScenarioButton"_s);
    m_use->setToolTip(tr("Sets the measured throughput, and the measured power where the run "
                         "measured it, of a deployment option from the selected or just-finished "
                         "result"));
    m_calibrate = new QPushButton(tr("Calibrate option"), this);
    m_calibrate->setObjectName(u"calibrateButton"_s);
    m_calibrate->setToolTip(tr("Fits the selected deployment option's bandwidth and compute use "
                               "and its overhead per step to every level of the selected or "
                               "just-finished result, so its other figures follow from the "
                               "fitted model"));
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History (newest first)"), historyBox));
    historyLayout->addWidget(m_historyList, 1);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_use);
    useRow->addWidget(m_calibrate);
    historyLayout->addLayout(useRow);

    // The form scrolls on its own; Start, Cancel and the progress bar stay in a fixed row above
    // it, so they are visible however small the dock is made.
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(u"formScroll"_s);
    formScroll->setWidget(m_modes);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);

    m_results = new BenchResultsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"resultsTable"_s);
    m_table->setModel(m_results);
    // Levels in ascending order until the user clicks a header (the header's default would be
    // descending).
    m_table->horizontalHeader()->setSortIndicator(BenchResultsModel::LevelColumn,
                                                  Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("One row per level; with repeated runs each figure is mean ± the "
                           "half-width of its 95% confidence interval. Click a header to sort."));
    auto *resultsSplitter = new QSplitter(Qt::Horizontal, this);
    resultsSplitter->setObjectName(u"resultsSplitter"_s);
    resultsSplitter->setChildrenCollapsible(false);
    resultsSplitter->addWidget(m_table);
    resultsSplitter->addWidget(m_chart);
    resultsSplitter->setStretchFactor(0, 3);
    resultsSplitter->setStretchFactor(1, 2);

    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);

    auto *runSplitter = new QSplitter(Qt::Vertical, this);
    runSplitter->setObjectName(u"runSplitter"_s);
    runSplitter->addWidget(formScroll);
    runSplitter->addWidget(resultsSplitter);
    runSplitter->addWidget(summaryScroll);
    runSplitter->setStretchFactor(0, 2);
    runSplitter->setStretchFactor(1, 3);
    runSplitter->setStretchFactor(2, 1);

    auto *runBox = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addLayout(buttons);
    runLayout->addWidget(m_status);
    runLayout->addWidget(runSplitter, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(runBox);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BenchPanel::cancel);
    connect(m_start, &QPushButton::clicked, this, &BenchPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &BenchPanel::cancel);
    connect(m_use, &QPushButton::clicked, this, &BenchPanel::emitUseInScenario);
    connect(m_calibrate, &QPushButton::clicked, this, &BenchPanel::emitCalibrate);
    connect(m_historyList, &QListWidget::itemDoubleClicked, this, &BenchPanel::showHistoryItem);
    connect(m_historyList, &QListWidget::itemSelectionChanged, this, &BenchPanel::updateUseButton);
    connect(m_runner, &BenchRunner::endpointProgress, this, &BenchPanel::onEndpointProgress);
    connect(m_runner, &BenchRunner::hardwareProgress, this, &BenchPanel::onHardwareProgress);
    connect(m_runner, &BenchRunner::finished, this, &BenchPanel::onFinished);

    setRunning(false);
    reloadHistory();
}

BenchPanel::~BenchPanel() = default;

bool BenchPanel::isRunning() const
{
    return m_runner->isRunning();
}

void BenchPanel::start()
{
    if (m_runner->isRunning())
        return;
    m_chart->clear();
    m_levelLive.clear();
    m_summary->clear();
    m_results->clear();
    m_runStartNs = monotonicNs();
    if (m_modes->currentWidget() == m_endpointForm) {
        const Result<EndpointConfig> config = m_endpointForm->config();
        if (!config) {
            showStatus(tr("Cannot start: %1").arg(config.error().toString()), true);
            return;
        }
        m_warmupRequests = config->warmupRequests;
        m_requestsPerLevel = config->requestsPerLevel;
        m_repeats = config->repeats;
        m_progress->setRange(0, m_warmupRequests +
                                    config->levelCount() * m_repeats * m_requestsPerLevel);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Connecting to %1").arg(config->url.toDisplayString()));
        showStatus(tr("Benchmarking %1 at %2").arg(config->model, config->url.toDisplayString()),
                   false);
        m_runner->startEndpoint(*config);
    } else {
        m_progress->setRange(0, kHardwareProgressSteps);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Starting"));
        showStatus(tr("Measuring this machine"), false);
        m_runner->startHardware(HardwareProbeOptions{m_quick->isChecked()});
    }
    setRunning(true);
}

void BenchPanel::cancel()
{
    if (!m_runner->isRunning() || m_runner->cancelRequested())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling: keeping what was measured"), false);
}

void BenchPanel::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_modes->setEnabled(!running);
    updateUseButton();
}

void BenchPanel::onEndpointProgress(const EndpointProgressEvent &event)
{
    if (event.level < 0) {
        m_progress->setValue(std::min(event.finishedInLevel, m_progress->maximum()));
        m_progress->setFormat(tr("Warm-up: %1 of %2 requests (not measured)")
                                  .arg(event.finishedInLevel)
                                  .arg(event.requestsInLevel));
    } else {
        const int done = m_warmupRequests +
                         (event.level * m_repeats + event.repeat) * m_requestsPerLevel +
                         event.finishedInLevel;
        m_progress->setValue(std::min(done, m_progress->maximum()));
        const int concurrency = event.hasRecord ? event.record.concurrency : 0;
        if (m_repeats > 1)
            m_progress->setFormat(tr("Level %1 of %2 (concurrency %3), run %4 of %5: %6 of %7 "
                                     "requests")
                                      .arg(event.level + 1)
                                      .arg(event.levelCount)
                                      .arg(concurrency)
                                      .arg(event.repeat + 1)
                                      .arg(m_repeats)
                                      .arg(event.finishedInLevel)
                                      .arg(event.requestsInLevel));
        else
            m_progress->setFormat(tr("Level %1 of %2 (concurrency %3): %4 of %5 requests")
                                      .arg(event.level + 1)
                                      .arg(event.levelCount)
                                      .arg(concurrency)
                                      .arg(event.finishedInLevel)
                                      .arg(event.requestsInLevel));
    }
    if (!event.hasRecord || event.record.warmup || event.level < 0)
        return;
    const RequestRecord &record = event.record;
    LiveLevelThroughput &live = m_levelLive[event.level * m_repeats + event.repeat];
    live.add(record);
    if (!record.completed() || record.endNs < 0)
        return;
    m_chart->addSample(double(record.endNs - m_runStartNs) / 1e9, live.outputTokensPerSecond(),
                       record.ttftMs(), record.tpotMs());
}

void BenchPanel::onHardwareProgress(double fraction, const QString &stage)
{
    m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * kHardwareProgressSteps));
    m_progress->setFormat(tr("%1 · %p%").arg(stage));
}

void BenchPanel::onFinished(const BenchResult &result, const QString &fatalError)
{
    m_chart->flush();
    setRunning(false);
    const bool cancelled =
        result.kind == BenchKind::Endpoint ? result.endpoint.cancelled : result.hardware.cancelled;
    if (!fatalError.isEmpty()) {
        m_progress->setFormat(tr("Failed"));
        showStatus(tr("The benchmark could not run: %1").arg(fatalError), true);
        return;
    }
    if (!measuredSomething(result)) {
        m_progress->setFormat(tr("Cancelled"));
        showStatus(tr("Cancelled before anything was measured; nothing was saved."), false);
        return;
    }
    if (!cancelled)
        m_progress->setValue(m_progress->maximum());
    m_progress->setFormat(cancelled ? tr("Cancelled: partial result") : tr("Finished"));
    m_lastResult = result;
    m_summary->setText(summaryText(result));
    m_results->setResult(result);
    const Result<QString> saved = m_history.save(result);
    if (!saved) {
        showStatus(tr("The result could not be saved: %1").arg(saved.error().toString()), true);
        reloadHistory();
        return;
    }
    showStatus(cancelled ? tr("Cancelled; the partial result was saved to %1").arg(saved.value())
                         : tr("Finished; saved to %1").arg(saved.value()),
               false);
    reloadHistory(saved.value());
}

// Each repeated level's figures as mean ± the half-width of their 95 % confidence interval
// (repeat_statistics.h).
QString BenchPanel::repeatsText(const BenchResult &result)
{
    QStringList lines;
    if (result.kind != BenchKind::Endpoint || result.endpoint.config.repeats < 2)
        return {};
    const QLocale locale;
    const auto figure = [&](const RepeatedLevel &level, const QString &id) {
        for (const auto &[name, m] : level.metrics) {
            if (name == id)
                return tr("%1 ± %2").arg(locale.toString(m.mean, 'f', 1),
                                         locale.toString(m.halfWidth95, 'f', 1));
        }
        return QString();
    };
    const QList<RepeatedLevel> levels = repeatStatistics(result.endpoint.levels);
    for (const RepeatedLevel &level : levels) {
        //: A level of a repeated benchmark: each figure is "mean ± 95 % confidence half-width".
        lines << tr("Concurrency %1, %n run(s): %2 output tokens/s, TTFT p50 %3 ms, "
                    "TPOT p50 %4 ms (mean ± 95% confidence interval)",
                    nullptr, level.repeats)
                     .arg(level.concurrency)
                     .arg(figure(level, u"outputTokensPerSecond"_s), figure(level, u"ttftP50Ms"_s),
                          figure(level, u"tpotP50Ms"_s));
    }
    return lines.join(u'\n');
}

void BenchPanel::reloadHistory(const QString &selectPath)
{
    m_historyList->clear();
    QStringList unreadable;
    const QList<BenchHistory::Entry> entries = m_history.list(&unreadable);
    const QLocale locale;
    for (const BenchHistory::Entry &entry : entries) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2").arg(locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat),
                              entry.summary),
            m_historyList);
        item->setData(kPathRole, entry.path);
        item->setToolTip(entry.path);
        if (!selectPath.isEmpty() && entry.path == selectPath)
            m_historyList->setCurrentItem(item);
    }
    if (!unreadable.isEmpty() && !m_runner->isRunning() && m_status->text().isEmpty()) {
        showStatus(tr("Some history files could not be read: %1").arg(unreadable.join(u"; "_s)),
                   true);
    }
    updateUseButton();
}

void BenchPanel::showHistoryItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const Result<BenchResult> loaded = m_history.load(item->data(kPathRole).toString());
    if (!loaded) {
        showStatus(tr("Cannot read %1").arg(loaded.error().toString()), true);
        return;
    }
    m_summary->setText(summaryText(loaded.value()));
    m_results->setResult(loaded.value());
    plotRecords(loaded.value());
}

// The saved requests, drawn as the live chart drew them while the run went: each finished
// request at its end time, with its level's output tokens/s so far and its latencies.
void BenchPanel::plotRecords(const BenchResult &result)
{
    m_chart->clear();
    if (result.kind != BenchKind::Endpoint)
        return;
    QList<const RequestRecord *> finished;
    for (const RequestRecord &record : result.endpoint.records) {
        if (!record.warmup && record.level >= 0 && record.endNs >= 0)
            finished.append(&record);
    }
    std::stable_sort(
        finished.begin(), finished.end(),
        [](const RequestRecord *a, const RequestRecord *b) { return a->endNs < b->endNs; });
    QHash<std::pair<int, int>, LiveLevelThroughput> levels;
    for (const RequestRecord *record : std::as_const(finished)) {
        LiveLevelThroughput &live = levels[{record->level, record->repeat}];
        live.add(*record);
        if (record->completed())
            m_chart->addSample(double(record->endNs - result.endpoint.originNs) / 1e9,
                               live.outputTokensPerSecond(), record->ttftMs(), record->tpotMs());
    }
    m_chart->flush();
}

std::optional<BenchResult> BenchPanel::chosenResult()
{
    const QList<QListWidgetItem *> selected = m_historyList->selectedItems();
    if (!selected.isEmpty()) {
        const Result<BenchResult> loaded =
            m_history.load(selected.first()->data(kPathRole).toString());
        if (!loaded) {
            showStatus(tr("Cannot read %1").arg(loaded.error().toString()), true);
            return std::nullopt;
        }
        return loaded.value();
    }
    return m_lastResult;
}

void BenchPanel::emitUseInScenario()
{
    if (const std::optional<BenchResult> result = chosenResult())
        Q_EMIT useInScenario(*result);
}

void BenchPanel::emitCalibrate()
{
    if (const std::optional<BenchResult> result = chosenResult())
        Q_EMIT calibrateOption(*result);
}

void BenchPanel::updateUseButton()
{
    m_use->setEnabled(!m_historyList->selectedItems().isEmpty() || m_lastResult.has_value());
    m_calibrate->setEnabled(m_use->isEnabled());
}

void BenchPanel::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xd5, 0x5e, 0x00)
                                                   : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace pertoken::ui
