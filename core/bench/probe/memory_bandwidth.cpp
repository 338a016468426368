#include "bench/probe/memory_bandwidth.h"

#include "common/monotonic_clock.h"

#include <QJsonArray>

#include <algorithm>
#include <barrier>
#include <cmath>
#include <memory>
#include <numeric>
#include <thread>
#include <vector>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr double kScalar = 3.0; // STREAM's scalar
constexpr double kCopyBytesPerElement = 2 * sizeof(double);
constexpr double kTriadBytesPerElement = 3 * sizeof(double);

// The kernels are compiled optimised in every build type: a Debug build must measure memory,
// not unoptimised loop overhead.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC push_options
#pragma GCC optimize("O3")
#endif

void initSlice(double *a, double *b, double *c, qint64 begin, qint64 end)
{
    for (qint64 i = begin; i < end; ++i) {
        a[i] = 1.0;
        b[i] = 2.0;
        c[i] = 0.0;
    }
}

void copyKernel(const double *__restrict a, double *__restrict c, qint64 begin, qint64 end)
{
    for (qint64 i = begin; i < end; ++i)
        c[i] = a[i];
}

void triadKernel(double *__restrict a, const double *__restrict b, const double *__restrict c,
                 qint64 begin, qint64 end)
{
    for (qint64 i = begin; i < end; ++i)
        a[i] = b[i] + kScalar * c[i];
}

// STREAM's checkSTREAMresults: replay the scalars and compare every element.
bool validate(const double *a, const double *c, qint64 n, int repetitions)
{
    double aj = 1.0;
    double cj = 0.0;
    for (int k = 0; k < repetitions; ++k) {
        cj = aj;
        aj = 2.0 + kScalar * cj;
    }
    const double epsilon = 1e-13;
    double errorA = 0;
    double errorC = 0;
    for (qint64 i = 0; i < n; ++i) {
        errorA += std::abs(a[i] - aj);
        errorC += std::abs(c[i] - cj);
    }
    return errorA / double(n) / std::abs(aj) <= epsilon &&
           (cj == 0 || errorC / double(n) / std::abs(cj) <= epsilon);
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC pop_options
#endif

void summarizeKernel(StreamKernelResult *kernel, qint64 elements, double bytesPerElement)
{
    kernel->bytesPerRepetition = double(elements) * bytesPerElement;
    if (kernel->seconds.size() < 2)
        return;
    const QList<double> timed = kernel->seconds.mid(1); // the first repetition is discarded
    kernel->minSeconds = *std::min_element(timed.cbegin(), timed.cend());
    kernel->maxSeconds = *std::max_element(timed.cbegin(), timed.cend());
    kernel->avgSeconds = std::accumulate(timed.cbegin(), timed.cend(), 0.0) / double(timed.size());
    kernel->bestGBps = kernel->bytesPerRepetition / kernel->minSeconds / 1e9;
}

} // namespace

qint64 streamArrayElements(double totalLastLevelCacheBytes)
{
    const auto fourTimesCache = qint64(std::ceil(4.0 * totalLastLevelCacheBytes / sizeof(double)));
    return std::max<qint64>(fourTimesCache, 10'000'000);
}

