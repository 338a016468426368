#include "catalog/accelerator_editor.h"

#include "catalog/accelerator_table_model.h"
#include "catalog/editor_fields.h"
#include "hardware/hardware_catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pertoken::ui {

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

AcceleratorEditor::AcceleratorEditor(const Accelerator &accelerator, QStringList takenIds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_takenIds(std::move(takenIds))
    , m_accelerator(accelerator)
{
    setObjectName(u"acceleratorEditor"_s);
    setWindowTitle(tr("Custom accelerator or device"));
    const Accelerator &a = accelerator;
    auto *form = new QFormLayout;
    m_id = addFormField(form, this, u"id"_s, tr("Id"), a.id, tr("lowercase-with-dashes"));
    m_name = addFormField(form, this, u"name"_s, tr("Name"), a.name);
    m_vendor = addFormField(form, this, u"vendor"_s, tr("Vendor"), a.vendor);
    m_deviceClass = new QComboBox(this);
    m_deviceClass->setObjectName(u"deviceClass"_s);
    for (const DeviceClass deviceClass :
         {DeviceClass::DatacenterGpu, DeviceClass::WorkstationGpu, DeviceClass::ConsumerGpu,
          DeviceClass::Laptop, DeviceClass::Desktop}) {
        m_deviceClass->addItem(AcceleratorTableModel::deviceClassLabel(deviceClass),
                               deviceClassId(deviceClass));
    }
    m_deviceClass->setCurrentIndex(m_deviceClass->findData(deviceClassId(a.deviceClass)));
    form->addRow(tr("Class"), m_deviceClass);
    m_memory = addFormField(form, this, u"memoryGB"_s, tr("Memory (GB)"),
                            a.memoryGB > 0 ? number(a.memoryGB) : QString());
    m_usableMemory = addFormField(form, this, u"usableMemoryPercent"_s, tr("Usable memory (%)"),
                                  number(a.usableMemoryFraction * 100));
    m_bandwidth = addFormField(form, this, u"bandwidthGBps"_s, tr("Bandwidth (GB/s)"),
                               a.bandwidthGBps > 0 ? number(a.bandwidthGBps) : QString());
    m_bf16 = addFormField(form, this, u"bf16Tflops"_s, tr("BF16/FP16 dense (TFLOPS)"),
                          a.bf16Tflops > 0 ? number(a.bf16Tflops) : QString());
    m_fp8 = addFormField(form, this, u"fp8Tflops"_s, tr("FP8/INT8 dense (TFLOPS)"),
                         number(a.fp8Tflops), tr("0: not supported"));
    m_power = addFormField(form, this, u"powerWatts"_s, tr("Power (W)"), number(a.powerWatts));
    m_purchase = addFormField(form, this, u"purchaseUsd"_s, tr("Purchase price ($)"),
                              number(a.purchaseUsd), tr("0: unknown"));
    m_rental = addFormField(form, this, u"rentalUsdPerHour"_s, tr("Rental ($/hour)"),
                            number(a.rentalUsdPerHour), tr("0: not rented"));
    m_asOf = addFormField(form, this, u"asOf"_s, tr("As of"), a.asOf, tr("YYYY-MM-DD"));
    m_source = addFormField(form, this, u"source"_s, tr("Source"), a.source,
                            tr("data sheet, price list or measurement"));

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcceleratorEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcceleratorEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AcceleratorEditor::read(Accelerator *accelerator) const
{
    QString error;
    const auto numberIn = [&error](const QLineEdit *field, const QString &label) {
        bool parsed = true;
        const std::optional<double> value = fieldNumber(field, &parsed);
        if (error.isEmpty()) {
            if (!parsed)
                error = tr("%1: \"%2\" is not a number").arg(label, field->text());
            else if (!value)
                error = tr("%1: is required").arg(label);
        }
        return value.value_or(0);
    };
    accelerator->id = m_id->text().trimmed();
    accelerator->name = m_name->text().trimmed();
    accelerator->vendor = m_vendor->text().trimmed();
    deviceClassFromId(m_deviceClass->currentData().toString(), &accelerator->deviceClass);
    accelerator->memoryGB = numberIn(m_memory, tr("Memory"));
    accelerator->usableMemoryFraction = numberIn(m_usableMemory, tr("Usable memory")) / 100.0;
    accelerator->bandwidthGBps = numberIn(m_bandwidth, tr("Bandwidth"));
    accelerator->bf16Tflops = numberIn(m_bf16, tr("BF16/FP16"));
    accelerator->fp8Tflops = numberIn(m_fp8, tr("FP8/INT8"));
    accelerator->powerWatts = numberIn(m_power, tr("Power"));
    accelerator->purchaseUsd = numberIn(m_purchase, tr("Purchase price"));
    accelerator->rentalUsdPerHour = numberIn(m_rental, tr("Rental"));
    accelerator->asOf = m_asOf->text().trimmed();
    accelerator->source = m_source->text().trimmed();
    if (!error.isEmpty())
        return error;
    if (m_takenIds.contains(accelerator->id))
        return tr("The id \"%1\" is already used by another custom entry").arg(accelerator->id);
    // The catalog file's own reader decides what a valid entry is.
    const Result<Accelerator> checked =
        acceleratorFromJson(acceleratorToJson(*accelerator), {}, {});
    if (!checked)
        return checked.error().toString();
    return {};
}

void AcceleratorEditor::accept()
{
    Accelerator accelerator = m_accelerator;
    const QString error = read(&accelerator);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_accelerator = accelerator;
    QDialog::accept();
}

} // namespace pertoken::ui
