// Drives the real catalog dialog with QTest: search, provider filter, read-only built-in
// entries, custom entries that persist, import, and "Use in scenario".

#include "catalog/accelerator_editor.h"
#include "catalog/api_price_editor.h"
#include "catalog/catalog_dialog.h"
#include "hardware/hardware_catalog.h"
#include "pricing/custom_catalog.h"
#include "pricing/price_catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pertoken;
using namespace pertoken::ui;
using namespace Qt::StringLiterals;

class TestCatalogDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsEveryBuiltinEntry();
    void searchFiltersRows();
    void providerFilter();
    void builtinEntriesAreReadOnly();
    void addCustomEntryPersists();
    void editorRefusesBadEntry();
    void duplicateBuiltinIntoCustom();
    void customHardwareEditAndRemove();
    void useInScenario();
    void importLiteLlmFile();
    void unreadableCustomFileIsNotOverwritten();

private:
    template <typename T> T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    // Selects the first visible row whose column `column` reads `text`.
    bool selectRow(QTableView *table, int column, const QString &text);
    ApiPriceEditor *openEditor(CatalogDialog &dialog, const QString &button);
    static void clickOk(QDialog *dialog);
    static void showTab(CatalogDialog &dialog, int tab);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCatalogDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"custom-catalog.json"_s);
}

bool TestCatalogDialog::selectRow(QTableView *table, int column, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, column).data().toString() == text) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

ApiPriceEditor *TestCatalogDialog::openEditor(CatalogDialog &dialog, const QString &button)
{
    QPushButton *push = child<QPushButton>(&dialog, button);
    if (!push || !push->isEnabled())
        return nullptr;
    QTest::mouseClick(push, Qt::LeftButton);
    return dialog.findChild<ApiPriceEditor *>();
}

// Shows the dialog on one tab (0 API prices, 1 hardware) so that clicks reach its widgets.
void TestCatalogDialog::showTab(CatalogDialog &dialog, int tab)
{
    dialog.findChild<QTabWidget *>()->setCurrentIndex(tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

void TestCatalogDialog::clickOk(QDialog *dialog)
{
    QDialogButtonBox *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestCatalogDialog::showsEveryBuiltinEntry()
{
    CatalogDialog dialog(m_path);
    QCOMPARE(child<QTableView>(&dialog, u"pricesTable"_s)->model()->rowCount(),
             builtinApiPrices().size());
    QCOMPARE(child<QTableView>(&dialog, u"hardwareTable"_s)->model()->rowCount(),
             builtinAccelerators().size());
    // Every field is a column: 16 for prices (id, provider, model, 8 rates and the tier
    // threshold, modality, context window, as-of, source, origin), 15 for hardware.
    QCOMPARE(child<QTableView>(&dialog, u"pricesTable"_s)->model()->columnCount(), 16);
    QCOMPARE(child<QTableView>(&dialog, u"hardwareTable"_s)->model()->columnCount(), 15);
}

void TestCatalogDialog::searchFiltersRows()
{
    CatalogDialog dialog(m_path);
    QTableView *table = child<QTableView>(&dialog, u"pricesTable"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"pricesSearch"_s), u"gemini"_s);
    // api-prices.json holds two Gemini entries: Gemini 2.5 Pro and Gemini 2.5 Flash.
    QCOMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, 1).data().toString().contains(u"Gemini"_s));
    // Words narrow further: only "Gemini 2.5 Pro" has both.
    QTest::keyClicks(child<QLineEdit>(&dialog, u"pricesSearch"_s), u" pro"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    child<QLineEdit>(&dialog, u"pricesSearch"_s)->clear();
    QCOMPARE(table->model()->rowCount(), builtinApiPrices().size());

    QTableView *hardware = child<QTableView>(&dialog, u"hardwareTable"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"hardwareSearch"_s), u"m4 max"_s);
    // hardware.json: M4 Max 64 GB and 128 GB, and the M4 Pro 48 GB, whose source (searched with
    // id, name, vendor and class) estimates its GPU from the M4 Max's.
    QCOMPARE(hardware->model()->rowCount(), 3);
}

