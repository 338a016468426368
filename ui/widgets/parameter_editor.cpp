#include "widgets/parameter_editor.h"

#include "labels.h"
#include "widgets/scientific_spin_box.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

bool usesLogScale(const ParameterSpec &spec)
{
    return spec.logarithmic && spec.min > 0 && spec.max > spec.min;
}

// Inputs that reach 10^13 and beyond (training compute in FLOPs) are shown in scientific
// notation; the others as grouped numbers.
QDoubleSpinBox *spinBoxFor(const ParameterSpec &spec, QWidget *parent)
{
    if (spec.max >= 1e13)
        return new ScientificSpinBox(parent);
    return new QDoubleSpinBox(parent);
}

int decimalsOf(const ParameterSpec &spec)
{
    return spec.integer ? 0 : std::max(0, spec.decimals);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double roundToSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    return roundTo(value, digits - 1 - magnitude);
}

// A 1-2-5 step near a hundredth of the range, never finer than the shown decimals.
double linearStep(const ParameterSpec &spec)
{
    const double raw = (spec.max - spec.min) / 100.0;
    if (raw <= 0)
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    double step = decade;
    for (double factor : {2.0, 5.0, 10.0}) {
        if (decade * factor <= raw)
            step = decade * factor;
    }
    return std::max(step, std::pow(10.0, -decimalsOf(spec)));
}

} // namespace

ParameterEditor::ParameterEditor(const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spinBox(spinBoxFor(spec, this))
{
    setObjectName(spec.key);
    const QString name = label();

    m_slider->setRange(0, kSliderSteps);
    m_slider->setSingleStep(kSliderSteps / 100);
    m_slider->setPageStep(kSliderSteps / 10);
    m_slider->setAccessibleName(name);
    m_slider->setMinimumWidth(80);

    m_spinBox->setDecimals(decimalsOf(spec));
    // Where 0 is accepted besides [min, max] the spin box reaches down to it; values between 0
    // and min are skipped (onSpinBoxValueChanged), so it never shows a value the model refuses.
    m_spinBox->setRange(spec.zero == ZeroMeans::Refused ? spec.min : 0.0, spec.max);
    if (spec.zero == ZeroMeans::NotRequested) {
        //: Shown in a planner spin box at 0: the answer this input asks for is not computed.
        m_spinBox->setSpecialValueText(tr("not requested"));
    }
    m_spinBox->setKeyboardTracking(false); // a typed number commits once, on Enter or focus out
    m_spinBox->setGroupSeparatorShown(true);
    m_spinBox->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_spinBox->setAccessibleName(name);
    if (!spec.unit.isEmpty())
        m_spinBox->setSuffix(u" "_s + unitLabel(spec.unit));
    if (usesLogScale(spec)) {
        m_spinBox->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    } else {
        m_spinBox->setSingleStep(spec.integer ? std::max(1.0, std::round(linearStep(spec)))
                                              : linearStep(spec));
    }

    // The range as the spin box writes numbers: "1 × 10¹⁵" rather than sixteen digits.
    //: Tooltip of a parameter: %1 label, %2 lowest value, %3 highest value, %4 unit.
    const QString tip = tr("%1: from %2 to %3 %4")
                            .arg(name, m_spinBox->textFromValue(spec.min),
                                 m_spinBox->textFromValue(spec.max), unitLabel(spec.unit))
                            .trimmed();
    m_slider->setToolTip(tip);
    m_spinBox->setToolTip(tip);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spinBox);
    setFocusProxy(m_spinBox);
    m_spinBox->installEventFilter(this);

    m_value = spec.min;
    m_spinBox->setValue(spec.min);
    m_slider->setValue(0);

    connect(m_slider, &QSlider::sliderPressed, this, [this] {
        m_dragging = true;
        Q_EMIT editStarted();
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        Q_EMIT editFinished();
    });
    connect(m_slider, &QSlider::valueChanged, this, &ParameterEditor::onSliderValueChanged);
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this,
            &ParameterEditor::onSpinBoxValueChanged);
}

