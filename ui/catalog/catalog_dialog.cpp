#include "catalog/catalog_dialog.h"

#include "catalog/accelerator_editor.h"
#include "catalog/accelerator_table_model.h"
#include "catalog/api_price_editor.h"
#include "catalog/api_price_table_model.h"
#include "catalog/catalog_page.h"
#include "catalog/model_editor.h"
#include "catalog/model_table_model.h"
#include "catalog/price_update_dialog.h"
#include "hardware/hardware_catalog.h"
#include "models/model_import.h"
#include "models/model_inspection.h"
#include "models/ollama_store.h"
#include "pricing/price_catalog.h"
#include "pricing/price_file_import.h"
#include "pricing/price_update.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

template <typename T> QStringList idsExcept(const QList<T> &entries, int except)
{
    QStringList ids;
    for (int i = 0; i < entries.size(); ++i) {
        if (i != except)
            ids.append(entries.at(i).id);
    }
    return ids;
}

QString formatName(PriceFileFormat format)
{
    switch (format) {
    case PriceFileFormat::LiteLlm:
        return CatalogDialog::tr("LiteLLM price list");
    case PriceFileFormat::Csv:
        return CatalogDialog::tr("price CSV");
    case PriceFileFormat::Catalog:
        break;
    }
    return CatalogDialog::tr("PerToken price catalog");
}

// "<id>-custom", then "-custom-2", ... until no custom entry uses it.
QString uniqueCustomId(const QString &id, const QStringList &taken)
{
    QString candidate = id + u"-custom"_s;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = u"%1-custom-%2"_s.arg(id).arg(n);
    return candidate;
}

} // namespace

