#pragma once

#include "charts/chart_export.h"
#include "scenario/evaluation.h"

#include <QDialog>
#include <QHash>
#include <QSize>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pertoken::ui {

class Settings;

/// Exports one chart of an evaluation: which chart, the format (PNG, SVG, PDF, CSV), the size
/// in layout pixels (presets, or the size the chart has on screen), the PNG resolution, and the
/// file. The pixel size of the result is shown as the choices change; values outside
/// ChartExportLimits are refused with checkChartExportOptions()'s message, the one
/// `pertoken chart` prints. The choices are remembered in Settings after a successful export.
class ChartExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExportDialog)

public:
    /// `evaluation` is what the charts are drawn from; `settings` keeps the last choices.
    ChartExportDialog(const Evaluation &evaluation, Settings *settings, QWidget *parent = nullptr);
    ~ChartExportDialog() override;

    /// Selects chart `id` (opened from a chart's own menu); unknown ids are ignored.
    void setChart(const QString &id);
    /// The size each chart has on screen, offered as the "As shown on screen" preset.
    void setShownSizes(const QHash<QString, QSize> &sizes);

    QString chartId() const;
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    ChartExportOptions options() const;
    QString filePath() const;
    void setFilePath(const QString &path);
    /// The pixel size of the file the current choices give.
    QSize resultPixelSize() const;
    /// Why the current choices cannot be exported; empty when they can.
    QString problem() const;

    /// Exports; on success remembers the choices and closes, otherwise shows why and stays.
    void accept() override;

private:
    void fillPresets();
    void applyPreset();
    void matchPreset();
    void formatChanged();
    void chartChanged();
    void browse();
    void updateResult();
    /// The path with the current format's suffix; a generated name follows the chart.
    QString adjustedPath(const QString &path, const QString &previousChartId) const;
    void remember();

    Evaluation m_evaluation;
    Settings *m_settings;
    QHash<QString, QSize> m_shownSizes;
    QString m_lastChartId;
    QComboBox *m_chart = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_result = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QString m_writeError;
};

} // namespace pertoken::ui
