#include "widgets/scientific_spin_box.h"

#include "common/number_format.h"
#include "panels/number_format.h"

#include <algorithm>
#include <cmath>

namespace pertoken::ui {

namespace {

// Twelve significant digits: a value typed or set keeps its digits when the text is read back.
constexpr int kDigits = 12;
constexpr double kScientificFrom = 1e6;

} // namespace

ScientificSpinBox::ScientificSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{}

QString ScientificSpinBox::textFromValue(double value) const
{
    if (std::abs(value) < kScientificFrom)
        return QDoubleSpinBox::textFromValue(value);
    return formatScientific(value, {}, NumberFormat::language(), kDigits);
}

QString ScientificSpinBox::withoutAffixes(const QString &text) const
{
    QString core = text;
    if (!prefix().isEmpty() && core.startsWith(prefix()))
        core.remove(0, prefix().size());
    if (!suffix().isEmpty() && core.endsWith(suffix()))
        core.chop(suffix().size());
    return core.trimmed();
}

double ScientificSpinBox::valueFromText(const QString &text) const
{
    const std::optional<double> value =
        parseScientific(withoutAffixes(text), {}, NumberFormat::language());
    return value ? std::clamp(*value, minimum(), maximum()) : this->value();
}

QValidator::State ScientificSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const QString core = withoutAffixes(input);
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    if (core.isEmpty())
        return QValidator::Intermediate;
    const std::optional<double> value = parseScientific(core, {}, NumberFormat::language());
    if (value && *value >= minimum() && *value <= maximum())
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}

void ScientificSpinBox::fixup(QString &input) const
{
    // What cannot be read becomes the current value again.
    if (!parseScientific(withoutAffixes(input), {}, NumberFormat::language()))
        input = prefix() + textFromValue(value()) + suffix();
}

} // namespace pertoken::ui
