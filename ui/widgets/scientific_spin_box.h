#pragma once

#include <QDoubleSpinBox>

namespace pertoken::ui {

/// A spin box for quantities that span many decades (training compute, 10^15 to 10^30 FLOPs):
/// from 10^6 on it shows scientific notation in the interface language, "5.76 × 10²³", never
/// a 24-digit number, and it reads that back as well as "5.76e23" or a grouped number.
class ScientificSpinBox final : public QDoubleSpinBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScientificSpinBox)

public:
    explicit ScientificSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

private:
    QString withoutAffixes(const QString &text) const;
};

} // namespace pertoken::ui
