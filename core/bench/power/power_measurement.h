#pragma once

#include "bench/power/power_source.h"
#include "common/input_error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pertoken {

/// What one source measured over a run. From an energy counter: the sum of wrap-aware deltas
/// between consecutive readings; from power samples: the trapezoid integral of the samples over
/// time. `reason` says why a source was not measured (it is then never counted as 0 J), or what
/// went wrong along the way when it was.
struct PowerSourceMeasurement {
    QString id;
    QString name;
    PowerSourceKind kind = PowerSourceKind::Rapl;
    PowerScope scope = PowerScope::CpuPackage;
    bool fromEnergyCounter = false;
    bool measured = false;
    double energyJoules = 0;
    double averageWatts = 0;
    int readings = 0;
    QString reason;
};

/// The power a benchmark run drew, as this machine reports it. `totalJoules` is the machine's
/// energy over the run: a whole-laptop source (battery discharge) or the platform (RAPL psys)
/// where one was measured, since they contain the others; otherwise the sum of the disjoint
/// CPU package, DRAM and GPU board sources. -1 when nothing was measured: `notMeasuredReason`
/// then says why, and no figure derived from power is shown as 0.
struct PowerMeasurement {
    QString request =
        QStringLiteral("none"); ///< what was asked: auto, none, rapl, hwmon, battery, nvml
    double durationSeconds = 0;
    QList<PowerSourceMeasurement> sources;
    double totalJoules = -1;
    QString totalBasis; ///< which sources make up the total, with their scope
    QString notMeasuredReason = QStringLiteral("power measurement was not asked for");
    /// The electricity price the energy is costed at (a scenario option's), -1 when none was
    /// given; `pue` its facility overhead and `priceBasis` whose price it is.
    double usdPerKWh = -1;
    double pue = 1;
    QString priceBasis;

    bool measured() const { return totalJoules >= 0; }
    double averageWatts() const
    {
        return measured() && durationSeconds > 0 ? totalJoules / durationSeconds : -1;
    }
};

/// Sets totalJoules and totalBasis from the measured sources, or notMeasuredReason from the
/// reasons of those that were not (`absent`: why kinds of source were not found at all).
void totalPowerMeasurement(PowerMeasurement &measurement, const QStringList &absent = {});

/// Energy per output token and what it costs. joulesPerOutputToken = totalJoules / outputTokens;
/// tokensPerKWh = 3.6e6 J/kWh / joulesPerOutputToken; measured electricity cost per million
/// tokens = joulesPerOutputToken × 1e6 / 3.6e6 J/kWh × PUE × USD/kWh (the facility overhead
/// counts in what is paid, not in the machine's own tokens per kWh). Every figure is -1 when not
/// measured (`reason` says why); the cost is -1 also when no price was given (usdPerKWh < 0).
struct EnergyPerToken {
    bool measured = false;
    double averageWatts = -1;
    double joulesPerOutputToken = -1;
    double tokensPerKWh = -1;
    double usdPerMillionTokens = -1;
    double usdPerKWh = -1;
    double pue = 1;
    QString reason;
};

EnergyPerToken energyPerToken(const PowerMeasurement &measurement, double outputTokens,
                              double usdPerKWh = -1, double pue = 1);

QJsonObject powerMeasurementToJson(const PowerMeasurement &measurement);
Result<PowerMeasurement> powerMeasurementFromJson(const QJsonObject &object, const QString &source,
                                                  const QString &path);

} // namespace pertoken
