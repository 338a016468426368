#include "catalog/editor_fields.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace pertoken::ui {

QLineEdit *addFormField(QFormLayout *form, QWidget *parent, const QString &objectName,
                        const QString &label, const QString &text, const QString &placeholder)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    form->addRow(label, field);
    return field;
}

std::optional<double> fieldNumber(const QLineEdit *field, bool *ok)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool parsed = false;
    double value = QLocale().toDouble(text, &parsed);
    if (!parsed)
        value = QLocale::c().toDouble(text, &parsed);
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace pertoken::ui
