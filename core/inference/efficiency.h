#pragma once

#include "common/input_error.h"
#include "hardware/accelerator.h"
#include "hardware/quantization.h"
#include "inference/engine_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pertoken {

/// What share of its peaks a device reaches, and what every forward pass costs beyond bytes and
/// FLOPs, for one class of set-up: the device's maker, the engine profile and the weight format.
/// These are the roofline's defaults wherever an option does not set its own MBU and MFU.
///
/// They are fitted, a few numbers per class, to the published measurements of the validation
/// suite (resources/validation/cases.json) by `pertoken validate --fit`, which writes
/// resources/validation/efficiency.json; the method is in docs/validation.md. The error band of a
/// class is the 90th percentile of |predicted / measured − 1| over its published cases, so a
/// figure estimated for that class reads "±18% (90% of 23 published cases)".
struct Efficiency {
    double mbu = 0.7;          ///< decode: share of peak memory bandwidth
    double mfu = 0.5;          ///< prefill and compute-bound decode: share of peak FLOPs
    double stepOverheadMs = 0; ///< fixed time per decode step and per prefill
    /// Mixture-of-experts prefill: tokens per routed expert at which an expert's product runs at
    /// half the dense MFU (a 512-token prompt gives each of gpt-oss-120b's 128 experts 16
    /// tokens); 0 where a class has no MoE prefill cases (inference/roofline.h).
    double moePrefillHalfTokens = 0;
    double errorBandPercent = 0; ///< 90th percentile of |error| over the class's cases; 0 = none
    int errorBandCases = 0;      ///< published cases behind the band
    QString classLabel;          ///< "nvidia, continuous-batching, 8-bit"
    bool fitted = false;         ///< false: no published case of this class, generic defaults
};

/// "16-bit" (12 bits per weight and up), "8-bit" (6 and up) or "4-bit".
QString weightsClass(const Quantization &quantization);
/// "apple", "nvidia", "amd", or "other", from the accelerator's vendor.
QString vendorClass(const Accelerator &accelerator);

/// One fitted class in the table: a maker and an engine profile, with one overhead, pooled MBU and
/// MFU over all its cases ("all"), its own MBU and MFU for each weight format with enough cases,
/// and one error band.
struct EfficiencyClass {
    QString vendor;
    EngineProfile engine = EngineProfile::ContinuousBatching;
    double stepOverheadMs = 0;
    double moePrefillHalfTokens = 0;
    struct Weights {
        QString weights; ///< weightsClass(), or "all" for the class's pooled figures
        double mbu = 0.7;
        double mfu = 0.5;
        int trainingCases = 0;
    };
    QList<Weights> weights;
    int trainingCases = 0;
    double errorBandPercent = 0;
    int errorBandCases = 0;
};

struct EfficiencyTable {
    QString fitted; ///< YYYY-MM-DD the table was fitted
    QString method; ///< one line: what was fitted to what
    QList<EfficiencyClass> classes;

    /// The class's figures for `weights`: the format's own where fitted, else the class's pooled
    /// ones; a class without cases gets the generic defaults (Efficiency{}), unfitted.
    Efficiency lookup(const QString &vendor, EngineProfile engine, const QString &weights) const;
};

/// {"format": "pertoken.efficiency", "schemaVersion": 1, "fitted", "method", "classes": [...]}.
Result<EfficiencyTable> parseEfficiencyTable(const QByteArray &json, const QString &source);
QByteArray efficiencyTableJson(const EfficiencyTable &table);

/// The built-in table, resources/validation/efficiency.json; empty (and logged) if unreadable.
const EfficiencyTable &builtinEfficiencyTable();

/// The built-in table's figures for a device, engine profile and weight format.
Efficiency fittedEfficiency(const Accelerator &accelerator, EngineProfile engine,
                            const Quantization &quantization);

/// "±18% (90% of 23 published cases)", or "no published case of this class" when unfitted.
QString errorBandText(const Efficiency &efficiency);

} // namespace pertoken