CatalogDialog::CatalogDialog(const QString &customCatalogPath, QWidget *parent)
    : QDialog(parent)
    , m_path(customCatalogPath)
    , m_catalogPath(userPriceCatalogPath(customCatalogPath))
    , m_prices(new ApiPriceTableModel(this))
    , m_accelerators(new AcceleratorTableModel(this))
    , m_models(new ModelTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Catalogs"));
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    Result<CustomCatalog> custom = loadCustomCatalog(m_path);
    if (custom) {
        m_custom = std::move(custom).value();
    } else {
        // Never overwrite a file we could not read: the user may want to repair it.
        m_canSave = false;
        setStatus(tr("Custom entries could not be loaded, so changes will not be saved: %1")
                      .arg(custom.error().toString()),
                  true);
    }
    loadCatalogPrices();
    rebuildPrices();
    rebuildAccelerators();
    rebuildModels();

    m_pricePage = new CatalogPage(m_prices, u"prices"_s, tr("All providers"), this);
    m_hardwarePage = new CatalogPage(m_accelerators, u"hardware"_s, tr("All vendors"), this);
    auto *import = new QPushButton(tr("Import price file…"), m_pricePage);
    import->setObjectName(u"pricesImport"_s);
    import->setToolTip(tr("LiteLLM model_prices_and_context_window.json, a price CSV, or a "
                          "PerToken price catalog"));
    m_pricePage->addButton(import);
    auto *update = new QPushButton(tr("Update prices…"), m_pricePage);
    update->setObjectName(u"pricesUpdate"_s);
    update->setToolTip(tr("Download LiteLLM's current price list and see what changed before "
                          "anything is replaced"));
    m_pricePage->addButton(update);
    m_restorePrices = new QPushButton(tr("Restore previous prices"), m_pricePage);
    m_restorePrices->setObjectName(u"pricesRestore"_s);
    m_restorePrices->setToolTip(tr("Bring back the price catalog the last update replaced"));
    m_restorePrices->setEnabled(QFile::exists(previousPriceCatalogPath(m_catalogPath)));
    m_pricePage->addButton(m_restorePrices);
    m_tabs->addTab(m_pricePage, tr("API prices"));
    m_tabs->addTab(m_hardwarePage, tr("Hardware"));
    m_modelPage = new CatalogPage(m_models, u"models"_s, tr("All origins"), this);
    auto *importModel = new QPushButton(tr("Import model…"), m_modelPage);
    importModel->setObjectName(u"modelsImport"_s);
    importModel->setToolTip(tr("A .gguf file, a Hugging Face config.json, a "
                               "model.safetensors.index.json, or a folder (a Hugging Face "
                               "snapshot or an Ollama model store). Only headers are read; the "
                               "record keeps the file's name and the SHA-256 of what was read."));
    auto *importMenu = new QMenu(importModel);
    importMenu->addAction(tr("File…"), this, [this] { chooseModelFile(false); });
    importMenu->addAction(tr("Folder…"), this, [this] { chooseModelFile(true); });
    importModel->setMenu(importMenu);
    m_modelPage->addButton(importModel);
    m_tabs->addTab(m_modelPage, tr("Models"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogDialog::reject);
    connect(import, &QPushButton::clicked, this, &CatalogDialog::chooseImportFile);
    connect(update, &QPushButton::clicked, this, &CatalogDialog::showPriceUpdate);
    connect(m_restorePrices, &QPushButton::clicked, this, &CatalogDialog::restorePreviousPrices);

    connect(m_pricePage, &CatalogPage::addRequested, this, [this] {
        ApiPrice price;
        price.asOf = QDate::currentDate().toString(Qt::ISODate);
        editPrice(price, -1);
    });
    connect(m_pricePage, &CatalogPage::editRequested, this, [this](int row) {
        if (const int index = customPriceIndex(row); index >= 0)
            editPrice(m_custom.prices.at(index), index);
    });
    connect(m_pricePage, &CatalogPage::duplicateRequested, this, [this](int row) {
        ApiPrice copy = m_prices->row(row).price;
        copy.id = uniqueCustomId(copy.id, idsExcept(m_custom.prices, -1));
        editPrice(copy, -1);
    });
    connect(m_pricePage, &CatalogPage::removeRequested, this, [this](int row) {
        if (const int index = customPriceIndex(row); index >= 0) {
            m_custom.prices.removeAt(index);
            rebuildPrices();
            m_pricePage->refreshGroups();
            save();
        }
    });
    connect(m_pricePage, &CatalogPage::useRequested, this, [this](int row) {
        if (row >= 0)
            Q_EMIT apiPriceChosen(m_prices->row(row).price);
    });

    connect(m_hardwarePage, &CatalogPage::addRequested, this, [this] {
        Accelerator accelerator;
        accelerator.asOf = QDate::currentDate().toString(Qt::ISODate);
        editAccelerator(accelerator, -1);
    });
    connect(m_hardwarePage, &CatalogPage::editRequested, this, [this](int row) {
        if (const int index = customAcceleratorIndex(row); index >= 0)
            editAccelerator(m_custom.accelerators.at(index), index);
    });
    connect(m_hardwarePage, &CatalogPage::duplicateRequested, this, [this](int row) {
        Accelerator copy = m_accelerators->row(row).accelerator;
        copy.id = uniqueCustomId(copy.id, idsExcept(m_custom.accelerators, -1));
        editAccelerator(copy, -1);
    });
    connect(m_hardwarePage, &CatalogPage::removeRequested, this, [this](int row) {
        if (const int index = customAcceleratorIndex(row); index >= 0) {
            m_custom.accelerators.removeAt(index);
            rebuildAccelerators();
            m_hardwarePage->refreshGroups();
            save();
        }
    });
    connect(m_hardwarePage, &CatalogPage::useRequested, this, [this](int row) {
        if (row >= 0)
            Q_EMIT acceleratorChosen(m_accelerators->row(row).accelerator);
    });

    connect(m_modelPage, &CatalogPage::addRequested, this, &CatalogDialog::addModelByHand);
    connect(m_modelPage, &CatalogPage::editRequested, this, [this](int row) {
        if (const int index = customModelIndex(row); index >= 0)
            editModel(m_custom.models.at(index), index);
    });
    connect(m_modelPage, &CatalogPage::duplicateRequested, this, [this](int row) {
        ModelArchitecture copy = m_models->row(row).model;
        copy.id = uniqueCustomId(copy.id, idsExcept(m_custom.models, -1));
        editModel(copy, -1);
    });
    connect(m_modelPage, &CatalogPage::removeRequested, this, [this](int row) {
        if (const int index = customModelIndex(row); index >= 0) {
            m_custom.models.removeAt(index);
            rebuildModels();
            m_modelPage->refreshGroups();
            save();
        }
    });
    connect(m_modelPage, &CatalogPage::useRequested, this, [this](int row) {
        if (row >= 0)
            Q_EMIT modelChosen(m_models->row(row).model);
    });
}

CatalogDialog::~CatalogDialog() = default;

QString CatalogDialog::statusText() const
{
    return m_status->text();
}

void CatalogDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
}

