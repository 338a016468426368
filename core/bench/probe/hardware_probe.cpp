#include "bench/probe/hardware_probe.h"

#include "common/json_reader.h"
#include "common/monotonic_clock.h"

#include <QRegularExpression>

#include <thread>

namespace pertoken {

using namespace Qt::StringLiterals;

HardwareProbeResult runHardwareProbe(const HardwareProbeOptions &options,
                                     const HardwareProgress &progress,
                                     const std::atomic<bool> *cancel)
{
    const qint64 startNs = monotonicNs();
    HardwareProbeResult result;
    result.quick = options.quick;
    result.measuredAt = QDateTime::currentDateTimeUtc();
    const auto report = [&](double fraction, const QString &stage) {
        if (progress)
            progress(fraction, stage);
    };
    const auto cancelled = [&] { return cancel && cancel->load(); };

    report(0, u"system information"_s);
    result.system = probeSystemInfo();

    // Memory: 45 % of the progress bar; GEMM single thread 30 %; all threads 25 %.
    MemoryBandwidthOptions memory;
    memory.arrayElements = streamArrayElements(result.system.totalLastLevelCacheBytes());
    memory.repetitions = options.quick ? 4 : 10;
    memory.threads = std::max(1, result.system.hostProcessorVcpuCount);
    report(0.02, u"memory bandwidth"_s);
    result.memory = measureMemoryBandwidth(
        memory, [&](double f) { report(0.02 + 0.43 * f, u"memory bandwidth"_s); }, cancel);

    const BlasLibrary blas = openBlasLibrary();
    result.blasConfig = blas.loaded ? blas.config : blas.error;
    // One call must stay well under a second so a cancel is honoured promptly: n = 1024 is
    // 2.1 GFLOP, 0.2 s even at 10 GFLOPS on one slow core; all threads get n = 2048 (17 GFLOP).
    const int singleN = 1024;
    const int n = options.quick ? 1024 : 2048;
    const int repetitions = options.quick ? 3 : 5;
    if (!cancelled()) {
        report(0.45, u"FP32 GEMM, one thread"_s);
        result.gemmSingleThread = measureSgemm(
            singleN, 1, repetitions,
            [&](double f) { report(0.45 + 0.3 * f, u"FP32 GEMM, one thread"_s); }, cancel);
    }
    if (!cancelled()) {
        const int threads = std::max(1, result.system.hostProcessorVcpuCount);
        report(0.75, u"FP32 GEMM, all threads"_s);
        result.gemmAllThreads = measureSgemm(
            n, threads, repetitions,
            [&](double f) { report(0.75 + 0.25 * f, u"FP32 GEMM, all threads"_s); }, cancel);
    }
    result.cancelled = cancelled();
    result.elapsedSeconds = double(monotonicNs() - startNs) / 1e9;
    report(1, u"done"_s);
    return result;
}

Accelerator measuredAccelerator(const HardwareProbeResult &r)
{
    const QString date = r.measuredAt.date().toString(Qt::ISODate);
    Accelerator a;
    a.id = u"measured-"_s + date;
    a.name = u"This machine, measured %1"_s.arg(date);
    a.shortName = u"this machine (measured %1)"_s.arg(date);
    static const QRegularExpression firstWord(u"^\\s*(\\S+)"_s);
    a.vendor = firstWord.match(r.system.hostProcessorModelName).captured(1);
    a.deviceClass = r.system.hasBattery ? DeviceClass::Laptop : DeviceClass::Desktop;
    a.memoryGB = r.system.hostMemoryCapacityBytes / 1e9;
    a.bandwidthGBps = r.memoryBandwidthGBps();
    a.bf16Tflops = r.gemmGflops() / 1e3;
    a.source = u"Measured by pertoken bench hardware%1: STREAM-like triad %2 GB/s (%3 threads, "
               "3 arrays of %4 MB); compute is the measured FP32 SGEMM rate through %5 "
               "(%6 threads, n = %7), %8 GFLOPS, standing in for BF16, which this probe does "
               "not measure. CPU: %9."_s.arg(r.quick ? u" --quick"_s : QString())
                   .arg(a.bandwidthGBps, 0, 'f', 1)
                   .arg(r.memory.threads)
                   .arg(double(r.memory.arrayElements) * 8 / 1e6, 0, 'f', 0)
                   .arg(r.blasConfig.isEmpty() ? u"OpenBLAS"_s : r.blasConfig)
                   .arg(r.gemmAllThreads.threads)
                   .arg(r.gemmAllThreads.size)
                   .arg(r.gemmGflops(), 0, 'f', 1)
                   .arg(r.system.hostProcessorModelName);
    a.asOf = date;
    a.measured = true;
    return a;
}

QJsonObject hardwareProbeToJson(const HardwareProbeResult &r)
{
    return QJsonObject{
        {u"quick"_s, r.quick},
        {u"cancelled"_s, r.cancelled},
        {u"elapsedSeconds"_s, r.elapsedSeconds},
        {u"memoryBandwidthGBps"_s, r.memoryBandwidthGBps()},
        {u"memoryCopyGBps"_s, r.memory.measured() ? r.memory.copy.bestGBps : 0.0},
        {u"gemmGflops"_s, r.gemmGflops()},
        {u"gemmGflopsSingleThread"_s,
         r.gemmSingleThread.measured() ? r.gemmSingleThread.bestGflops : 0.0},
        {u"blas"_s, r.blasConfig},
        {u"memory"_s, memoryBandwidthToJson(r.memory)},
        {u"gemmSingleThread"_s, gemmToJson(r.gemmSingleThread)},
        {u"gemmAllThreads"_s, gemmToJson(r.gemmAllThreads)},
    };
}

Result<HardwareProbeResult> hardwareProbeFromJson(const QJsonObject &o, const QString &source)
{
    JsonReader reader(source);
    HardwareProbeResult r;
    r.quick = reader.optionalBoolean(o, {}, u"quick"_s, false);
    r.cancelled = reader.optionalBoolean(o, {}, u"cancelled"_s, false);
    r.elapsedSeconds = reader.optionalNumber(o, {}, u"elapsedSeconds"_s, 0).value_or(0);
    reader.number(o, {}, u"memoryBandwidthGBps"_s, 0); // required: the headline figures
    reader.number(o, {}, u"gemmGflops"_s, 0);
    r.blasConfig = reader.optionalString(o, {}, u"blas"_s);
    r.memory = memoryBandwidthFromJson(reader.object(o, {}, u"memory"_s));
    r.gemmSingleThread = gemmFromJson(o.value(u"gemmSingleThread"_s).toObject());
    r.gemmAllThreads = gemmFromJson(reader.object(o, {}, u"gemmAllThreads"_s));
    if (reader.failed())
        return reader.error();
    return r;
}

} // namespace pertoken
