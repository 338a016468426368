// The inventory gives the same numbers in the dashboard (Benchmark ▸ Local AI Inventory) and on
// the command line (`pertoken inventory --json`): for the same model stores (written here in
// Ollama's, Hugging Face's and LM Studio's layouts), the same hardware and the default
// scenario, every model has the same fit, tokens per second and cost per million tokens; a
// model added as an option from the window and with `--add-to` is the same option.

#include "../support/cli_run.h"
#include "../support/inventory_fixtures.h"
#include "hardware/hardware_catalog.h"
#include "local_inventory/inventory_window.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pertoken;
using namespace pertoken::ui;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

class TestInventoryAgree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
        QCoreApplication::setApplicationName(u"tst_inventory_agree"_s);
    }
    void sameModelsSameNumbers();
};

void TestInventoryAgree::sameModelsSameNumbers()
{
    QTemporaryDir home;
    QVERIFY(writeStores(home.path()));
    QString laptop;
    for (const Accelerator &a : builtinAccelerators())
        if (a.deviceClass == DeviceClass::Laptop && laptop.isEmpty())
            laptop = a.id;

    // The command line, with the stores under its HOME.
    QTemporaryDir scenarioDir;
    const QString scenarioPath = scenarioDir.filePath(u"s.pertoken"_s);
    QVERIFY(!saveScenarioFile(defaultScenario(), scenarioPath));
    const CliRun run =
        runPertoken({u"inventory"_s, u"--json"_s, u"--no-servers"_s, u"--hardware"_s, laptop,
                     u"--add-to"_s, scenarioPath, u"--model"_s, u"llama3.1:8b"_s},
                    120000,
                    {{u"HOME"_s, home.path()},
                     {u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s)},
                     {u"OLLAMA_MODELS"_s, QString()},
                     {u"HF_HUB_CACHE"_s, QString()},
                     {u"HF_HOME"_s, QString()},
                     {u"LLAMA_CACHE"_s, QString()}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray cliModels =
        QJsonDocument::fromJson(run.out).object().value(u"models"_s).toArray();

    // The dashboard, on the same stores.
    QList<ModelStoreRoot> roots = defaultModelStores(home.path(), QProcessEnvironment());
    roots.removeIf([&](const ModelStoreRoot &root) { return !root.path.startsWith(home.path()); });
    ScenarioDocument document;
    InventoryWindow window(&document);
    window.setScanOptions(roots, false);
    auto *hardware = window.findChild<QComboBox *>(u"inventoryHardware"_s);
    hardware->setCurrentIndex(hardware->findData(laptop));
    QSignalSpy finished(&window, &InventoryWindow::scanFinished);
    window.startScan();
    QVERIFY(finished.wait(60000) || finished.size() == 1);
    const Inventory &gui = window.inventory();

    QCOMPARE(gui.scan.models.size(), cliModels.size());
    QCOMPARE(gui.scan.models.size(), 3);
    int llamaRow = -1;
    for (qsizetype i = 0; i < gui.scan.models.size(); ++i) {
        const FoundModel &model = gui.scan.models.at(i);
        const InventoryPrice &price = gui.prices.at(i);
        QJsonObject cli;
        for (const QJsonValue &value : cliModels)
            if (value.toObject().value(u"name"_s).toString() == model.name)
                cli = value.toObject();
        QVERIFY2(!cli.isEmpty(), qPrintable(model.name));
        QCOMPARE(cli.value(u"fits"_s).toBool(), price.fits);
        QCOMPARE(cli.value(u"headerSha256"_s).toString(), model.inspection.model.sourceSha256);
        QCOMPARE(cli.value(u"outputTokensPerSecond"_s).isNull(), !price.priced);
        if (price.priced) {
            QCOMPARE(cli.value(u"outputTokensPerSecond"_s).toDouble(), price.outputTokensPerSecond);
            QCOMPARE(cli.value(u"usdPerMillionTokens"_s).toDouble(), price.usdPerMillionTokens);
        }
        if (model.name == u"llama3.1:8b"_s)
            llamaRow = int(i);
    }

    // "Add as Option" on the same model adds the option `--add-to` wrote.
    auto *models = window.findChild<QTableWidget *>(u"inventoryModels"_s);
    QVERIFY(llamaRow >= 0);
    models->selectRow(llamaRow);
    QTest::mouseClick(window.findChild<QPushButton *>(u"inventoryAdd"_s), Qt::LeftButton);
    const Result<Scenario> fromCli = loadScenarioFile(scenarioPath);
    QVERIFY(fromCli);
    QCOMPARE(document.scenario().options.last(), fromCli->options.last());
}

QTEST_MAIN(TestInventoryAgree)
#include "tst_inventory_agree.moc"