void TestCatalogDialog::providerFilter()
{
    CatalogDialog dialog(m_path);
    QTableView *table = child<QTableView>(&dialog, u"pricesTable"_s);
    QComboBox *filter = child<QComboBox>(&dialog, u"pricesFilter"_s);
    const int anthropic = filter->findData(u"Anthropic"_s);
    QVERIFY(anthropic > 0);
    filter->setCurrentIndex(anthropic);
    // api-prices.json: Claude Sonnet 4, Claude Opus 4.1 and Claude Haiku 3.5.
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->model()->index(row, 0).data().toString(), u"Anthropic"_s);
    filter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), builtinApiPrices().size());

    QComboBox *vendors = child<QComboBox>(&dialog, u"hardwareFilter"_s);
    vendors->setCurrentIndex(vendors->findData(u"Apple"_s));
    // hardware.json: M3 Max and M4 Max, 64 GB and 128 GB each, the M3 Ultra Mac Studio and the
    // M4 Pro laptop.
    QCOMPARE(child<QTableView>(&dialog, u"hardwareTable"_s)->model()->rowCount(), 6);
}

void TestCatalogDialog::builtinEntriesAreReadOnly()
{
    CatalogDialog dialog(m_path);
    showTab(dialog, 0);
    QTableView *table = child<QTableView>(&dialog, u"pricesTable"_s);
    QVERIFY(selectRow(table, 2, u"openai/gpt-4o"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"pricesEdit"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, u"pricesRemove"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"pricesDuplicate"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"pricesUse"_s)->isEnabled());
    const QModelIndex index = table->currentIndex();
    QVERIFY(!(table->model()->flags(index) & Qt::ItemIsEditable));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QVERIFY(!dialog.findChild<ApiPriceEditor *>());
}

void TestCatalogDialog::addCustomEntryPersists()
{
    {
        CatalogDialog dialog(m_path);
        showTab(dialog, 0);
        ApiPriceEditor *editor = openEditor(dialog, u"pricesAdd"_s);
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, u"id"_s), u"acme/contract"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"provider"_s), u"Acme"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"model"_s), u"Acme Large"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"inputUsdPerMTok"_s), u"1.5"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"outputUsdPerMTok"_s), u"6"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"batchDiscountPercent"_s), u"50"_s);
        child<QLineEdit>(editor, u"asOf"_s)->setText(u"2026-11-20"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"source"_s), u"contract schedule B"_s);
        // A score measured in-house, typed in percent.
        QTest::keyClicks(child<QPlainTextEdit>(editor, u"qualityScores"_s),
                         u"HumanEval | 81.5 | internal eval report 7 | 2026-11-18"_s);
        clickOk(editor);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.findChild<ApiPriceEditor *>(); }));

        QTableView *table = child<QTableView>(&dialog, u"pricesTable"_s);
        QCOMPARE(table->model()->rowCount(), builtinApiPrices().size() + 1);
        // The new custom entry is selected and, unlike built-in ones, editable.
        QVERIFY(child<QPushButton>(&dialog, u"pricesEdit"_s)->isEnabled());
        QVERIFY(dialog.statusText().contains(m_path));
    }
    const Result<CustomCatalog> saved = loadCustomCatalog(m_path);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->prices.size(), 1);
    const ApiPrice &price = saved->prices.first();
    QCOMPARE(price.id, u"acme/contract"_s);
    QCOMPARE(price.inputUsdPerMTok, 1.5);
    QCOMPARE(price.outputUsdPerMTok, 6.0);
    QCOMPARE(price.batchDiscount, 0.5); // 50% typed → 0.5
    QCOMPARE(price.cachedInputUsdPerMTok, -1.0);
    QCOMPARE(price.asOf, u"2026-11-20"_s);
    QCOMPARE(price.qualityScores.size(), 1);
    QCOMPARE(price.qualityScores.first().benchmark, u"HumanEval"_s);
    QCOMPARE(price.qualityScores.first().scoreFraction, 0.815); // 81.5% typed → 0.815
    QCOMPARE(price.qualityScores.first().asOf, u"2026-11-18"_s);

    // A new dialog on the same file shows it again, as a custom entry.
    CatalogDialog reopened(m_path);
    showTab(reopened, 0);
    QTableView *table = child<QTableView>(&reopened, u"pricesTable"_s);
    QCOMPARE(table->model()->rowCount(), builtinApiPrices().size() + 1);
    QVERIFY(selectRow(table, 2, u"acme/contract"_s));
    QVERIFY(child<QPushButton>(&reopened, u"pricesEdit"_s)->isEnabled());
    QCOMPARE(table->model()->index(table->currentIndex().row(), 15).data().toString(), u"Custom"_s);
}

