#pragma once

#include "scenario/parameters.h"

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace pertoken::ui {

/// A slider paired with a spin box for one parameter of the ParameterSpec table: the spin box
/// shows the exact value with its unit, the slider moves logarithmically where the spec spans
/// decades, and both stay inside the spec's range.
///
/// Every user edit is announced as editStarted(), one or more valueEdited(), editFinished(): a
/// slider drag is one such sequence however many values it passes, a typed value or a key press
/// is a sequence of one. setValue() (the model speaking) emits nothing.
class ParameterEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterEditor)

public:
    static constexpr int kSliderSteps = 1000;

    explicit ParameterEditor(const ParameterSpec &spec, QWidget *parent = nullptr);
    ~ParameterEditor() override;

    const ParameterSpec &spec() const { return m_spec; }
    double value() const { return m_value; }
    /// Shows `value` without emitting anything.
    void setValue(double value);

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spinBox; }
    /// Wide enough for the spec's values up to eight digits with the unit; larger values scroll.
    int preferredSpinBoxWidth() const;
    /// The spec's label, translated.
    QString label() const;

    /// Slider position (0..kSliderSteps) for a value; linear or logarithmic per the spec.
    static int positionForValue(const ParameterSpec &spec, double value);
    /// The exact value at a slider position (the inverse of positionForValue).
    static double valueForPosition(const ParameterSpec &spec, int position);
    /// The value a slider position commits: rounded to the spec's decimals (integers for
    /// integer specs; three significant digits on logarithmic sliders) and kept in range.
    static double committedValue(const ParameterSpec &spec, int position);

Q_SIGNALS:
    void editStarted();
    void valueEdited(double value);
    void editFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSliderValueChanged(int position);
    void onSpinBoxValueChanged(double value);
    void emitSingleEdit(double value);

    ParameterSpec m_spec;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spinBox = nullptr;
    double m_value = 0;
    bool m_dragging = false;
};

} // namespace pertoken::ui
