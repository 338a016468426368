#pragma once

#include "pricing/api_price.h"

#include <QList>
#include <QString>

namespace pertoken {

/// The per-token rates an ApiPrice carries, each in USD per million tokens.
enum class PriceKind {
    Input,
    Output,
    CachedInput,
    LongContextInput,
    LongContextOutput,
    LongContextCachedInput,
};

/// "input", "output", "cachedInput", "longContextInput", "longContextOutput",
/// "longContextCachedInput".
QString priceKindId(PriceKind kind);

/// How one rate of one entry moved between two catalogs.
enum class PriceMove {
    Up,        ///< offered in both, higher after
    Down,      ///< offered in both, lower after
    Offered,   ///< not offered before (< 0), offered after
    Withdrawn, ///< offered before, not offered after
};

/// One rate of one entry that differs between two catalogs. A rate below zero is "not offered".
struct PriceChange {
    QString id;    ///< the entry's id, the same in both catalogs
    QString model; ///< the entry's model name after the change
    PriceKind kind = PriceKind::Input;
    PriceMove move = PriceMove::Up;
    double beforeUsdPerMTok = -1;
    double afterUsdPerMTok = -1;
};

/// What replacing one price catalog by another changes.
struct PriceDiff {
    QList<ApiPrice> added;      ///< ids only in `after`, in `after`'s order
    QList<ApiPrice> removed;    ///< ids only in `before`, in `before`'s order
    QList<PriceChange> changes; ///< entries in both, rate by rate, in `after`'s order
    int unchanged = 0;          ///< entries in both whose six rates are all the same

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changes.isEmpty(); }
    /// The changes that move one way.
    QList<PriceChange> changesThat(PriceMove move) const;
};

/// Compares two price catalogs entry by entry, matched by id. Only the six per-token rates are
/// compared; names, dates, sources, the batch discount, the long-context threshold and the
/// context window are not, so a refreshed date alone is no change. Two rates are the same when
/// they differ by less than one part in 10^9: LiteLLM stores USD per token, and 0.8e-6 × 10^6 is
/// 0.7999999999999999 in binary floating point, which is no price change.
PriceDiff diffPriceCatalogs(const QList<ApiPrice> &before, const QList<ApiPrice> &after);

} // namespace pertoken
