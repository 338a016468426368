#include "pricing/price_diff.h"

#include <QHash>
#include <QSet>

#include <array>
#include <cmath>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kKinds{PriceKind::Input,
                            PriceKind::Output,
                            PriceKind::CachedInput,
                            PriceKind::LongContextInput,
                            PriceKind::LongContextOutput,
                            PriceKind::LongContextCachedInput};

double rate(const ApiPrice &price, PriceKind kind)
{
    switch (kind) {
    case PriceKind::Input:
        return price.inputUsdPerMTok;
    case PriceKind::Output:
        return price.outputUsdPerMTok;
    case PriceKind::CachedInput:
        return price.cachedInputUsdPerMTok;
    case PriceKind::LongContextInput:
        return price.longContextInputUsdPerMTok;
    case PriceKind::LongContextOutput:
        return price.longContextOutputUsdPerMTok;
    case PriceKind::LongContextCachedInput:
        break;
    }
    return price.longContextCachedInputUsdPerMTok;
}

bool sameRate(double a, double b)
{
    if (a < 0 || b < 0)
        return (a < 0) == (b < 0);
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

QString priceKindId(PriceKind kind)
{
    switch (kind) {
    case PriceKind::Input:
        return u"input"_s;
    case PriceKind::Output:
        return u"output"_s;
    case PriceKind::CachedInput:
        return u"cachedInput"_s;
    case PriceKind::LongContextInput:
        return u"longContextInput"_s;
    case PriceKind::LongContextOutput:
        return u"longContextOutput"_s;
    case PriceKind::LongContextCachedInput:
        break;
    }
    return u"longContextCachedInput"_s;
}

QList<PriceChange> PriceDiff::changesThat(PriceMove move) const
{
    QList<PriceChange> result;
    for (const PriceChange &change : changes) {
        if (change.move == move)
            result.append(change);
    }
    return result;
}

PriceDiff diffPriceCatalogs(const QList<ApiPrice> &before, const QList<ApiPrice> &after)
{
    PriceDiff diff;
    QHash<QString, const ApiPrice *> beforeById;
    for (const ApiPrice &price : before)
        beforeById.insert(price.id, &price);
    QSet<QString> afterIds;
    for (const ApiPrice &price : after) {
        afterIds.insert(price.id);
        const auto it = beforeById.constFind(price.id);
        if (it == beforeById.cend()) {
            diff.added.append(price);
            continue;
        }
        bool changed = false;
        for (const PriceKind kind : kKinds) {
            const double was = rate(**it, kind);
            const double is = rate(price, kind);
            if (sameRate(was, is))
                continue;
            changed = true;
            PriceChange change{.id = price.id,
                               .model = price.model,
                               .kind = kind,
                               .beforeUsdPerMTok = was,
                               .afterUsdPerMTok = is};
            if (was < 0)
                change.move = PriceMove::Offered;
            else if (is < 0)
                change.move = PriceMove::Withdrawn;
            else
                change.move = is > was ? PriceMove::Up : PriceMove::Down;
            diff.changes.append(change);
        }
        if (!changed)
            ++diff.unchanged;
    }
    for (const ApiPrice &price : before) {
        if (!afterIds.contains(price.id))
            diff.removed.append(price);
    }
    return diff;
}

} // namespace pertoken
