#pragma once

#include "scenario/parameters.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pertoken::ui {

class ParameterEditor;
class ScenarioDocument;

/// A form of parameter editors, one row per ParameterSpec, bound to the workload (empty option
/// id) or to one option. Edits become SetParameterCommands; one slider drag is one undo step.
/// refresh() shows the document's values without echoing them back as edits.
class ParameterForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterForm)

public:
    explicit ParameterForm(ScenarioDocument *document, QWidget *parent = nullptr);
    ~ParameterForm() override;

    /// Binds the form to `optionId` and shows `specs`; editors are rebuilt only when the list of
    /// keys changes, so an edit in progress survives value updates.
    void setParameters(const QString &optionId, const QList<ParameterSpec> &specs);
    void refresh();

    QString optionId() const { return m_optionId; }
    ParameterEditor *editor(const QString &key) const;
    QList<ParameterEditor *> editors() const { return m_editors; }

    /// Adds a labelled row above the parameters (combo boxes of the option panel).
    QLabel *addHeaderRow(const QString &label, QWidget *field);
    void setHeaderRowVisible(QWidget *field, bool visible);

private:
    void rebuild(const QList<ParameterSpec> &specs);

    ScenarioDocument *m_document;
    QFormLayout *m_layout;
    QString m_optionId;
    QList<ParameterEditor *> m_editors;
    int m_headerRows = 0;
    int m_dragSerial = 0;
    QList<ParameterSpec> m_pendingSpecs;
    bool m_rebuildPending = false;
};

} // namespace pertoken::ui
