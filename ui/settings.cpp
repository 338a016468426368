#include "settings.h"

#include "pricing/price_age.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

// A key and its default, declared once. Reading converts to T and falls back to the default
// when the stored value is missing or of another type.
template <typename T> struct Key {
    QString name;
    T defaultValue;

    T read(const QSettings &settings) const
    {
        const QVariant value = settings.value(name);
        if (!value.isValid() || !value.canConvert<T>())
            return defaultValue;
        return value.value<T>();
    }
    void write(QSettings &settings, const T &value) const { settings.setValue(name, value); }
};

const Key<QByteArray> kWindowGeometry{u"MainWindow/geometry"_s, {}};
const Key<QByteArray> kWindowState{u"MainWindow/state"_s, {}};
const Key<QStringList> kRecentFiles{u"Files/recent"_s, {}};
const Key<QString> kLastDirectory{u"Files/lastDirectory"_s, QDir::homePath()};
const Key<QString> kThemeMode{u"Appearance/theme"_s, u"system"_s};
const Key<int> kAutosaveIntervalSeconds{u"Files/autosaveIntervalSeconds"_s, 60};
const Key<QString> kLanguage{u"Appearance/language"_s, {}};
const Key<int> kStaleAfterMonths{u"Prices/staleAfterMonths"_s, kDefaultStaleAfterMonths};
const Key<QString> kCurrencyCode{u"Currency/code"_s, u"USD"_s};
const Key<double> kCurrencyPerUsd{u"Currency/perUsd"_s, 1.0};
const Key<QString> kCurrencyRateDate{u"Currency/rateDate"_s, {}};
const Key<QString> kPriceUpdateUrl{u"Prices/updateUrl"_s, {}};
const ChartExportChoices kChartExportDefaults;
const Key<QString> kChartExportChart{u"ChartExport/chart"_s, kChartExportDefaults.chartId};
const Key<QString> kChartExportFormat{u"ChartExport/format"_s, kChartExportDefaults.format};
const Key<int> kChartExportWidth{u"ChartExport/width"_s, kChartExportDefaults.width};
const Key<int> kChartExportHeight{u"ChartExport/height"_s, kChartExportDefaults.height};
const Key<int> kChartExportDpi{u"ChartExport/dpi"_s, kChartExportDefaults.dpi};
const Key<QString> kChartExportDirectory{u"ChartExport/directory"_s, {}};

constexpr int kMinAutosaveSeconds = Settings::kMinAutosaveSeconds;
constexpr int kMaxAutosaveSeconds = Settings::kMaxAutosaveSeconds;

QString themeModeId(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return u"light"_s;
    case ThemeMode::Dark:
        return u"dark"_s;
    case ThemeMode::System:
        break;
    }
    return u"system"_s;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return kWindowGeometry.read(*m_settings);
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    kWindowGeometry.write(*m_settings, geometry);
}

QByteArray Settings::windowState() const
{
    return kWindowState.read(*m_settings);
}

void Settings::setWindowState(const QByteArray &state)
{
    kWindowState.write(*m_settings, state);
}

QStringList Settings::recentFiles() const
{
    QStringList paths = kRecentFiles.read(*m_settings);
    paths.removeDuplicates();
    if (paths.size() > kMaxRecentFiles)
        paths.resize(kMaxRecentFiles);
    return paths;
}

void Settings::addRecentFile(const QString &path)
{
    QStringList paths = recentFiles();
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    paths.removeAll(absolute);
    paths.prepend(absolute);
    setRecentFiles(paths);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList paths = recentFiles();
    if (paths.removeAll(QDir::cleanPath(QDir(path).absolutePath())) > 0)
        setRecentFiles(paths);
}

void Settings::clearRecentFiles()
{
    setRecentFiles({});
}

void Settings::setRecentFiles(const QStringList &paths)
{
    QStringList capped = paths;
    if (capped.size() > kMaxRecentFiles)
        capped.resize(kMaxRecentFiles);
    kRecentFiles.write(*m_settings, capped);
    Q_EMIT recentFilesChanged();
}

QString Settings::lastDirectory() const
{
    return kLastDirectory.read(*m_settings);
}

