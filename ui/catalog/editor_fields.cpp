#include "catalog/editor_fields.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

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

QPlainTextEdit *addQualityScoresField(QFormLayout *form, QWidget *parent,
                                      const QList<QualityScore> &scores)
{
    QStringList lines;
    for (const QualityScore &score : scores) {
        lines.append(QStringList{score.benchmark, QLocale().toString(100 * score.scoreFraction),
                                 score.source, score.asOf}
                         .join(u" | "));
    }
    auto *field = new QPlainTextEdit(lines.join(u'\n'), parent);
    field->setObjectName(QStringLiteral("qualityScores"));
    field->setPlaceholderText(QCoreApplication::translate(
        "pertoken::ui::QualityScores", "HumanEval | 72.6 | https://… model card | 2026-12-05"));
    field->setToolTip(QCoreApplication::translate(
        "pertoken::ui::QualityScores",
        "Published benchmark scores, one a line: benchmark | percent of tasks solved in one "
        "attempt | source URL | date read (YYYY-MM-DD)"));
    field->setTabChangesFocus(true);
    field->setMaximumHeight(field->fontMetrics().lineSpacing() * 5);
    form->addRow(QCoreApplication::translate("pertoken::ui::QualityScores", "Quality scores"),
                 field);
    return field;
}

QString readQualityScoresField(const QPlainTextEdit *field, QList<QualityScore> *scores)
{
    scores->clear();
    const QStringList lines = field->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList parts = lines[i].split(u'|');
        bool parsed = false;
        double percent = parts.size() == 4 ? QLocale().toDouble(parts[1].trimmed(), &parsed) : 0;
        if (parts.size() == 4 && !parsed)
            percent = QLocale::c().toDouble(parts[1].trimmed(), &parsed);
        if (!parsed) {
            //: %1 the line number in the quality scores field.
            return QCoreApplication::translate(
                       "pertoken::ui::QualityScores",
                       "Quality scores, line %1: expected \"benchmark | percent solved | source "
                       "| YYYY-MM-DD\"")
                .arg(i + 1);
        }
        scores->append({parts[0].trimmed(), percent / 100, parts[2].trimmed(), parts[3].trimmed()});
    }
    return {};
}

} // namespace pertoken::ui
