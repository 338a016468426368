#include "pricing/price_age.h"

#include <QSet>

namespace pertoken {

bool isPriceStale(const QString &asOf, const QDate &today, int months)
{
    const QDate date = QDate::fromString(asOf, Qt::ISODate);
    if (!date.isValid() || !today.isValid())
        return false;
    return date < today.addMonths(-months);
}

QList<ApiPrice> stalePrices(const QList<ApiPrice> &prices, const QDate &today, int months)
{
    QList<ApiPrice> result;
    QSet<QString> seen;
    for (const ApiPrice &price : prices) {
        if (seen.contains(price.id) || !isPriceStale(price.asOf, today, months))
            continue;
        seen.insert(price.id);
        result.append(price);
    }
    return result;
}

} // namespace pertoken
