// Measured power: the sysfs sources read from fake trees laid out as the kernel lays them out
// (Documentation/power/powercap/powercap.rst, Documentation/gpu/amdgpu/thermal.rst,
// Documentation/ABI/testing/sysfs-class-power), counter wrap-around, the "not measured" cases
// and the arithmetic from joules to cost per million tokens.

#include "bench/power/nvml_power_source.h"
#include "bench/power/power_sampler.h"
#include "bench/power/sysfs_power_sources.h"
#include "bench/results/apply_bench_result.h"
#include "bench/results/bench_energy.h"
#include "scenario/scenario.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

// Writes `text` to root/relative, making its folders; replaced atomically, as the kernel's
// attribute changes between two reads.
void put(const QString &root, const QString &relative, const QByteArray &text)
{
    const QString path = root + u'/' + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text + '\n');
    QVERIFY(file.commit());
}

// A sampler that reads only at start() and stop(): the hour-long interval never passes.
constexpr int kNoIntervalMs = 3600 * 1000;

const PowerSourceOptions fakeMachine(const QString &root)
{
    return PowerSourceOptions{.sysfsRoot = root, .nvmlLibrary = u"pertoken-test-no-such-nvml"_s};
}

const PowerSourceMeasurement *sourceById(const PowerMeasurement &m, const QString &id)
{
    for (const PowerSourceMeasurement &s : m.sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

// Package-0 with its dram subzone, a core subzone (inside the package, so not counted) and the
// kernel's top-level link of the dram subzone (not counted twice).
void raplTree(const QString &root, const QByteArray &packageUj, const QByteArray &dramUj)
{
    const QString zone = u"class/powercap/intel-rapl:0"_s;
    put(root, zone + u"/name"_s, "package-0");
    put(root, zone + u"/energy_uj"_s, packageUj);
    put(root, zone + u"/max_energy_range_uj"_s, "262143328850");
    put(root, zone + u"/intel-rapl:0:0/name"_s, "dram");
    put(root, zone + u"/intel-rapl:0:0/energy_uj"_s, dramUj);
    put(root, zone + u"/intel-rapl:0:0/max_energy_range_uj"_s, "65712999613");
    put(root, zone + u"/intel-rapl:0:1/name"_s, "core");
    put(root, zone + u"/intel-rapl:0:1/energy_uj"_s, "5");
    QVERIFY(QFile::link(root + u'/' + zone + u"/intel-rapl:0:0"_s,
                        root + u"/class/powercap/intel-rapl:0:0"_s));
}

} // namespace

class TestPower : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void counterDelta_data();
    void counterDelta();
    void raplPackageAndDramAcrossWrap();
    void amdGpuHwmonPowerSamples();
    void batteryIsTheWholeLaptop();
    void batteryOnMainsIsNotMeasured();
    void batteryFromCurrentAndVoltage();
    void noSourceIsNotMeasured();
    void unreadableCounterIsNotMeasured_data();
    void unreadableCounterIsNotMeasured();
    void powerNoneIsNotMeasured();
    void missingNvmlLibraryIsNotAvailable();
    void energyPerTokenArithmetic();
    void notMeasuredGivesNoFigures();
    void measurementRoundTripsThroughJson();
    void useInScenarioCarriesMeasuredPower();
    void summarySaysWhoseTheMeasuredPowerIs();
};

void TestPower::counterDelta_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("range");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("known");
    QTest::newRow("no wrap: 2,000,000 - 500,000") << 5e5 << 2e6 << 262143328850.0 << 1.5e6 << true;
    // (262143328850 - 262143000000) + 1000000 = 328850 + 1000000 = 1,328,850 µJ
    QTest::newRow("wrap") << 262143000000.0 << 1e6 << 262143328850.0 << 1328850.0 << true;
    QTest::newRow("backwards, no range") << 5e5 << 1e5 << 0.0 << 0.0 << false;
}

void TestPower::counterDelta()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, range);
    QFETCH(double, expected);
    QFETCH(bool, known);
    const std::optional<double> delta = counterDeltaMicrojoules(start, end, range);
    QCOMPARE(delta.has_value(), known);
    if (known)
        QCOMPARE(*delta, expected);
}