void TestCatalogDialog::editorRefusesBadEntry()
{
    CatalogDialog dialog(m_path);
    showTab(dialog, 0);
    ApiPriceEditor *editor = openEditor(dialog, u"pricesAdd"_s);
    QVERIFY(editor);
    QTest::keyClicks(child<QLineEdit>(editor, u"id"_s), u"acme/bad"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"provider"_s), u"Acme"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"model"_s), u"Bad"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"inputUsdPerMTok"_s), u"-1"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"outputUsdPerMTok"_s), u"2"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"source"_s), u"s"_s);
    clickOk(editor);
    // Still open, saying why; nothing written.
    QVERIFY(dialog.findChild<ApiPriceEditor *>());
    QVERIFY(!child<QLabel>(editor, u"error"_s)->isHidden());
    QVERIFY(child<QLabel>(editor, u"error"_s)->text().contains(u"negative"_s));
    QVERIFY(!QFile::exists(m_path));
}

void TestCatalogDialog::duplicateBuiltinIntoCustom()
{
    CatalogDialog dialog(m_path);
    showTab(dialog, 0);
    QTableView *table = child<QTableView>(&dialog, u"pricesTable"_s);
    QVERIFY(selectRow(table, 2, u"openai/gpt-4o"_s));
    ApiPriceEditor *editor = openEditor(dialog, u"pricesDuplicate"_s);
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, u"id"_s)->text(), u"openai/gpt-4o-custom"_s);
    QCOMPARE(child<QLineEdit>(editor, u"inputUsdPerMTok"_s)->text(), u"2.5"_s);
    // The built-in record's published score comes along, in percent.
    QVERIFY(child<QPlainTextEdit>(editor, u"qualityScores"_s)
                ->toPlainText()
                .startsWith(u"HumanEval | 90.2 | https://github.com/openai/simple-evals"_s));
    child<QLineEdit>(editor, u"inputUsdPerMTok"_s)->setText(u"2"_s);
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.findChild<ApiPriceEditor *>(); }));
    QCOMPARE(dialog.customCatalog().prices.size(), 1);
    QCOMPARE(dialog.customCatalog().prices.first().inputUsdPerMTok, 2.0);
    QCOMPARE(dialog.customCatalog().prices.first().qualityScores,
             findApiPrice(u"openai/gpt-4o"_s)->qualityScores);
    // The built-in entry is untouched.
    QCOMPARE(findApiPrice(u"openai/gpt-4o"_s)->inputUsdPerMTok, 2.5);
}

