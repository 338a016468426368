#pragma once

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
QString memoMarkdown(const Scenario &scenario, const Evaluation &evaluation,
                     const QList<MemoChart> &charts, const QDateTime &createdAt,
                     const QString &productVersion);

} // namespace pertoken
