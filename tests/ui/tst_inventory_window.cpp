// Benchmark ▸ Local AI Inventory: the scan runs off the GUI thread and fills the models table
// from stores laid out as Ollama, Hugging Face and LM Studio lay them out (tests/support/
// inventory_fixtures.h); Cancel stops it; "Add as Option" adds the selected model to the
// scenario in one undo step, priced as the table says.

#include "autosave.h"
#include "commands/option_commands.h"
#include "hardware/hardware_catalog.h"
#include "local_inventory/inventory_window.h"
#include "main_window.h"
#include "scenario/evaluate.h"
#include "scenario_document.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <fcntl.h>
#include <unistd.h>

#include "../support/inventory_fixtures.h"

using namespace pertoken;
using namespace pertoken::ui;
using namespace pertoken::testing;
using namespace Qt::StringLiterals;

class TestInventoryWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanFillsTableAndAddsOneUndoStep();
    void cancelStopsTheScan();
    void menuOpensTheWindow();
};

void TestInventoryWindow::initTestCase()
{
    // Settings, autosaves and the benchmark history of a test folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_inventory_window"_s);
}

void TestInventoryWindow::scanFillsTableAndAddsOneUndoStep()
{
    QTemporaryDir home;
    QVERIFY(writeStores(home.path()));
    QList<ModelStoreRoot> roots = defaultModelStores(home.path(), QProcessEnvironment());
    roots.removeIf([&](const ModelStoreRoot &root) { return !root.path.startsWith(home.path()); });

    ScenarioDocument document;
    InventoryWindow window(&document);
    window.setScanOptions(roots, false);
    auto *hardware = window.findChild<QComboBox *>(u"inventoryHardware"_s);
    QString laptop;
    for (const Accelerator &a : builtinAccelerators())
        if (a.deviceClass == DeviceClass::Laptop && laptop.isEmpty())
            laptop = a.id;
    hardware->setCurrentIndex(hardware->findData(laptop));
    window.show();
    QSignalSpy finished(&window, &InventoryWindow::scanFinished);
    QTest::mouseClick(window.findChild<QPushButton *>(u"inventoryScan"_s), Qt::LeftButton);
    QVERIFY(window.isScanning() || finished.size() == 1);
    QVERIFY(finished.wait(60000) || finished.size() == 1);

    auto *models = window.findChild<QTableWidget *>(u"inventoryModels"_s);
    QCOMPARE(models->rowCount(), 3); // one model in each of the three stores
    int llamaRow = -1;
    for (int row = 0; row < models->rowCount(); ++row)
        if (models->item(row, 0)->text() == u"llama3.1:8b"_s)
            llamaRow = row;
    QVERIFY(llamaRow >= 0);
    QCOMPARE(models->item(llamaRow, 2)->text(), u"llama"_s);
    QCOMPARE(models->item(llamaRow, 6)->text(), u"llama3.1"_s);

    auto *add = window.findChild<QPushButton *>(u"inventoryAdd"_s);
    QVERIFY(!add->isEnabled()); // nothing selected yet
    models->selectRow(llamaRow);
    QVERIFY(add->isEnabled());
    const qsizetype before = document.scenario().options.size();
    const int steps = document.undoStack()->count();
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document.scenario().options.size(), before + 1);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    // The option added is priced as the table shows it (the same option, the same evaluation).
    const DeploymentOption &added = document.scenario().options.last();
    QCOMPARE(added.kind(), OptionKind::OnDevice);
    const OptionResult result = evaluateOption(document.scenario(), added);
    QCOMPARE(QLocale().toString(result.usdPerMillionTokens, 'f', 3),
             models->item(llamaRow, 9)->text());
    document.undoStack()->undo();
    QCOMPARE(document.scenario().options.size(), before);
}

void TestInventoryWindow::cancelStopsTheScan()
{
    QTemporaryDir root;
    const QByteArray folder = QFile::encodeName(root.path());
    for (int i = 0; i < 20000; ++i) {
        const int fd = ::open(QByteArray(folder + "/f" + QByteArray::number(i)).constData(),
                              O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
    }
    ScenarioDocument document;
    InventoryWindow window(&document);
    window.setScanOptions({{u"path"_s, root.path()}}, false);
    QSignalSpy finished(&window, &InventoryWindow::scanFinished);
    window.startScan();
    QVERIFY(window.findChild<QPushButton *>(u"inventoryCancel"_s)->isEnabled());
    QTest::mouseClick(window.findChild<QPushButton *>(u"inventoryCancel"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000) || finished.size() == 1);
    QVERIFY(window.inventory().scan.stoppedEarly);
    QCOMPARE(window.inventory().scan.stopReason, u"cancelled"_s);
    QVERIFY(window.inventory().scan.entriesSeen < 20000);
    QVERIFY(window.findChild<QPushButton *>(u"inventoryScan"_s)->isEnabled());
}

void TestInventoryWindow::menuOpensTheWindow()
{
    MainWindow window([](const RecoveryCandidate &) { return RecoveryChoice::Discard; });
    auto *action = window.findChild<QAction *>(u"showInventory"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action->trigger();
    auto *inventory = window.findChild<InventoryWindow *>();
    QVERIFY(inventory);
    QVERIFY(inventory->isVisible());
}

QTEST_MAIN(TestInventoryWindow)
#include "tst_inventory_window.moc"