void TestPower::raplPackageAndDramAcrossWrap()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    raplTree(root.path(), "262143000000", "1000");
    PowerSampler sampler(PowerRequest::Auto, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    // Between the two reads the package counter wraps; the dram one gains 2,000,000 µJ.
    put(root.path(), u"class/powercap/intel-rapl:0/energy_uj"_s, "1000000");
    put(root.path(), u"class/powercap/intel-rapl:0/intel-rapl:0:0/energy_uj"_s, "2001000");
    const PowerMeasurement m = sampler.stop();

    QCOMPARE(m.sources.size(), 2); // package-0 and dram; neither core nor the link
    const PowerSourceMeasurement *package = sourceById(m, u"rapl:intel-rapl:0"_s);
    const PowerSourceMeasurement *dram = sourceById(m, u"rapl:intel-rapl:0:0"_s);
    QVERIFY(package && dram);
    QCOMPARE(package->scope, PowerScope::CpuPackage);
    QCOMPARE(dram->scope, PowerScope::Dram);
    QVERIFY2(package->measured, qPrintable(package->reason));
    QVERIFY(package->fromEnergyCounter);
    // 1,328,850 µJ across the wrap (counterDelta's hand-worked row) = 1.32885 J
    QCOMPARE(package->energyJoules, 1.32885);
    // 2,001,000 - 1,000 = 2,000,000 µJ = 2 J
    QCOMPARE(dram->energyJoules, 2.0);
    // Package and its dram subzone are disjoint: 1.32885 + 2 = 3.32885 J
    QVERIFY(m.measured());
    QCOMPARE(m.totalJoules, 3.32885);
    QCOMPARE(m.totalBasis, u"package-0 (CPU package) + dram (DRAM)"_s);
}

void TestPower::amdGpuHwmonPowerSamples()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString gpu = u"class/drm/card1/device/hwmon/hwmon3"_s;
    put(root.path(), gpu + u"/name"_s, "amdgpu");
    put(root.path(), gpu + u"/power1_average"_s, "45000000"); // 45 W
    // A connector and another driver's monitor are not GPU power.
    put(root.path(), u"class/drm/card1-DP-1/status"_s, "connected");
    put(root.path(), u"class/drm/card0/device/hwmon/hwmon0/name"_s, "nvme");
    put(root.path(), u"class/drm/card0/device/hwmon/hwmon0/power1_average"_s, "1000000");
    PowerSampler sampler(PowerRequest::Hwmon, fakeMachine(root.path()), 5);
    sampler.start();
    QTest::qWait(60);
    const PowerMeasurement m = sampler.stop();
    QCOMPARE(m.sources.size(), 1);
    const PowerSourceMeasurement &s = m.sources.first();
    QCOMPARE(s.id, u"hwmon:card1"_s);
    QCOMPARE(s.scope, PowerScope::GpuBoard);
    QVERIFY(!s.fromEnergyCounter);
    QVERIFY2(s.measured, qPrintable(s.reason));
    QVERIFY(s.readings >= 2);
    // A constant 45,000,000 µW integrates to 45 W × the time between the first and last sample.
    QVERIFY(qAbs(s.averageWatts - 45.0) < 1e-9);
    QVERIFY(m.measured());
    QVERIFY(qAbs(m.averageWatts() - 45.0) < 45.0 * 0.05); // run time ≈ sampled time
}

void TestPower::batteryIsTheWholeLaptop()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    raplTree(root.path(), "1000", "1000");
    put(root.path(), u"class/power_supply/BAT0/status"_s, "Discharging");
    put(root.path(), u"class/power_supply/BAT0/power_now"_s, "12500000"); // 12.5 W
    put(root.path(), u"class/power_supply/BAT0/energy_now"_s, "41230000");
    put(root.path(), u"class/power_supply/AC/online"_s, "0");
    PowerSampler sampler(PowerRequest::Auto, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    put(root.path(), u"class/powercap/intel-rapl:0/energy_uj"_s, "3001000");
    QTest::qWait(20);
    const PowerMeasurement m = sampler.stop();
    const PowerSourceMeasurement *battery = sourceById(m, u"battery:BAT0"_s);
    QVERIFY(battery);
    QVERIFY2(battery->measured, qPrintable(battery->reason));
    QCOMPARE(battery->scope, PowerScope::WholeLaptop);
    QVERIFY(qAbs(battery->averageWatts - 12.5) < 1e-9); // two samples of 12.5 W
    // The battery feeds the package too: the total is the battery's alone, not battery + RAPL.
    QCOMPARE(m.totalJoules, battery->energyJoules);
    QCOMPARE(m.totalBasis, u"BAT0 (whole laptop)"_s);
}

