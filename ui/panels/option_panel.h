#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace pertoken {
struct DeploymentOption;
}

namespace pertoken::ui {

class ParameterForm;
class ScenarioDocument;

/// The selected option's inputs: catalog choices (API price; accelerator or device, model and
/// quantization; rent or buy; amortized or marginal device cost) as combo boxes, and its numeric
/// parameters as sliders. Choices and values become undo commands.
class OptionPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionPanel)

public:
    explicit OptionPanel(ScenarioDocument *document, QWidget *parent = nullptr);
    ~OptionPanel() override;

    QString optionId() const { return m_optionId; }
    void setOptionId(const QString &optionId);

    ParameterForm *form() const { return m_form; }

private:
    enum class Choice { ApiPrice, Hardware, Model, Quantization, Engine, Acquisition, Attribution };

    void refresh();
    void fillHardware(bool onDevice);
    void choose(Choice choice, int index);
    QComboBox *combo(Choice choice) const;

    ScenarioDocument *m_document;
    QString m_optionId;
    QLabel *m_title;
    QLabel *m_source;
    QComboBox *m_apiPrice;
    QComboBox *m_hardware;
    QLabel *m_hardwareLabel = nullptr;
    QComboBox *m_model;
    QComboBox *m_quantization;
    QComboBox *m_engine;
    QComboBox *m_acquisition;
    QComboBox *m_attribution;
    ParameterForm *m_form;
    int m_hardwareFilledFor = -1;
};

} // namespace pertoken::ui
