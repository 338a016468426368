// The dashboard window driven through its real widgets: sliders, undo, files, drops, catalogs.

#include "autosave.h"
#include "catalog/catalog_dialog.h"
#include "catalog/price_update_dialog.h"
#include "charts/charts_view.h"
#include "charts/dashboard_chart.h"
#include "dashboard.h"
#include "hardware/hardware_catalog.h"
#include "main_window.h"
#include "panels/option_panel.h"
#include "panels/options_panel.h"
#include "panels/parameter_form.h"
#include "panels/summary_panel.h"
#include "pricing/price_catalog.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QXYSeries>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

using SeriesData = QMap<QString, QList<QPointF>>;

// Every point of every line and bar series in every chart, keyed by chart, series and set.
SeriesData chartData(ChartsView *view)
{
    SeriesData data;
    const QList<DashboardChart *> charts = view->charts();
    for (DashboardChart *chart : charts) {
        const QList<QAbstractSeries *> series = chart->chart()->series();
        for (QAbstractSeries *s : series) {
            const QString key = chart->chartId() + u'/' + s->objectName() + u'/' + s->name();
            if (auto *xy = qobject_cast<QXYSeries *>(s)) {
                data.insert(key, xy->points());
            } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                const QList<QBarSet *> sets = bars->barSets();
                for (QBarSet *set : sets) {
                    QList<QPointF> values;
                    for (int i = 0; i < set->count(); ++i)
                        values.append(QPointF(i, set->at(i)));
                    data.insert(key + u'/' + set->label(), values);
                }
            }
        }
    }
    return data;
}

ParameterEditor *optionEditor(MainWindow &window, const QString &key)
{
    return window.findChild<OptionPanel *>()->form()->editor(key);
}

// A slider drag the way QSlider reports one: pressed, moved through positions, released.
void drag(QSlider *slider, int to)
{
    slider->setSliderDown(true);
    const int from = slider->sliderPosition();
    const int step = to > from ? 5 : -5;
    for (int position = from + step; step > 0 ? position < to : position > to; position += step) {
        slider->setSliderPosition(position);
        QCoreApplication::processEvents();
    }
    slider->setSliderPosition(to);
    slider->setSliderDown(false);
}

// Watches for the next modal message box, keeps its text and closes it.
class MessageBoxCatcher {
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_text = box->text();
                m_timer.stop();
                box->close();
            }
        });
        m_timer.start();
    }
    QString text() const { return m_text; }

private:
    QTimer m_timer;
    QString m_text;
};

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sliderDragChangesSummaryAndCharts();
    void undoRestoresPreviousValues();
    void saveThenReopenGivesSameScenario();
    void malformedFileShowsErrorAndKeepsDocument();
    void droppedScenarioFileOpens();
    void addAndRemoveOptionAreUndoable();
    void catalogChoiceIsAnUndoableEdit();
    void menuActionsShowTheirShortcuts();
    void undoShortcutWorksFromANumberField();
    void updatePricesShortcutOpensTheUpdate();

