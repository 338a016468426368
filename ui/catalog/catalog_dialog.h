#pragma once

#include "hardware/accelerator.h"
#include "hardware/model_architecture.h"
#include "pricing/api_price.h"
#include "pricing/custom_catalog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace pertoken::ui {

class AcceleratorTableModel;
class ApiPriceTableModel;
class CatalogPage;
class ModelTableModel;
class PriceUpdateDialog;

/// Browse and edit the catalogs: API prices, hardware and models, each in a searchable table
/// filtered by provider, vendor or origin, every figure with its unit, as-of date and source.
/// Built-in entries are read-only and can be duplicated into custom ones (the built-in price
/// catalog gives way to the user's once Update prices has been applied,
/// pricing/price_update.h); custom entries are added,
/// edited, removed or imported (LiteLLM JSON, price CSV or PerToken price catalog) and saved at
/// once to the custom catalog file given to the constructor (defaultCustomCatalogPath() in the
/// application). "Use in scenario" hands the selected entry to whoever listens.
class CatalogDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDialog)

public:
    explicit CatalogDialog(const QString &customCatalogPath, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    /// Adds the prices in a price file, recognised and dated by importPriceFile()
    /// (pricing/price_file_import.h) exactly as `pertoken prices import` does, to the custom
    /// entries, replacing custom entries with the same id, and saves. Returns false, with the
    /// reason in the status line, when the file cannot be read, is malformed or yields no price.
    bool importPriceFile(const QString &path);

    /// Where Update prices downloads from; PriceUpdateDialog::defaultUrl() until set.
    void setPriceUpdateUrl(const QString &url) { m_updateUrl = url; }
    /// Marks prices older than `months` (isPriceStale(), pricing/price_age.h) in the table.
    void setStaleAfterMonths(int months);
    /// Opens Update prices (PriceUpdateDialog) over the price catalog in effect.
    PriceUpdateDialog *showPriceUpdate();
    /// Puts the price catalog the last update replaced back in effect; false, with the reason in
    /// the status line, when there is none or it cannot be written.
    bool restorePreviousPrices();
    /// The price catalog in effect: the user's updated one, or the built-in one.
    const QList<ApiPrice> &catalogPrices() const { return m_catalogPrices; }
    /// Imports a model from its own files (models/model_import.h: a .gguf, a config.json, a
    /// safetensors index or file, a folder; an Ollama store root asks which model:tag) into the
    /// custom models and saves. A record the files do not complete opens the by-hand form with
    /// what was read and the problem, naming the missing key; it is added when the form is
    /// accepted. Returns false, with the reason in the status line, when nothing was imported
    /// or the form is left open.
    bool importModelPath(const QString &path);
    /// Opens the by-hand form for a new custom model.
    void addModelByHand();
    /// Shows the Models tab.
    void showModels();
    /// Asks for a model file (or folder) and imports it with importModelPath().
    void chooseModelFile(bool folder);

    /// The status line: the last save, import or error.
    QString statusText() const;
    const CustomCatalog &customCatalog() const { return m_custom; }

Q_SIGNALS:
    /// Update prices downloaded from `url`.
    void priceUpdateUrlUsed(const QString &url);
    void apiPriceChosen(const pertoken::ApiPrice &price);
    void acceleratorChosen(const pertoken::Accelerator &accelerator);
    void modelChosen(const pertoken::ModelArchitecture &model);

private:
    void loadCatalogPrices();
    void rebuildPrices();
    void rebuildAccelerators();
    void rebuildModels();
    bool addModel(const ModelArchitecture &model);
    void editModel(const ModelArchitecture &model, int customIndex, const QString &problem = {});
    int customModelIndex(int row) const;
    bool save();
    void setStatus(const QString &text, bool error);
    void chooseImportFile();

    void editPrice(const ApiPrice &price, int customIndex);
    void editAccelerator(const Accelerator &accelerator, int customIndex);
    int customPriceIndex(int row) const;
    int customAcceleratorIndex(int row) const;

    QString m_path;
    QString m_catalogPath;
    QString m_updateUrl;
    QList<ApiPrice> m_catalogPrices;
    QPushButton *m_restorePrices;
    CustomCatalog m_custom;
    bool m_canSave = true;
    ApiPriceTableModel *m_prices;
    AcceleratorTableModel *m_accelerators;
    ModelTableModel *m_models;
    QTabWidget *m_tabs;
    CatalogPage *m_pricePage;
    CatalogPage *m_hardwarePage;
    CatalogPage *m_modelPage;
    QLabel *m_status;
};

} // namespace pertoken::ui
