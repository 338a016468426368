#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pertoken::ui {

/// The line chart tooltips add under a cloud API option whose list price is older than the limit
/// set in Preferences (isPriceStale(), pricing/price_age.h), so a cost read off a chart carries
/// the warning the price table and the memo give. One limit for every chart, set by the main
/// window from the settings.
class StalePriceNote {
    Q_DECLARE_TR_FUNCTIONS(StalePriceNote)

public:
    static void setStaleAfterMonths(int months);
    static int staleAfterMonths();

    /// "List price as of 2025-09-05, more than 6 months old", or "" when the price is recent or
    /// undated (an option that is not a cloud API has no price date).
    static QString forPrice(const QString &asOf, const QDate &today = QDate::currentDate());
    /// `text`, followed on a new line by forPrice(asOf) when there is one.
    static QString appendTo(const QString &text, const QString &asOf);
};

} // namespace pertoken::ui
