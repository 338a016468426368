#include "export/chart_export_dialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

struct FormatInfo {
    ExportFormat format;
    QString suffix;
};

const QList<FormatInfo> &formats()
{
    static const QList<FormatInfo> list = {{ExportFormat::Png, u"png"_s},
                                           {ExportFormat::Svg, u"svg"_s},
                                           {ExportFormat::Pdf, u"pdf"_s},
                                           {ExportFormat::Csv, u"csv"_s}};
    return list;
}

QString suffixOf(ExportFormat format)
{
    for (const FormatInfo &info : formats()) {
        if (info.format == format)
            return info.suffix;
    }
    return u"png"_s;
}

// Common slide and screen sizes with the default chart's 16:10 shape first.
const QList<QSize> kPresets = {QSize(800, 500), QSize(1200, 750), QSize(1920, 1080)};

// Spin boxes accept more than the limits so that a value out of range is typed, seen and
// refused with the shared message rather than silently clamped.
constexpr int kSpinMaximum = 99999;

/// Pixel counts read like the spin boxes that set them: the interface language's digits, no
/// group separators ("1920 × 1080").
QLocale pixelLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

ChartExportDialog::ChartExportDialog(const Evaluation &evaluation, Settings *settings,
                                     QWidget *parent)
    : QDialog(parent)
    , m_evaluation(evaluation)
    , m_settings(settings)
{
    setWindowTitle(tr("Export Chart"));
    setObjectName(u"chartExportDialog"_s);

    m_chart = new QComboBox;
    m_chart->setObjectName(u"chart"_s);
    for (const ExportableChart &chart : exportableCharts())
        m_chart->addItem(chart.title, chart.id);

    m_format = new QComboBox;
    m_format->setObjectName(u"format"_s);
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG drawing"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_format->addItem(tr("Data as CSV"), int(ExportFormat::Csv));

    m_preset = new QComboBox;
    m_preset->setObjectName(u"sizePreset"_s);

    const auto pixelSpin = [](const QString &name) {
        auto *spin = new QSpinBox;
        spin->setObjectName(name);
        spin->setRange(1, kSpinMaximum);
        //: Unit suffix of the width and height fields: pixels.
        spin->setSuffix(tr(" px"));
        spin->setGroupSeparatorShown(false);
        return spin;
    };
    m_width = pixelSpin(u"width"_s);
    m_height = pixelSpin(u"height"_s);
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    auto *times = new QLabel(u"×"_s);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width, 1);
    sizeRow->addWidget(times);
    sizeRow->addWidget(m_height, 1);

    m_dpi = new QSpinBox;
    m_dpi->setObjectName(u"dpi"_s);
    m_dpi->setRange(1, kSpinMaximum);
    //: Unit suffix of the resolution field: dots per inch.
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("PNG only: the image has width × resolution / 96 pixels, and the "
                         "resolution is written into the file"));

    m_result = new QLabel;
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    // A form layout sizes a row before it knows how a wrapped label breaks: room for the
    // longest message (two lines) is kept from the start, so the dialog does not jump.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing());
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_path = new QLineEdit;
    m_path->setObjectName(u"path"_s);
    m_path->setMinimumWidth(320);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("C&hart:"), m_chart);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    auto *sizeLabel = new QLabel(tr("&Width × height:"));
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("Result:"), m_result);
    auto *fileLabel = new QLabel(tr("F&ile:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Only a button inside the dialog becomes its default, the one Enter presses.
    m_export->setDefault(true);

    // The last choices, or the defaults the command line uses.
    const ChartExportChoices remembered =
        m_settings ? m_settings->chartExportChoices() : ChartExportChoices{};
    const int chartIndex = m_chart->findData(remembered.chartId);
    m_chart->setCurrentIndex(chartIndex >= 0 ? chartIndex : 0);
    m_lastChartId = chartId();
    for (int i = 0; i < m_format->count(); ++i) {
        if (suffixOf(ExportFormat(m_format->itemData(i).toInt())) == remembered.format)
            m_format->setCurrentIndex(i);
    }
    m_width->setValue(remembered.width);
    m_height->setValue(remembered.height);
    m_dpi->setValue(remembered.dpi);
    const QString directory =
        remembered.directory.isEmpty() ? QDir::homePath() : remembered.directory;
    m_path->setText(QDir(directory).filePath(chartId() + u'.' + suffixOf(format())));
    fillPresets();
    matchPreset();

    connect(m_chart, &QComboBox::currentIndexChanged, this, &ChartExportDialog::chartChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::formatChanged);
    connect(m_preset, &QComboBox::activated, this, &ChartExportDialog::applyPreset);
    for (QSpinBox *spin : {m_width, m_height, m_dpi}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            matchPreset();
            updateResult();
        });
    }
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_writeError.clear();
        updateResult();
    });
    connect(m_browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    formatChanged();
}

ChartExportDialog::~ChartExportDialog() = default;

void ChartExportDialog::setChart(const QString &id)
{
    const int index = m_chart->findData(id);
    if (index >= 0)
        m_chart->setCurrentIndex(index);
}

void ChartExportDialog::setShownSizes(const QHash<QString, QSize> &sizes)
{
    m_shownSizes = sizes;
    fillPresets();
    matchPreset();
}

QString ChartExportDialog::chartId() const
{
    return m_chart->currentData().toString();
}

