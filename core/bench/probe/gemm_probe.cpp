#include "bench/probe/gemm_probe.h"

#include "common/monotonic_clock.h"

#include <QJsonArray>
#include <QLibrary>

#include <cmath>
#include <mutex>
#include <vector>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// The CBLAS ABI (cblas.h): enums passed as int, 32-bit integers in Debian's libopenblas0.
constexpr int kCblasRowMajor = 101;
constexpr int kCblasNoTrans = 111;
using SgemmFn = void (*)(int, int, int, int, int, int, float, const float *, int, const float *,
                         int, float, float *, int);
using SetThreadsFn = void (*)(int);
using GetThreadsFn = int (*)();
using GetConfigFn = char *(*)();

struct OpenBlas {
    BlasLibrary info;
    SgemmFn sgemm = nullptr;
    SetThreadsFn setThreads = nullptr;
    GetThreadsFn getThreads = nullptr;
};

const OpenBlas &openBlas()
{
    static OpenBlas blas;
    static std::once_flag once;
    std::call_once(once, [] {
        static QLibrary library;
        for (const auto &[name, version] :
             {std::pair{u"openblas"_s, 0}, std::pair{u"openblas"_s, -1}}) {
            if (version >= 0)
                library.setFileNameAndVersion(name, version);
            else
                library.setFileName(name);
            if (library.load())
                break;
        }
        if (!library.isLoaded()) {
            blas.info.error = u"OpenBLAS is not installed (%1); on Debian: apt install "
                              "libopenblas0"_s.arg(library.errorString());
            return;
        }
        blas.sgemm = reinterpret_cast<SgemmFn>(library.resolve("cblas_sgemm"));
        blas.setThreads =
            reinterpret_cast<SetThreadsFn>(library.resolve("openblas_set_num_threads"));
        blas.getThreads =
            reinterpret_cast<GetThreadsFn>(library.resolve("openblas_get_num_threads"));
        const auto getConfig =
            reinterpret_cast<GetConfigFn>(library.resolve("openblas_get_config"));
        if (!blas.sgemm || !blas.setThreads || !blas.getThreads) {
            blas.info.error =
                u"%1 lacks cblas_sgemm or the OpenBLAS thread controls"_s.arg(library.fileName());
            blas.sgemm = nullptr;
            return;
        }
        blas.info.loaded = true;
        blas.info.fileName = library.fileName();
        blas.info.config = getConfig ? QString::fromLatin1(getConfig()).trimmed() : QString();
    });
    return blas;
}

// Deterministic entries in [-0.75, 0.75], exactly representable, so the check is exact enough.
float entry(qint64 i, int salt)
{
    return float(int((i * 7 + salt) % 13) - 6) / 8.0f;
}

} // namespace

BlasLibrary openBlasLibrary()
{
    return openBlas().info;
}

GemmResult measureSgemm(int n, int threads, int repetitions,
                        const std::function<void(double)> &progress,
                        const std::atomic<bool> *cancel)
{
    GemmResult result;
    result.size = n;
    result.threads = threads;
    const OpenBlas &blas = openBlas();
    if (!blas.info.loaded) {
        result.error = blas.info.error;
        return result;
    }
    const qint64 elements = qint64(n) * n;
    const auto count = static_cast<size_t>(elements);
    std::vector<float> a(count), b(count), c(count, 0.0f);
    for (qint64 i = 0; i < elements; ++i) {
        a[size_t(i)] = entry(i, 1);
        b[size_t(i)] = entry(i, 5);
    }
    const int previousThreads = blas.getThreads();
    blas.setThreads(threads);
    const auto call = [&] {
        blas.sgemm(kCblasRowMajor, kCblasNoTrans, kCblasNoTrans, n, n, n, 1.0f, a.data(), n,
                   b.data(), n, 0.0f, c.data(), n);
    };
    call(); // warm-up: thread pool start, page faults, caches
    const double flops = 2.0 * double(n) * double(n) * double(n);
    for (int r = 0; r < repetitions; ++r) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const qint64 start = monotonicNs();
        call();
        const double seconds = double(monotonicNs() - start) / 1e9;
        result.gflops.append(flops / seconds / 1e9);
        result.bestGflops = std::max(result.bestGflops, result.gflops.last());
        if (progress)
            progress(double(r + 1) / repetitions);
    }
    blas.setThreads(previousThreads);

    // Check a few entries of C against a direct dot product.
    result.verified = true;
    for (const int row : {0, n / 3, n - 1}) {
        for (const int column : {0, n / 2, n - 1}) {
            double expected = 0;
            for (int k = 0; k < n; ++k)
                expected += double(a[size_t(qint64(row) * n + k)]) *
                            double(b[size_t(qint64(k) * n + column)]);
            const double got = c[size_t(qint64(row) * n + column)];
            if (std::abs(got - expected) > 1e-4 * std::max(1.0, std::abs(expected)) + 1e-3)
                result.verified = false;
        }
    }
    if (!result.verified)
        result.error = u"cblas_sgemm returned a wrong product"_s;
    return result;
}

QJsonObject gemmToJson(const GemmResult &r)
{
    QJsonArray gflops;
    for (double g : r.gflops)
        gflops.append(g);
    QJsonObject o{{u"size"_s, r.size},
                  {u"threads"_s, r.threads},
                  {u"bestGflops"_s, r.bestGflops},
                  {u"gflops"_s, gflops},
                  {u"verified"_s, r.verified}};
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    return o;
}

GemmResult gemmFromJson(const QJsonObject &o)
{
    GemmResult r;
    r.size = o.value(u"size"_s).toInt();
    r.threads = o.value(u"threads"_s).toInt();
    r.bestGflops = o.value(u"bestGflops"_s).toDouble();
    const QJsonArray gflops = o.value(u"gflops"_s).toArray();
    for (const QJsonValue &g : gflops)
        r.gflops.append(g.toDouble());
    r.verified = o.value(u"verified"_s).toBool();
    r.error = o.value(u"error"_s).toString();
    return r;
}

} // namespace pertoken
