// Scenario ▸ Properties edits the scenario's name, description and memo question in one undo
// step; the workload panel's break-even rule is one undo step too. Both are saved in the
// scenario file, and the memo follows the question once it is set.
#include "autosave.h"
#include "dashboard.h"
#include "main_window.h"
#include "memo/memo_text.h"
#include "scenario/evaluate.h"
#include "scenario/scenario_json.h"
#include "scenario_document.h"
#include "scenario_properties_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

} // namespace

class TestScenarioProperties final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void propertiesAreOneUndoStep();
    void cancelLeavesNoStep();
    void breakEvenRuleIsOneUndoStep();
};

void TestScenarioProperties::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_scenario_properties"_s);
    QDir(Autosave::directory()).removeRecursively();
}

void TestScenarioProperties::propertiesAreOneUndoStep()
{
    MainWindow window(discardAll);
    window.show();
    QTRY_VERIFY(!window.dashboard()->isPending());
    ScenarioDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    const Scenario before = document->scenario();
    const int steps = stack->count();

    auto *action = window.findChild<QAction *>(u"scenarioProperties"_s);
    QVERIFY(action);
    action->trigger();
    ScenarioPropertiesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ScenarioPropertiesDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    retype(dialog->findChild<QLineEdit *>(u"scenarioName"_s), u"Support bot"_s);
    retype(dialog->findChild<QPlainTextEdit *>(u"scenarioDescription"_s),
           u"Tier-1 support answers"_s);
    retype(dialog->findChild<QLineEdit *>(u"scenarioQuestion"_s),
           u"Should support answers move off the API?"_s);
    auto *modelError = dialog->findChild<QCheckBox *>(u"scenarioModelError"_s);
    QVERIFY(modelError && modelError->isChecked()); // the built-in scenario draws it
    modelError->click();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const Scenario after = document->scenario();
    QCOMPARE(after.name, u"Support bot"_s);
    QCOMPARE(after.description, u"Tier-1 support answers"_s);
    QCOMPARE(after.question, u"Should support answers move off the API?"_s);
    QVERIFY(!after.uncertaintyIncludesModelError);
    QCOMPARE(stack->count(), steps + 1);
    // Without the model's error, the bands widen only where an input range reaches.
    for (const UncertaintyBand &band : evaluate(after).uncertainty)
        QCOMPARE(band.modelErrorPercent, 0.0);

    // The memo's title is the question once it is set; before, it followed the workload.
    const QDateTime at(QDate(2026, 12, 5), QTime(), Qt::UTC);
    QVERIFY(memoMarkdown(after, evaluate(after), {}, at, u"0.1.0"_s)
                .startsWith(u"# Decision memo: Should support answers move off the API?"_s));
    QVERIFY(memoMarkdown(before, evaluate(before), {}, at, u"0.1.0"_s)
                .startsWith(u"# Decision memo: the cheapest way to serve"_s));

    // The file keeps all three.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"support.pertoken"_s);
    QVERIFY(!saveScenarioFile(after, path));
    const Result<Scenario> loaded = loadScenarioFile(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->question, after.question);
    QCOMPARE(*loaded, after);

    stack->undo();
    QCOMPARE(document->scenario(), before);
    stack->redo();
    QCOMPARE(document->scenario(), after);
}

void TestScenarioProperties::cancelLeavesNoStep()
{
    MainWindow window(discardAll);
    window.show();
    const int steps = window.document()->undoStack()->count();
    window.findChild<QAction *>(u"scenarioProperties"_s)->trigger();
    ScenarioPropertiesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ScenarioPropertiesDialog *>()) != nullptr);
    retype(dialog->findChild<QLineEdit *>(u"scenarioName"_s), u"Not kept"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(window.document()->undoStack()->count(), steps);
    QVERIFY(window.document()->scenario().name != u"Not kept"_s);
}

void TestScenarioProperties::breakEvenRuleIsOneUndoStep()
{
    MainWindow window(discardAll);
    window.show();
    QTRY_VERIFY(!window.dashboard()->isPending());
    ScenarioDocument *document = window.document();
    QCOMPARE(document->scenario().workload.breakEvenPeak, BreakEvenPeak::Proportional);
    auto *combo = window.findChild<QComboBox *>(u"breakEvenPeak"_s);
    QVERIFY(combo);
    const int steps = document->undoStack()->count();
    const int fixed = combo->findData(int(BreakEvenPeak::Fixed));
    QVERIFY(fixed >= 0);
    combo->setCurrentIndex(fixed);
    Q_EMIT combo->activated(fixed);
    QCOMPARE(document->scenario().workload.breakEvenPeak, BreakEvenPeak::Fixed);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    QCOMPARE(document->scenario().workload.breakEvenPeak, BreakEvenPeak::Proportional);
    QCOMPARE(combo->currentIndex(), combo->findData(int(BreakEvenPeak::Proportional)));
}

QTEST_MAIN(TestScenarioProperties)
#include "tst_scenario_properties.moc"