void TestCatalogDialog::customHardwareEditAndRemove()
{
    CatalogDialog dialog(m_path);
    showTab(dialog, 1);
    QTableView *table = child<QTableView>(&dialog, u"hardwareTable"_s);
    QVERIFY(selectRow(table, 2, u"h100-sxm"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, u"hardwareDuplicate"_s), Qt::LeftButton);
    AcceleratorEditor *editor = dialog.findChild<AcceleratorEditor *>();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, u"id"_s)->text(), u"h100-sxm-custom"_s);
    child<QLineEdit>(editor, u"rentalUsdPerHour"_s)->setText(u"1.87"_s);
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.findChild<AcceleratorEditor *>(); }));
    QCOMPARE(loadCustomCatalog(m_path)->accelerators.size(), 1);
    QCOMPARE(loadCustomCatalog(m_path)->accelerators.first().rentalUsdPerHour, 1.87);

    // The new entry is selected: edit it, then remove it.
    QVERIFY(child<QPushButton>(&dialog, u"hardwareEdit"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, u"hardwareEdit"_s), Qt::LeftButton);
    editor = dialog.findChild<AcceleratorEditor *>();
    QVERIFY(editor);
    child<QLineEdit>(editor, u"usableMemoryPercent"_s)->setText(u"80"_s);
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.findChild<AcceleratorEditor *>(); }));
    QCOMPARE(loadCustomCatalog(m_path)->accelerators.first().usableMemoryFraction, 0.8);
    QVERIFY(selectRow(table, 2, u"h100-sxm-custom"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, u"hardwareRemove"_s), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), builtinAccelerators().size());
    QVERIFY(loadCustomCatalog(m_path)->accelerators.isEmpty());
}

void TestCatalogDialog::useInScenario()
{
    CatalogDialog dialog(m_path);
    showTab(dialog, 0);
    QSignalSpy prices(&dialog, &CatalogDialog::apiPriceChosen);
    QSignalSpy accelerators(&dialog, &CatalogDialog::acceleratorChosen);
    QVERIFY(selectRow(child<QTableView>(&dialog, u"pricesTable"_s), 2,
                      u"microsoft/mai-image-2-efficient"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, u"pricesUse"_s), Qt::LeftButton);
    QCOMPARE(prices.count(), 1);
    QCOMPARE(prices.first().first().value<ApiPrice>(),
             *findApiPrice(u"microsoft/mai-image-2-efficient"_s));

    showTab(dialog, 1);
    QVERIFY(selectRow(child<QTableView>(&dialog, u"hardwareTable"_s), 2, u"h100-sxm"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, u"hardwareUse"_s), Qt::LeftButton);
    QCOMPARE(accelerators.count(), 1);
    QCOMPARE(accelerators.first().first().value<Accelerator>().id, u"h100-sxm"_s);
}

void TestCatalogDialog::importLiteLlmFile()
{
    const QString path = m_dir->filePath(u"prices.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"sample_spec": {},
        "acme/big": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
                     "litellm_provider": "acme", "mode": "chat"},
        "acme/image": {"output_cost_per_image": 0.04, "litellm_provider": "acme"}})");
    file.close();
    CatalogDialog dialog(m_path);
    QVERIFY(dialog.importPriceFile(path));
    QCOMPARE(dialog.customCatalog().prices.size(), 1);
    QCOMPARE(dialog.customCatalog().prices.first().inputUsdPerMTok, 3.0); // 3e-06 × 1e6
    QCOMPARE(loadCustomCatalog(m_path)->prices.size(), 1);
    QComboBox *filter = child<QComboBox>(&dialog, u"pricesFilter"_s);
    QVERIFY(filter->findData(u"acme"_s) > 0);

    QVERIFY(!dialog.importPriceFile(m_dir->filePath(u"missing.json"_s)));
    QVERIFY(dialog.statusText().contains(u"missing.json"_s));
}

void TestCatalogDialog::unreadableCustomFileIsNotOverwritten()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    CatalogDialog dialog(m_path);
    showTab(dialog, 0);
    QVERIFY(dialog.statusText().contains(m_path));
    QTableView *table = child<QTableView>(&dialog, u"pricesTable"_s);
    QVERIFY(selectRow(table, 2, u"openai/gpt-4o"_s));
    ApiPriceEditor *editor = openEditor(dialog, u"pricesDuplicate"_s);
    QVERIFY(editor);
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.findChild<ApiPriceEditor *>(); }));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json"));
}

QTEST_MAIN(TestCatalogDialog)
#include "tst_catalog_dialog.moc"
