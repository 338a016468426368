#include "export/export_controller.h"

#include "charts/chart_export.h"
#include "dashboard.h"
#include "export/chart_export_dialog.h"
#include "export/memo_export.h"
#include "panels/number_format.h"
#include "scenario_document.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

ExportController::ExportController(ScenarioDocument *document, Dashboard *dashboard,
                                   Settings *settings, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_dashboard(dashboard)
    , m_settings(settings)
    , m_window(window)
    , m_exportChart(new QAction(tr("Export &Chart…"), this))
    , m_exportMemo(new QAction(tr("Export &Memo Bundle…"), this))
    , m_copyChart(new QAction(tr("Copy C&hart"), this))
{
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportChart->setStatusTip(tr("Save one chart as PNG, SVG, PDF or its data as CSV"));
    m_exportMemo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportMemo->setStatusTip(tr("Write the decision memo: memo.pdf, memo.md, every chart and "
                                  "its data, and the scenario, in one zip"));
    m_copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyChart->setStatusTip(tr("Copy a chart to the clipboard as an image"));
    connect(m_exportChart, &QAction::triggered, this, &ExportController::chooseAndExportChart);
    connect(m_exportMemo, &QAction::triggered, this, &ExportController::chooseAndExportMemo);
    connect(m_copyChart, &QAction::triggered, this, &ExportController::copyChart);
}

ExportController::~ExportController() = default;

bool ExportController::exportChart(const QString &chartId, const QString &path)
{
    if (const std::optional<InputError> error =
            exportChartFile(chartId, m_dashboard->evaluation(), path)) {
        reportError(tr("Cannot Export Chart"), error->toString());
        return false;
    }
    return true;
}

bool ExportController::exportMemo(const QString &path)
{
    if (const std::optional<InputError> error =
            exportMemoBundle(m_document->scenario(), path, QDateTime::currentDateTimeUtc(),
                             m_staleAfterMonths, NumberFormat::displayCurrency())) {
        reportError(tr("Cannot Export Memo"), error->toString());
        return false;
    }
    return true;
}

QString ExportController::chooseChart(const QString &title)
{
    QStringList titles;
    const QList<ExportableChart> charts = exportableCharts();
    for (const ExportableChart &chart : charts)
        titles << chart.title;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, title, tr("Chart:"), titles, 0, false, &ok);
    if (!ok)
        return {};
    return charts.value(titles.indexOf(chosen)).id;
}

void ExportController::chooseAndExportChart()
{
    exportChartInteractively(QString());
}

void ExportController::setShownSizes(std::function<QHash<QString, QSize>()> shownSizes)
{
    m_shownSizes = std::move(shownSizes);
}

void ExportController::exportChartInteractively(const QString &id)
{
    ChartExportDialog dialog(m_dashboard->evaluation(), m_settings, m_window);
    if (m_shownSizes)
        dialog.setShownSizes(m_shownSizes());
    if (!id.isEmpty())
        dialog.setChart(id);
    dialog.exec();
}

void ExportController::chooseAndExportMemo()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Memo Bundle"),
                                                QDir::home().filePath(u"memo.zip"_s),
                                                tr("Memo bundles (*.zip)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".zip"_s;
    exportMemo(path);
}

void ExportController::copyChart()
{
    const QString id = chooseChart(tr("Copy Chart"));
    if (!id.isEmpty())
        copyChartImage(id);
}

void ExportController::copyChartImage(const QString &id)
{
    if (const std::optional<InputError> error = copyChartToClipboard(id, m_dashboard->evaluation()))
        reportError(tr("Cannot Copy Chart"), error->toString());
}

void ExportController::reportError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_window, title, message);
}

} // namespace pertoken::ui
