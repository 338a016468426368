// Hardware probes: the system-information parsers on captured files (tests/data/bench), the
// STREAM-like memory kernels, OpenBLAS SGEMM, and the measured hardware entry.

#include "bench/probe/gemm_probe.h"
#include "bench/probe/hardware_probe.h"
#include "bench/probe/memory_bandwidth.h"
#include "bench/probe/system_info.h"

#include <QFile>
#include <QTest>

using namespace pertoken;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/bench/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestBenchHardware : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cpuInfo();
    void memInfo();
    void osRelease();
    void nvidiaSmi();
    void cacheSize_data();
    void cacheSize();
    void lastLevelCacheFromSysfs();
    void streamArraySize_data();
    void streamArraySize();
    void memoryKernelsMeasureAndValidate();
    void memoryProbeCancelKeepsWhatItHas();
    void sgemmThroughOpenBlas();
    void measuredAcceleratorEntry();
    void probeCancelsWithinASecond();
    void systemInfoRoundTrips();
};

void TestBenchHardware::cpuInfo()
{
    SystemInfo info;
    parseCpuInfo(fixture(u"cpuinfo-4cpu-2core.txt"_s), &info);
    QCOMPARE(info.hostProcessorModelName, u"AMD Ryzen 7 7800X3D 8-Core Processor"_s);
    QCOMPARE(info.hostProcessorVcpuCount, 4); // four "processor" entries
    QCOMPARE(info.hostProcessorCoreCount, 2); // (physical id, core id) pairs: (0,0), (0,1)
}

void TestBenchHardware::memInfo()
{
    // 24573184 kB × 1024 bytes/kB = 25,162,940,416 bytes.
    QCOMPARE(parseMemTotalBytes(fixture(u"meminfo.txt"_s)), 25162940416.0);
    QCOMPARE(parseMemTotalBytes("MemFree: 3 kB\n"), 0.0);
}

void TestBenchHardware::osRelease()
{
    QCOMPARE(parseOsPrettyName(fixture(u"os-release.txt"_s)), u"Debian GNU/Linux 12 (bookworm)"_s);
    QCOMPARE(parseOsPrettyName("PRETTY_NAME=Alpine\n"), u"Alpine"_s);
}

void TestBenchHardware::nvidiaSmi()
{
    const QList<GpuInfo> gpus = parseNvidiaSmiCsv(fixture(u"nvidia-smi-query.csv"_s));
    QCOMPARE(gpus.size(), 2);
    QCOMPARE(gpus[0].name, u"NVIDIA H100 80GB HBM3"_s);
    QCOMPARE(gpus[0].memoryBytes, 81559.0 * 1024 * 1024); // nounits: MiB
    QCOMPARE(gpus[0].driverVersion, u"535.104.05"_s);
    QCOMPARE(gpus[1].name, u"NVIDIA GeForce RTX 4090"_s);
    QCOMPARE(gpus[1].source, u"nvidia-smi"_s);
    QVERIFY(parseNvidiaSmiCsv("").isEmpty());
}

void TestBenchHardware::cacheSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("bytes");
    QTest::newRow("kibibytes") << u"32768K\n"_s << 32768.0 * 1024;
    QTest::newRow("mebibytes") << u"1M"_s << 1048576.0;
    QTest::newRow("bytes") << u"512"_s << 512.0;
    QTest::newRow("garbage") << u"big"_s << 0.0;
}

void TestBenchHardware::cacheSize()
{
    QFETCH(QString, text);
    QFETCH(double, bytes);
    QCOMPARE(parseCacheSizeBytes(text), bytes);
}

void TestBenchHardware::lastLevelCacheFromSysfs()
{
    // Two CPUs, each with its own 16 MiB L3 (shared_cpu_list "0" and "1"); L1i is skipped.
    SystemInfo info;
    readLastLevelCache(QStringLiteral(PERTOKEN_TEST_DATA_DIR) + u"/bench/sys-cpu"_s, &info);
    QCOMPARE(info.lastLevelCacheBytes, 16384.0 * 1024);
    QCOMPARE(info.lastLevelCacheInstances, 2);
    QCOMPARE(info.totalLastLevelCacheBytes(), 32.0 * 1024 * 1024);
}

void TestBenchHardware::streamArraySize_data()
{
    QTest::addColumn<double>("cacheBytes");
    QTest::addColumn<qint64>("elements");
    // 4 × 32 MiB / 8 bytes = 16,777,216 doubles per array.
    QTest::newRow("32 MiB") << 32.0 * 1024 * 1024 << qint64(16777216);
    // 4 × 1 MiB / 8 = 524,288, below STREAM's default of 10 M, which wins.
    QTest::newRow("1 MiB") << 1024.0 * 1024 << qint64(10000000);
    QTest::newRow("unknown") << 0.0 << qint64(10000000);
}

void TestBenchHardware::streamArraySize()
{
    QFETCH(double, cacheBytes);
    QFETCH(qint64, elements);
    QCOMPARE(streamArrayElements(cacheBytes), elements);
}

