// ParameterEditor: the slider/spin-box pair every numeric parameter is edited with.

#include "widgets/parameter_editor.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using pertoken::ParameterSpec;
using pertoken::ui::ParameterEditor;

namespace {

// Hand-made specs, so every expected number below follows from the spec alone.
ParameterSpec logSpec()
{
    // Twelve decades, as the workload's requests per month (1 to 1e12).
    return ParameterSpec{u"requests"_s, "Requests", u"requests/month"_s, 1, 1e12, true, 0, true};
}

ParameterSpec computeSpec()
{
    // Training compute as the Scaling tab's: 10^15 to 10^30 FLOPs.
    return ParameterSpec{u"compute"_s, "Compute", u"FLOPs"_s, 1e15, 1e30, true, 0, true};
}

ParameterSpec linearSpec()
{
    return ParameterSpec{u"share"_s, "Share", QString(), 0, 1, false, 2, false};
}

ParameterSpec priceSpec()
{
    return ParameterSpec{u"price"_s, "Price", u"USD/GPU-h"_s, 0.05, 100, true, 2, false};
}

QPoint handleCentre(QSlider *slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    return slider->style()
        ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
        .center();
}

} // namespace

class TestParameterEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void logMapping_data();
    void logMapping();
    void positionRoundTrip_data();
    void positionRoundTrip();
    void committedValueIsRounded();
    void rangeEnforced();
    void dragEmitsBeginAndEndOnce();
    void keyPressIsOneEdit();
    void setValueEmitsNothing();
    void largeValuesInScientificNotation();
};

void TestParameterEditor::logMapping_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("position");
    // Log mapping over 1..1e12 with 1000 steps: position = 1000 · log10(value) / 12.
    QTest::newRow("minimum") << 1.0 << 0;
    QTest::newRow("1e3: a quarter of 12 decades") << 1e3 << 250;
    QTest::newRow("1e6: the geometric middle") << 1e6 << 500;
    QTest::newRow("1e9: three quarters") << 1e9 << 750;
    QTest::newRow("maximum") << 1e12 << 1000;
    QTest::newRow("below range clamps to 0") << 0.5 << 0;
    QTest::newRow("above range clamps to 1000") << 1e15 << 1000;
}

void TestParameterEditor::logMapping()
{
    QFETCH(double, value);
    QFETCH(int, position);
    QCOMPARE(ParameterEditor::positionForValue(logSpec(), value), position);
    if (value >= 1 && value <= 1e12)
        QVERIFY(std::abs(ParameterEditor::valueForPosition(logSpec(), position) / value - 1) <
                1e-9);
}

void TestParameterEditor::positionRoundTrip_data()
{
    QTest::addColumn<ParameterSpec>("spec");
    QTest::newRow("log, 12 decades") << logSpec();
    QTest::newRow("log, 0.05 to 100 USD") << priceSpec();
    QTest::newRow("linear 0 to 1") << linearSpec();
}

void TestParameterEditor::positionRoundTrip()
{
    QFETCH(ParameterSpec, spec);
    for (int position = 0; position <= ParameterEditor::kSliderSteps; ++position) {
        const double value = ParameterEditor::valueForPosition(spec, position);
        QVERIFY(value >= spec.min && value <= spec.max);
        QCOMPARE(ParameterEditor::positionForValue(spec, value), position);
    }
    // Linear: position 250 of 1000 over 0..1 is 0.25.
    if (!spec.logarithmic)
        QCOMPARE(ParameterEditor::valueForPosition(spec, 250), 0.25);
}

void TestParameterEditor::committedValueIsRounded()
{
    // Position 501 over 1..1e12: 10^(12 · 0.501) = 10^6.012 = 1,028,016.9…; three significant
    // digits on a log slider give 1,030,000.
    QCOMPARE(ParameterEditor::committedValue(logSpec(), 501), 1030000.0);
    // Position 500 over 0.05..100 USD: 0.05 · 2000^0.5 = 2.2360…; three significant digits and
    // the spec's two decimals give 2.24.
    QCOMPARE(ParameterEditor::committedValue(priceSpec(), 500), 2.24);
    // The ends are the range's ends exactly.
    QCOMPARE(ParameterEditor::committedValue(priceSpec(), 0), 0.05);
    QCOMPARE(ParameterEditor::committedValue(priceSpec(), 1000), 100.0);
}