void TestPower::batteryOnMainsIsNotMeasured()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    put(root.path(), u"class/power_supply/BAT0/status"_s, "Charging");
    put(root.path(), u"class/power_supply/BAT0/power_now"_s, "30000000");
    PowerSampler sampler(PowerRequest::Battery, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    const PowerMeasurement m = sampler.stop();
    QVERIFY(!m.measured());
    QCOMPARE(m.totalJoules, -1.0);
    QVERIFY2(m.notMeasuredReason.contains(u"not \"Discharging\""_s),
             qPrintable(m.notMeasuredReason));
}

void TestPower::batteryFromCurrentAndVoltage()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    put(root.path(), u"class/power_supply/BAT1/status"_s, "Discharging");
    put(root.path(), u"class/power_supply/BAT1/current_now"_s, "1000000");  // 1 A
    put(root.path(), u"class/power_supply/BAT1/voltage_now"_s, "12000000"); // 12 V
    QStringList absent;
    auto sources = findBatterySources(root.path(), &absent);
    QCOMPARE(sources.size(), size_t(1));
    const PowerReading reading = sources.front()->read();
    QVERIFY2(reading.ok, qPrintable(reading.error));
    // 1,000,000 µA × 12,000,000 µV / 1e6 = 12,000,000 µW = 12 W
    QCOMPARE(reading.powerMicrowatts, 12e6);
}

void TestPower::noSourceIsNotMeasured()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    PowerSampler sampler(PowerRequest::Auto, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    const PowerMeasurement m = sampler.stop();
    QVERIFY(m.sources.isEmpty());
    QVERIFY(!m.measured());
    QCOMPARE(m.totalJoules, -1.0);
    QCOMPARE(m.averageWatts(), -1.0);
    for (const QString &kind : {u"RAPL"_s, u"AMD GPU hwmon"_s, u"battery"_s, u"NVML"_s})
        QVERIFY2(m.notMeasuredReason.contains(kind), qPrintable(m.notMeasuredReason));
    const QJsonObject json = powerMeasurementToJson(m);
    QCOMPARE(json.value(u"measured"_s).toBool(), false);
    QVERIFY(!json.contains(u"energyJoules"_s)); // never 0 J
    QVERIFY(!json.value(u"notMeasuredReason"_s).toString().isEmpty());
}

void TestPower::unreadableCounterIsNotMeasured_data()
{
    QTest::addColumn<bool>("permission");
    QTest::addColumn<QString>("reason");
    QTest::newRow("energy_uj mode 000") << true << u"permission denied"_s;
    QTest::newRow("energy_uj not a file") << false << u"cannot be read"_s;
}

