#pragma once

#include "hardware/model_architecture.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pertoken::ui {

/// A form for one custom model: the numbers the cost model needs (parameters total and active,
/// layers, attention and KV heads, head dimension, experts, context), with where they come from.
/// An import that could not read everything opens it with what was read filled in and the
/// problem, naming the missing key, above the fields. The source file and its SHA-256 are
/// shown, not edited. OK checks the entry with the model catalog's own reader and refuses an id
/// already taken.
class ModelEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelEditor)

public:
    ModelEditor(const ModelArchitecture &model, QStringList takenIds, const QString &problem = {},
                QWidget *parent = nullptr);

    /// The entry as accepted; meaningful after accepted().
    const ModelArchitecture &model() const { return m_model; }

    void accept() override;

private:
    QString read(ModelArchitecture *model) const;

    QStringList m_takenIds;
    ModelArchitecture m_model;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_totalParams;
    QLineEdit *m_activeParams;
    QLineEdit *m_layers;
    QLineEdit *m_attentionHeads;
    QLineEdit *m_kvHeads;
    QLineEdit *m_headDim;
    QLineEdit *m_experts;
    QLineEdit *m_activeExperts;
    QLineEdit *m_context;
    QLineEdit *m_asOf;
    QLineEdit *m_source;
    QPlainTextEdit *m_qualityScores;
    QLabel *m_error;
};

} // namespace pertoken::ui
