#pragma once

#include "common/number_format.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace pertoken::ui {

/// The export dialog's last choices. The format is its file suffix ("png", "svg", "pdf", "csv");
/// sizes are layout pixels at 96 dpi.
struct ChartExportChoices {
    QString chartId;
    QString format = QStringLiteral("png");
    int width = 800;
    int height = 500;
    int dpi = 192;
    QString directory; ///< where the last chart was written; empty: the last Open/Save folder
};

/// Light, dark, or whatever the desktop uses.
enum class ThemeMode { System, Light, Dark };

/// The one place the application reads and writes persistent settings. Every key is declared
/// once, in settings.cpp, beside its default; nothing else in the program touches QSettings.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    /// The user's settings for the organisation and application names set in main().
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in an INI file at `iniPath` (tests, portable installs).
    Settings(const QString &iniPath, QObject *parent);
    ~Settings() override;

    static constexpr int kMaxRecentFiles = 10;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Most recent first, at most kMaxRecentFiles, without duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// The folder the last Open or Save dialog was in.
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    ThemeMode themeMode() const;
    void setThemeMode(ThemeMode mode);

    /// Seconds between autosaves of an unsaved scenario; clamped to [10, 3600].
    int autosaveIntervalSeconds() const;
    void setAutosaveIntervalSeconds(int seconds);
    static constexpr int kMinAutosaveSeconds = 10;
    static constexpr int kMaxAutosaveSeconds = 3600;

    /// The language the user chose ("de", "zh_CN", "en"); empty follows the system. Applies at
    /// the next start.
    QString language() const;
    void setLanguage(const QString &language);

    /// Prices older than this many months are marked (tables, chart tooltips, memo); clamped
    /// to [kMinStaleAfterMonths, kMaxStaleAfterMonths] of pricing/price_age.h, default 6.
    int staleAfterMonths() const;
    void setStaleAfterMonths(int months);

    /// The currency money is shown in, with the rate per US dollar and its date the user set
    /// (Preferences); US dollars when none was set or what is stored does not pass
    /// makeDisplayCurrency(). Stored figures stay in US dollars.
    DisplayCurrency displayCurrency() const;
    void setDisplayCurrency(const DisplayCurrency &currency);

    /// Where Catalogs ▸ Update prices downloads LiteLLM's price list from; empty means
    /// PriceUpdateDialog::defaultUrl().
    QString priceUpdateUrl() const;
    void setPriceUpdateUrl(const QString &url);

    ChartExportChoices chartExportChoices() const;
    void setChartExportChoices(const ChartExportChoices &choices);

    void sync();

Q_SIGNALS:
    void recentFilesChanged();
    void themeModeChanged(pertoken::ui::ThemeMode mode);
    void autosaveIntervalChanged(int seconds);
    void staleAfterMonthsChanged(int months);
    void displayCurrencyChanged();

private:
    void setRecentFiles(const QStringList &paths);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pertoken::ui