private:
    std::unique_ptr<MainWindow> showWindow(const RecoveryPrompt &prompt = discardAll);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_main_window"_s);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    // No autosave of an earlier run may be offered to this one.
    QDir(Autosave::directory()).removeRecursively();
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(const RecoveryPrompt &prompt)
{
    auto window = std::make_unique<MainWindow>(prompt);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestMainWindow::sliderDragChangesSummaryAndCharts()
{
    auto window = showWindow();
    QVERIFY(window);
    const QString optionId = u"llama-8b-h100-rented"_s;
    window->optionsPanel()->setCurrentOptionId(optionId);
    ParameterEditor *rental = optionEditor(*window, u"rentalUsdPerGpuHour"_s);
    QVERIFY(rental);
    QCOMPARE(rental->value(),
             *parameterValue(window->document()->scenario(), optionId, u"rentalUsdPerGpuHour"_s));

    const QString summaryBefore = window->summaryPanel()->plainText();
    const SeriesData chartsBefore = chartData(window->chartsView());
    const double costBefore =
        window->dashboard()->evaluation().option(optionId)->usdPerMillionTokens;
    QVERIFY(!chartsBefore.isEmpty());

    // Drag the GPU rental price up by a tenth of the slider (a log slider: about ×2.1).
    QSlider *slider = rental->slider();
    drag(slider, slider->value() + ParameterEditor::kSliderSteps / 10);
    QTRY_VERIFY(!window->dashboard()->isPending());

    const double rentalAfter =
        *parameterValue(window->document()->scenario(), optionId, u"rentalUsdPerGpuHour"_s);
    QCOMPARE(rental->value(), rentalAfter);
    QVERIFY(window->dashboard()->evaluation().option(optionId)->usdPerMillionTokens > costBefore);
    QVERIFY(window->summaryPanel()->plainText() != summaryBefore);

    // At least one line series (the option's monthly cost against volume) moved.
    const SeriesData chartsAfter = chartData(window->chartsView());
    bool lineChanged = false;
    for (auto it = chartsAfter.cbegin(); it != chartsAfter.cend(); ++it) {
        if (it.key().startsWith(u"volume/") && chartsBefore.value(it.key()) != it.value())
            lineChanged = true;
    }
    QVERIFY2(lineChanged, "the volume chart's series follow the rental price");
    QVERIFY(chartsAfter != chartsBefore);
}

void TestMainWindow::undoRestoresPreviousValues()
{
    auto window = showWindow();
    QVERIFY(window);
    ParameterEditor *requests = window->findChild<ParameterEditor *>(u"requestsPerMonth"_s);
    QVERIFY(requests);
    QTRY_VERIFY(!window->dashboard()->isPending());
    const Scenario scenarioBefore = window->document()->scenario();
    const QString summaryBefore = window->summaryPanel()->plainText();
    const SeriesData chartsBefore = chartData(window->chartsView());
    QUndoStack *stack = window->document()->undoStack();
    QCOMPARE(stack->count(), 0);

    drag(requests->slider(), requests->slider()->value() - 80);
    QTRY_VERIFY(!window->dashboard()->isPending());
    QVERIFY(window->document()->scenario() != scenarioBefore);
    QVERIFY(window->isWindowModified());
    // One drag through 16 positions is one undo step.
    QCOMPARE(stack->count(), 1);
    QVERIFY(window->summaryPanel()->plainText() != summaryBefore);

    QTest::keySequence(window.get(), QKeySequence::Undo);
    QTRY_VERIFY(!window->dashboard()->isPending());
    QCOMPARE(window->document()->scenario(), scenarioBefore);
    QCOMPARE(requests->value(), scenarioBefore.workload.requestsPerMonth);
    QCOMPARE(window->summaryPanel()->plainText(), summaryBefore);
    QCOMPARE(chartData(window->chartsView()), chartsBefore);
    QVERIFY(!window->isWindowModified());

    QTest::keySequence(window.get(), QKeySequence::Redo);
    QVERIFY(window->document()->scenario() != scenarioBefore);
    QCOMPARE(requests->value(), window->document()->scenario().workload.requestsPerMonth);
}

void TestMainWindow::saveThenReopenGivesSameScenario()
{
    const QString path = m_dir.filePath(u"round-trip.pertoken"_s);
    Scenario saved;
    {
        auto window = showWindow();
        QVERIFY(window);
        drag(window->findChild<ParameterEditor *>(u"outputTokensPerRequest"_s)->slider(), 700);
        window->optionsPanel()->setCurrentOptionId(u"llama-70b-q4-laptop"_s);
        drag(optionEditor(*window, u"hoursInUsePerDay"_s)->slider(), 900);
        QVERIFY(window->isWindowModified());
        QVERIFY(window->saveFile(path));
        QVERIFY(!window->isWindowModified());
        QVERIFY(window->windowTitle().startsWith(u"round-trip.pertoken"_s));
        saved = window->document()->scenario();
        QVERIFY(saved != defaultScenario());
    }
    auto reopened = showWindow();
    QVERIFY(reopened);
    QVERIFY(reopened->openFile(path));
    QCOMPARE(reopened->document()->scenario(), saved);
    QCOMPARE(reopened->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!reopened->isWindowModified());
}

void TestMainWindow::malformedFileShowsErrorAndKeepsDocument()
{
    // A valid file with one bad field: requests per month as text.
    QJsonObject root = QJsonDocument::fromJson(scenarioToBytes(defaultScenario())).object();
    QJsonObject workload = root.value(u"workload"_s).toObject();
    workload.insert(u"requestsPerMonth"_s, u"lots"_s);
    root.insert(u"workload"_s, workload);
    const QString bad = m_dir.filePath(u"malformed.pertoken"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const QString good = m_dir.filePath(u"good.pertoken"_s);
    Scenario scenario = defaultScenario();
    scenario.workload.requestsPerMonth = 123456;
    QVERIFY(!saveScenarioFile(scenario, good));

    auto window = showWindow();
    QVERIFY(window);
    QVERIFY(window->openFile(good));

    MessageBoxCatcher catcher;
    QVERIFY(!window->openFile(bad));
    const QString message = catcher.text();
    QVERIFY2(message.contains(u"malformed.pertoken"_s), qPrintable(message));
    QVERIFY2(message.contains(u"workload.requestsPerMonth"_s), qPrintable(message));
    QCOMPARE(window->document()->scenario(), scenario);
    QCOMPARE(window->document()->filePath(), QFileInfo(good).absoluteFilePath());
    QVERIFY(!window->isWindowModified());
}

// Every command in the menus can be reached from the keyboard, and the menu says how. Left out:
// the recent files (a list that changes), the theme choices and the Help menu's About boxes.
void TestMainWindow::menuActionsShowTheirShortcuts()
{
    auto window = showWindow();
    QVERIFY(window);
    QStringList missing;
    QList<QMenu *> menus;
    const QList<QAction *> top = window->menuBar()->actions();
    for (const QAction *action : top)
        menus.append(action->menu());
    menus.removeLast(); // Help
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        if (menu->objectName() == u"recentFilesMenu" || menu->objectName() == u"themeMenu")
            continue;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu())
                menus.append(action->menu());
            else if (!action->isSeparator() && action->shortcut().isEmpty())
                missing.append(action->text());
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

// A number field with focus does not keep the window's shortcuts to itself: Ctrl+Z undoes the
// scenario's last edit (a QLineEdit would take it for its own text).
void TestMainWindow::undoShortcutWorksFromANumberField()
{
    auto window = showWindow();
    QVERIFY(window);
    ParameterEditor *requests = window->findChild<ParameterEditor *>(u"requestsPerMonth"_s);
    QVERIFY(requests);
    const double before = requests->value();
    requests->spinBox()->setFocus();
    QTRY_VERIFY(requests->spinBox()->hasFocus());
    requests->spinBox()->selectAll();
    QTest::keyClicks(requests->spinBox(), u"1234"_s);
    QTest::keyClick(requests->spinBox(), Qt::Key_Return);
    QTRY_COMPARE(requests->value(), 1234.0);
    QVERIFY(requests->spinBox()->hasFocus());
    QTest::keyClick(requests->spinBox(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(window->document()->scenario().workload.requestsPerMonth, before);
}

void TestMainWindow::droppedScenarioFileOpens()
{
    Scenario scenario = defaultScenario();
    scenario.workload.outputTokensPerRequest = 999;
    const QString path = m_dir.filePath(u"dropped.pertoken"_s);
    QVERIFY(!saveScenarioFile(scenario, path));

    auto window = showWindow();
    QVERIFY(window);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_COMPARE(window->document()->scenario(), scenario);

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"notes.txt"_s))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::addAndRemoveOptionAreUndoable()
{
    auto window = showWindow();
    QVERIFY(window);
    OptionsPanel *options = window->optionsPanel();
    const qsizetype before = window->document()->scenario().options.size();
    options->addSelfHostedAction()->trigger();
    QCOMPARE(window->document()->scenario().options.size(), before + 1);
    const QString added = options->currentOptionId();
    QCOMPARE(window->document()->scenario().options.last().id, added);
    QTRY_VERIFY(!window->dashboard()->isPending());
    QVERIFY(window->dashboard()->evaluation().option(added));

    options->duplicateAction()->trigger();
    QCOMPARE(window->document()->scenario().options.size(), before + 2);
    options->removeAction()->trigger();
    QCOMPARE(window->document()->scenario().options.size(), before + 1);

    QUndoStack *stack = window->document()->undoStack();
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(window->document()->scenario(), defaultScenario());
}

void TestMainWindow::catalogChoiceIsAnUndoableEdit()
{
    auto window = showWindow();
    QVERIFY(window);
    const Scenario before = window->document()->scenario();
    window->optionsPanel()->setCurrentOptionId(u"gpt-4o"_s);

    QAction *catalogs = nullptr;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().contains(u"Catalogs"_s))
            catalogs = action;
    }
    QVERIFY(catalogs);
    catalogs->trigger();
    auto *dialog = window->findChild<CatalogDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // A price chosen while a cloud option is selected re-prices that option.
    const ApiPrice *price = findApiPrice(u"anthropic/claude-sonnet-4"_s);
    QVERIFY(price);
    Q_EMIT dialog->apiPriceChosen(*price);
    const auto *cloud =
        std::get_if<CloudApiOption>(&window->document()->scenario().option(u"gpt-4o"_s)->spec);
    QVERIFY(cloud);
    QCOMPARE(cloud->price, *price);
    QCOMPARE(window->document()->undoStack()->count(), 1);

    // A laptop chosen while a cloud option is selected becomes a new on-device option.
    const QList<Accelerator> &hardware = builtinAccelerators();
    const auto laptop = std::find_if(hardware.cbegin(), hardware.cend(), [](const Accelerator &a) {
        return a.deviceClass == DeviceClass::Laptop;
    });
    QVERIFY(laptop != hardware.cend());
    Q_EMIT dialog->acceleratorChosen(*laptop);
    QCOMPARE(window->document()->scenario().options.size(), before.options.size() + 1);
    const DeploymentOption &added = window->document()->scenario().options.last();
    QCOMPARE(window->optionsPanel()->currentOptionId(), added.id);
    QVERIFY(std::holds_alternative<OnDeviceOption>(added.spec));
    QCOMPARE(std::get<OnDeviceOption>(added.spec).device, *laptop);

    window->document()->undoStack()->undo();
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->scenario(), before);
    dialog->close();
}

QTEST_MAIN(TestMainWindow)
// Scenario ▸ Update Prices (Ctrl+Shift+U) opens the update over the Catalogs dialog, from any
// widget; nothing is downloaded until the user asks for it in that dialog.
void TestMainWindow::updatePricesShortcutOpensTheUpdate()
{
    auto window = showWindow();
    QVERIFY(window);
    QAction *action = window->findChild<QAction *>(u"updatePrices"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QTest::keyClick(window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    auto *catalogs = window->findChild<CatalogDialog *>();
    QVERIFY(catalogs);
    QTRY_VERIFY(catalogs->findChild<PriceUpdateDialog *>());
    PriceUpdateDialog *update = catalogs->findChild<PriceUpdateDialog *>();
    QTRY_VERIFY(update->isVisible());
    update->reject();
    catalogs->close();
}

#include "tst_main_window.moc"