MemoryBandwidthResult measureMemoryBandwidth(const MemoryBandwidthOptions &options,
                                             const std::function<void(double)> &progress,
                                             const std::atomic<bool> *cancel)
{
    MemoryBandwidthResult result;
    result.copy.kernel = u"copy"_s;
    result.triad.kernel = u"triad"_s;
    const qint64 n = options.arrayElements > 0 ? options.arrayElements : streamArrayElements(0);
    const int threads = options.threads > 0 ? options.threads
                                            : std::max(1, int(std::thread::hardware_concurrency()));
    const int repetitions = std::max(2, options.repetitions);
    result.arrayElements = n;
    result.threads = threads;

    // Uninitialised allocation: each thread's first touch places its pages.
    std::unique_ptr<double[]> a(new (std::nothrow) double[size_t(n)]);
    std::unique_ptr<double[]> b(new (std::nothrow) double[size_t(n)]);
    std::unique_ptr<double[]> c(new (std::nothrow) double[size_t(n)]);
    if (!a || !b || !c) {
        result.error = u"cannot allocate 3 arrays of %1 MB"_s.arg(double(n) * 8 / 1e6, 0, 'f', 0);
        return result;
    }
    std::atomic<bool> stop{false};
    std::barrier sync(threads);
    const auto slice = [&](int tid) {
        return std::pair<qint64, qint64>{n * tid / threads, n * (tid + 1) / threads};
    };
    int completed = 0;
    const auto work = [&](int tid) {
        const auto [begin, end] = slice(tid);
        initSlice(a.get(), b.get(), c.get(), begin, end);
        // Thread 0 reads the clock before the barrier that releases a kernel and after the
        // barrier that closes it, as STREAM's master thread reads it around the parallel
        // region: a thread delayed at either end can only lengthen the timed interval, never
        // let work start before the clock (which would overstate bandwidth on a busy machine).
        for (int k = 0; k < repetitions; ++k) {
            if (tid == 0)
                stop = cancel && cancel->load();
            const qint64 t0 = tid == 0 ? monotonicNs() : 0;
            sync.arrive_and_wait(); // releases copy; everyone sees the same stop decision
            if (stop)
                return;
            copyKernel(a.get(), c.get(), begin, end);
            sync.arrive_and_wait(); // copy done everywhere
            const qint64 t1 = tid == 0 ? monotonicNs() : 0;
            sync.arrive_and_wait(); // releases triad
            triadKernel(a.get(), b.get(), c.get(), begin, end);
            sync.arrive_and_wait(); // triad done everywhere
            if (tid == 0) {
                const qint64 t2 = monotonicNs();
                result.copy.seconds.append(double(t1 - t0) / 1e9);
                result.triad.seconds.append(double(t2 - t1) / 1e9);
                completed = k + 1;
                if (progress)
                    progress(double(completed) / repetitions);
            }
        }
    };
    std::vector<std::thread> workers;
    for (int tid = 1; tid < threads; ++tid)
        workers.emplace_back(work, tid);
    work(0); // on the calling thread, so progress reaches the caller there
    for (std::thread &worker : workers)
        worker.join();

    result.repetitions = completed;
    result.cancelled = completed < repetitions;
    summarizeKernel(&result.copy, n, kCopyBytesPerElement);
    summarizeKernel(&result.triad, n, kTriadBytesPerElement);
    result.validated = completed > 0 && validate(a.get(), c.get(), n, completed);
    if (completed > 0 && !result.validated)
        result.error = u"the copy and triad results do not match the replayed scalars"_s;
    return result;
}

namespace {

QJsonObject kernelToJson(const StreamKernelResult &k)
{
    QJsonArray seconds;
    for (double s : k.seconds)
        seconds.append(s);
    return QJsonObject{
        {u"bestGBps"_s, k.bestGBps},     {u"bytesPerRepetition"_s, k.bytesPerRepetition},
        {u"minSeconds"_s, k.minSeconds}, {u"avgSeconds"_s, k.avgSeconds},
        {u"maxSeconds"_s, k.maxSeconds}, {u"seconds"_s, seconds}};
}

StreamKernelResult kernelFromJson(const QString &name, const QJsonObject &o)
{
    StreamKernelResult k;
    k.kernel = name;
    k.bestGBps = o.value(u"bestGBps"_s).toDouble();
    k.bytesPerRepetition = o.value(u"bytesPerRepetition"_s).toDouble();
    k.minSeconds = o.value(u"minSeconds"_s).toDouble();
    k.avgSeconds = o.value(u"avgSeconds"_s).toDouble();
    k.maxSeconds = o.value(u"maxSeconds"_s).toDouble();
    const QJsonArray seconds = o.value(u"seconds"_s).toArray();
    for (const QJsonValue &s : seconds)
        k.seconds.append(s.toDouble());
    return k;
}

} // namespace

QJsonObject memoryBandwidthToJson(const MemoryBandwidthResult &r)
{
    QJsonObject o{{u"method"_s, u"STREAM-like copy and triad (not the official STREAM program): "
                                "best of the repetitions after the first, bytes counted as "
                                "STREAM does, 1 GB = 1e9 bytes"_s},
                  {u"arrayElements"_s, double(r.arrayElements)},
                  {u"arrayBytes"_s, double(r.arrayElements) * 8},
                  {u"threads"_s, r.threads},
                  {u"repetitions"_s, r.repetitions},
                  {u"validated"_s, r.validated},
                  {u"copy"_s, kernelToJson(r.copy)},
                  {u"triad"_s, kernelToJson(r.triad)}};
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    return o;
}

MemoryBandwidthResult memoryBandwidthFromJson(const QJsonObject &o)
{
    MemoryBandwidthResult r;
    // A count out of qint64's range (or not a number) would make the conversion undefined.
    const double elements = o.value(u"arrayElements"_s).toDouble();
    r.arrayElements = elements >= 0 && elements < 9e18 ? qint64(elements) : 0;
    r.threads = o.value(u"threads"_s).toInt();
    r.repetitions = o.value(u"repetitions"_s).toInt();
    r.validated = o.value(u"validated"_s).toBool();
    r.copy = kernelFromJson(u"copy"_s, o.value(u"copy"_s).toObject());
    r.triad = kernelFromJson(u"triad"_s, o.value(u"triad"_s).toObject());
    r.error = o.value(u"error"_s).toString();
    return r;
}

} // namespace pertoken
