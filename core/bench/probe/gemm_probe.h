#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace pertoken {

/// FP32 matrix-multiply throughput through OpenBLAS's `cblas_sgemm` (n × n × n, row-major):
/// FLOPs = 2·n³ per call (the convention ggml adopted, llama.cpp PR #9657), GFLOPS = FLOPs / t /
/// 1e9, best of the repetitions after one warm-up call. OpenBLAS is loaded at run time
/// (libopenblas.so.0, Debian package libopenblas0), so a machine without it still builds and
/// runs; the probe then reports why there is no figure. Its thread count is set with
/// openblas_set_num_threads and restored afterwards.
struct GemmResult {
    int size = 0; ///< n
    int threads = 0;
    double bestGflops = 0;
    QList<double> gflops;  ///< every timed repetition
    bool verified = false; ///< sampled entries of C match a direct dot product
    bool cancelled = false;
    QString error;

    bool measured() const { return bestGflops > 0 && verified; }
};

/// The BLAS the probe loaded: its file and `openblas_get_config()`, or why none was found.
struct BlasLibrary {
    bool loaded = false;
    QString fileName;
    QString config; ///< "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64"
    QString error;
};

BlasLibrary openBlasLibrary();

GemmResult measureSgemm(int n, int threads, int repetitions,
                        const std::function<void(double)> &progress = {},
                        const std::atomic<bool> *cancel = nullptr);

QJsonObject gemmToJson(const GemmResult &result);
GemmResult gemmFromJson(const QJsonObject &object);

} // namespace pertoken