void TestPower::unreadableCounterIsNotMeasured()
{
    QFETCH(bool, permission);
    QFETCH(QString, reason);
    if (permission && geteuid() == 0)
        QSKIP("running as root, who reads a file of mode 000");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString zone = root.path() + u"/class/powercap/intel-rapl:0"_s;
    put(root.path(), u"class/powercap/intel-rapl:0/name"_s, "package-0");
    if (permission) {
        put(root.path(), u"class/powercap/intel-rapl:0/energy_uj"_s, "1000");
        QVERIFY(QFile::setPermissions(zone + u"/energy_uj"_s, QFileDevice::Permissions()));
    } else {
        QVERIFY(QDir().mkpath(zone + u"/energy_uj"_s));
    }
    PowerSampler sampler(PowerRequest::Rapl, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    const PowerMeasurement m = sampler.stop();
    QCOMPARE(m.sources.size(), 1);
    QVERIFY(!m.sources.first().measured);
    QVERIFY(!m.measured());
    QVERIFY2(m.notMeasuredReason.contains(reason), qPrintable(m.notMeasuredReason));
    QVERIFY(m.notMeasuredReason.contains(zone + u"/energy_uj"_s));
    if (permission)
        QVERIFY(m.notMeasuredReason.contains(u"root only"_s));
    QVERIFY(!energyPerToken(m, 1000).measured);
}

void TestPower::powerNoneIsNotMeasured()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    raplTree(root.path(), "1000", "1000");
    PowerSampler sampler(PowerRequest::None, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    const PowerMeasurement m = sampler.stop();
    QVERIFY(m.sources.isEmpty());
    QVERIFY(!m.measured());
    QCOMPARE(m.request, u"none"_s);
    QVERIFY(m.notMeasuredReason.contains(u"--power none"_s));
}

void TestPower::missingNvmlLibraryIsNotAvailable()
{
    QStringList absent;
    const auto sources = findNvmlSources(u"pertoken-test-no-such-nvml"_s, &absent);
    QVERIFY(sources.empty());
    QCOMPARE(absent.size(), 1);
    QVERIFY2(absent.first().startsWith(u"NVML: the library"_s), qPrintable(absent.first()));
    QVERIFY(absent.first().contains(u"is not available"_s));
}

void TestPower::energyPerTokenArithmetic()
{
    PowerMeasurement m;
    m.request = u"auto"_s;
    m.durationSeconds = 10;
    m.totalJoules = 1000;
    // 1000 J over 10 s = 100 W; 1000 J / 500 tokens = 2 J per token;
    // 3,600,000 J/kWh / 2 J = 1,800,000 tokens per kWh;
    // a million tokens: 2e6 J = 2e6 / 3.6e6 = 0.5556 kWh; × PUE 1.3 × 0.12 USD/kWh
    //   = 0.5556 × 0.156 = 0.086667 USD per million tokens.
    const EnergyPerToken e = energyPerToken(m, 500, 0.12, 1.3);
    QVERIFY(e.measured);
    QCOMPARE(e.averageWatts, 100.0);
    QCOMPARE(e.joulesPerOutputToken, 2.0);
    QCOMPARE(e.tokensPerKWh, 1.8e6);
    QVERIFY(qAbs(e.usdPerMillionTokens - 0.0866667) < 1e-6);
    // Without a price: no cost, the energy figures still stand.
    const EnergyPerToken unpriced = energyPerToken(m, 500);
    QCOMPARE(unpriced.usdPerMillionTokens, -1.0);
    QCOMPARE(unpriced.joulesPerOutputToken, 2.0);
}

void TestPower::notMeasuredGivesNoFigures()
{
    PowerMeasurement m; // nothing asked
    const EnergyPerToken e = energyPerToken(m, 500, 0.12, 1.3);
    QVERIFY(!e.measured);
    QCOMPARE(e.joulesPerOutputToken, -1.0);
    QCOMPARE(e.tokensPerKWh, -1.0);
    QCOMPARE(e.usdPerMillionTokens, -1.0);
    QVERIFY(!e.reason.isEmpty());
    // Measured energy but no token generated: no figure per token either.
    m.totalJoules = 5;
    m.durationSeconds = 1;
    QVERIFY(!energyPerToken(m, 0).measured);
}

void TestPower::measurementRoundTripsThroughJson()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    raplTree(root.path(), "262143000000", "1000");
    PowerSampler sampler(PowerRequest::Rapl, fakeMachine(root.path()), kNoIntervalMs);
    sampler.start();
    put(root.path(), u"class/powercap/intel-rapl:0/energy_uj"_s, "1000000");
    const PowerMeasurement m = sampler.stop();
    const QJsonObject json = powerMeasurementToJson(m);
    QCOMPARE(json.value(u"energyJoules"_s).toDouble(), 1.32885); // dram unchanged: 0 J
    const Result<PowerMeasurement> back = powerMeasurementFromJson(json, u"test"_s, u"power"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back->totalJoules, m.totalJoules);
    QCOMPARE(back->totalBasis, m.totalBasis);
    QCOMPARE(back->sources.size(), m.sources.size());
    QCOMPARE(back->sources.first().scope, PowerScope::CpuPackage);
    QCOMPARE(back->durationSeconds, m.durationSeconds);
}

