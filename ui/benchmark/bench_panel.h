#pragma once

#include "bench/endpoint/endpoint_summary.h"
#include "bench/results/bench_history.h"
#include "bench/results/bench_result.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pertoken::ui {

class BenchEndpointForm;
class BenchLiveChart;
class BenchResultsModel;
class BenchRunner;
struct EndpointProgressEvent;

/// The benchmark panel: measures this machine (hardware probe) or an inference server (serving
/// benchmark) on a worker thread, with a progress bar, a live chart, cancel (Esc), a sortable
/// table of the levels beside the chart (a result opened from the history fills both), a
/// summary, the history of past results (newest first) and "Use in scenario", which hands the
/// selected or just-finished result to whoever applies it to the scenario. Start and Cancel sit
/// in a fixed row above the form, which scrolls on its own, so the panel needs no scroll area
/// around it. Every finished or cancelled run that measured something is saved to the history
/// folder.
class BenchPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchPanel)

public:
    explicit BenchPanel(const QString &historyFolder, QWidget *parent = nullptr);
    ~BenchPanel() override;

    bool isRunning() const;

    /// The measured power of a serving benchmark, as the summary shows it: average watts and
    /// what measured them, joules per output token and tokens per kWh, or "not measured" and
    /// why. Empty for other results.
    static QString powerText(const BenchResult &result);
    /// The result's one-line summary, each repeated level's figures with their confidence
    /// intervals, and its power.
    static QString summaryText(const BenchResult &result);
    /// For a benchmark that repeated its levels, each level's headline figures as mean ± the
    /// half-width of their 95 % confidence interval; empty otherwise.
    static QString repeatsText(const BenchResult &result);

Q_SIGNALS:
    void useInScenario(const pertoken::BenchResult &result);
    /// The user asked to fit the selected option's efficiencies to a result (Calibrate option).
    void calibrateOption(const pertoken::BenchResult &result);

private:
    void start();
    void cancel();
    void setRunning(bool running);
    void onEndpointProgress(const EndpointProgressEvent &event);
    void onHardwareProgress(double fraction, const QString &stage);
    void onFinished(const BenchResult &result, const QString &fatalError);
    void reloadHistory(const QString &selectPath = {});
    void showHistoryItem(QListWidgetItem *item);
    void plotRecords(const BenchResult &result);
    void emitUseInScenario();
    void emitCalibrate();
    /// The selected history entry, else the just-finished result; nothing (and a message) if
    /// neither can be read.
    std::optional<BenchResult> chosenResult();
    void updateUseButton();
    void showStatus(const QString &text, bool isError);

    BenchHistory m_history;
    BenchRunner *m_runner = nullptr;
    QTabWidget *m_modes = nullptr;
    QCheckBox *m_quick = nullptr;
    BenchEndpointForm *m_endpointForm = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    BenchLiveChart *m_chart = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    BenchResultsModel *m_results = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_historyList = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_calibrate = nullptr;

    std::optional<BenchResult> m_lastResult;
    qint64 m_runStartNs = 0;
    int m_warmupRequests = 0;
    int m_requestsPerLevel = 0;
    QHash<int, LiveLevelThroughput> m_levelLive;
    int m_repeats = 1;
};

} // namespace pertoken::ui