ExportFormat ChartExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ChartExportDialog::setFormat(ExportFormat format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.logicalSize = QSizeF(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}

QString ChartExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ChartExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QSize ChartExportDialog::resultPixelSize() const
{
    return exportPixelSize(options(), format());
}

QString ChartExportDialog::problem() const
{
    if (const std::optional<ChartExportProblem> problem =
            checkChartExportOptions(options(), format()))
        return problem->message;
    if (filePath().isEmpty())
        return tr("Choose a file to write.");
    return m_writeError;
}

void ChartExportDialog::accept()
{
    m_writeError.clear();
    updateResult();
    if (!problem().isEmpty())
        return;
    const QString path = adjustedPath(filePath(), chartId());
    m_path->setText(path);
    Result<QByteArray> bytes = chartBytes(chartId(), m_evaluation, format(), options());
    std::optional<InputError> failed;
    if (!bytes)
        failed = bytes.error();
    else
        failed = writeFileAtomically(path, *bytes);
    if (failed) {
        m_writeError = failed->toString();
        updateResult();
        return;
    }
    remember();
    QDialog::accept();
}

void ChartExportDialog::fillPresets()
{
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    const QLocale locale = pixelLocale();
    for (const QSize &size : kPresets)
        m_preset->addItem(
            tr("%1 × %2").arg(locale.toString(size.width()), locale.toString(size.height())), size);
    const QSize shown = m_shownSizes.value(chartId());
    if (shown.width() > 0 && shown.height() > 0) {
        //: Size preset: the chart's size in the window now, in pixels.
        m_preset->addItem(tr("As shown on screen (%1 × %2)")
                              .arg(locale.toString(shown.width()), locale.toString(shown.height())),
                          shown);
    }
    m_preset->addItem(tr("Custom"), QSize());
}

void ChartExportDialog::applyPreset()
{
    const QSize size = m_preset->currentData().toSize();
    if (size.isEmpty())
        return;
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ChartExportDialog::matchPreset()
{
    const QSize size(m_width->value(), m_height->value());
    const QSignalBlocker blocker(m_preset);
    for (int i = 0; i < m_preset->count(); ++i) {
        if (m_preset->itemData(i).toSize() == size) {
            m_preset->setCurrentIndex(i);
            return;
        }
    }
    m_preset->setCurrentIndex(m_preset->count() - 1);
}

void ChartExportDialog::formatChanged()
{
    const bool png = format() == ExportFormat::Png;
    const bool drawn = format() != ExportFormat::Csv;
    m_dpi->setEnabled(png);
    for (QWidget *widget : {static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_width),
                            static_cast<QWidget *>(m_height)})
        widget->setEnabled(drawn);
    if (!filePath().isEmpty())
        m_path->setText(adjustedPath(filePath(), chartId()));
    updateResult();
}

void ChartExportDialog::chartChanged()
{
    if (!filePath().isEmpty())
        m_path->setText(adjustedPath(filePath(), m_lastChartId));
    m_lastChartId = chartId();
    fillPresets();
    matchPreset();
    updateResult();
}

void ChartExportDialog::browse()
{
    const QString filters[] = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                               tr("PDF document (*.pdf)"), tr("Data as CSV (*.csv)")};
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), adjustedPath(filePath(), chartId()),
                                     filters[m_format->currentIndex()]);
    if (!chosen.isEmpty())
        m_path->setText(adjustedPath(chosen, chartId()));
}

QString ChartExportDialog::adjustedPath(const QString &path, const QString &previousChartId) const
{
    const QFileInfo info(path);
    QString base = info.completeBaseName();
    // A name the dialog made up follows the chart; a name the user typed stays.
    if (base.isEmpty() || base == previousChartId || exportableChartIds().contains(base))
        base = chartId();
    const QString directory = info.path().isEmpty() ? QDir::homePath() : info.path();
    // An unknown suffix is part of the name the user typed ("q3.final"), not a format.
    if (!exportFormatForPath(path) && !info.suffix().isEmpty())
        base = info.fileName();
    return QDir(directory).filePath(base + u'.' + suffixOf(format()));
}

void ChartExportDialog::updateResult()
{
    const QString why = problem();
    QString text;
    if (!why.isEmpty()) {
        text = why;
    } else {
        const QSize pixels = resultPixelSize();
        const QLocale locale = pixelLocale();
        const QString width = locale.toString(pixels.width());
        const QString height = locale.toString(pixels.height());
        switch (format()) {
        case ExportFormat::Png:
            //: %1 × %2 pixels, %3 dots per inch.
            text = tr("An image of %1 × %2 pixels at %3 dpi")
                       .arg(width, height, locale.toString(m_dpi->value()));
            break;
        case ExportFormat::Svg:
        case ExportFormat::Pdf:
            text = tr("A drawing of %1 × %2 pixels at 96 dpi that scales without loss")
                       .arg(width, height);
            break;
        case ExportFormat::Csv:
            text = tr("The numbers the chart draws, as a table");
            break;
        }
    }
    m_result->setText(text);
    // The message reads as an error when it is one, without relying on colour alone.
    QFont font = m_result->font();
    font.setBold(!why.isEmpty());
    m_result->setFont(font);
    m_export->setEnabled(why.isEmpty() || why == m_writeError);
}

void ChartExportDialog::remember()
{
    if (!m_settings)
        return;
    ChartExportChoices choices;
    choices.chartId = chartId();
    choices.format = suffixOf(format());
    choices.width = m_width->value();
    choices.height = m_height->value();
    choices.dpi = m_dpi->value();
    choices.directory = QFileInfo(filePath()).absolutePath();
    m_settings->setChartExportChoices(choices);
}

} // namespace pertoken::ui
