#pragma once

#include "common/number_format.h"
#include "pricing/price_age.h"
#include "scenario/evaluation.h"
#include "scenario/scenario.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pertoken {

/// A chart the memo shows: its file inside the bundle and its caption.
struct MemoChart {
    QString file;    ///< "charts/volume.png"
    QString caption; ///< "Monthly cost against monthly volume"
};

/// The decision memo in Markdown: the question, the recommendation (the cheapest option at the
/// scenario's volume with its cost per million tokens), the options compared, break-even volumes,
/// the inputs that move the answer most, uncertainty bands, an assumptions table with sources and
/// as-of dates, and the charts. Every figure comes from `evaluation`, formatted as
/// formatUsd/formatCount print it, so the memo and `pertoken eval` agree.
///
/// API prices read more than `staleAfterMonths` months before the memo's date (createdAt in UTC;
/// isPriceStale(), pricing/price_age.h) are marked in the assumptions table and listed, with
/// their dates, under "Price age"; the dashboard passes its Preferences' limit and `pertoken
/// memo` its --stale-after-months, both six by default.
///
/// The results (recommendation, options, break-even, sensitivities, uncertainty) are in
/// `currency`; the memo then opens with currencyNote(): the rate and its date. The assumptions
/// table keeps the stored US dollar figures.
QString memoMarkdown(const Scenario &scenario, const Evaluation &evaluation,
                     const QList<MemoChart> &charts, const QDateTime &createdAt,
                     const QString &productVersion, int staleAfterMonths = kDefaultStaleAfterMonths,
                     const DisplayCurrency &currency = {});

/// The "Price age" section of memoMarkdown(): "" when the scenario uses no API price.
QString memoPriceAge(const Scenario &scenario, const QDate &memoDate, int staleAfterMonths);

} // namespace pertoken