void CatalogDialog::loadCatalogPrices()
{
    Result<QList<ApiPrice>> prices = loadPriceCatalog(m_catalogPath);
    if (prices) {
        m_catalogPrices = std::move(prices).value();
        return;
    }
    m_catalogPrices = builtinApiPrices();
    setStatus(tr("The updated price catalog could not be read, so the built-in one is shown: %1")
                  .arg(prices.error().toString()),
              true);
}

void CatalogDialog::setStaleAfterMonths(int months)
{
    m_prices->setStaleAfterMonths(months, QDate::currentDate());
}

PriceUpdateDialog *CatalogDialog::showPriceUpdate()
{
    auto *dialog = new PriceUpdateDialog(m_catalogPath, m_updateUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PriceUpdateDialog::urlUsed, this, [this](const QString &url) {
        m_updateUrl = url;
        Q_EMIT priceUpdateUrlUsed(url);
    });
    connect(dialog, &PriceUpdateDialog::applied, this, [this, dialog] {
        loadCatalogPrices();
        rebuildPrices();
        m_pricePage->refreshGroups();
        m_restorePrices->setEnabled(true);
        setStatus(dialog->statusText(), false);
    });
    dialog->open();
    return dialog;
}

bool CatalogDialog::restorePreviousPrices()
{
    if (const std::optional<InputError> error = restorePreviousPriceCatalog(m_catalogPath)) {
        setStatus(tr("Prices not restored: %1").arg(error->toString()), true);
        return false;
    }
    loadCatalogPrices();
    rebuildPrices();
    m_pricePage->refreshGroups();
    setStatus(tr("The previous price catalog is back in use (%n entries). Restore again to undo.",
                 nullptr, int(m_catalogPrices.size())),
              false);
    return true;
}

// Model rows: the price catalog's entries first, then custom ones in file order.
void CatalogDialog::rebuildPrices()
{
    QList<ApiPriceTableModel::Row> rows;
    for (const ApiPrice &price : m_catalogPrices)
        rows.append({price, false});
    for (const ApiPrice &price : m_custom.prices)
        rows.append({price, true});
    m_prices->setRows(std::move(rows));
}

void CatalogDialog::rebuildAccelerators()
{
    QList<AcceleratorTableModel::Row> rows;
    for (const Accelerator &accelerator : builtinAccelerators())
        rows.append({accelerator, false});
    for (const Accelerator &accelerator : m_custom.accelerators)
        rows.append({accelerator, true});
    m_accelerators->setRows(std::move(rows));
}

void CatalogDialog::rebuildModels()
{
    QList<ModelTableModel::Row> rows;
    for (const ModelArchitecture &model : builtinModels())
        rows.append({model, false});
    for (const ModelArchitecture &model : m_custom.models)
        rows.append({model, true});
    m_models->setRows(std::move(rows));
}

int CatalogDialog::customModelIndex(int row) const
{
    const int index = row - static_cast<int>(builtinModels().size());
    return row >= 0 && index >= 0 && index < m_custom.models.size() ? index : -1;
}

int CatalogDialog::customPriceIndex(int row) const
{
    const int index = row - static_cast<int>(m_catalogPrices.size());
    return row >= 0 && index >= 0 && index < m_custom.prices.size() ? index : -1;
}

int CatalogDialog::customAcceleratorIndex(int row) const
{
    const int index = row - static_cast<int>(builtinAccelerators().size());
    return row >= 0 && index >= 0 && index < m_custom.accelerators.size() ? index : -1;
}

