// Autosave and crash recovery, through the real window: unsaved changes are written to the
// application data folder, a clean save removes them, and a crashed session's autosave is offered.

#include "autosave.h"
#include "dashboard.h"
#include "main_window.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QDir>
#include <QFileInfo>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

// A slider drag the way QSlider reports one: pressed, moved, released.
void drag(QSlider *slider, int to)
{
    slider->setSliderDown(true);
    slider->setSliderPosition(to);
    slider->setSliderDown(false);
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void recoveryOffersAutosavedScenario();
    void recoveryDiscardRemovesAutosave();
    void autosaveWritesUnsavedChangesAndCleanSaveRemovesThem();

private:
    std::unique_ptr<MainWindow> showWindow(const RecoveryPrompt &prompt = discardAll);

    QTemporaryDir m_dir;
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_autosave"_s);
    QVERIFY(m_dir.isValid());
}

void TestAutosave::init()
{
    // No autosave of an earlier run may be offered to this one.
    QDir(Autosave::directory()).removeRecursively();
}

std::unique_ptr<MainWindow> TestAutosave::showWindow(const RecoveryPrompt &prompt)
{
    auto window = std::make_unique<MainWindow>(prompt);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestAutosave::recoveryOffersAutosavedScenario()
{
    // A crashed session left an autosave and no live lock behind.
    Scenario unsaved = defaultScenario();
    unsaved.workload.requestsPerMonth = 7654321;
    unsaved.options.last().name = u"Laptop fleet"_s;
    unsaved.options.first().enabled = false;
    QVERIFY(QDir().mkpath(Autosave::directory()));
    const QString autosavePath = QDir(Autosave::directory()).filePath(u"crashed.pertoken"_s);
    QVERIFY(!saveScenarioFile(unsaved, autosavePath));

    QList<RecoveryCandidate> offered;
    auto window = showWindow([&offered](const RecoveryCandidate &candidate) {
        offered.append(candidate);
        return RecoveryChoice::Restore;
    });
    QVERIFY(window);
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().autosavePath, QFileInfo(autosavePath).absoluteFilePath());
    QVERIFY(offered.first().originalPath.isEmpty());
    QCOMPARE(window->document()->scenario(), unsaved);
    QVERIFY(window->isWindowModified());
    QVERIFY(window->document()->filePath().isEmpty());
    QVERIFY(!QFile::exists(autosavePath));
    QTRY_VERIFY(!window->dashboard()->isPending());
    QCOMPARE(window->dashboard()->evaluation().options.size(), unsaved.options.size());
}

void TestAutosave::recoveryDiscardRemovesAutosave()
{
    QVERIFY(QDir().mkpath(Autosave::directory()));
    const QString autosavePath = QDir(Autosave::directory()).filePath(u"crashed.pertoken"_s);
    Scenario unsaved = defaultScenario();
    unsaved.workload.requestsPerMonth = 99;
    QVERIFY(!saveScenarioFile(unsaved, autosavePath));

    int offers = 0;
    auto window = showWindow([&offers](const RecoveryCandidate &) {
        ++offers;
        return RecoveryChoice::Discard;
    });
    QVERIFY(window);
    QCOMPARE(offers, 1);
    QCOMPARE(window->document()->scenario(), defaultScenario());
    QVERIFY(!window->isWindowModified());
    QVERIFY(!QFile::exists(autosavePath));
}

void TestAutosave::autosaveWritesUnsavedChangesAndCleanSaveRemovesThem()
{
    auto window = showWindow();
    QVERIFY(window);
    Autosave *autosave = window->autosave();
    QVERIFY(!autosave->saveNow()); // nothing unsaved yet
    drag(window->findChild<ParameterEditor *>(u"inputTokensPerRequest"_s)->slider(), 300);
    QVERIFY(autosave->saveNow());
    const Result<Scenario> written = loadScenarioFile(autosave->filePath());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written.value(), window->document()->scenario());

    // A second window of the same process does not offer a live session's autosave.
    QCOMPARE(Autosave::findRecoverable().size(), 0);

    QVERIFY(window->saveFile(m_dir.filePath(u"autosaved.pertoken"_s)));
    QVERIFY(!QFile::exists(autosave->filePath()));
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
