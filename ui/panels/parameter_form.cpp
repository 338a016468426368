#include "panels/parameter_form.h"

#include "commands/set_parameter_command.h"
#include "scenario_document.h"
#include "widgets/parameter_editor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>

#include <algorithm>

namespace pertoken::ui {

namespace {

QLabel *makeLabel(const QString &text)
{
    return new QLabel(text);
}

} // namespace

ParameterForm::ParameterForm(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // A narrow dock puts a field under its label rather than cutting either off.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

ParameterForm::~ParameterForm() = default;

QLabel *ParameterForm::addHeaderRow(const QString &label, QWidget *field)
{
    QLabel *text = makeLabel(label);
    text->setBuddy(field);
    m_layout->insertRow(m_headerRows++, text, field);
    return text;
}

void ParameterForm::setHeaderRowVisible(QWidget *field, bool visible)
{
    m_layout->setRowVisible(field, visible);
}

void ParameterForm::setParameters(const QString &optionId, const QList<ParameterSpec> &specs)
{
    m_optionId = optionId;
    bool sameKeys = specs.size() == m_editors.size();
    for (int i = 0; sameKeys && i < specs.size(); ++i)
        sameKeys = m_editors.at(i)->spec().key == specs.at(i).key;
    if (sameKeys) {
        m_rebuildPending = false;
    } else if (m_dragSerial != 0) {
        // A drag that takes a parameter out of its option's list (a batch discount dragged to
        // zero) keeps its slider until the mouse is released.
        m_pendingSpecs = specs;
        m_rebuildPending = true;
    } else {
        rebuild(specs);
    }
    refresh();
}

void ParameterForm::rebuild(const QList<ParameterSpec> &specs)
{
    m_rebuildPending = false;
    // The editors may be on the call stack (their edit changed the list): delete them later.
    while (m_layout->rowCount() > m_headerRows) {
        const QFormLayout::TakeRowResult row = m_layout->takeRow(m_headerRows);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->deleteLater();
            }
            delete item;
        }
    }
    m_editors.clear();
    if (m_dragSerial != 0)
        m_document->setLiveEdit(false); // the dragged editor is gone: its release never comes
    m_dragSerial = 0;

    int spinBoxWidth = 0;
    for (const ParameterSpec &spec : specs) {
        auto *editor = new ParameterEditor(spec, this);
        QLabel *label = makeLabel(editor->label());
        label->setBuddy(editor->spinBox());
        label->setToolTip(editor->spinBox()->toolTip());
        m_layout->addRow(label, editor);
        m_editors.append(editor);
        spinBoxWidth = std::max(spinBoxWidth, editor->preferredSpinBoxWidth());

        const QString key = spec.key;
        connect(editor, &ParameterEditor::editStarted, this, [this] {
            m_dragSerial = SetParameterCommand::nextDragSerial();
            m_document->setLiveEdit(true);
        });
        connect(editor, &ParameterEditor::valueEdited, this, [this, key](double value) {
            m_document->push(
                new SetParameterCommand(m_document, m_optionId, key, value, m_dragSerial));
        });
        connect(editor, &ParameterEditor::editFinished, this, [this] {
            m_dragSerial = 0;
            m_document->setLiveEdit(false);
            if (m_rebuildPending)
                QTimer::singleShot(0, this, [this] {
                    if (m_rebuildPending)
                        setParameters(m_optionId, m_pendingSpecs);
                });
        });
    }
    // One spin-box width per form keeps the sliders' right ends in line.
    for (ParameterEditor *editor : std::as_const(m_editors))
        editor->spinBox()->setFixedWidth(spinBoxWidth);
}

void ParameterForm::refresh()
{
    const Scenario &scenario = m_document->scenario();
    for (ParameterEditor *editor : std::as_const(m_editors)) {
        if (const std::optional<double> value =
                parameterValue(scenario, m_optionId, editor->spec().key))
            editor->setValue(*value);
    }
}

ParameterEditor *ParameterForm::editor(const QString &key) const
{
    const auto it = std::find_if(m_editors.cbegin(), m_editors.cend(),
                                 [&key](ParameterEditor *e) { return e->spec().key == key; });
    return it == m_editors.cend() ? nullptr : *it;
}

} // namespace pertoken::ui