ParameterEditor::~ParameterEditor() = default;

int ParameterEditor::preferredSpinBoxWidth() const
{
    // QAbstractSpinBox sizes itself for its longest value (1e12 requests/month would make every
    // spin box in the form wide); size for up to 1e7 instead, plus the same frame and buttons.
    const QFontMetrics metrics(m_spinBox->font());
    const auto textWidth = [this, &metrics](double value) {
        return metrics.horizontalAdvance(m_spinBox->textFromValue(value).left(18) +
                                         m_spinBox->suffix() + u' ');
    };
    const int full = std::max(textWidth(m_spec.min), textWidth(m_spec.max));
    const int capped = std::max(textWidth(m_spec.min), textWidth(std::min(m_spec.max, 1e7)));
    return m_spinBox->sizeHint().width() - full + capped;
}

bool ParameterEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A spin box's line edit would take Undo and Redo for its own text; the document's history
    // is the one that matters, so let those shortcuts through to the window.
    if (watched == m_spinBox && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString ParameterEditor::label() const
{
    return QCoreApplication::translate("Parameter", m_spec.label);
}

void ParameterEditor::setValue(double value)
{
    if (value == m_value)
        return;
    m_value = value;
    const QSignalBlocker spinBlocker(m_spinBox);
    m_spinBox->setValue(value);
    // While the user drags, the handle stays under the mouse; it is placed once released.
    if (!m_dragging) {
        const QSignalBlocker sliderBlocker(m_slider);
        m_slider->setValue(positionForValue(m_spec, value));
    }
}

int ParameterEditor::positionForValue(const ParameterSpec &spec, double value)
{
    if (!(spec.max > spec.min) || !std::isfinite(value))
        return 0;
    const double clamped = std::clamp(value, spec.min, spec.max);
    const double fraction = usesLogScale(spec)
                                ? std::log(clamped / spec.min) / std::log(spec.max / spec.min)
                                : (clamped - spec.min) / (spec.max - spec.min);
    return std::clamp(int(std::lround(fraction * kSliderSteps)), 0, kSliderSteps);
}

double ParameterEditor::valueForPosition(const ParameterSpec &spec, int position)
{
    const double fraction = double(std::clamp(position, 0, kSliderSteps)) / kSliderSteps;
    if (usesLogScale(spec))
        return spec.min * std::pow(spec.max / spec.min, fraction);
    return spec.min + fraction * (spec.max - spec.min);
}

double ParameterEditor::committedValue(const ParameterSpec &spec, int position)
{
    if (position <= 0)
        return spec.min;
    if (position >= kSliderSteps)
        return spec.max;
    double value = valueForPosition(spec, position);
    if (usesLogScale(spec))
        value = roundToSignificant(value, 3);
    value = roundTo(value, decimalsOf(spec));
    return std::clamp(value, spec.min, spec.max);
}

void ParameterEditor::onSliderValueChanged(int position)
{
    const double value = committedValue(m_spec, position);
    {
        const QSignalBlocker blocker(m_spinBox);
        m_spinBox->setValue(value);
    }
    if (m_dragging) {
        if (value != m_value) {
            m_value = value;
            Q_EMIT valueEdited(value);
        }
        return;
    }
    emitSingleEdit(value);
}

void ParameterEditor::onSpinBoxValueChanged(double value)
{
    if (value > 0 && value < m_spec.min) {
        // Between 0 and the smallest accepted value: stepping down from min lands on 0,
        // anything else on min.
        value = m_value >= m_spec.min ? 0.0 : m_spec.min;
        const QSignalBlocker blocker(m_spinBox);
        m_spinBox->setValue(value);
    }
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(positionForValue(m_spec, value));
    }
    emitSingleEdit(value);
}

void ParameterEditor::emitSingleEdit(double value)
{
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT editStarted();
    Q_EMIT valueEdited(value);
    Q_EMIT editFinished();
}

} // namespace pertoken::ui