void TestPower::useInScenarioCarriesMeasuredPower()
{
    BenchResult result;
    result.kind = BenchKind::Endpoint;
    result.createdAt = QDateTime(QDate(2026, 12, 4), QTime(21, 0), Qt::UTC);
    LevelSummary level;
    level.concurrency = 4;
    level.completed = 16;
    level.outputTokensPerSecond = 80;
    result.endpoint.levels = {level};
    RequestRecord record;
    record.outputTokens = 300;
    result.endpoint.records = {record, record}; // 600 tokens
    result.power.request = u"auto"_s;
    result.power.durationSeconds = 20;
    result.power.totalJoules = 1800; // 1800 J / 20 s = 90 W; 1800 J / 600 tokens = 3 J/token
    result.power.totalBasis = u"package-0 (CPU package)"_s;
    QCOMPARE(benchEnergyPerToken(result).joulesPerOutputToken, 3.0);

    const Scenario scenario = defaultScenario();
    for (const DeploymentOption &option : scenario.options) {
        if (option.kind() == OptionKind::CloudApi)
            continue;
        const Result<DeploymentOption> applied = applyBenchResult(result, option);
        QVERIFY(applied.ok());
        QVERIFY(applied->measuredPowerSource.contains(u"2026-12-04"_s));
        QVERIFY(applied->measuredPowerSource.contains(u"90.0 W"_s));
        if (const auto *device = std::get_if<OnDeviceOption>(&applied->spec)) {
            QCOMPARE(device->powerWatts, 90.0);
        } else {
            const auto &hosted = std::get<SelfHostedOption>(applied->spec);
            // 90 W shared among the replica's GPUs, at an average-power fraction of 1
            QCOMPARE(hosted.powerWattsPerGpu, 90.0 / std::max(1, hosted.gpusPerReplica));
            QCOMPARE(hosted.averagePowerFraction, 1.0);
        }
    }
    // A result without power leaves the option's power as it was.
    BenchResult unmeasured = result;
    unmeasured.power = PowerMeasurement{};
    for (const DeploymentOption &option : scenario.options) {
        if (option.kind() == OptionKind::CloudApi)
            continue;
        const Result<DeploymentOption> applied = applyBenchResult(unmeasured, option);
        QVERIFY(applied.ok());
        QCOMPARE(applied->spec, option.spec);
        QVERIFY(applied->measuredPowerSource.isEmpty());
    }
}

void TestPower::summarySaysWhoseTheMeasuredPowerIs()
{
    BenchResult result;
    result.kind = BenchKind::Endpoint;
    RequestRecord record;
    record.outputTokens = 100;
    result.endpoint.records = {record};
    result.power.request = u"auto"_s;
    result.power.durationSeconds = 4;
    result.power.totalJoules = 200; // 50 W; 200 J / 100 tokens = 2 J per token
    result.power.totalBasis = u"BAT0 (whole laptop)"_s;
    result.power.usdPerKWh = 0.12;
    result.power.pue = 1;
    result.power.priceBasis = u"option \"laptop\": 0.12 USD/kWh, PUE 1"_s;
    result.endpoint.endpointUrl = QUrl(u"http://127.0.0.1:8080/v1/chat/completions"_s);
    const QString local = benchPowerSummary(result);
    QVERIFY2(local.startsWith(u"Power: 50.0 W average over 4.0 s, 200.0 J (BAT0 (whole laptop))"_s),
             qPrintable(local));
    // 2 J per token: 3.6e6 / 2 = 1,800,000 tokens per kWh; a million tokens = 2e6 J
    // = 0.5556 kWh × 0.12 USD = 0.0667 USD.
    QVERIFY2(local.contains(u"2 J per output token, 1800000 tokens per kWh"_s), qPrintable(local));
    QVERIFY2(local.contains(u"electricity 0.0667 USD per million output tokens"_s),
             qPrintable(local));
    QVERIFY(!local.contains(u"client machine"_s));
    result.endpoint.endpointUrl = QUrl(u"http://10.0.0.5:8000/v1/chat/completions"_s);
    QVERIFY(benchPowerSummary(result).contains(
        u"this is the client machine's power, not the server's at 10.0.0.5"_s));
    result.power = PowerMeasurement{};
    QCOMPARE(benchPowerSummary(result),
             u"Power: not measured: power measurement was not asked for"_s);
}

QTEST_APPLESS_MAIN(TestPower)
#include "tst_power.moc"