void TestBenchHardware::memoryKernelsMeasureAndValidate()
{
    MemoryBandwidthOptions options;
    options.arrayElements = 1'000'000; // mechanics only: this size sits partly in cache
    options.repetitions = 3;
    options.threads = 2;
    const MemoryBandwidthResult r = measureMemoryBandwidth(options);
    QVERIFY(r.validated);
    QVERIFY(r.measured());
    QCOMPARE(r.repetitions, 3);
    QCOMPARE(r.triad.seconds.size(), 3);
    // STREAM's byte counts: triad 3 × 8 bytes, copy 2 × 8 bytes per element.
    QCOMPARE(r.triad.bytesPerRepetition, 24e6);
    QCOMPARE(r.copy.bytesPerRepetition, 16e6);
    // Best rate = bytes / fastest repetition after the first.
    const double fastest = std::min(r.triad.seconds[1], r.triad.seconds[2]);
    QCOMPARE(r.triad.minSeconds, fastest);
    QCOMPARE(r.triad.bestGBps, 24e6 / fastest / 1e9);
    QVERIFY(r.copy.bestGBps > 0);
}

void TestBenchHardware::memoryProbeCancelKeepsWhatItHas()
{
    MemoryBandwidthOptions options;
    options.arrayElements = 500'000;
    options.repetitions = 10;
    std::atomic<bool> cancel{false};
    int calls = 0;
    const MemoryBandwidthResult r = measureMemoryBandwidth(
        options,
        [&](double) {
            if (++calls == 2)
                cancel = true;
        },
        &cancel);
    QVERIFY(r.cancelled);
    QCOMPARE(r.repetitions, 2);
    QVERIFY(r.validated); // the two repetitions it ran are checked
    QCOMPARE(r.triad.seconds.size(), 2);
}

void TestBenchHardware::sgemmThroughOpenBlas()
{
    const BlasLibrary blas = openBlasLibrary();
    if (!blas.loaded)
        QSKIP(qPrintable(blas.error));
    QVERIFY(blas.config.contains(u"OpenBLAS"_s));
    const GemmResult r = measureSgemm(256, 1, 2);
    QVERIFY2(r.verified, qPrintable(r.error));
    QCOMPARE(r.gflops.size(), 2);
    QVERIFY(r.bestGflops > 0);
    QCOMPARE(r.bestGflops, std::max(r.gflops[0], r.gflops[1]));
}

void TestBenchHardware::measuredAcceleratorEntry()
{
    HardwareProbeResult r;
    r.measuredAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    r.system.hostProcessorModelName = u"AMD EPYC 7B13"_s;
    r.system.hostMemoryCapacityBytes = 25162940416.0;
    r.memory.repetitions = 4;
    r.memory.validated = true;
    r.memory.threads = 2;
    r.memory.arrayElements = 16777216;
    r.memory.triad.bestGBps = 22.4;
    r.gemmAllThreads.bestGflops = 95.0;
    r.gemmAllThreads.verified = true;
    r.gemmAllThreads.threads = 2;
    r.gemmAllThreads.size = 1024;
    const Accelerator a = measuredAccelerator(r);
    QCOMPARE(a.name, u"This machine, measured 2026-11-24"_s);
    QCOMPARE(a.asOf, u"2026-11-24"_s);
    QVERIFY(a.measured);
    QCOMPARE(a.bandwidthGBps, 22.4);
    QCOMPARE(a.bf16Tflops, 0.095); // 95 GFLOPS FP32 / 1e3
    QCOMPARE(a.memoryGB, 25.162940416);
    QCOMPARE(a.vendor, u"AMD"_s);
    QCOMPARE(a.deviceClass, DeviceClass::Desktop);
    QVERIFY(a.source.contains(u"FP32"_s));
    // A probe that measured nothing gives no bandwidth rather than a made-up one.
    r.memory.validated = false;
    QCOMPARE(measuredAccelerator(r).bandwidthGBps, 0.0);
}

void TestBenchHardware::systemInfoRoundTrips()
{
    SystemInfo info;
    parseCpuInfo(fixture(u"cpuinfo-4cpu-2core.txt"_s), &info);
    info.accelerators = parseNvidiaSmiCsv(fixture(u"nvidia-smi-query.csv"_s));
    info.operatingSystem = u"Debian GNU/Linux 12 (bookworm)"_s;
    QCOMPARE(systemInfoFromJson(systemInfoToJson(info)), info);
    const SystemInfo here = probeSystemInfo();
    QVERIFY(here.hostProcessorVcpuCount >= 1);
    QVERIFY(here.hostMemoryCapacityBytes > 0);
}

void TestBenchHardware::probeCancelsWithinASecond()
{
    // Cancel as the GEMM stage starts: the memory figures stay, the GEMM ones are not invented.
    std::atomic<bool> cancel{false};
    QElapsedTimer sinceCancel;
    HardwareProbeOptions options;
    options.quick = true;
    const HardwareProbeResult r = runHardwareProbe(
        options,
        [&](double, const QString &stage) {
            if (stage.startsWith(u"FP32 GEMM"_s) && !cancel) {
                cancel = true;
                sinceCancel.start();
            }
        },
        &cancel);
    QVERIFY(r.cancelled);
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(r.memory.measured());
    QVERIFY(r.memoryBandwidthGBps() > 0);
    QCOMPARE(r.gemmGflops(), 0.0);
    QVERIFY(r.gemmAllThreads.gflops.isEmpty());
}

QTEST_APPLESS_MAIN(TestBenchHardware)
#include "tst_bench_hardware.moc"