bool CatalogDialog::save()
{
    if (!m_canSave)
        return false;
    if (const std::optional<InputError> error = saveCustomCatalog(m_custom, m_path)) {
        setStatus(tr("Not saved: %1").arg(error->toString()), true);
        return false;
    }
    setStatus(tr("Saved %n custom entries to %1", nullptr,
                 static_cast<int>(m_custom.prices.size() + m_custom.accelerators.size() +
                                  m_custom.models.size()))
                  .arg(m_path),
              false);
    return true;
}

void CatalogDialog::editPrice(const ApiPrice &price, int customIndex)
{
    auto *editor = new ApiPriceEditor(price, idsExcept(m_custom.prices, customIndex), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, customIndex] {
        if (customIndex >= 0 && customIndex < m_custom.prices.size())
            m_custom.prices[customIndex] = editor->price();
        else
            m_custom.prices.append(editor->price());
        rebuildPrices();
        m_pricePage->refreshGroups();
        save();
        m_pricePage->selectSourceRow(
            static_cast<int>(m_catalogPrices.size()) +
            (customIndex >= 0 ? customIndex : static_cast<int>(m_custom.prices.size()) - 1));
    });
    editor->open();
}

void CatalogDialog::editAccelerator(const Accelerator &accelerator, int customIndex)
{
    auto *editor =
        new AcceleratorEditor(accelerator, idsExcept(m_custom.accelerators, customIndex), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, customIndex] {
        if (customIndex >= 0 && customIndex < m_custom.accelerators.size())
            m_custom.accelerators[customIndex] = editor->accelerator();
        else
            m_custom.accelerators.append(editor->accelerator());
        rebuildAccelerators();
        m_hardwarePage->refreshGroups();
        save();
        m_hardwarePage->selectSourceRow(
            static_cast<int>(builtinAccelerators().size()) +
            (customIndex >= 0 ? customIndex : static_cast<int>(m_custom.accelerators.size()) - 1));
    });
    editor->open();
}

void CatalogDialog::showModels()
{
    m_tabs->setCurrentWidget(m_modelPage);
}

void CatalogDialog::addModelByHand()
{
    ModelArchitecture model;
    model.asOf = QDate::currentDate().toString(Qt::ISODate);
    showModels();
    editModel(model, -1);
}

void CatalogDialog::editModel(const ModelArchitecture &model, int customIndex,
                              const QString &problem)
{
    auto *editor = new ModelEditor(model, idsExcept(m_custom.models, customIndex), problem, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, customIndex] {
        if (customIndex >= 0 && customIndex < m_custom.models.size()) {
            m_custom.models[customIndex] = editor->model();
            rebuildModels();
            m_modelPage->refreshGroups();
            save();
            m_modelPage->selectSourceRow(static_cast<int>(builtinModels().size()) + customIndex);
        } else {
            addModel(editor->model());
        }
    });
    editor->open();
}

// A new custom model. Importing the same file again (same id and SHA-256) replaces the earlier
// record; another model with a taken id gets a free one.
bool CatalogDialog::addModel(const ModelArchitecture &added)
{
    ModelArchitecture model = added;
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_custom.models.size(); ++i) {
        const ModelArchitecture &existing = m_custom.models.at(i);
        if (existing.id == model.id && !model.sourceSha256.isEmpty() &&
            existing.sourceSha256 == model.sourceSha256)
            index = i;
    }
    if (index >= 0) {
        m_custom.models[index] = model;
    } else {
        // A built-in model's id would make options and combo boxes find the built-in record.
        QStringList taken = idsExcept(m_custom.models, -1);
        const QString base = findModel(added.id) ? added.id + u"-imported"_s : added.id;
        taken.append(idsExcept(builtinModels(), -1));
        model.id = base;
        for (int n = 2; taken.contains(model.id); ++n)
            model.id = u"%1-%2"_s.arg(base).arg(n);
        index = m_custom.models.size();
        m_custom.models.append(model);
    }
    rebuildModels();
    m_modelPage->refreshGroups();
    const bool saved = save();
    m_modelPage->selectSourceRow(static_cast<int>(builtinModels().size() + index));
    return saved;
}