void Settings::setLastDirectory(const QString &directory)
{
    kLastDirectory.write(*m_settings, directory);
}

ThemeMode Settings::themeMode() const
{
    const QString id = kThemeMode.read(*m_settings);
    for (ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark}) {
        if (id == themeModeId(mode))
            return mode;
    }
    return ThemeMode::System;
}

void Settings::setThemeMode(ThemeMode mode)
{
    if (mode == themeMode())
        return;
    kThemeMode.write(*m_settings, themeModeId(mode));
    Q_EMIT themeModeChanged(mode);
}

int Settings::autosaveIntervalSeconds() const
{
    return std::clamp(kAutosaveIntervalSeconds.read(*m_settings), kMinAutosaveSeconds,
                      kMaxAutosaveSeconds);
}

void Settings::setAutosaveIntervalSeconds(int seconds)
{
    const int clamped = std::clamp(seconds, kMinAutosaveSeconds, kMaxAutosaveSeconds);
    if (clamped == autosaveIntervalSeconds())
        return;
    kAutosaveIntervalSeconds.write(*m_settings, clamped);
    Q_EMIT autosaveIntervalChanged(clamped);
}

QString Settings::language() const
{
    return kLanguage.read(*m_settings);
}

void Settings::setLanguage(const QString &language)
{
    kLanguage.write(*m_settings, language);
}

int Settings::staleAfterMonths() const
{
    return std::clamp(kStaleAfterMonths.read(*m_settings), kMinStaleAfterMonths,
                      kMaxStaleAfterMonths);
}

void Settings::setStaleAfterMonths(int months)
{
    const int clamped = std::clamp(months, kMinStaleAfterMonths, kMaxStaleAfterMonths);
    if (clamped == staleAfterMonths())
        return;
    kStaleAfterMonths.write(*m_settings, clamped);
    Q_EMIT staleAfterMonthsChanged(clamped);
}

DisplayCurrency Settings::displayCurrency() const
{
    const Result<DisplayCurrency> stored = makeDisplayCurrency(
        u"settings"_s, kCurrencyCode.read(*m_settings), kCurrencyPerUsd.read(*m_settings),
        QDate::fromString(kCurrencyRateDate.read(*m_settings), Qt::ISODate));
    return stored ? *stored : DisplayCurrency{};
}

void Settings::setDisplayCurrency(const DisplayCurrency &currency)
{
    const DisplayCurrency before = displayCurrency();
    kCurrencyCode.write(*m_settings, currency.code);
    kCurrencyPerUsd.write(*m_settings, currency.perUsd);
    kCurrencyRateDate.write(*m_settings, currency.rateDate.toString(Qt::ISODate));
    if (before.code != currency.code || before.perUsd != currency.perUsd ||
        before.rateDate != currency.rateDate)
        Q_EMIT displayCurrencyChanged();
}

QString Settings::priceUpdateUrl() const
{
    return kPriceUpdateUrl.read(*m_settings);
}

void Settings::setPriceUpdateUrl(const QString &url)
{
    kPriceUpdateUrl.write(*m_settings, url);
}

ChartExportChoices Settings::chartExportChoices() const
{
    ChartExportChoices choices;
    choices.chartId = kChartExportChart.read(*m_settings);
    choices.format = kChartExportFormat.read(*m_settings);
    choices.width = kChartExportWidth.read(*m_settings);
    choices.height = kChartExportHeight.read(*m_settings);
    choices.dpi = kChartExportDpi.read(*m_settings);
    choices.directory = kChartExportDirectory.read(*m_settings);
    if (choices.directory.isEmpty())
        choices.directory = lastDirectory();
    return choices;
}

void Settings::setChartExportChoices(const ChartExportChoices &choices)
{
    kChartExportChart.write(*m_settings, choices.chartId);
    kChartExportFormat.write(*m_settings, choices.format);
    kChartExportWidth.write(*m_settings, choices.width);
    kChartExportHeight.write(*m_settings, choices.height);
    kChartExportDpi.write(*m_settings, choices.dpi);
    kChartExportDirectory.write(*m_settings, choices.directory);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace pertoken::ui
