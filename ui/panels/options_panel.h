#pragma once

#include "hardware/accelerator.h"
#include "pricing/api_price.h"
#include "scenario/scenario.h"

#include <QWidget>

class QAction;
class QUndoCommand;
class QTreeWidget;
class QTreeWidgetItem;

namespace pertoken::ui {

class ScenarioDocument;

/// The scenario's deployment options: a checkbox enables each, a double click renames it, and
/// the actions add (cloud API, self-hosted GPU, on-device, from catalog defaults), duplicate and
/// remove. Every change is an undo command. The selection decides what the option panel shows.
class OptionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPanel)

public:
    explicit OptionsPanel(ScenarioDocument *document, QWidget *parent = nullptr);
    ~OptionsPanel() override;

    QString currentOptionId() const;
    void setCurrentOptionId(const QString &optionId);

    QAction *addCloudApiAction() const { return m_addCloudApi; }
    QAction *addSelfHostedAction() const { return m_addSelfHosted; }
    QAction *addOnDeviceAction() const { return m_addOnDevice; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }

    /// A catalog entry chosen in the catalog browser: applied to the selected option where it
    /// fits (a price to a cloud option, a GPU to a self-hosted one, a device to an on-device
    /// one), otherwise added as a new option.
    void applyApiPrice(const pertoken::ApiPrice &price);
    void applyAccelerator(const pertoken::Accelerator &accelerator);
    /// A model: the selected self-hosted or on-device option runs it, or else a new self-hosted
    /// option (the default GPU) does. One undo step either way.
    void applyModel(const pertoken::ModelArchitecture &model);

    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentOptionChanged(const QString &optionId);

private:
    void refresh();
    void addOption(OptionKind kind);
    void pushAndSelect(QUndoCommand *command, int selectIndex);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateActions();

    ScenarioDocument *m_document;
    QTreeWidget *m_list;
    QAction *m_addCloudApi;
    QAction *m_addSelfHosted;
    QAction *m_addOnDevice;
    QAction *m_duplicate;
    QAction *m_remove;
    QString m_currentId;
};

} // namespace pertoken::ui
