#include "charts/stale_price_note.h"

#include "pricing/price_age.h"

#include <atomic>

namespace pertoken::ui {

namespace {

std::atomic<int> g_staleAfterMonths{kDefaultStaleAfterMonths};

} // namespace

void StalePriceNote::setStaleAfterMonths(int months)
{
    g_staleAfterMonths = months;
}

int StalePriceNote::staleAfterMonths()
{
    return g_staleAfterMonths;
}

QString StalePriceNote::forPrice(const QString &asOf, const QDate &today)
{
    const int months = g_staleAfterMonths;
    if (!isPriceStale(asOf, today, months))
        return {};
    //: Chart tooltip line under an option whose API price is older than the limit set in
    //: Preferences. %1 the date the price was read.
    return tr("List price as of %1, more than %n month(s) old", nullptr, months).arg(asOf);
}

QString StalePriceNote::appendTo(const QString &text, const QString &asOf)
{
    const QString note = forPrice(asOf);
    return note.isEmpty() || text.isEmpty() ? text : text + u'\n' + note;
}

} // namespace pertoken::ui
