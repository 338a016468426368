#pragma once

#include "hardware/accelerator.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pertoken::ui {

/// A form for one custom accelerator or device: every field of Accelerator with its unit, the
/// usable memory in percent. OK checks the entry with the hardware catalog's own reader and
/// refuses an id already taken, showing why.
class AcceleratorEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceleratorEditor)

public:
    AcceleratorEditor(const Accelerator &accelerator, QStringList takenIds,
                      QWidget *parent = nullptr);

    /// The entry as accepted; meaningful after accepted().
    const Accelerator &accelerator() const { return m_accelerator; }

    void accept() override;

private:
    QString read(Accelerator *accelerator) const;

    QStringList m_takenIds;
    Accelerator m_accelerator;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_vendor;
    QComboBox *m_deviceClass;
    QLineEdit *m_memory;
    QLineEdit *m_usableMemory;
    QLineEdit *m_bandwidth;
    QLineEdit *m_bf16;
    QLineEdit *m_fp8;
    QLineEdit *m_power;
    QLineEdit *m_purchase;
    QLineEdit *m_rental;
    QLineEdit *m_asOf;
    QLineEdit *m_source;
    QLabel *m_error;
};

} // namespace pertoken::ui
