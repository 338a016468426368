#include "panels/options_panel.h"

#include "commands/option_commands.h"
#include "cost/option_builder.h"
#include "scenario_document.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString kindLabel(OptionKind kind)
{
    switch (kind) {
    case OptionKind::CloudApi:
        return OptionsPanel::tr("Cloud API");
    case OptionKind::SelfHosted:
        return OptionsPanel::tr("Self-hosted");
    case OptionKind::OnDevice:
        return OptionsPanel::tr("On-device");
    }
    return {};
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

OptionsPanel::OptionsPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_addCloudApi(new QAction(tr("Cloud &API"), this))
    , m_addSelfHosted(new QAction(tr("&Self-hosted GPU"), this))
    , m_addOnDevice(new QAction(tr("&On-device"), this))
    , m_duplicate(new QAction(tr("&Duplicate Option"), this))
    , m_remove(new QAction(tr("&Remove Option"), this))
{
    setObjectName(u"optionsPanel"_s);
    m_list->setObjectName(u"optionsList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Option"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Deployment options"));
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_addCloudApi->setStatusTip(tr("Add a cloud API option priced from the catalog"));
    m_addSelfHosted->setStatusTip(tr("Add a model served on rented or bought GPUs"));
    m_addOnDevice->setStatusTip(tr("Add a model running on a laptop or desktop"));
    m_duplicate->setStatusTip(tr("Copy the selected option"));
    m_remove->setStatusTip(tr("Remove the selected option"));
    m_addCloudApi->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addSelfHosted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_addOnDevice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicate->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addAction(m_remove);

    auto *addMenu = new QMenu(this);
    addMenu->addAction(m_addCloudApi);
    addMenu->addAction(m_addSelfHosted);
    addMenu->addAction(m_addOnDevice);
    auto *addButton = new QToolButton(this);
    addButton->setText(tr("Add"));
    addButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setMenu(addMenu);
    addButton->setAccessibleName(tr("Add option"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(toolButton(m_duplicate, this));
    buttons->addWidget(toolButton(m_remove, this));
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_addCloudApi, &QAction::triggered, this, [this] { addOption(OptionKind::CloudApi); });
    connect(m_addSelfHosted, &QAction::triggered, this,
            [this] { addOption(OptionKind::SelfHosted); });
    connect(m_addOnDevice, &QAction::triggered, this, [this] { addOption(OptionKind::OnDevice); });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        pushAndSelect(OptionEdits::duplicate(m_document, m_currentId),
                      m_document->optionIndex(m_currentId) + 1);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const int index = m_document->optionIndex(m_currentId);
        pushAndSelect(OptionEdits::remove(m_document, m_currentId), index);
    });
    connect(m_list, &QTreeWidget::itemChanged, this, &OptionsPanel::onItemChanged);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (id == m_currentId)
            return;
        m_currentId = id;
        updateActions();
        Q_EMIT currentOptionChanged(id);
    });
    connect(document, &ScenarioDocument::changed, this, &OptionsPanel::refresh);
    refresh();
}

OptionsPanel::~OptionsPanel() = default;

QString OptionsPanel::currentOptionId() const
{
    return m_currentId;
}

