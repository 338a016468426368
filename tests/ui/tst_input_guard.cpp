// Input that does what the hand means (ui/widgets/input_guard.h), driven through real widgets:
// the wheel scrolls a panel past a field without changing it and changes the field only once it
// has focus; a window shortcut (Ctrl+E) fires while a number field has focus, which Qt's line
// edit would otherwise take for "end of line".

#include "widgets/input_guard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QMainWindow>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace pertoken::ui;

namespace {

// One notch of a mouse wheel turned away from the user (the value goes down), over `widget`.
void turnWheel(QWidget *widget)
{
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// A panel taller than its scroll area, with the value fields in the middle: like a dock.
struct Panel {
    QScrollArea area;
    QSpinBox *requests = nullptr;
    QSlider *slider = nullptr;
    QComboBox *combo = nullptr;
    QSpinBox *other = nullptr;

    Panel()
    {
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        layout->addSpacing(400);
        requests = new QSpinBox;
        requests->setRange(1, 1000);
        requests->setValue(16); // the benchmark form's requests per level
        slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, 100);
        slider->setValue(50);
        combo = new QComboBox;
        combo->addItems({QStringLiteral("FP16"), QStringLiteral("FP8"), QStringLiteral("Q4")});
        combo->setCurrentIndex(1);
        other = new QSpinBox;
        layout->addWidget(requests);
        layout->addWidget(slider);
        layout->addWidget(combo);
        layout->addWidget(other);
        layout->addSpacing(800);
        area.setWidget(content);
        area.setWidgetResizable(true);
        area.resize(300, 200);
    }
};

} // namespace

class TestInputGuard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { InputGuard::install(); }
    void wheelWithoutFocusScrollsThePanel();
    void wheelWithFocusChangesTheValue();
    void shortcutFromANumberField_data();
    void shortcutFromANumberField();
    void fieldKeepsItsEditingKeys();
    void shortcutFromAFloatingDock();
};

void TestInputGuard::wheelWithoutFocusScrollsThePanel()
{
    Panel panel;
    panel.area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.area));
    panel.other->setFocus();
    panel.area.ensureWidgetVisible(panel.requests);
    for (QWidget *field :
         {static_cast<QWidget *>(panel.requests), static_cast<QWidget *>(panel.slider),
          static_cast<QWidget *>(panel.combo)}) {
        QVERIFY(!field->hasFocus());
        const int scrolled = panel.area.verticalScrollBar()->value();
        turnWheel(field);
        // The panel moved on, the field kept its value and did not take focus.
        QVERIFY2(panel.area.verticalScrollBar()->value() > scrolled,
                 field->metaObject()->className());
        QVERIFY(!field->hasFocus());
        panel.area.ensureWidgetVisible(field);
    }
    QCOMPARE(panel.requests->value(), 16);
    QCOMPARE(panel.slider->value(), 50);
    QCOMPARE(panel.combo->currentIndex(), 1);
    QCOMPARE(panel.requests->focusPolicy(), Qt::StrongFocus);
}

void TestInputGuard::wheelWithFocusChangesTheValue()
{
    Panel panel;
    panel.area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.area));
    panel.area.ensureWidgetVisible(panel.requests);
    panel.requests->setFocus();
    QTRY_VERIFY(panel.requests->hasFocus());
    const int scrolled = panel.area.verticalScrollBar()->value();
    turnWheel(panel.requests);
    // One notch down, one single step (1) down; the panel stays where it was.
    QCOMPARE(panel.requests->value(), 15);
    QCOMPARE(panel.area.verticalScrollBar()->value(), scrolled);
}

void TestInputGuard::shortcutFromANumberField_data()
{
    QTest::addColumn<bool>("integer");
    QTest::addColumn<QKeyCombination>("key");
    // Ctrl+E, export, is "end of line" to a line edit under X11 key bindings (the xcb platform);
    // Ctrl+Z, undo, is the line edit's own undo under every platform's bindings, the offscreen
    // one these tests run on included. The window's action wins both.
    const QKeyCombination exportKey(Qt::ControlModifier, Qt::Key_E);
    const QKeyCombination undoKey(Qt::ControlModifier, Qt::Key_Z);
    QTest::newRow("QSpinBox Ctrl+E") << true << exportKey;
    QTest::newRow("QDoubleSpinBox Ctrl+E") << false << exportKey;
    QTest::newRow("QSpinBox Ctrl+Z") << true << undoKey;
    QTest::newRow("QDoubleSpinBox Ctrl+Z") << false << undoKey;
}

void TestInputGuard::shortcutFromANumberField()
{
    QFETCH(bool, integer);
    QFETCH(QKeyCombination, key);
    QMainWindow window;
    QAction *action = window.menuBar()
                          ->addMenu(QStringLiteral("File"))
                          ->addAction(QStringLiteral("Window action"));
    action->setShortcut(QKeySequence(key));
    QAbstractSpinBox *field = integer ? static_cast<QAbstractSpinBox *>(new QSpinBox)
                                      : static_cast<QAbstractSpinBox *>(new QDoubleSpinBox);
    window.setCentralWidget(field);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());

    QTest::keyClicks(field, QStringLiteral("42")); // something the field could undo
    QSignalSpy triggered(action, &QAction::triggered);
    QTest::keyClick(field, key.key(), key.keyboardModifiers());
    QCOMPARE(triggered.count(), 1);
}

void TestInputGuard::fieldKeepsItsEditingKeys()
{
    // A window action on Ctrl+A does not take select-all away from the field being edited.
    QMainWindow window;
    QAction *selectAllOptions = window.menuBar()
                                    ->addMenu(QStringLiteral("Edit"))
                                    ->addAction(QStringLiteral("Select all options"));
    selectAllOptions->setShortcut(QKeySequence::SelectAll);
    auto *field = new QSpinBox;
    field->setRange(0, 100000);
    field->setValue(12345);
    window.setCentralWidget(field);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());

    QSignalSpy triggered(selectAllOptions, &QAction::triggered);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 0);
    QTest::keyClicks(field, QStringLiteral("7"));
    QCOMPARE(field->text(), QStringLiteral("7")); // the whole text was selected and replaced
}

// A dock the user tore off is a window of its own: the main window's application-wide shortcut
// still fires from a number field in it.
void TestInputGuard::shortcutFromAFloatingDock()
{
    QMainWindow window;
    window.setCentralWidget(new QWidget);
    QAction *undo =
        window.menuBar()->addMenu(QStringLiteral("Edit"))->addAction(QStringLiteral("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::ApplicationShortcut);
    auto *dock = new QDockWidget(QStringLiteral("Workload"), &window);
    auto *field = new QSpinBox;
    dock->setWidget(field);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.show();
    dock->setFloating(true);
    QVERIFY(QTest::qWaitForWindowExposed(dock));
    QApplication::setActiveWindow(dock);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());

    QTest::keyClicks(field, QStringLiteral("42"));
    QSignalSpy triggered(undo, &QAction::triggered);
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 1);
}

QTEST_MAIN(TestInputGuard)
#include "tst_input_guard.moc"
