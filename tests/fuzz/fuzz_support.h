#pragma once

#include "pricing/price_catalog.h"
#include "pricing/price_import.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets: the input as the application holds a file's bytes, and Qt's
// warnings silenced (a parser may warn on every odd input, which would drown libFuzzer's output
// and slow it down tenfold).
namespace pertoken::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        return true;
    }();
    Q_UNUSED(quiet);
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Stops the fuzzer (a crash it reports and saves) when a property every input must keep is
/// broken: `what` says which, `detail` the parser's own message where there is one.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz property broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

/// Cuts `bytes` into the pieces a network might deliver, their sizes (1 to 16 bytes) drawn from
/// `seed`, and hands each to `feed` until it returns false; returns whether every piece was taken.
template <typename Feed> bool feedInPieces(const QByteArray &bytes, uint8_t seed, Feed feed)
{
    uint32_t state = seed * 2654435761u + 1;
    for (qsizetype pos = 0; pos < bytes.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype piece = qMin<qsizetype>(1 + (state >> 16) % 16, bytes.size() - pos);
        if (!feed(QByteArrayView(bytes).sliced(pos, piece)))
            return false;
        pos += piece;
    }
    return true;
}

/// An import that succeeded is written as `prices import --out` writes it, and that catalog must
/// load again with every price: an imported list the application cannot read back is a bug.
inline void checkPricesReload(const PriceImport &import)
{
    const Result<QList<ApiPrice>> reloaded =
        parseApiPriceCatalog(apiPriceCatalogToJson(import.prices), u"catalog"_qs);
    if (!reloaded)
        fail("imported prices, saved as a catalog, do not load:", reloaded.error().toString());
    if (*reloaded != import.prices)
        fail("imported prices change when saved as a catalog and loaded again");
}

} // namespace pertoken::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