void OptionsPanel::setCurrentOptionId(const QString &optionId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == optionId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void OptionsPanel::refresh()
{
    const QList<DeploymentOption> &options = m_document->scenario().options;
    {
        const QSignalBlocker blocker(m_list);
        while (m_list->topLevelItemCount() > options.size())
            delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
        for (int i = 0; i < options.size(); ++i) {
            const DeploymentOption &option = options.at(i);
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (!item) {
                item = new QTreeWidgetItem(m_list);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            }
            item->setData(0, Qt::UserRole, option.id);
            item->setText(0, option.name);
            item->setCheckState(0, option.enabled ? Qt::Checked : Qt::Unchecked);
            item->setText(1, kindLabel(option.kind()));
            item->setToolTip(0, tr("%1 (%2): double-click to rename, untick to leave it out of "
                                   "the comparison")
                                    .arg(option.name, kindLabel(option.kind())));
        }
    }
    // Keep the selection on the same option; fall back to the first one.
    QString selected = m_currentId;
    if (m_document->optionIndex(selected) < 0)
        selected = options.isEmpty() ? QString() : options.first().id;
    const bool selectionChanged = selected != m_currentId;
    {
        const QSignalBlocker blocker(m_list);
        setCurrentOptionId(selected);
    }
    m_currentId = selected;
    updateActions();
    if (selectionChanged)
        Q_EMIT currentOptionChanged(m_currentId);
}

void OptionsPanel::addOption(OptionKind kind)
{
    if (const std::optional<DeploymentOption> option = newOption(kind))
        pushAndSelect(OptionEdits::add(m_document, *option),
                      int(m_document->scenario().options.size()));
}

void OptionsPanel::pushAndSelect(QUndoCommand *command, int selectIndex)
{
    if (!command)
        return;
    m_document->push(command);
    const QList<DeploymentOption> &options = m_document->scenario().options;
    if (!options.isEmpty())
        setCurrentOptionId(options.at(qBound(0, selectIndex, int(options.size()) - 1)).id);
}

void OptionsPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const DeploymentOption *option = m_document->scenario().option(id);
    if (!option)
        return;
    QUndoCommand *command = nullptr;
    const bool enabled = item->checkState(0) == Qt::Checked;
    if (enabled != option->enabled)
        command = OptionEdits::setEnabled(m_document, id, enabled);
    else if (item->text(0) != option->name)
        command = OptionEdits::rename(m_document, id, item->text(0));
    if (command)
        m_document->push(command);
    else
        refresh(); // an empty name: show the old one again
}

void OptionsPanel::applyApiPrice(const ApiPrice &price)
{
    const DeploymentOption *current = m_document->scenario().option(m_currentId);
    if (current && accepts(*current, price)) {
        DeploymentOption edited = *current;
        applyPrice(edited, price);
        m_document->push(OptionEdits::replace(
            m_document, edited,
            tr("Price %1 as %2 %3").arg(current->name, price.provider, price.model)));
        return;
    }
    pushAndSelect(OptionEdits::add(m_document, cloudApiOption(price)),
                  int(m_document->scenario().options.size()));
}

void OptionsPanel::applyAccelerator(const Accelerator &accelerator)
{
    const DeploymentOption *current = m_document->scenario().option(m_currentId);
    if (current && accepts(*current, accelerator)) {
        DeploymentOption edited = *current;
        applyHardware(edited, accelerator);
        m_document->push(OptionEdits::replace(
            m_document, edited, tr("Run %1 on %2").arg(current->name, accelerator.name)));
        return;
    }
    pushAndSelect(OptionEdits::add(m_document, hardwareOption(accelerator)),
                  int(m_document->scenario().options.size()));
}

void OptionsPanel::applyModel(const ModelArchitecture &model)
{
    if (const DeploymentOption *current = m_document->scenario().option(m_currentId)) {
        DeploymentOption edited = *current;
        if (pertoken::applyModel(edited, model)) {
            m_document->push(
                OptionEdits::replace(m_document, edited,
                                     //: Undo text: %1 option name, %2 model name.
                                     tr("Run %2 in %1").arg(current->name, model.name)));
            return;
        }
    }
    std::optional<DeploymentOption> option = newOption(OptionKind::SelfHosted);
    if (!option)
        return;
    pertoken::applyModel(*option, model);
    pushAndSelect(OptionEdits::add(m_document, *option),
                  int(m_document->scenario().options.size()));
}

void OptionsPanel::updateActions()
{
    const bool hasSelection = !m_currentId.isEmpty();
    m_duplicate->setEnabled(hasSelection);
    m_remove->setEnabled(hasSelection);
}

} // namespace pertoken::ui