void TestParameterEditor::rangeEnforced()
{
    ParameterEditor editor(priceSpec());
    QCOMPARE(editor.spinBox()->minimum(), 0.05);
    QCOMPARE(editor.spinBox()->maximum(), 100.0);
    QCOMPARE(editor.spinBox()->suffix(), u" USD/GPU-h"_s);

    QSignalSpy edited(&editor, &ParameterEditor::valueEdited);
    editor.spinBox()->setValue(250); // above the spec's maximum
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toDouble(), 100.0);
    QCOMPARE(editor.slider()->value(), ParameterEditor::kSliderSteps);

    editor.spinBox()->setValue(-3); // below the minimum
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(0).toDouble(), 0.05);
    QCOMPARE(editor.slider()->value(), 0);
}

void TestParameterEditor::dragEmitsBeginAndEndOnce()
{
    ParameterEditor editor(logSpec());
    editor.resize(400, 40);
    editor.setValue(1e3);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QSignalSpy started(&editor, &ParameterEditor::editStarted);
    QSignalSpy edited(&editor, &ParameterEditor::valueEdited);
    QSignalSpy finished(&editor, &ParameterEditor::editFinished);

    QSlider *slider = editor.slider();
    const QPoint from = handleCentre(slider);
    QTest::mousePress(slider, Qt::LeftButton, {}, from);
    for (int dx = 10; dx <= 120; dx += 10)
        QTest::mouseMove(slider, from + QPoint(dx, 0));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, from + QPoint(120, 0));

    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(edited.count() >= 2, "a drag over 120 px passes several values");
    // Values rise with the handle, and the last one is what the editor now holds.
    for (int i = 1; i < edited.count(); ++i)
        QVERIFY(edited.at(i).at(0).toDouble() > edited.at(i - 1).at(0).toDouble());
    QCOMPARE(edited.last().at(0).toDouble(), editor.value());
    QCOMPARE(editor.spinBox()->value(), editor.value());
}

void TestParameterEditor::keyPressIsOneEdit()
{
    ParameterEditor editor(linearSpec());
    editor.setValue(0.5);
    QSignalSpy started(&editor, &ParameterEditor::editStarted);
    QSignalSpy edited(&editor, &ParameterEditor::valueEdited);
    QSignalSpy finished(&editor, &ParameterEditor::editFinished);
    QTest::keyClick(editor.slider(), Qt::Key_Right);
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(edited.count(), 1);
    // One single step is 10 of 1000 positions: 0.5 + 0.01.
    QCOMPARE(edited.at(0).at(0).toDouble(), 0.51);
}

void TestParameterEditor::setValueEmitsNothing()
{
    ParameterEditor editor(logSpec());
    QSignalSpy started(&editor, &ParameterEditor::editStarted);
    QSignalSpy edited(&editor, &ParameterEditor::valueEdited);
    editor.setValue(1e9);
    QCOMPARE(editor.value(), 1e9);
    QCOMPARE(editor.spinBox()->value(), 1e9);
    QCOMPARE(editor.slider()->value(), 750);
    QCOMPARE(started.count(), 0);
    QCOMPARE(edited.count(), 0);
}

void TestParameterEditor::largeValuesInScientificNotation()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ParameterEditor editor(computeSpec());
    // 5.76e23 = 5.76 × 10^23: never the 24 digits 576,000,000,000,000,000,000,000.
    editor.setValue(5.76e23);
    QCOMPARE(editor.spinBox()->text(), u"5.76 \u00d7 10\u00b2\u00b3 FLOPs"_s);
    // The range in the tooltip is written the same way: 10^15 to 10^30.
    QVERIFY2(editor.spinBox()->toolTip().contains(u"1 \u00d7 10\u00b9\u2075"_s),
             qPrintable(editor.spinBox()->toolTip()));
    // Typed as "1.2e24" and committed with Enter: 1.2 × 10^24.
    QSignalSpy edited(&editor, &ParameterEditor::valueEdited);
    editor.spinBox()->setFocus();
    editor.spinBox()->selectAll();
    QTest::keyClicks(editor.spinBox(), u"1.2e24"_s);
    QTest::keyClick(editor.spinBox(), Qt::Key_Return);
    QCOMPARE(editor.value(), 1.2e24);
    QCOMPARE(editor.spinBox()->text(), u"1.2 \u00d7 10\u00b2\u2074 FLOPs"_s);
    // German: decimal comma, the text read back unchanged (5.76e23 stays 5.76e23).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    editor.setValue(5.76e23);
    QCOMPARE(editor.spinBox()->text(), u"5,76 \u00d7 10\u00b2\u00b3 FLOPs"_s);
    QCOMPARE(editor.spinBox()->valueFromText(editor.spinBox()->text()), 5.76e23);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestParameterEditor)
#include "tst_parameter_editor.moc"
