#pragma once

#include <QString>

#include <optional>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace pertoken::ui {

/// Helpers shared by the catalog entry editors: a named line edit in a form, and reading a
/// number typed in the user's locale (or with a '.' decimal point).
QLineEdit *addFormField(QFormLayout *form, QWidget *parent, const QString &objectName,
                        const QString &label, const QString &text, const QString &placeholder = {});

/// nullopt for an empty field; sets *ok to false when the text is not a number.
std::optional<double> fieldNumber(const QLineEdit *field, bool *ok);

} // namespace pertoken::ui