void CatalogDialog::chooseModelFile(bool folder)
{
    const QString path =
        folder ? QFileDialog::getExistingDirectory(this, tr("Import a model folder"))
               : QFileDialog::getOpenFileName(
                     this, tr("Import a model"), {},
                     tr("Model files (*.gguf config.json *.safetensors.index.json "
                        "*.safetensors);;GGUF (*.gguf);;Hugging Face config (config.json);;"
                        "safetensors (*.safetensors.index.json *.safetensors)"));
    if (!path.isEmpty())
        importModelPath(path);
}

bool CatalogDialog::importModelPath(const QString &path)
{
    showModels();
    QString modelPath = path;
    if (QFileInfo(path).isDir() && isOllamaStore(path)) {
        const Result<QList<OllamaModelRef>> models = listOllamaModels(path);
        if (!models || models->isEmpty()) {
            setStatus(
                tr("Nothing imported: %1")
                    .arg(models ? tr("%1 holds no models").arg(path) : models.error().toString()),
                true);
            return false;
        }
        QStringList names;
        for (const OllamaModelRef &model : *models)
            names.append(model.name);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Import from the Ollama store"),
                                                     tr("Model:"), names, 0, false, &ok);
        if (!ok)
            return false;
        modelPath = models->at(names.indexOf(chosen)).manifestPath;
    }
    // The command line's `models inspect` reads the files through the same call.
    const ModelImport imported = importModel(modelPath, QDate::currentDate().toString(Qt::ISODate));
    if (imported.error) {
        setStatus(tr("Nothing imported: %1").arg(imported.error->toString()), true);
        return false;
    }
    if (!imported.missing.isEmpty()) {
        //: %1 the keys or fields the file lacks, %2 the reader's message.
        setStatus(tr("%1 could not be read completely (missing: %2). Fill in the rest by hand: "
                     "%3")
                      .arg(QFileInfo(modelPath).fileName(), imported.missing.join(u", "_s),
                           imported.problem),
                  true);
        editModel(imported.model, -1, imported.problem);
        return false;
    }
    const bool saved = addModel(imported.model);
    //: %1 model name, %2 file name.
    const QString summary =
        tr("Imported %1 from %2.").arg(imported.model.name, imported.model.sourceFile);
    setStatus(tr("%1 %2").arg(summary, statusText()), !saved);
    return true;
}

void CatalogDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import prices"), {},
        tr("Price files (*.json *.csv);;LiteLLM JSON or PerToken catalog (*.json);;Price CSV "
           "(*.csv)"));
    if (!path.isEmpty())
        importPriceFile(path);
}

bool CatalogDialog::importPriceFile(const QString &path)
{
    // The command line's `prices import` makes the same decisions through the same call.
    const PriceFileImport imported = pertoken::importPriceFile(path);
    if (imported.error) {
        setStatus(tr("Nothing imported: %1").arg(imported.error->toString()), true);
        return false;
    }
    const PriceImport &result = imported.import;
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < m_custom.prices.size(); ++i)
        indexById.insert(m_custom.prices.at(i).id, i);
    for (const ApiPrice &price : result.prices) {
        if (const auto it = indexById.constFind(price.id); it != indexById.cend()) {
            m_custom.prices[*it] = price;
        } else {
            indexById.insert(price.id, m_custom.prices.size());
            m_custom.prices.append(price);
        }
    }
    rebuildPrices();
    m_pricePage->refreshGroups();
    const bool saved = save();
    const QString name = QFileInfo(path).fileName();
    QString summary = tr("Imported %1 prices from %2 (%3); skipped %4 without a per-token price "
                         "and %5 malformed. Entries without a date of their own are dated %6, "
                         "the file's date.")
                          .arg(result.prices.size())
                          .arg(name, formatName(imported.format))
                          .arg(result.skipped)
                          .arg(result.malformed)
                          .arg(imported.stampDate);
    if (!result.warnings.isEmpty())
        summary += u' ' + tr("%n warning(s), the first: %1", nullptr,
                             static_cast<int>(result.warnings.size()))
                              .arg(result.warnings.first());
    if (saved)
        setStatus(summary, false);
    else
        setStatus(tr("%1 %2").arg(summary, statusText()), true);
    return true;
}

} // namespace pertoken::ui
