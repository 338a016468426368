// No "nan" or "inf" ever reaches the screen: the number formats of panels, tooltips and tables
// write "n/a" for a value that is not finite, and the whole window, given a scenario with an
// input that is not a number, shows the problem in words and no such token anywhere.

#include "autosave.h"
#include "charts/chart_format.h"
#include "main_window.h"
#include "panels/number_format.h"
#include "scenario/parameters.h"
#include "scenario_document.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace pertoken;
using namespace pertoken::ui;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// "nan", "inf", "infinity" as words (QLocale and printf spell them so), any case.
const QRegularExpression kNonFiniteWord(u"(?<![A-Za-z])(nan|[-+]?inf(inity)?)(?![A-Za-z])"_s,
                                        QRegularExpression::CaseInsensitiveOption);

RecoveryChoice discardAll(const RecoveryCandidate &)
{
    return RecoveryChoice::Discard;
}

// Every text the window shows: labels, buttons, tooltips, and every cell of every item view.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                texts << model->data(index, Qt::DisplayRole).toString()
                      << model->data(index, Qt::ToolTipRole).toString();
            }
        }
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
    }
    return texts;
}

} // namespace

class TestNoNanOnScreen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatsWriteNotAvailable_data();
    void formatsWriteNotAvailable();
    void windowShowsNoNonFiniteNumber_data();
    void windowShowsNoNonFiniteNumber();
};

void TestNoNanOnScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PerTokenTest"_s);
    QCoreApplication::setApplicationName(u"tst_no_nan_on_screen"_s);
}

void TestNoNanOnScreen::formatsWriteNotAvailable_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("NaN") << kNaN;
    QTest::newRow("+inf") << kInf;
    QTest::newRow("-inf") << -kInf;
}

void TestNoNanOnScreen::formatsWriteNotAvailable()
{
    QFETCH(double, value);
    const QStringList texts = {
        NumberFormat::compact(value),
        NumberFormat::usd(value),
        NumberFormat::usdPerMillionTokens(value),
        NumberFormat::usdPerMonth(value),
        NumberFormat::tokensPerMonth(value),
        NumberFormat::tokensPerSecond(value),
        formatFixed(value, 2),
        ui::formatUsd(value),
        ui::formatCount(value),
        formatPlain(value),
        formatValue(value, NumberKind::Usd),
        formatValue(value, NumberKind::Count),
        formatValue(value, NumberKind::Plain),
    };
    for (const QString &text : texts)
        QCOMPARE(text, u"n/a"_s);
    // A finite value is still a number.
    QCOMPARE(formatPlain(12.5), u"12.5"_s);
}

void TestNoNanOnScreen::windowShowsNoNonFiniteNumber_data()
{
    QTest::addColumn<QString>("optionId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::newRow("requests NaN") << QString() << u"requestsPerMonth"_s << kNaN;
    QTest::newRow("output tokens inf") << QString() << u"outputTokensPerRequest"_s << kInf;
    QTest::newRow("rental price -inf")
        << u"llama-8b-h100-rented"_s << u"rentalUsdPerGpuHour"_s << -kInf;
    QTest::newRow("laptop hours NaN") << u"llama-70b-q4-laptop"_s << u"hoursInUsePerDay"_s << kNaN;
}

void TestNoNanOnScreen::windowShowsNoNonFiniteNumber()
{
    QFETCH(QString, optionId);
    QFETCH(QString, key);
    QFETCH(double, value);
    MainWindow window(discardAll);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Scenario scenario = window.document()->scenario();
    QVERIFY(setParameterValueUnchecked(scenario, optionId, key, value));
    window.document()->replaceScenarioAndClearHistory(scenario, {});
    // The dashboard re-evaluates on the next event-loop turn; let it and the charts settle.
    QTest::qWait(200);
    const QStringList texts = visibleTexts(&window);
    QVERIFY(!texts.isEmpty());
    bool namesProblem = false;
    for (const QString &text : texts) {
        QVERIFY2(!kNonFiniteWord.match(text).hasMatch(), qPrintable(text));
        namesProblem = namesProblem || text.contains(key);
    }
    // The window says which input is wrong rather than showing numbers.
    QVERIFY2(namesProblem, qPrintable(key));
}

QTEST_MAIN(TestNoNanOnScreen)
#include "tst_no_nan_on_screen.moc"
