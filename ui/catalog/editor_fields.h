#pragma once

#include "models/quality_score.h"

#include <QList>
#include <QString>

#include <optional>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace pertoken::ui {

/// Helpers shared by the catalog entry editors: a named line edit in a form, and reading a
/// number typed in the user's locale (or with a '.' decimal point).
QLineEdit *addFormField(QFormLayout *form, QWidget *parent, const QString &objectName,
                        const QString &label, const QString &text, const QString &placeholder = {});

/// nullopt for an empty field; sets *ok to false when the text is not a number.
std::optional<double> fieldNumber(const QLineEdit *field, bool *ok);

/// A field of published quality scores, one a line: "benchmark | percent solved | source URL |
/// YYYY-MM-DD" (models/quality_score.h), named "qualityScores".
QPlainTextEdit *addQualityScoresField(QFormLayout *form, QWidget *parent,
                                      const QList<QualityScore> &scores);

/// Reads the field into `scores`; returns a message naming the line that is not four parts or
/// whose percent is not a number, empty on success. Ranges and dates are checked by the catalog
/// reader the editors run afterwards.
QString readQualityScoresField(const QPlainTextEdit *field, QList<QualityScore> *scores);

} // namespace pertoken::ui
